// Store: policies and milestones, the dated records on the timeline.

#include "Store.h"

#include "SqlSupport.h"
#include "model/Validation.h"

#include <QUuid>

namespace triangle {

namespace {
const QString PolicyColumns = QStringLiteral(
    "id, uid, region_id, title_zh, title_en, date_year, date_month, date_day, date_precision, "
    "bears_mission, bears_political, bears_operational, issuer, level, kind, summary, reference");
const QString MilestoneColumns = QStringLiteral(
    "id, uid, region_id, title_zh, title_en, date_year, date_month, date_day, date_precision, "
    "bears_mission, bears_political, bears_operational, description, quantity, unit");
// Both tables share their first twelve columns, read by readCommon().
constexpr int CommonColumnCount = 12;
const QString DateOrder = QStringLiteral("ORDER BY date_year, coalesce(date_month, 0), coalesce(date_day, 0), id");

// "INSERT INTO table (columns) VALUES (?, …)" and "UPDATE table SET c = ?, … WHERE id = ?".
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

// Fields every dated record has, in the column order of PolicyColumns/MilestoneColumns.
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
}

template<typename Record>
QVariantList commonValues(const Record &r, const QString &uid)
{
    return QVariantList{uid, r.regionId, r.titleZh, r.titleEn} + dateValues(r.date) + dimensionValues(r.dimensions);
}

Policy readPolicy(const QSqlQuery &q)
{
    Policy p;
    readCommon(q, p);
    constexpr int c = CommonColumnCount;
    p.issuer = q.value(c).toString();
    p.level = levelFromKey(q.value(c + 1).toString()).value_or(Level::National);
    p.kind = policyKindFromKey(q.value(c + 2).toString()).value_or(PolicyKind::Other);
    p.summary = q.value(c + 3).toString();
    p.reference = q.value(c + 4).toString();
    return p;
}

QVariantList policyValues(const Policy &p, const QString &uid)
{
    return commonValues(p, uid) + QVariantList{p.issuer, levelKey(p.level), policyKindKey(p.kind), p.summary, p.reference};
}

Milestone readMilestone(const QSqlQuery &q)
{
    Milestone m;
    readCommon(q, m);
    constexpr int c = CommonColumnCount;
    m.description = q.value(c).toString();
    if (!q.value(c + 1).isNull())
        m.quantity = Quantity{q.value(c + 1).toDouble(), q.value(c + 2).toString()};
    return m;
}

QVariantList milestoneValues(const Milestone &m, const QString &uid)
{
    const QVariant noQuantity(QMetaType::fromType<double>());
    return commonValues(m, uid)
        + QVariantList{m.description, m.quantity ? QVariant(m.quantity->value) : noQuantity,
                       m.quantity ? m.quantity->unit : QString()};
}

// WHERE clause and values for a RecordFilter; `textColumns` are searched for filter.text.
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
} // namespace

Result<QList<Policy>> Store::policies(const RecordFilter &filter) const
{
    const auto [where, values] = filterClause(filter, {QStringLiteral("title_zh"), QStringLiteral("title_en"), QStringLiteral("issuer")});
    auto q = readStatement(QStringLiteral("SELECT %1 FROM policies %2 %3").arg(PolicyColumns, where, DateOrder), values,
                           tr("Reading policies"));
    if (!q)
        return q.error();
    return readAll<Policy>(*q, readPolicy);
}

Result<Policy> Store::policy(Id id) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM policies WHERE id = ?").arg(PolicyColumns), {id}, tr("Reading a policy"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no policy with id %1 in the database.").arg(id));
    return readPolicy(*q);
}

Result<Policy> Store::policyByUid(const QString &uid) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM policies WHERE uid = ?").arg(PolicyColumns), {uid}, tr("Reading a policy"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no policy with uid “%1” in the database.").arg(uid));
    return readPolicy(*q);
}

