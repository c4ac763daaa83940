#include "WeightSetRepository.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "Store.h"
#include "model/DomainNames.h"
#include "model/EnumKeys.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
constexpr EnumKeys<WeightSetMethod, 5> MethodKeys({{
    {WeightSetMethod::Analyst, "analyst"},
    {WeightSetMethod::Ahp, "ahp"},
    {WeightSetMethod::Entropy, "entropy"},
    {WeightSetMethod::Critic, "critic"},
    {WeightSetMethod::Combined, "combined"},
}});

const QString SetColumns = QStringLiteral("id, name, method, detail, round, stage_id, created_at, active");

StoreError invalid(const QString &message)
{
    return StoreError{StoreError::Kind::Invalid, message, {}};
}

QString indicatorShown(const Indicator &i)
{
    return WeightSetRepository::tr("“%1” (%2)").arg(i.nameZh, i.key);
}
} // namespace

QString weightSetMethodKey(WeightSetMethod method)
{
    return MethodKeys.key(method);
}

std::optional<WeightSetMethod> weightSetMethodFromKey(QStringView key)
{
    return MethodKeys.fromKey(key);
}

QString weightSetMethodLabel(WeightSetMethod method)
{
    switch (method) {
    case WeightSetMethod::Analyst:
        return WeightSetRepository::tr("analyst");
    case WeightSetMethod::Ahp:
        return WeightSetRepository::tr("AHP");
    case WeightSetMethod::Entropy:
        return WeightSetRepository::tr("entropy");
    case WeightSetMethod::Critic:
        return WeightSetRepository::tr("CRITIC");
    case WeightSetMethod::Combined:
        return WeightSetRepository::tr("combined");
    }
    return {};
}

Result<QList<WeightSet>> WeightSetRepository::readSets(const QString &where, const QVariantList &values) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM weight_sets %2 ORDER BY id").arg(SetColumns, where), values,
                  tr("Reading weight sets"));
    if (!q)
        return q.error();
    QList<WeightSet> sets;
    QHash<Id, qsizetype> position;
    while (q->next()) {
        WeightSet s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.method = weightSetMethodFromKey(q->value(2).toString()).value_or(WeightSetMethod::Analyst);
        s.detail = q->value(3).toString();
        if (!q->value(4).isNull())
            s.round = q->value(4).toInt();
        s.stageId = q->value(5).isNull() ? NoId : q->value(5).toLongLong();
        s.createdAt = q->value(6).toString();
        s.active = q->value(7).toInt() == 1;
        position.insert(s.id, sets.size());
        sets.append(s);
    }
    if (sets.isEmpty())
        return sets;
    auto values_ = read(QStringLiteral("SELECT weight_set_id, indicator_id, weight FROM weight_set_values"), {},
                        tr("Reading weight sets"));
    if (!values_)
        return values_.error();
    while (values_->next()) {
        const auto at = position.constFind(values_->value(0).toLongLong());
        if (at != position.cend())
            sets[*at].weights.insert(values_->value(1).toLongLong(), values_->value(2).toDouble());
    }
    return sets;
}

Result<QList<WeightSet>> WeightSetRepository::all() const
{
    return readSets({}, {});
}

Result<WeightSet> WeightSetRepository::byId(Id id) const
{
    auto sets = readSets(QStringLiteral("WHERE id = ?"), {id});
    if (!sets)
        return sets.error();
    if (sets->isEmpty())
        return notFound(tr("There is no weight set with id %1 in the database.").arg(id));
    return sets->first();
}

Result<WeightSet> WeightSetRepository::byName(const QString &name) const
{
    auto sets = readSets(QStringLiteral("WHERE name = ?"), {name});
    if (!sets)
        return sets.error();
    if (sets->isEmpty())
        return notFound(tr("There is no weight set “%1” in the database.").arg(name));
    return sets->first();
}

Result<std::optional<WeightSet>> WeightSetRepository::active() const
{
    auto sets = readSets(QStringLiteral("WHERE active = 1"), {});
    if (!sets)
        return sets.error();
    if (sets->isEmpty())
        return std::optional<WeightSet>();
    return std::optional<WeightSet>(sets->first());
}

Result<WeightSet> WeightSetRepository::inForce(const QString &name) const
{
    auto indicators = store().indicators().all();
    if (!indicators)
        return indicators.error();
    WeightSet set;
    set.name = name.trimmed();
    set.method = WeightSetMethod::Analyst;
    set.detail = tr("the indicator weights in force on %1").arg(QDate::currentDate().toString(Qt::ISODate));
    for (const Indicator &i : *indicators)
        set.weights.insert(i.id, i.weight);
    return set;
}

