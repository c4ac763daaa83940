#include "FigurePathPattern.h"

#include <QRegularExpression>

namespace triangle {

namespace {
const QStringList Fields = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("view"), QStringLiteral("stage")};

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression field(QStringLiteral("\\{([^{}]*)\\}"));
    return field;
}

// A field's value as part of one file name: no folder separators, nothing
// Windows refuses, no control characters.
QString fileNamePart(const QString &value)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString part = value;
    part.replace(unsafe, QStringLiteral("_"));
    return part.trimmed();
}
} // namespace

FigurePathPattern::FigurePathPattern(const QString &pattern)
    : m_pattern(pattern)
{
}

QString FigurePathPattern::problem() const
{
    for (auto it = fieldPattern().globalMatch(m_pattern); it.hasNext();) {
        const QString field = it.next().captured(1);
        if (!Fields.contains(field))
            return tr("“%1” names an unknown field {%2}: use {code}, {name}, {view} or {stage}").arg(m_pattern, field);
    }
    if (!m_pattern.contains(QStringLiteral("{code}")))
        return tr("“%1” must contain {code}, so that each region gets a file of its own, as in out/{code}-{view}.svg").arg(m_pattern);
    return {};
}

bool FigurePathPattern::hasStage() const
{
    return m_pattern.contains(QStringLiteral("{stage}"));
}

QString FigurePathPattern::path(const QString &code, const QString &name, const QString &view, const QString &stage) const
{
    const QString values[] = {code, name, view, stage};
    QString out;
    qsizetype from = 0;
    for (auto it = fieldPattern().globalMatch(m_pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += m_pattern.mid(from, m.capturedStart() - from);
        const qsizetype field = Fields.indexOf(m.captured(1));
        out += field >= 0 ? fileNamePart(values[field]) : m.captured(0);
        from = m.capturedEnd();
    }
    return out + m_pattern.mid(from);
}

} // namespace triangle