Result<Id> Store::addPolicy(const Policy &policy)
{
    if (const FieldProblems problems = validatePolicy(policy); !problems.isEmpty())
        return invalidRecord(tr("Policy %1").arg(policy.titleZh), problems);
    const QString uid = policy.uid.isEmpty() ? newUid() : policy.uid;
    return insertRecord(insertSql(QStringLiteral("policies"), PolicyColumns),
                        QVariantList{idOrNull(policy.id)} + policyValues(policy, uid), PoliciesChanged,
                        tr("Adding policy %1").arg(policy.titleZh));
}

Status Store::updatePolicy(const Policy &policy)
{
    if (const FieldProblems problems = validatePolicy(policy); !problems.isEmpty())
        return invalidRecord(tr("Policy %1").arg(policy.titleZh), problems);
    return updateRecord(updateSql(QStringLiteral("policies"), PolicyColumns),
                        policyValues(policy, policy.uid.isEmpty() ? newUid() : policy.uid) + QVariantList{policy.id},
                        PoliciesChanged, tr("Saving policy %1").arg(policy.titleZh),
                        tr("There is no policy with id %1 in the database.").arg(policy.id));
}

Status Store::removePolicy(Id id)
{
    return deleteRecord(QStringLiteral("policies"), id, PoliciesChanged | EvidenceChanged, tr("Deleting a policy"),
                        tr("There is no policy with id %1 in the database.").arg(id));
}

Result<QList<Milestone>> Store::milestones(const RecordFilter &filter) const
{
    const auto [where, values] = filterClause(filter, {QStringLiteral("title_zh"), QStringLiteral("title_en"), QStringLiteral("description")});
    auto q = readStatement(QStringLiteral("SELECT %1 FROM milestones %2 %3").arg(MilestoneColumns, where, DateOrder), values,
                           tr("Reading milestones"));
    if (!q)
        return q.error();
    return readAll<Milestone>(*q, readMilestone);
}

Result<Milestone> Store::milestone(Id id) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM milestones WHERE id = ?").arg(MilestoneColumns), {id},
                           tr("Reading a milestone"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no milestone with id %1 in the database.").arg(id));
    return readMilestone(*q);
}

Result<Milestone> Store::milestoneByUid(const QString &uid) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM milestones WHERE uid = ?").arg(MilestoneColumns), {uid},
                           tr("Reading a milestone"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no milestone with uid “%1” in the database.").arg(uid));
    return readMilestone(*q);
}

Result<Id> Store::addMilestone(const Milestone &milestone)
{
    if (const FieldProblems problems = validateMilestone(milestone); !problems.isEmpty())
        return invalidRecord(tr("Milestone %1").arg(milestone.titleZh), problems);
    const QString uid = milestone.uid.isEmpty() ? newUid() : milestone.uid;
    return insertRecord(insertSql(QStringLiteral("milestones"), MilestoneColumns),
                        QVariantList{idOrNull(milestone.id)} + milestoneValues(milestone, uid), MilestonesChanged,
                        tr("Adding milestone %1").arg(milestone.titleZh));
}

Status Store::updateMilestone(const Milestone &milestone)
{
    if (const FieldProblems problems = validateMilestone(milestone); !problems.isEmpty())
        return invalidRecord(tr("Milestone %1").arg(milestone.titleZh), problems);
    return updateRecord(updateSql(QStringLiteral("milestones"), MilestoneColumns),
                        milestoneValues(milestone, milestone.uid.isEmpty() ? newUid() : milestone.uid) + QVariantList{milestone.id},
                        MilestonesChanged, tr("Saving milestone %1").arg(milestone.titleZh),
                        tr("There is no milestone with id %1 in the database.").arg(milestone.id));
}

Status Store::removeMilestone(Id id)
{
    return deleteRecord(QStringLiteral("milestones"), id, MilestonesChanged | EvidenceChanged, tr("Deleting a milestone"),
                        tr("There is no milestone with id %1 in the database.").arg(id));
}

} // namespace triangle
