#include "AssessmentRepository.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "Store.h"
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

QString scopeCondition(AssessmentRepository::Scope scope)
{
    return scope == AssessmentRepository::Scope::All
        ? QString()
        : QStringLiteral(" AND a.mission_origin <> 'unscored' AND a.political_origin <> 'unscored' "
                         "AND a.operational_origin <> 'unscored'");
}

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
        values.append(a.origin[d] == ScoreOrigin::Unscored ? 0.0 : a.scores[d]);
    for (Dimension d : AllDimensions)
        values.append(a.rationale[d]);
    values.append(a.sourceNote);
    for (Dimension d : AllDimensions)
        values.append(scoreOriginKey(a.origin[d]));
    return values;
}

} // namespace

Result<QList<Assessment>> AssessmentRepository::forRegion(Id regionId, Scope scope) const
{
    auto q = read(QStringLiteral("SELECT %1 %2 WHERE a.region_id = ?%3 %4")
                      .arg(AssessmentColumns, AssessmentFrom, scopeCondition(scope), AssessmentOrder),
                  {regionId}, tr("Reading assessments"));
    if (!q)
        return q.error();
    return readAll<Assessment>(*q, readAssessment);
}

Result<QList<Assessment>> AssessmentRepository::all(Scope scope) const
{
    auto q = read(QStringLiteral("SELECT %1 %2 WHERE 1%3 %4").arg(AssessmentColumns, AssessmentFrom, scopeCondition(scope), AssessmentOrder), {},
                  tr("Reading assessments"));
    if (!q)
        return q.error();
    return readAll<Assessment>(*q, readAssessment);
}

Result<QHash<Id, int>> AssessmentRepository::countsByRegion() const
{
    auto q = read(QStringLiteral("SELECT region_id, count(*) FROM assessments GROUP BY region_id"), {},
                  tr("Counting assessments"));
    if (!q)
        return q.error();
    return idCounts(*q);
}

Result<std::optional<Assessment>> AssessmentRepository::at(Id regionId, Id stageId, Scope scope) const
{
    auto q = read(QStringLiteral("SELECT %1 %2 WHERE a.region_id = ? AND a.stage_id = ?%3")
                      .arg(AssessmentColumns, AssessmentFrom, scopeCondition(scope)),
                  {regionId, stageId}, tr("Reading an assessment"));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Assessment>();
    return std::optional<Assessment>(readAssessment(*q));
}

Result<Assessment> AssessmentRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 %2 WHERE a.id = ?").arg(AssessmentColumns, AssessmentFrom), {id},
                  tr("Reading an assessment"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no assessment with id %1 in the database.").arg(id));
    return readAssessment(*q);
}

Result<Id> AssessmentRepository::add(const Assessment &assessment)
{
    if (const FieldProblems problems = validateAssessment(assessment); !problems.isEmpty())
        return invalidRecord(tr("Assessment"), problems);
    // A derived score takes its value from the indicators, whatever was given.
    return insertRow(QStringLiteral("INSERT INTO assessments (id, region_id, stage_id, mission, political, operational, "
                                    "mission_rationale, political_rationale, operational_rationale, source_note, "
                                    "mission_origin, political_origin, operational_origin) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     QVariantList{idOrNull(assessment.id)} + assessmentValues(assessment), Store::AssessmentsChanged,
                     tr("Adding an assessment"),
                     [&] { return resyncDerivedScores(store(), assessment.regionId, assessment.stageId); });
}

Status AssessmentRepository::update(const Assessment &assessment)
{
    if (const FieldProblems problems = validateAssessment(assessment); !problems.isEmpty())
        return invalidRecord(tr("Assessment"), problems);
    return changeRow(QStringLiteral("UPDATE assessments SET region_id = ?, stage_id = ?, mission = ?, political = ?, "
                                    "operational = ?, mission_rationale = ?, political_rationale = ?, "
                                    "operational_rationale = ?, source_note = ?, mission_origin = ?, political_origin = ?, "
                                    "operational_origin = ? WHERE id = ?"),
                     assessmentValues(assessment) + QVariantList{assessment.id}, Store::AssessmentsChanged,
                     tr("Saving an assessment"), tr("There is no assessment with id %1 in the database.").arg(assessment.id),
                     [&] { return resyncDerivedScores(store(), assessment.regionId, assessment.stageId); });
}

Status AssessmentRepository::remove(Id id)
{
    return removeRow(QStringLiteral("assessments"), id, Store::AssessmentsChanged | Store::EvidenceChanged, tr("Deleting an assessment"),
                     tr("There is no assessment with id %1 in the database.").arg(id));
}

} // namespace triangle
