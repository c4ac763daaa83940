#pragma once

// The row mapping that policies and milestones share (store-internal): both
// tables have the same fourteen columns first — id, uid, region, titles, a
// partial date, the dimensions the record bears on, the one it counts for and
// whether its date was placed from context.

#include "RecordFilter.h"
#include "model/Entities.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <utility>

namespace triangle::dated {

inline constexpr int CommonColumnCount = 14;
inline const QString CommonColumns = QStringLiteral(
    "id, uid, region_id, title_zh, title_en, date_year, date_month, date_day, date_precision, "
    "bears_mission, bears_political, bears_operational, primary_dimension, date_imputed");
inline const QString DateOrder = QStringLiteral("ORDER BY date_year, coalesce(date_month, 0), coalesce(date_day, 0), id");

// "INSERT INTO table (columns) VALUES (?, …)" and "UPDATE table SET c = ?, … WHERE id = ?".
QString insertSql(const QString &table, const QString &columns);
QString updateSql(const QString &table, const QString &columns);
QString newUid();

PartialDate readDate(const QSqlQuery &q, int first);
QVariantList dateValues(const PartialDate &date);
DimensionSet readDimensions(const QSqlQuery &q, int first);
QVariantList dimensionValues(DimensionSet set);

// WHERE clause and values for a RecordFilter; `textColumns` are searched for filter.text.
std::pair<QString, QVariantList> filterClause(const RecordFilter &filter, const QStringList &textColumns);

// Fields every dated record has, in the column order of CommonColumns.
template<typename Record>
void readCommon(const QSqlQuery &q, Record &r)
{
    r.id = q.value(0).toLongLong();
    r.uid = q.value(1).toString();
    r.regionId = q.value(2).toLongLong();
    r.titleZh = q.value(3).toString();
    r.titleEn = q.value(4).toString();
    r.date = readDate(q, 5);
    r.dimensions = readDimensions(q, 9);
    r.primaryDimension = q.value(12).isNull() ? std::nullopt : dimensionFromKey(q.value(12).toString());
    r.dateImputed = q.value(13).toInt() != 0;
}

template<typename Record>
QVariantList commonValues(const Record &r, const QString &uid)
{
    return QVariantList{uid, r.regionId, r.titleZh, r.titleEn} + dateValues(r.date) + dimensionValues(r.dimensions)
           // No primary is SQL NULL: a typeless QVariant (bindValues writes a null QString as '').
           + QVariantList{r.primaryDimension ? QVariant(dimensionKey(*r.primaryDimension)) : QVariant(),
                          r.dateImputed ? 1 : 0};
}

} // namespace triangle::dated
