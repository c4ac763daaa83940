// Store: assessments and the evidence behind their scores.

#include "Store.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "model/Validation.h"

namespace triangle {

namespace {
// Assessment rows come back joined to their stage so that they sort in stage order.
const QString AssessmentColumns = QStringLiteral(
    "a.id, a.region_id, a.stage_id, a.mission, a.political, a.operational, "
    "a.mission_rationale, a.political_rationale, a.operational_rationale, a.source_note, "
    "a.mission_origin, a.political_origin, a.operational_origin");
const QString AssessmentFrom = QStringLiteral("FROM assessments a JOIN stages s ON s.id = a.stage_id");
const QString AssessmentOrder = QStringLiteral("ORDER BY a.region_id, s.sort_order, s.start_year, s.id");
const QString EvidenceColumns = QStringLiteral("id, assessment_id, dimension, policy_id, milestone_id");

Assessment readAssessment(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.regionId = q.value(1).toLongLong();
    a.stageId = q.value(2).toLongLong();
    for (Dimension d : AllDimensions) {
        a.scores[d] = q.value(3 + index(d)).toDouble();
        a.rationale[d] = q.value(6 + index(d)).toString();
    }
    a.sourceNote = q.value(9).toString();
    for (Dimension d : AllDimensions)
        a.origin[d] = scoreOriginFromKey(q.value(10 + index(d)).toString()).value_or(ScoreOrigin::Hand);
    return a;
}

QVariantList assessmentValues(const Assessment &a)
{
    QVariantList values{a.regionId, a.stageId};
    for (Dimension d : AllDimensions)
        values.append(a.scores[d]);
    for (Dimension d : AllDimensions)
        values.append(a.rationale[d]);
    values.append(a.sourceNote);
    for (Dimension d : AllDimensions)
        values.append(scoreOriginKey(a.origin[d]));
    return values;
}

Evidence readEvidence(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.assessmentId = q.value(1).toLongLong();
    e.dimension = dimensionFromKey(q.value(2).toString()).value_or(Dimension::Mission);
    const bool isPolicy = !q.value(3).isNull();
    e.kind = isPolicy ? Evidence::Kind::Policy : Evidence::Kind::Milestone;
    e.targetId = (isPolicy ? q.value(3) : q.value(4)).toLongLong();
    return e;
}
} // namespace

Result<QList<Assessment>> Store::assessments(Id regionId) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 %2 WHERE a.region_id = ? %3").arg(AssessmentColumns, AssessmentFrom, AssessmentOrder),
                           {regionId}, tr("Reading assessments"));
    if (!q)
        return q.error();
    return readAll<Assessment>(*q, readAssessment);
}

Result<QList<Assessment>> Store::allAssessments() const
{
    auto q = readStatement(QStringLiteral("SELECT %1 %2 %3").arg(AssessmentColumns, AssessmentFrom, AssessmentOrder), {},
                           tr("Reading assessments"));
    if (!q)
        return q.error();
    return readAll<Assessment>(*q, readAssessment);
}

Result<QHash<Id, int>> Store::assessmentCountsByRegion() const
{
    auto q = readStatement(QStringLiteral("SELECT region_id, count(*) FROM assessments GROUP BY region_id"), {},
                           tr("Counting assessments"));
    if (!q)
        return q.error();
    QHash<Id, int> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return counts;
}

Result<std::optional<Assessment>> Store::assessment(Id regionId, Id stageId) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 %2 WHERE a.region_id = ? AND a.stage_id = ?").arg(AssessmentColumns, AssessmentFrom),
                           {regionId, stageId}, tr("Reading an assessment"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Assessment>();
    return std::optional<Assessment>(readAssessment(*q));
}

Result<Assessment> Store::assessmentWithId(Id id) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 %2 WHERE a.id = ?").arg(AssessmentColumns, AssessmentFrom), {id},
                           tr("Reading an assessment"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no assessment with id %1 in the database.").arg(id));
    return readAssessment(*q);
}