QString WeightSetRepository::validationProblem(const WeightSet &set, const QList<Indicator> &indicators)
{
    if (set.name.trimmed().isEmpty())
        return tr("A weight set needs a name.");
    if (set.round && (*set.round < 1 || *set.round > 20))
        return tr("The round %1 is not between 1 and 20.").arg(*set.round);
    QHash<Id, const Indicator *> known;
    for (const Indicator &i : indicators)
        known.insert(i.id, &i);
    for (auto w = set.weights.cbegin(); w != set.weights.cend(); ++w) {
        if (!known.contains(w.key()))
            return tr("The weight set “%1” gives a weight to indicator id %2, which is not in the database.").arg(set.name).arg(w.key());
        if (!std::isfinite(w.value()) || w.value() < 0.0 || w.value() > 100.0)
            return tr("The weight %1 of indicator %2 is not between 0 and 100.")
                .arg(w.value())
                .arg(indicatorShown(*known.value(w.key())));
    }
    PerDimension<double> sums;
    PerDimension<int> counts;
    for (const Indicator &i : indicators) {
        if (!set.weights.contains(i.id))
            return tr("The weight set “%1” gives no weight to indicator %2: a set gives every indicator one.")
                .arg(set.name, indicatorShown(i));
        sums[i.dimension] += set.weights.value(i.id);
        ++counts[i.dimension];
    }
    for (Dimension d : AllDimensions) {
        if (counts[d] > 0 && !(sums[d] > 0.0))
            return tr("The weights of the dimension %1 sum to 0: at least one of its indicators needs a weight above 0.")
                .arg(dimensionName(d));
    }
    return {};
}

QString WeightSetRepository::activationProblem(const WeightSet &set, const QList<Indicator> &indicators)
{
    for (const Indicator &i : indicators) {
        const auto w = set.weights.constFind(i.id);
        if (w == set.weights.cend())
            return tr("The weight set “%1” gives no weight to indicator %2, added after the set was made; "
                      "make the set again to include it.")
                .arg(set.name, indicatorShown(i));
        if (!(*w > 0.0))
            return tr("The weight set “%1” gives indicator %2 a weight of 0, and an indicator in force needs a weight "
                      "above 0: in these data it carries no information (the regions do not differ on it, or none has a value for it). Combine "
                      "the set with an expert set instead, and activate the combination.")
                .arg(set.name, indicatorShown(i));
    }
    return {};
}

Result<Id> WeightSetRepository::add(const WeightSet &set)
{
    auto indicators = store().indicators().all();
    if (!indicators)
        return indicators.error();
    if (const QString problem = validationProblem(set, *indicators); !problem.isEmpty())
        return invalid(problem);
    const QString created = set.createdAt.isEmpty()
        ? QDateTime::currentDateTimeUtc().toString(Qt::ISODate)
        : set.createdAt;
    Id id = NoId;
    Status status = write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO weight_sets (name, method, detail, round, stage_id, created_at, active) "
                                               "VALUES (?, ?, ?, ?, ?, ?, 0)"),
                                {set.name.trimmed(), weightSetMethodKey(set.method), set.detail,
                                 set.round ? QVariant(*set.round) : QVariant(QMetaType::fromType<int>()),
                                 idOrNull(set.stageId), created},
                                Store::ScorecardChanged, tr("Adding the weight set “%1”").arg(set.name));
        if (!q)
            return q.error();
        id = q->lastInsertId().toLongLong();
        auto insert = prepare(QStringLiteral("INSERT INTO weight_set_values (weight_set_id, indicator_id, weight) VALUES (?, ?, ?)"),
                              Store::ScorecardChanged, tr("Adding the weight set “%1”").arg(set.name));
        if (!insert)
            return insert.error();
        for (auto w = set.weights.cbegin(); w != set.weights.cend(); ++w) {
            if (Status ok = insert->run({id, w.key(), w.value()}, [&] { return tr("Adding the weight set “%1”").arg(set.name); }); !ok)
                return ok;
        }
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status WeightSetRepository::replace(Id id, const WeightSet &set)
{
    auto indicators = store().indicators().all();
    if (!indicators)
        return indicators.error();
    if (const QString problem = validationProblem(set, *indicators); !problem.isEmpty())
        return invalid(problem);
    auto old = byId(id);
    if (!old)
        return old.error();
    const QString created = set.createdAt.isEmpty() ? old->createdAt : set.createdAt;
    const QString context = tr("Replacing the weight set “%1”").arg(set.name);
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("UPDATE weight_sets SET name = ?, method = ?, detail = ?, round = ?, stage_id = ?, "
                                               "created_at = ?, active = 0 WHERE id = ?"),
                                {set.name.trimmed(), weightSetMethodKey(set.method), set.detail,
                                 set.round ? QVariant(*set.round) : QVariant(QMetaType::fromType<int>()), idOrNull(set.stageId),
                                 created, id},
                                Store::ScorecardChanged, context);
        if (!q)
            return q.error();
        if (auto cleared = writeStatement(QStringLiteral("DELETE FROM weight_set_values WHERE weight_set_id = ?"), {id},
                                          Store::ScorecardChanged, context);
            !cleared)
            return cleared.error();
        auto insert = prepare(QStringLiteral("INSERT INTO weight_set_values (weight_set_id, indicator_id, weight) VALUES (?, ?, ?)"),
                              Store::ScorecardChanged, context);
        if (!insert)
            return insert.error();
        for (auto w = set.weights.cbegin(); w != set.weights.cend(); ++w) {
            if (Status ok = insert->run({id, w.key(), w.value()}, [&] { return context; }); !ok)
                return ok;
        }
        return {};
    });
}

