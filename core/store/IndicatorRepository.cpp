#include "IndicatorRepository.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

#include <QHash>

namespace triangle {

namespace {
const QString IndicatorColumns = QStringLiteral(
    "id, key, dimension, name_zh, name_en, definition, observation, direction, weight, sort_order");
const QString IndicatorOrder = QStringLiteral(
    "ORDER BY CASE dimension WHEN 'mission' THEN 0 WHEN 'political' THEN 1 ELSE 2 END, sort_order, id");

Indicator readIndicator(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toLongLong();
    i.key = q.value(1).toString();
    i.dimension = dimensionFromKey(q.value(2).toString()).value_or(Dimension::Mission);
    i.nameZh = q.value(3).toString();
    i.nameEn = q.value(4).toString();
    i.definition = q.value(5).toString();
    i.observation = q.value(6).toString();
    i.direction = indicatorDirectionFromKey(q.value(7).toString()).value_or(IndicatorDirection::HigherIsBetter);
    i.weight = q.value(8).toDouble();
    i.sortOrder = q.value(9).toInt();
    return i;
}

// Editing the weights by hand leaves no weight set in force: none stays
// marked active, so the window can say the weights were edited since.
const QString LeaveNoWeightSetActive = QStringLiteral("UPDATE weight_sets SET active = 0 WHERE active = 1");

QVariantList indicatorValues(const Indicator &i)
{
    return {i.key, dimensionKey(i.dimension), i.nameZh, i.nameEn, i.definition, i.observation,
            indicatorDirectionKey(i.direction), i.weight, i.sortOrder};
}
} // namespace

Result<QList<Indicator>> IndicatorRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM indicators %2").arg(IndicatorColumns, IndicatorOrder), {},
                  tr("Reading indicators"));
    if (!q)
        return q.error();
    QList<Indicator> indicators = readAll<Indicator>(*q, readIndicator);

    // Every rubric in one query rather than one per indicator.
    auto levels = read(QStringLiteral("SELECT indicator_id, score, label_zh, label_en, description_zh, description_en "
                                      "FROM rubric_levels ORDER BY indicator_id, score"),
                       {}, tr("Reading rubrics"));
    if (!levels)
        return levels.error();
    QHash<Id, qsizetype> position;
    for (qsizetype i = 0; i < indicators.size(); ++i)
        position.insert(indicators[i].id, i);
    while (levels->next()) {
        const auto at = position.constFind(levels->value(0).toLongLong());
        if (at == position.cend())
            continue;
        indicators[*at].rubric.append({levels->value(1).toDouble(), levels->value(2).toString(), levels->value(3).toString(),
                                       levels->value(4).toString(), levels->value(5).toString()});
    }
    return indicators;
}

Result<Indicator> IndicatorRepository::byId(Id id) const
{
    auto indicators = all();
    if (!indicators)
        return indicators.error();
    for (const Indicator &i : *indicators) {
        if (i.id == id)
            return i;
    }
    return notFound(tr("There is no indicator with id %1 in the database.").arg(id));
}

Result<Indicator> IndicatorRepository::byKey(const QString &key) const
{
    auto indicators = all();
    if (!indicators)
        return indicators.error();
    for (const Indicator &i : *indicators) {
        if (i.key == key)
            return i;
    }
    return notFound(tr("There is no indicator “%1” in the database.").arg(key));
}

Status IndicatorRepository::writeRubric(const Indicator &indicator)
{
    if (auto cleared = writeStatement(QStringLiteral("DELETE FROM rubric_levels WHERE indicator_id = ?"), {indicator.id},
                                      Store::ScorecardChanged, tr("Saving a rubric"));
        !cleared)
        return cleared.error();
    for (const RubricLevel &level : indicator.rubric) {
        auto inserted = writeStatement(QStringLiteral("INSERT INTO rubric_levels (indicator_id, score, label_zh, label_en, "
                                                      "description_zh, description_en) VALUES (?, ?, ?, ?, ?, ?)"),
                                       {indicator.id, level.score, level.labelZh, level.labelEn, level.descriptionZh,
                                        level.descriptionEn},
                                       Store::ScorecardChanged, tr("Saving a rubric"));
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<Id> IndicatorRepository::add(const Indicator &indicator)
{
    if (const FieldProblems problems = validateIndicator(indicator); !problems.isEmpty())
        return invalidRecord(tr("Indicator"), problems);
    Indicator stored = indicator;
    Status status = write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO indicators (id, key, dimension, name_zh, name_en, definition, "
                                               "observation, direction, weight, sort_order) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                QVariantList{idOrNull(indicator.id)} + indicatorValues(indicator), Store::ScorecardChanged,
                                tr("Adding the indicator “%1”").arg(indicator.key));
        if (!q)
            return q.error();
        stored.id = q->lastInsertId().toLongLong();
        if (Status ok = writeRubric(stored); !ok)
            return ok;
        // A set gives no weight to the new indicator: it is no longer the one in force.
        if (auto cleared = writeStatement(LeaveNoWeightSetActive, {}, Store::ScorecardChanged, tr("Adding the indicator “%1”").arg(indicator.key));
            !cleared)
            return cleared.error();
        // A new indicator has no values yet, but it changes no derived score
        // only until it gets one; resync keeps the rule in one place.
        return resyncDerivedScores(store());
    });
    if (!status)
        return status.error();
    return stored.id;
}

Status IndicatorRepository::update(const Indicator &indicator)
{
    if (const FieldProblems problems = validateIndicator(indicator); !problems.isEmpty())
        return invalidRecord(tr("Indicator"), problems);
    return write([&]() -> Status {
        auto before = read(QStringLiteral("SELECT weight FROM indicators WHERE id = ?"), {indicator.id},
                           tr("Saving the indicator “%1”").arg(indicator.key));
        if (!before)
            return before.error();
        const bool weightChanged = before->next() && before->value(0).toDouble() != indicator.weight;
        auto q = writeStatement(QStringLiteral("UPDATE indicators SET key = ?, dimension = ?, name_zh = ?, name_en = ?, "
                                               "definition = ?, observation = ?, direction = ?, weight = ?, sort_order = ? "
                                               "WHERE id = ?"),
                                indicatorValues(indicator) + QVariantList{indicator.id}, Store::ScorecardChanged,
                                tr("Saving the indicator “%1”").arg(indicator.key));
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return notFound(tr("There is no indicator with id %1 in the database.").arg(indicator.id));
        if (Status ok = writeRubric(indicator); !ok)
            return ok;
        if (weightChanged) {
            if (auto cleared = writeStatement(LeaveNoWeightSetActive, {}, Store::ScorecardChanged,
                                              tr("Saving the indicator “%1”").arg(indicator.key));
                !cleared)
                return cleared.error();
        }
        return resyncDerivedScores(store());
    });
}

Status IndicatorRepository::remove(Id id)
{
    return changeRow(QStringLiteral("DELETE FROM indicators WHERE id = ?"), {id}, Store::ScorecardChanged,
                     tr("Deleting an indicator"), tr("There is no indicator with id %1 in the database.").arg(id),
                     [this]() -> Status {
                         if (auto cleared = writeStatement(LeaveNoWeightSetActive, {}, Store::ScorecardChanged,
                                                           tr("Deleting an indicator"));
                             !cleared)
                             return cleared.error();
                         return resyncDerivedScores(store());
                     });
}

} // namespace triangle
