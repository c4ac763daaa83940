#include "MilestoneRepository.h"

#include "DatedRecordRows.h"
#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
using namespace dated;

const QString MilestoneColumns = CommonColumns + QStringLiteral(", description, quantity, unit");

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

} // namespace

Result<QList<Milestone>> MilestoneRepository::all(const RecordFilter &filter) const
{
    const auto [where, values] = filterClause(filter, {QStringLiteral("title_zh"), QStringLiteral("title_en"), QStringLiteral("description")});
    auto q = read(QStringLiteral("SELECT %1 FROM milestones %2 %3").arg(MilestoneColumns, where, DateOrder), values,
                  tr("Reading milestones"));
    if (!q)
        return q.error();
    return readAll<Milestone>(*q, readMilestone);
}

Status MilestoneRepository::forEachByDate(const std::function<bool(const Milestone &)> &take) const
{
    // PartialDate::sortKey() counts a missing month or day as 0.
    auto q = read(QStringLiteral("SELECT %1 FROM milestones ORDER BY date_year, coalesce(date_month, 0), coalesce(date_day, 0), uid")
                      .arg(MilestoneColumns),
                  {}, tr("Reading milestones"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (!take(readMilestone(*q)))
            return {};
    }
    // A read that stopped short (a damaged page, a failing disk) is not the end.
    if (q->lastError().isValid())
        return sqlError(*q, tr("Reading milestones"));
    return {};
}

Result<Milestone> MilestoneRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM milestones WHERE id = ?").arg(MilestoneColumns), {id},
                  tr("Reading a milestone"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no milestone with id %1 in the database.").arg(id));
    return readMilestone(*q);
}

Result<Milestone> MilestoneRepository::byUid(const QString &uid) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM milestones WHERE uid = ?").arg(MilestoneColumns), {uid},
                  tr("Reading a milestone"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no milestone with uid “%1” in the database.").arg(uid));
    return readMilestone(*q);
}

Result<Id> MilestoneRepository::add(const Milestone &milestone)
{
    if (const FieldProblems problems = validateMilestone(milestone); !problems.isEmpty())
        return invalidRecord(tr("Milestone %1").arg(milestone.titleZh), problems);
    const QString uid = milestone.uid.isEmpty() ? newUid() : milestone.uid;
    return insertRow(insertSql(QStringLiteral("milestones"), MilestoneColumns),
                     QVariantList{idOrNull(milestone.id)} + milestoneValues(milestone, uid), Store::MilestonesChanged,
                     tr("Adding milestone %1").arg(milestone.titleZh), {}, Store::MilestonesChanged);
}

Status MilestoneRepository::update(const Milestone &milestone)
{
    if (const FieldProblems problems = validateMilestone(milestone); !problems.isEmpty())
        return invalidRecord(tr("Milestone %1").arg(milestone.titleZh), problems);
    return changeRow(updateSql(QStringLiteral("milestones"), MilestoneColumns),
                     milestoneValues(milestone, milestone.uid.isEmpty() ? newUid() : milestone.uid) + QVariantList{milestone.id},
                     Store::MilestonesChanged, tr("Saving milestone %1").arg(milestone.titleZh),
                     tr("There is no milestone with id %1 in the database.").arg(milestone.id), [&] {
                         listRecord(Store::MilestonesChanged, milestone.id);
                         return Status();
                     });
}

Status MilestoneRepository::remove(Id id)
{
    return changeRow(QStringLiteral("DELETE FROM milestones WHERE id = ?"), {id}, Store::MilestonesChanged | Store::EvidenceChanged | Store::LinksChanged, tr("Deleting a milestone"),
                     tr("There is no milestone with id %1 in the database.").arg(id), [&] {
                         listRecord(Store::MilestonesChanged, id);
                         return Status();
                     });
}

MilestoneRepository::Batch::Batch(Store &store) : m_rows(store, QStringLiteral("milestones"), MilestoneColumns, Store::MilestonesChanged) {}

Result<Id> MilestoneRepository::Batch::idOfUid(const QString &uid)
{
    return m_rows.idOfUid(uid, [] { return tr("Reading a milestone"); });
}

Result<bool> MilestoneRepository::Batch::wasEmpty()
{
    return m_rows.wasEmpty([] { return tr("Reading a milestone"); });
}

Result<Id> MilestoneRepository::Batch::add(const Milestone &milestone)
{
    if (const FieldProblems problems = validateMilestone(milestone); !problems.isEmpty())
        return invalidRecord(tr("Milestone %1").arg(milestone.titleZh), problems);
    const QString uid = milestone.uid.isEmpty() ? newUid() : milestone.uid;
    return m_rows.insert(QVariantList{idOrNull(milestone.id)} + milestoneValues(milestone, uid), [&] { return tr("Adding milestone %1").arg(milestone.titleZh); });
}

Status MilestoneRepository::Batch::update(const Milestone &milestone)
{
    if (const FieldProblems problems = validateMilestone(milestone); !problems.isEmpty())
        return invalidRecord(tr("Milestone %1").arg(milestone.titleZh), problems);
    return m_rows.update(milestoneValues(milestone, milestone.uid.isEmpty() ? newUid() : milestone.uid) + QVariantList{milestone.id},
                         [&] { return tr("Saving milestone %1").arg(milestone.titleZh); });
}

} // namespace triangle