QString WeightSetRepository::inForceProblem(const WeightSet &set, const QList<Indicator> &indicators)
{
    for (const Indicator &i : indicators) {
        const auto w = set.weights.constFind(i.id);
        if (w == set.weights.cend())
            return tr("The weight set “%1” gives no weight to indicator %2.").arg(set.name, indicatorShown(i));
        if (std::abs(*w - i.weight) > 1e-9 * std::max(1.0, std::abs(i.weight)))
            return tr("The weight set “%1” gives indicator %2 the weight %3, where the indicator carries %4.")
                .arg(set.name, indicatorShown(i))
                .arg(*w)
                .arg(i.weight);
    }
    return {};
}

Status WeightSetRepository::markInForce(Id id)
{
    return write([&]() -> Status {
        auto set = byId(id);
        if (!set)
            return set.error();
        auto indicators = store().indicators().all();
        if (!indicators)
            return indicators.error();
        if (const QString problem = inForceProblem(*set, *indicators); !problem.isEmpty())
            return invalid(problem);
        const QString context = tr("Marking the weight set “%1” as the one in force").arg(set->name);
        if (auto cleared = writeStatement(QStringLiteral("UPDATE weight_sets SET active = 0 WHERE active = 1 AND id <> ?"), {id},
                                          Store::ScorecardChanged, context);
            !cleared)
            return cleared.error();
        auto marked = writeStatement(QStringLiteral("UPDATE weight_sets SET active = 1 WHERE id = ?"), {id}, Store::ScorecardChanged,
                                     context);
        if (!marked)
            return marked.error();
        return {};
    });
}

Status WeightSetRepository::remove(Id id)
{
    auto set = byId(id);
    if (!set)
        return set.error();
    if (set->active)
        return invalid(tr("The weight set “%1” is the one in force and cannot be removed; activate another set first.")
                           .arg(set->name));
    return removeRow(QStringLiteral("weight_sets"), id, Store::ScorecardChanged,
                     tr("Removing the weight set “%1”").arg(set->name),
                     tr("There is no weight set with id %1 in the database.").arg(id));
}

Status WeightSetRepository::activate(Id id)
{
    return write([&]() -> Status {
        // Read inside the write, so that the check and the copy see the same indicators.
        auto set = byId(id);
        if (!set)
            return set.error();
        auto indicators = store().indicators().all();
        if (!indicators)
            return indicators.error();
        if (const QString problem = activationProblem(*set, *indicators); !problem.isEmpty())
            return invalid(problem);
        const QString context = tr("Activating the weight set “%1”").arg(set->name);
        auto update = prepare(QStringLiteral("UPDATE indicators SET weight = ? WHERE id = ?"), Store::ScorecardChanged, context);
        if (!update)
            return update.error();
        for (const Indicator &i : *indicators) {
            if (Status ok = update->run({set->weights.value(i.id), i.id}, [&] { return context; }); !ok)
                return ok;
        }
        if (Status ok = resyncDerivedScores(store()); !ok)
            return ok;
        if (auto cleared = writeStatement(QStringLiteral("UPDATE weight_sets SET active = 0 WHERE active = 1"), {},
                                          Store::ScorecardChanged, context);
            !cleared)
            return cleared.error();
        auto marked = writeStatement(QStringLiteral("UPDATE weight_sets SET active = 1 WHERE id = ?"), {id},
                                     Store::ScorecardChanged, context);
        if (!marked)
            return marked.error();
        return {};
    });
}

} // namespace triangle
