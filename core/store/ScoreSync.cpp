#include "ScoreSync.h"

#include "IndicatorRepository.h"
#include "IndicatorValueRepository.h"
#include "RaterRepository.h"
#include "Repository.h"
#include "SqlSupport.h"
#include "Store.h"

#include <QCoreApplication>

namespace triangle {

namespace {
// The one writer of derived scores.
class Sync : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ScoreSync)

public:
    explicit Sync(Store &store) : Repository(store) {}

    Status run(std::optional<Id> regionId, std::optional<Id> stageId)
    {
        // The region and stage as plain equalities, never "? IS NULL OR
        // region_id = ?": SQLite cannot use the (region, stage) index through
        // an OR, and a scan of every assessment per indicator value made an
        // import of 3,200 counties quadratic.
        QString sql = QStringLiteral("SELECT id, region_id, stage_id, mission, political, operational, mission_origin, "
                                     "political_origin, operational_origin FROM assessments "
                                     "WHERE (mission_origin <> 'hand' OR political_origin <> 'hand' "
                                     "OR operational_origin <> 'hand')");
        QVariantList bound;
        if (regionId) {
            sql += QStringLiteral(" AND region_id = ?");
            bound << *regionId;
        }
        if (stageId) {
            sql += QStringLiteral(" AND stage_id = ?");
            bound << *stageId;
        }
        auto q = read(sql, bound, tr("Finding derived scores"));
        if (!q)
            return q.error();
        struct Row
        {
            Id id, region, stage;
            DimensionScores scores;
            PerDimension<ScoreOrigin> origin;
        };
        QList<Row> rows;
        while (q->next()) {
            Row row{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), {}, {}};
            for (Dimension d : AllDimensions) {
                row.scores[d] = q->value(3 + index(d)).toDouble();
                row.origin[d] = scoreOriginFromKey(q->value(6 + index(d)).toString()).value_or(ScoreOrigin::Hand);
            }
            rows.append(row);
        }
        if (rows.isEmpty())
            return {};

        auto indicators = store().indicators().all();
        if (!indicators)
            return indicators.error();
        auto aggregate = store().raters().aggregate();
        if (!aggregate)
            return aggregate.error();

        for (const Row &row : rows) {
            auto values = store().indicatorValues().forAssessment(row.region, row.stage);
            if (!values)
                return values.error();
            const ScoreDerivation derivation = deriveScores(*indicators, *values, *aggregate);
            DimensionScores scores = row.scores;
            PerDimension<ScoreOrigin> origin = row.origin;
            for (Dimension d : AllDimensions) {
                if (origin[d] == ScoreOrigin::Hand)
                    continue;
                // A dimension not scored yet takes the indicators' score as
                // soon as they give one; a derived score whose indicator values
                // are all gone has nothing behind it and is unscored again
                // (undo brings the values and the score back).
                if (auto stored = derivation[d].storedValue()) {
                    scores[d] = *stored;
                    origin[d] = ScoreOrigin::Derived;
                } else {
                    scores[d] = 0.0;
                    origin[d] = ScoreOrigin::Unscored;
                }
            }
            if (scores == row.scores && origin == row.origin)
                continue;
            QVariantList bound;
            for (Dimension d : AllDimensions)
                bound.append(scores[d]);
            for (Dimension d : AllDimensions)
                bound.append(scoreOriginKey(origin[d]));
            bound.append(row.id);
            auto updated = writeStatement(QStringLiteral("UPDATE assessments SET mission = ?, political = ?, operational = ?, "
                                                         "mission_origin = ?, political_origin = ?, operational_origin = ? "
                                                         "WHERE id = ?"),
                                          bound, Store::AssessmentsChanged, tr("Updating derived scores"));
            if (!updated)
                return updated.error();
        }
        return {};
    }
};
} // namespace

Status resyncDerivedScores(Store &store, std::optional<Id> regionId, std::optional<Id> stageId)
{
    return Sync(store).run(regionId, stageId);
}

Result<ScoreDerivation> derivationFor(const Store &store, Id regionId, Id stageId)
{
    auto indicators = store.indicators().all();
    if (!indicators)
        return indicators.error();
    auto values = store.indicatorValues().forAssessment(regionId, stageId);
    if (!values)
        return values.error();
    auto aggregate = store.raters().aggregate();
    if (!aggregate)
        return aggregate.error();
    return deriveScores(*indicators, *values, *aggregate);
}

} // namespace triangle
