#include "IndicatorValueRepository.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
const QString ValueColumns = QStringLiteral("id, region_id, stage_id, indicator_id, rater_id, score, note");
const QString EvidenceColumns = QStringLiteral("id, value_id, policy_id, milestone_id");

IndicatorValue readValue(const QSqlQuery &q)
{
    IndicatorValue v;
    v.id = q.value(0).toLongLong();
    v.regionId = q.value(1).toLongLong();
    v.stageId = q.value(2).toLongLong();
    v.indicatorId = q.value(3).toLongLong();
    v.raterId = q.value(4).toLongLong();
    v.score = q.value(5).toDouble();
    v.note = q.value(6).toString();
    return v;
}

IndicatorEvidence readEvidence(const QSqlQuery &q)
{
    IndicatorEvidence e;
    e.id = q.value(0).toLongLong();
    e.valueId = q.value(1).toLongLong();
    const bool isPolicy = !q.value(2).isNull();
    e.kind = isPolicy ? Evidence::Kind::Policy : Evidence::Kind::Milestone;
    e.targetId = (isPolicy ? q.value(2) : q.value(3)).toLongLong();
    return e;
}

QString targetColumn(Evidence::Kind kind)
{
    return kind == Evidence::Kind::Policy ? QStringLiteral("policy_id") : QStringLiteral("milestone_id");
}
} // namespace

Result<QList<IndicatorValue>> IndicatorValueRepository::forAssessment(Id regionId, Id stageId) const
{
    // "+stage_id": without statistics SQLite would walk the stage's index
    // (every region's values at that stage, in id order, no sort) instead of
    // the (region, stage, …) one: a third of the table per assessment, which
    // made importing 3,200 counties quadratic.
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_values WHERE region_id = ? AND +stage_id = ? ORDER BY id").arg(ValueColumns),
                  {regionId, stageId}, tr("Reading indicator values"));
    if (!q)
        return q.error();
    return readAll<IndicatorValue>(*q, readValue);
}

Result<QList<IndicatorValue>> IndicatorValueRepository::forStage(Id stageId) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_values WHERE stage_id = ? ORDER BY id").arg(ValueColumns), {stageId},
                  tr("Reading indicator values"));
    if (!q)
        return q.error();
    return readAll<IndicatorValue>(*q, readValue);
}

Result<QList<IndicatorValue>> IndicatorValueRepository::forRegion(Id regionId) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_values WHERE region_id = ? ORDER BY id").arg(ValueColumns), {regionId},
                  tr("Reading indicator values"));
    if (!q)
        return q.error();
    return readAll<IndicatorValue>(*q, readValue);
}

Result<QList<IndicatorValue>> IndicatorValueRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_values ORDER BY id").arg(ValueColumns), {}, tr("Reading indicator values"));
    if (!q)
        return q.error();
    return readAll<IndicatorValue>(*q, readValue);
}

Result<IndicatorValue> IndicatorValueRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_values WHERE id = ?").arg(ValueColumns), {id},
                  tr("Reading an indicator value"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no indicator value with id %1 in the database.").arg(id));
    return readValue(*q);
}

Result<std::optional<IndicatorValue>> IndicatorValueRepository::find(Id regionId, Id stageId, Id indicatorId, Id raterId) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_values WHERE region_id = ? AND stage_id = ? AND indicator_id = ? "
                                 "AND rater_id = ?")
                      .arg(ValueColumns),
                  {regionId, stageId, indicatorId, raterId}, tr("Reading an indicator value"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<IndicatorValue>();
    return std::optional<IndicatorValue>(readValue(*q));
}

