#include "DatedRecordRows.h"

#include "model/Kinds.h"

#include <QUuid>

namespace triangle::dated {

QString insertSql(const QString &table, const QString &columns)
{
    const qsizetype count = columns.count(QLatin1Char(',')) + 1;
    QStringList marks(count, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks.join(QStringLiteral(", ")));
}

QString updateSql(const QString &table, const QString &columns)
{
    // Every column but the leading id, which is the WHERE key.
    const QStringList names = columns.section(QStringLiteral(", "), 1).split(QStringLiteral(", "));
    return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, names.join(QStringLiteral(" = ?, ")));
}

QString newUid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

PartialDate readDate(const QSqlQuery &q, int first)
{
    const int year = q.value(first).toInt();
    const int month = q.value(first + 1).toInt();
    const int day = q.value(first + 2).toInt();
    switch (precisionFromKey(q.value(first + 3).toString()).value_or(PartialDate::Precision::Year)) {
    case PartialDate::Precision::Year: return PartialDate::ofYear(year);
    case PartialDate::Precision::Month: return PartialDate::ofMonth(year, month);
    case PartialDate::Precision::Day: return PartialDate::ofDay(year, month, day);
    }
    return PartialDate::ofYear(year);
}

QVariantList dateValues(const PartialDate &date)
{
    const QVariant null(QMetaType::fromType<int>());
    const bool hasMonth = date.precision() != PartialDate::Precision::Year;
    const bool hasDay = date.precision() == PartialDate::Precision::Day;
    return {date.year(), hasMonth ? QVariant(date.month()) : null, hasDay ? QVariant(date.day()) : null,
            precisionKey(date.precision())};
}

DimensionSet readDimensions(const QSqlQuery &q, int first)
{
    DimensionSet set;
    for (Dimension d : AllDimensions) {
        if (q.value(first + index(d)).toInt() != 0)
            set.insert(d);
    }
    return set;
}

QVariantList dimensionValues(DimensionSet set)
{
    QVariantList values;
    for (Dimension d : AllDimensions)
        values.append(set.contains(d) ? 1 : 0);
    return values;
}

std::pair<QString, QVariantList> filterClause(const RecordFilter &filter, const QStringList &textColumns)
{
    QStringList conditions;
    QVariantList values;
    if (filter.regionId != NoId) {
        conditions << QStringLiteral("region_id = ?");
        values << filter.regionId;
    }
    if (filter.dimension) {
        // The column name comes from our own key table, never from the user.
        conditions << QStringLiteral("bears_%1 = 1").arg(dimensionKey(*filter.dimension));
    }
    if (filter.fromYear > 0) {
        conditions << QStringLiteral("date_year >= ?");
        values << filter.fromYear;
    }
    if (filter.toYear > 0) {
        conditions << QStringLiteral("date_year <= ?");
        values << filter.toYear;
    }
    if (!filter.text.trimmed().isEmpty()) {
        QStringList any;
        for (const QString &column : textColumns) {
            any << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(column);
            values << filter.text.trimmed();
        }
        conditions << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}
} // namespace triangle::dated
