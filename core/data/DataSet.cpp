#include "DataSet.h"

#include <QCoreApplication>
#include <QStringList>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataSet)
};
} // namespace

QString describeDataProblems(const DataProblems &problems)
{
    QStringList lines;
    for (const DataProblem &p : problems)
        lines.append(p.location + QStringLiteral(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

QString columnPlace(const QString &title, const QString &key)
{
    if (title.isEmpty() || title == key)
        return Tr::tr(", column %1").arg(key);
    return Tr::tr(", column “%1” (%2)").arg(title, key);
}

QString fieldPlace(const DataSet &data, const QString &origin, const QString &key)
{
    if (origin.contains(QStringLiteral(": $")))
        return origin + QLatin1Char('.') + key;
    const QString source = origin.section(QStringLiteral(": "), 0, 0);
    return origin + columnPlace(data.columnTitles.value(source).value(key), key);
}

} // namespace triangle