Result<Id> IndicatorValueRepository::add(const IndicatorValue &value)
{
    if (const FieldProblems problems = validateIndicatorValue(value); !problems.isEmpty())
        return invalidRecord(tr("Indicator value"), problems);
    return insertRow(QStringLiteral("INSERT INTO indicator_values (id, region_id, stage_id, indicator_id, rater_id, score, note) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {idOrNull(value.id), value.regionId, value.stageId, value.indicatorId, value.raterId, value.score, value.note},
                     Store::ScorecardChanged, tr("Adding an indicator value"),
                     [&] { return resyncDerivedScores(store(), value.regionId, value.stageId); });
}

Status IndicatorValueRepository::update(const IndicatorValue &value)
{
    if (const FieldProblems problems = validateIndicatorValue(value); !problems.isEmpty())
        return invalidRecord(tr("Indicator value"), problems);
    return write([&]() -> Status {
        auto before = byId(value.id);
        if (!before)
            return before.error();
        auto q = writeStatement(QStringLiteral("UPDATE indicator_values SET region_id = ?, stage_id = ?, indicator_id = ?, "
                                               "rater_id = ?, score = ?, note = ? WHERE id = ?"),
                                {value.regionId, value.stageId, value.indicatorId, value.raterId, value.score, value.note,
                                 value.id},
                                Store::ScorecardChanged, tr("Saving an indicator value"));
        if (!q)
            return q.error();
        if (Status ok = resyncDerivedScores(store(), value.regionId, value.stageId); !ok)
            return ok;
        if (before->regionId != value.regionId || before->stageId != value.stageId)
            return resyncDerivedScores(store(), before->regionId, before->stageId);
        return {};
    });
}

Status IndicatorValueRepository::remove(Id id)
{
    return write([&]() -> Status {
        auto before = byId(id);
        if (!before)
            return before.error();
        auto q = writeStatement(QStringLiteral("DELETE FROM indicator_values WHERE id = ?"), {id}, Store::ScorecardChanged,
                                tr("Deleting an indicator value"));
        if (!q)
            return q.error();
        return resyncDerivedScores(store(), before->regionId, before->stageId);
    });
}

Result<QList<IndicatorEvidence>> IndicatorValueRepository::evidenceFor(Id valueId) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_evidence WHERE value_id = ? ORDER BY id").arg(EvidenceColumns), {valueId},
                  tr("Reading indicator evidence"));
    if (!q)
        return q.error();
    return readAll<IndicatorEvidence>(*q, readEvidence);
}

Result<QList<IndicatorEvidence>> IndicatorValueRepository::evidenceCiting(Evidence::Kind kind, Id targetId) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_evidence WHERE %2 = ? ORDER BY id").arg(EvidenceColumns, targetColumn(kind)),
                  {targetId}, tr("Reading indicator evidence"));
    if (!q)
        return q.error();
    return readAll<IndicatorEvidence>(*q, readEvidence);
}

Result<QList<IndicatorEvidence>> IndicatorValueRepository::allEvidence() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicator_evidence ORDER BY id").arg(EvidenceColumns), {},
                  tr("Reading indicator evidence"));
    if (!q)
        return q.error();
    return readAll<IndicatorEvidence>(*q, readEvidence);
}

Result<Id> IndicatorValueRepository::addEvidence(const IndicatorEvidence &evidence)
{
    const bool isPolicy = evidence.kind == Evidence::Kind::Policy;
    return insertRow(QStringLiteral("INSERT INTO indicator_evidence (id, value_id, policy_id, milestone_id) VALUES (?, ?, ?, ?)"),
                     {idOrNull(evidence.id), evidence.valueId, idOrNull(isPolicy ? evidence.targetId : NoId),
                      idOrNull(isPolicy ? NoId : evidence.targetId)},
                     Store::ScorecardChanged, tr("Linking evidence to an indicator value"));
}

Status IndicatorValueRepository::removeEvidence(Id id)
{
    return changeRow(QStringLiteral("DELETE FROM indicator_evidence WHERE id = ?"), {id}, Store::ScorecardChanged,
                     tr("Unlinking evidence from an indicator value"),
                     tr("There is no indicator evidence link with id %1 in the database.").arg(id));
}

} // namespace triangle
