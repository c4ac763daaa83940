#pragma once

// What the expert panel's answers say, computed from the store: per stage
// and round, each item's spread (CV, median, quartiles), Kendall's W per
// dimension with its p-value, Krippendorff's α per dimension and for the
// stage with bootstrap intervals, and the stop rule met or not; per expert
// and scope the AHP consistency (CR, the comparison to repair); and the
// group's AHP weights, from the experts whose CR passes (docs/method.md,
// "Expert panels"). The Panel page, the report's panel page and the `panel`
// command all read this one summary.

#include "PanelRepository.h"
#include "Result.h"
#include "analysis/AlphaBootstrap.h"
#include "analysis/Ahp.h"
#include "analysis/PanelConvergence.h"
#include "analysis/RaterAgreement.h"
#include "model/Dimension.h"
#include "model/Entities.h"
#include "model/Scorecard.h"

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

class Store;

// One item of a round: one region's one indicator.
struct PanelItemStatistics
{
    Id regionId = NoId;
    Id indicatorId = NoId;
    Dimension dimension = Dimension::Mission;
    QString label; // "mission-vision · 浙江省", in the UI language
    ItemSpread spread;
};

struct PanelAgreement
{
    AlphaResult alpha;      // interval metric over the round's items, experts as raters
    AlphaInterval interval; // bootstrap, AlphaBootstrapResamples draws
};

struct PanelDimensionStatistics
{
    Dimension dimension = Dimension::Mission;
    ConcordanceResult concordance; // Kendall's W over the dimension's items
    PanelAgreement agreement;
    std::optional<double> maxCoefficientOfVariation; // over its items; nullopt when none has one
};

struct PanelRoundStatistics
{
    Stage stage;
    int round = 1;
    QList<Id> expertIds;      // who answered in this round, by id
    int answers = 0;          // scores stored for the round
    QList<PanelItemStatistics> items; // by region, then indicator order
    QList<PanelDimensionStatistics> dimensions; // the dimensions with items, in order
    PanelAgreement stageAgreement; // every item of the stage
    DelphiStopVerdict stop;   // under the database's stop rule
};

// One expert's comparisons in one scope (a dimension's indicators, or the
// three dimensions) and round, as a matrix and its consistency.
struct ExpertConsistency
{
    Id expertId = NoId;
    int round = 1;
    QString scope;              // dimension key, or "dimensions"
    QList<QString> itemKeys;    // indicator keys, or dimension keys, in matrix order
    int pairsGiven = 0;
    int pairsNeeded = 0;        // n (n − 1) / 2; fewer given: no weights
    std::optional<PairwiseMatrix> matrix; // when every pair was given
    AhpResult result;           // of `matrix`; empty weights when incomplete
    bool passes = false;        // CR at most the database's limit
};

// The group's weights in one scope and round.
struct PanelAhpWeights
{
    int round = 1;
    QString scope;
    QList<QString> itemKeys;
    QList<Id> indicatorIds;     // empty for "dimensions"
    QString aggregation;        // "aij" or "aip"
    QList<Id> expertsUsed;
    QList<Id> expertsLeftOut;   // CR above the limit, or incomplete
    QList<double> weights;      // sums to 1; empty when no expert is usable
    std::optional<AhpResult> aggregate; // AIJ: the aggregated matrix's result
    QString reason;             // translated; why there are no weights
};

struct PanelSummary
{
    PanelSettings settings;
    QList<Rater> experts;        // raters with a packet, by id
    QList<PacketSummary> packets;
    QList<PanelRoundStatistics> rounds; // by stage order, then round
    QList<ExpertConsistency> consistency; // by round, expert, scope
    QList<PanelAhpWeights> weights;       // by round, scope
};

struct PanelOptions
{
    std::optional<Id> stageId;   // only this stage's rounds
    std::optional<int> round;    // only this round (scores and comparisons)
    bool includeInconsistent = false; // keep experts whose CR fails in the group's weights
    bool rounds = true;          // false: the comparisons only, no round statistics
    int resamples = AlphaBootstrapResamples;
};

Result<PanelSummary> panelSummary(const Store &store, const PanelOptions &options = {});

// One round's statistics from its answers: exposed for tests.
PanelRoundStatistics roundStatistics(const Stage &stage, int round, const QList<PanelScore> &scores,
                                     const QList<Indicator> &indicators, const QList<Region> &regions,
                                     const DelphiStopRule &rule, int resamples = AlphaBootstrapResamples);

} // namespace triangle
