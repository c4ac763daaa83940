#pragma once

#include <QString>
#include <QStringList>

namespace triangle {

// The levels of `folder` that do not exist yet, outermost first.
QStringList missingFolders(const QString &folder);

// The folders a command makes for its outputs, so that a run that fails can
// take back those it left empty.
class MadeFolders
{
public:
    // Makes `folder` with any missing parents, remembering each level made.
    bool make(const QString &folder);
    // Removes the folders made that are empty, deepest first; those holding a
    // file written before the failure stay.
    void removeEmpty() const;

private:
    QStringList m_made; // in the order made: a parent before its children
};

} // namespace triangle
