#include "MadeFolders.h"

#include <QDir>
#include <QFileInfo>

namespace triangle {

QStringList missingFolders(const QString &folder)
{
    QStringList missing;
    for (QString up = QFileInfo(folder).absoluteFilePath(); !QFileInfo::exists(up);) {
        missing.prepend(up);
        const QString parent = QFileInfo(up).absolutePath();
        if (parent == up)
            break;
        up = parent;
    }
    return missing;
}

bool MadeFolders::make(const QString &folder)
{
    const QStringList missing = missingFolders(folder);
    if (!QDir().mkpath(folder))
        return false;
    m_made << missing;
    return true;
}

void MadeFolders::removeEmpty() const
{
    for (auto it = m_made.crbegin(); it != m_made.crend(); ++it)
        QDir().rmdir(*it); // only if empty
}

} // namespace triangle
