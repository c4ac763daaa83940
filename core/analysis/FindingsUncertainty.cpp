#include "FindingsUncertainty.h"

#include "GammaSampler.h"
#include "ScoreDerivation.h"
#include "TriangleMetrics.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::FindingsUncertainty)
};

constexpr double MinusInfinity = -std::numeric_limits<double>::infinity();

// A stage's scores as the app derives them from these indicators (weights)
// and values (raters): a derived dimension is the raters' aggregate on the
// 0.1 grid; one typed by hand, or left with no value, keeps its reported score.
DimensionScores stageScores(const StageScoring &stage, const QList<Indicator> &indicators, const QList<IndicatorValue> &values,
                            RaterAggregate aggregate)
{
    DimensionScores scores = stage.reported;
    const ScoreDerivation derived = deriveScores(indicators, values, aggregate);
    for (Dimension d : AllDimensions) {
        if (stage.origin[d] != ScoreOrigin::Derived)
            continue;
        if (const auto value = derived[d].storedValue())
            scores[d] = *value;
    }
    return scores;
}

using Stages = std::array<const std::optional<StageScoring> *, 3>;

Stages stagesOf(const FindingsUncertaintyInput &input) { return {&input.initial, &input.advantage, &input.target}; }

// The findings with every stage's scores derived from `indicators` and, per
// stage, `values` (nullptr: the stage's own).
FindingsInput redrawnInput(const FindingsUncertaintyInput &input, const QList<Indicator> &indicators,
                           const std::array<QList<IndicatorValue>, 3> *values)
{
    FindingsInput redrawn = input.findings;
    std::array<std::optional<DimensionScores> *, 3> targets{&redrawn.initial, &redrawn.advantage, &redrawn.target};
    const Stages stages = stagesOf(input);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const std::optional<StageScoring> &stage = *stages[i];
        if (stage && targets[i]->has_value())
            *targets[i] = stageScores(*stage, indicators, values ? (*values)[i] : stage->values, input.aggregate);
    }
    return redrawn;
}

// The findings of one draw, as the rules give them and, where the target
// stage is planned, with its values read as if observed.
struct Draw
{
    ClaimVerdicts findings;
    std::optional<ClaimVerdicts> plan;
};

Draw drawFindings(const FindingsUncertaintyInput &input, const QList<Indicator> &indicators,
                  const std::array<QList<IndicatorValue>, 3> *values)
{
    FindingsInput redrawn = redrawnInput(input, indicators, values);
    Draw draw{verdictsFor(redrawn), std::nullopt};
    if (redrawn.targetPlanned) {
        redrawn.targetPlanned = false;
        draw.plan = verdictsFor(redrawn);
    }
    return draw;
}

bool anyDerived(const FindingsUncertaintyInput &input)
{
    for (const std::optional<StageScoring> *stage : stagesOf(input)) {
        if (!*stage)
            continue;
        for (Dimension d : AllDimensions) {
            if ((*stage)->origin[d] == ScoreOrigin::Derived)
                return true;
        }
    }
    return false;
}

// Draws each dimension's indicator weights from Dirichlet(κ · the chosen
// weights, normalised), as the weight sensitivity does; a dimension of one
// indicator keeps its weight.
class WeightDrawer
{
public:
    WeightDrawer(const QList<Indicator> &indicators, double concentration, quint64 seed)
        : m_indicators(indicators), m_sampler(seed)
    {
        PerDimension<double> sums;
        PerDimension<int> counts;
        for (const Indicator &i : indicators) {
            if (i.weight > 0.0) {
                sums[i.dimension] += i.weight;
                ++counts[i.dimension];
            }
        }
        for (const Indicator &i : indicators) {
            const bool drawn = i.weight > 0.0 && counts[i.dimension] >= 2;
            m_shapes.push_back(drawn ? std::optional(GammaSampler::prepare(concentration * i.weight / sums[i.dimension]))
                                     : std::nullopt);
        }
    }

