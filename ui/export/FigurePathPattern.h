#pragma once

#include <QCoreApplication>
#include <QString>

namespace triangle {

// Where each figure of a batch goes: a file name with fields that each
// figure fills in, as in "out/{code}-{view}.svg". {code} is the region's
// code (required, so that no two regions share a file), {name} its name in
// the current language, {view} the view's key and {stage} the stage's key
// (one file per region and stage). Characters a file name cannot hold are
// written as "_".
class FigurePathPattern
{
    Q_DECLARE_TR_FUNCTIONS(triangle::FigurePathPattern)

public:
    explicit FigurePathPattern(const QString &pattern);

    // Why the pattern cannot name a batch's files, or an empty string.
    QString problem() const;
    bool hasStage() const;

    QString path(const QString &code, const QString &name, const QString &view, const QString &stage = {}) const;

private:
    QString m_pattern;
};

} // namespace triangle
