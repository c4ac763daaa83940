#pragma once

// What the product computes about one strategic triangle. Every formula is
// explained in words in docs/method.md; keep the two in step.

#include "model/Dimension.h"

#include <optional>

namespace triangle {

// Scores closer than this to the highest one share the lead: half a point
// on an analyst's 0–10 judgement is within the noise of the judgement.
inline constexpr double LeadTieTolerance = 0.5;
// A triangle is balanced while its balance (lowest over highest score) is at
// least this. Set between the shipped values, which are an analyst's reading
// of the article, not the article's own numbers: its initial and target
// triangles read 0.90–0.95, its advantage triangles 0.66–0.73.
inline constexpr double BalancedMinRatio = 0.8;
// Scores that all lie within this range are balanced whatever their ratio:
// near zero a ratio magnifies differences that are within a judgement's noise.
inline constexpr double AdvantageMargin = 1.0;
// A balanced triangle whose mean score reaches this is "balanced high".
inline constexpr double BalancedHighMean = 6.0;

// The four constants as one set, so a reader can ask what the forms and the
// findings give under other values (analysis/ThresholdSensitivity.h); the
// defaults are the ones the app reports with.
struct FormThresholds
{
    double leadTie = LeadTieTolerance;
    double balancedMinRatio = BalancedMinRatio;
    double advantageMargin = AdvantageMargin;
    double balancedHighMean = BalancedHighMean;

    friend bool operator==(const FormThresholds &, const FormThresholds &) = default;
};

enum class TriangleForm {
    BalancedLow,  // balanced (see classifyForm), mean below BalancedHighMean
    BalancedHigh, // balanced, mean at or above BalancedHighMean
    AdvantageLed, // unbalanced, the widest gap is the top dimension's lead
    Lagging,      // unbalanced, the widest gap is the bottom dimension's lag
};

// Area of the triangle drawn on three axes 120° apart:
// A = (√3/4)·(m·p + p·o + o·m).
double triangleArea(const DimensionScores &s);

// Area of the equilateral triangle drawn at score `level` on every axis.
double equilateralArea(double level);

// Balance in [0, 1]: the lowest score over the highest. 1 when all scores are
// equal (all zero included), 0 when one score is zero and another is not.
// It spans its range on real triangles (0.66 to 0.95 on the analyst's
// reading of the article's three cases).
double balanceIndex(const DimensionScores &s);

// The earlier balance index, kept as "area ratio": the triangle's area over
// the area of the equilateral triangle with the same mean score, which reduces
// to (m·p + p·o + o·m) / (3·mean²). It barely moves (0.990 for 8.0/5.8/6.3).
double areaRatio(const DimensionScores &s);

double meanScore(const DimensionScores &s);

// The dimensions within LeadTieTolerance of the highest score.
DimensionSet leadingDimensions(const DimensionScores &s, double tolerance = LeadTieTolerance);

// The single leading dimension, or nullopt when the lead is shared.
std::optional<Dimension> leadingDimension(const DimensionScores &s, double tolerance = LeadTieTolerance);

struct FormResult
{
    TriangleForm form = TriangleForm::BalancedLow;
    // The leading dimension of an AdvantageLed triangle, the lagging one of a
    // Lagging triangle; nullopt for balanced forms.
    std::optional<Dimension> dimension;

    friend bool operator==(const FormResult &, const FormResult &) = default;
};

// Balanced when balance ≥ BalancedMinRatio or every score lies within
// AdvantageMargin of the others; then low or high by the mean. Otherwise,
// with the scores sorted top ≥ middle ≥ bottom: advantage-led by the top
// dimension when its lead over the middle is more than LeadTieTolerance and
// at least the middle's lead over the bottom; lagging by the bottom one else.
// (Each constant as `thresholds` gives it.)
FormResult classifyForm(const DimensionScores &s, const FormThresholds &thresholds = {});

// to − from, per dimension.
DimensionScores scoreChange(const DimensionScores &from, const DimensionScores &to);

// Ternary (barycentric) coordinates: each score's share of the sum.
// All zero gives the centre (⅓, ⅓, ⅓).
PerDimension<double> shares(const DimensionScores &s);

// Everything above, for one triangle.
struct TriangleMetrics
{
    double area = 0.0;
    double balance = 0.0;   // balanceIndex: lowest over highest
    double areaRatio = 0.0; // the earlier index, area over equilateral area
    double mean = 0.0;
    DimensionSet leaders;
    FormResult form;
    PerDimension<double> shares;
};

TriangleMetrics analyse(const DimensionScores &s);

} // namespace triangle