    const QList<Indicator> &draw()
    {
        // Only ratios enter the scores: scale each dimension's largest to 1, in logs, against underflow.
        std::vector<double> logs(m_shapes.size(), MinusInfinity);
        PerDimension<double> largest{MinusInfinity, MinusInfinity, MinusInfinity};
        for (qsizetype i = 0; i < m_indicators.size(); ++i) {
            if (!m_shapes[std::size_t(i)])
                continue;
            logs[std::size_t(i)] = m_sampler.logGamma(*m_shapes[std::size_t(i)]);
            Dimension d = m_indicators[i].dimension;
            largest[d] = std::max(largest[d], logs[std::size_t(i)]);
        }
        for (qsizetype i = 0; i < m_indicators.size(); ++i) {
            if (m_shapes[std::size_t(i)])
                m_indicators[i].weight = std::exp(logs[std::size_t(i)] - largest[m_indicators[i].dimension]);
        }
        return m_indicators;
    }

private:
    QList<Indicator> m_indicators;
    std::vector<std::optional<GammaSampler::Shape>> m_shapes;
    GammaSampler m_sampler;
};

// Per claim, the shares of the verdicts as given and, for a planned one, as the plan reads.
struct Counts
{
    QList<VerdictShares> given;
    QList<VerdictShares> plan;

    explicit Counts(qsizetype claims) : given(claims), plan(claims) {}

    void add(const Draw &draw)
    {
        for (qsizetype c = 0; c < given.size(); ++c) {
            ++given[c].draws;
            ++given[c].counts[std::size_t(draw.findings.verdicts[std::size_t(c)])];
            if (draw.plan) {
                ++plan[c].draws;
                ++plan[c].counts[std::size_t(draw.plan->verdicts[std::size_t(c)])];
            }
        }
    }
};

// A uniform index below n from the engine's top 53 bits (the standard
// library's distributions differ between implementations).
std::size_t uniformIndex(std::mt19937_64 &engine, std::size_t n)
{
    const double u = double(engine() >> 11) * (1.0 / 9007199254740992.0);
    return std::min(n - 1, std::size_t(u * double(n)));
}

} // namespace

QString shareText(double share) { return Tr::tr("%1 %").arg(std::round(share * 100.0), 0, 'f', 0); }