Result<Id> Store::addAssessment(const Assessment &assessment)
{
    if (const FieldProblems problems = validateAssessment(assessment); !problems.isEmpty())
        return invalidRecord(tr("Assessment"), problems);
    Id id = NoId;
    Status status = write([&]() -> Status {
        auto added = insertRecord(QStringLiteral("INSERT INTO assessments (id, region_id, stage_id, mission, political, "
                                                 "operational, mission_rationale, political_rationale, operational_rationale, "
                                                 "source_note, mission_origin, political_origin, operational_origin) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  QVariantList{idOrNull(assessment.id)} + assessmentValues(assessment), AssessmentsChanged,
                                  tr("Adding an assessment"));
        if (!added)
            return added.error();
        id = *added;
        // A derived score takes its value from the indicators, whatever was given.
        return resyncDerivedScores(*this, assessment.regionId, assessment.stageId);
    });
    if (!status)
        return status.error();
    return id;
}

Status Store::updateAssessment(const Assessment &assessment)
{
    if (const FieldProblems problems = validateAssessment(assessment); !problems.isEmpty())
        return invalidRecord(tr("Assessment"), problems);
    return write([&]() -> Status {
        Status updated = updateRecord(QStringLiteral("UPDATE assessments SET region_id = ?, stage_id = ?, mission = ?, "
                                                     "political = ?, operational = ?, mission_rationale = ?, "
                                                     "political_rationale = ?, operational_rationale = ?, source_note = ?, "
                                                     "mission_origin = ?, political_origin = ?, operational_origin = ? "
                                                     "WHERE id = ?"),
                                      assessmentValues(assessment) + QVariantList{assessment.id}, AssessmentsChanged,
                                      tr("Saving an assessment"),
                                      tr("There is no assessment with id %1 in the database.").arg(assessment.id));
        if (!updated)
            return updated;
        return resyncDerivedScores(*this, assessment.regionId, assessment.stageId);
    });
}

Status Store::removeAssessment(Id id)
{
    return deleteRecord(QStringLiteral("assessments"), id, AssessmentsChanged | EvidenceChanged, tr("Deleting an assessment"),
                        tr("There is no assessment with id %1 in the database.").arg(id));
}

Result<QList<Evidence>> Store::evidenceFor(Id assessmentId) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM evidence WHERE assessment_id = ? ORDER BY id").arg(EvidenceColumns),
                           {assessmentId}, tr("Reading evidence"));
    if (!q)
        return q.error();
    return readAll<Evidence>(*q, readEvidence);
}

Result<QList<Evidence>> Store::evidenceCiting(Evidence::Kind kind, Id targetId) const
{
    const QString column = kind == Evidence::Kind::Policy ? QStringLiteral("policy_id") : QStringLiteral("milestone_id");
    auto q = readStatement(QStringLiteral("SELECT %1 FROM evidence WHERE %2 = ? ORDER BY id").arg(EvidenceColumns, column),
                           {targetId}, tr("Reading evidence"));
    if (!q)
        return q.error();
    return readAll<Evidence>(*q, readEvidence);
}

Result<QList<Evidence>> Store::allEvidence() const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM evidence ORDER BY id").arg(EvidenceColumns), {}, tr("Reading evidence"));
    if (!q)
        return q.error();
    return readAll<Evidence>(*q, readEvidence);
}

Result<Evidence> Store::evidenceWithId(Id id) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(EvidenceColumns), {id}, tr("Reading evidence"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no evidence link with id %1 in the database.").arg(id));
    return readEvidence(*q);
}

Result<QHash<Id, int>> Store::evidenceCounts(Evidence::Kind kind) const
{
    const QString column = kind == Evidence::Kind::Policy ? QStringLiteral("policy_id") : QStringLiteral("milestone_id");
    auto q = readStatement(QStringLiteral("SELECT %1, count(*) FROM evidence WHERE %1 IS NOT NULL GROUP BY %1").arg(column), {},
                           tr("Counting evidence"));
    if (!q)
        return q.error();
    QHash<Id, int> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return counts;
}

Result<Id> Store::addEvidence(const Evidence &evidence)
{
    const bool isPolicy = evidence.kind == Evidence::Kind::Policy;
    return insertRecord(QStringLiteral("INSERT INTO evidence (id, assessment_id, dimension, policy_id, milestone_id) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {idOrNull(evidence.id), evidence.assessmentId, dimensionKey(evidence.dimension),
                         idOrNull(isPolicy ? evidence.targetId : NoId), idOrNull(isPolicy ? NoId : evidence.targetId)},
                        EvidenceChanged, tr("Linking evidence"));
}

Status Store::removeEvidence(Id id)
{
    return deleteRecord(QStringLiteral("evidence"), id, EvidenceChanged, tr("Unlinking evidence"),
                        tr("There is no evidence link with id %1 in the database.").arg(id));
}

} // namespace triangle
