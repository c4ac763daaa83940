#pragma once

// Weight sets (issue 22, "weights from the data"): named vectors of indicator
// weights kept side by side — the analyst's own, an expert panel's (AHP), and
// those derived from the indicator values (entropy, CRITIC) or combined from
// two. One set at a time can be in force: activating it copies its weights
// into indicators.weight and re-derives every score. Editing a weight by hand
// (IndicatorRepository) leaves no set active.

#include "Repository.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace triangle {

enum class WeightSetMethod : std::uint8_t {
    Analyst,  // set by the analyst
    Ahp,      // from an expert panel's pairwise comparisons
    Entropy,  // from the data: the entropy weight method
    Critic,   // from the data: CRITIC
    Combined, // two sets combined (analysis/DataWeights.h, combinedWeights)
};

QString weightSetMethodKey(WeightSetMethod method); // "analyst", "ahp", "entropy", "critic", "combined"
std::optional<WeightSetMethod> weightSetMethodFromKey(QStringView key);
QString weightSetMethodLabel(WeightSetMethod method); // translated: "entropy", "熵权法"

struct WeightSet
{
    Id id = NoId;
    QString name; // unique, not empty
    WeightSetMethod method = WeightSetMethod::Analyst;
    // How it was made, for the reader: "AIJ, round 2, experts left out: …";
    // "entropy over 3 regions at 优势三角, min–max".
    QString detail;
    std::optional<int> round; // the panel round it comes from (1–20)
    Id stageId = NoId;        // the stage whose data it was derived from, if any
    QString createdAt;        // ISO 8601, UTC; set when added if empty
    bool active = false;      // its weights are those in force
    // Per indicator id, ≥ 0 and ≤ 100; relative within each dimension (only
    // the ratios within a dimension matter).
    QMap<Id, double> weights;

    friend bool operator==(const WeightSet &, const WeightSet &) = default;
};

class WeightSetRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::WeightSetRepository)

public:
    explicit WeightSetRepository(Store &store) : Repository(store) {}

    Result<QList<WeightSet>> all() const; // by id, with their weights
    Result<WeightSet> byId(Id id) const;
    Result<WeightSet> byName(const QString &name) const;
    Result<std::optional<WeightSet>> active() const;
    // The weights in force (indicators.weight) as an analyst's set named
    // `name`, not yet added: to keep them before activating another set.
    Result<WeightSet> inForce(const QString &name) const;

    // Refuses, with nothing written, a set that does not give every indicator
    // of the database exactly one weight, a weight below 0 or above 100 or
    // not a number, or a dimension whose weights sum to 0. The set is added
    // inactive; `active` is ignored.
    Result<Id> add(const WeightSet &set);
    // Not the active set: activate another first.
    Status remove(Id id);
    // In one write: copies the set's weights into indicators.weight as they
    // are (the scale is the set's own; only the ratios within a dimension
    // enter a score), re-derives every derived score and marks the set
    // active. A set with a zero weight, or none for an indicator added since,
    // is refused, naming the indicator.
    Status activate(Id id);

    // For an import that brings a set again (data/DataImporter.h): in one
    // write, the set's name, method, detail, round, stage, time and weights
    // become `set`'s, checked as add() checks them; the set is left inactive
    // (its new weights need not be those in force). `set.id` is ignored.
    Status replace(Id id, const WeightSet &set);
    // For an import that brings the indicators and the set in force
    // together: marks the set active, and no other, without writing the
    // indicators or re-deriving any score. Refused (inForceProblem) unless
    // its weights are already the indicators' weights.
    Status markInForce(Id id);

    // Why `set`'s weights are not those `indicators` carry, or empty; a
    // difference below one part in 10^9 (a number written out and read back) is none.
    static QString inForceProblem(const WeightSet &set, const QList<Indicator> &indicators);

    // Why `set` cannot be activated against `indicators`, or empty: for the
    // window, to disable its button with the reason as a tooltip.
    static QString activationProblem(const WeightSet &set, const QList<Indicator> &indicators);
    // Why `set` cannot be added, or empty.
    static QString validationProblem(const WeightSet &set, const QList<Indicator> &indicators);

private:
    Result<QList<WeightSet>> readSets(const QString &where, const QVariantList &values) const;
};

} // namespace triangle