FindingsUncertainty findingsUncertainty(const FindingsUncertaintyInput &input, const UncertaintySettings &settings,
                                        const std::atomic_bool *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    FindingsUncertainty out;
    out.settings = settings;
    const Draw reported = drawFindings(input, input.indicators, nullptr);
    for (Claim c : AllClaims) {
        ClaimUncertainty claim{c, reported.findings.of(c), std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
        if (claim.reported == Verdict::Planned && reported.plan)
            claim.planVerdict = reported.plan->of(c);
        out.claims << claim;
    }
    // Keeps the shares of the claims they apply to.
    auto keep = [&out](const Counts &counts, std::optional<VerdictShares> ClaimUncertainty::*given,
                       std::optional<VerdictShares> ClaimUncertainty::*plan) {
        for (qsizetype c = 0; c < out.claims.size(); ++c) {
            out.claims[c].*given = counts.given[c];
            if (out.claims[c].planVerdict)
                out.claims[c].*plan = counts.plan[c];
        }
    };

    // The raters who scored the region, in id order, and each one's values per stage.
    const Stages stages = stagesOf(input);
    QMap<Id, std::array<QList<IndicatorValue>, 3>> byRater;
    for (std::size_t i = 0; i < stages.size(); ++i) {
        if (*stages[i]) {
            for (const IndicatorValue &v : (*stages[i])->values)
                byRater[v.raterId][i] << v;
        }
    }
    out.raterCount = int(byRater.size());

    if (anyDerived(input) && settings.draws > 0 && std::isfinite(settings.concentration) && settings.concentration > 0.0) {
        Counts counts(out.claims.size());
        WeightDrawer drawer(input.indicators, settings.concentration, settings.seed);
        for (int draw = 0; draw < settings.draws && !cancelled(); ++draw)
            counts.add(drawFindings(input, drawer.draw(), nullptr));
        keep(counts, &ClaimUncertainty::weights, &ClaimUncertainty::planWeights);
    }

    if (out.raterCount >= 2 && settings.resamples > 0) {
        Counts counts(out.claims.size());
        const QList<std::array<QList<IndicatorValue>, 3>> raters = byRater.values();
        std::mt19937_64 engine(settings.seed ^ 0x9e3779b97f4a7c15ULL); // apart from the weight draws' stream
        for (int resample = 0; resample < settings.resamples && !cancelled(); ++resample) {
            // n raters drawn with replacement; a rater drawn twice counts twice, under ids of its own.
            std::array<QList<IndicatorValue>, 3> values;
            for (qsizetype pick = 0; pick < raters.size(); ++pick) {
                const auto &drawn = raters[qsizetype(uniformIndex(engine, std::size_t(raters.size())))];
                for (std::size_t i = 0; i < values.size(); ++i) {
                    for (IndicatorValue v : drawn[i]) {
                        v.raterId = pick + 1;
                        values[i] << v;
                    }
                }
            }
            counts.add(drawFindings(input, input.indicators, &values));
        }
        keep(counts, &ClaimUncertainty::raters, &ClaimUncertainty::planRaters);
    }
    return out;
}

std::optional<QList<ConcentrationPoint>> concentrationCurve(const FindingsUncertaintyInput &input, int drawsPerPoint, quint64 seed)
{
    if (!anyDerived(input) || drawsPerPoint <= 0)
        return std::nullopt;
    // A claim reported "planned, not observed" is followed as the plan reads it.
    const Draw reported = drawFindings(input, input.indicators, nullptr);
    auto verdictOf = [&reported](const Draw &draw, std::size_t c) {
        const bool planned = reported.findings.verdicts[c] == Verdict::Planned && draw.plan;
        return (planned ? *draw.plan : draw.findings).verdicts[c];
    };
    // No optional<FormResult>: GCC 12 warns it may be read uninitialised.
    const bool hasForm = input.findings.advantage.has_value() && input.advantage.has_value();
    const FormResult reportedForm = hasForm ? classifyForm(*input.findings.advantage, input.findings.thresholds) : FormResult{};
    QList<ConcentrationPoint> curve;
    for (double kappa : CurveConcentrations) {
        ConcentrationPoint point;
        point.concentration = kappa;
        std::array<int, AllClaims.size()> changed{};
        int formChanged = 0;
        WeightDrawer drawer(input.indicators, kappa, seed);
        for (int draw = 0; draw < drawsPerPoint; ++draw) {
            const QList<Indicator> &weights = drawer.draw();
            const Draw drawn = drawFindings(input, weights, nullptr);
            for (std::size_t c = 0; c < changed.size(); ++c)
                changed[c] += verdictOf(drawn, c) != verdictOf(reported, c) ? 1 : 0;
            if (hasForm && classifyForm(stageScores(*input.advantage, weights, input.advantage->values, input.aggregate), input.findings.thresholds) != reportedForm)
                ++formChanged;
        }
        for (std::size_t c = 0; c < changed.size(); ++c)
            point.verdictChange[c] = double(changed[c]) / drawsPerPoint;
        point.advantageFormChange = double(formChanged) / drawsPerPoint;
        curve << point;
    }
    return curve;
}

QString uncertaintyText(const ClaimUncertainty &claim)
{
    if (claim.reported == Verdict::NotEnoughData)
        return Tr::tr("nothing to redraw: the data are missing");
    QStringList parts;
    if (claim.weights)
        parts << Tr::tr("%1 in %2 of %n weight draws", nullptr, claim.weights->draws)
                     .arg(verdictName(claim.reported), shareText(claim.weights->share(claim.reported)));
    else
        parts << Tr::tr("weights do not apply (no score is derived from indicators)");
    if (claim.raters)
        parts << Tr::tr("in %1 of %n rater resamples", nullptr, claim.raters->draws).arg(shareText(claim.raters->share(claim.reported)));
    else
        parts << Tr::tr("one rater: raters not resampled");
    if (claim.planVerdict) {
        QStringList plan;
        if (claim.planWeights)
            plan << Tr::tr("in %1 of the weight draws").arg(shareText(claim.planWeights->share(*claim.planVerdict)));
        if (claim.planRaters)
            plan << Tr::tr("in %1 of the rater resamples").arg(shareText(claim.planRaters->share(*claim.planVerdict)));
        if (!plan.isEmpty())
            parts << Tr::tr("the plan's values read as observed give %1 %2")
                         .arg(verdictName(*claim.planVerdict), plan.join(Tr::tr(" and ")));
    }
    return parts.join(Tr::tr("; "));
}

QString uncertaintyShortText(const ClaimUncertainty &claim)
{
    if (claim.reported == Verdict::NotEnoughData || !claim.weights)
        return {};
    if (claim.planVerdict && claim.planWeights)
        return Tr::tr("plan: %1 in %2 of weight draws").arg(verdictName(*claim.planVerdict), shareText(claim.planWeights->share(*claim.planVerdict)));
    QString text = Tr::tr("%1 of weight draws").arg(shareText(claim.weights->share(claim.reported)));
    if (claim.raters)
        text += Tr::tr(", %1 of rater resamples").arg(shareText(claim.raters->share(claim.reported)));
    return text;
}

} // namespace triangle
