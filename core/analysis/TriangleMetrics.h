#pragma once

// What the product computes about one strategic triangle. Every formula is
// explained in words in docs/method.md; keep the two in step.

#include "model/Dimension.h"

#include <optional>

namespace triangle {

// Scores closer than this to the highest one share the lead: half a point
// on an analyst's 0–10 judgement is within the noise of the judgement.
inline constexpr double LeadTieTolerance = 0.5;
// A dimension leads the triangle (an "advantage triangle") when it stands at
// least this far above both others; the same margin below both others makes
// a dimension lag.
inline constexpr double AdvantageMargin = 1.0;
// A balanced triangle whose mean score reaches this is "balanced high".
inline constexpr double BalancedHighMean = 6.0;

enum class TriangleForm {
    BalancedLow,  // no dimension stands out, mean below BalancedHighMean
    BalancedHigh, // no dimension stands out, mean at or above BalancedHighMean
    AdvantageLed, // one dimension leads both others by AdvantageMargin or more
    Lagging,      // two dimensions stand AdvantageMargin or more above the third
};

// Area of the triangle drawn on three axes 120° apart:
// A = (√3/4)·(m·p + p·o + o·m).
double triangleArea(const DimensionScores &s);

// Area of the equilateral triangle drawn at score `level` on every axis.
double equilateralArea(double level);

// Balance in [0, 1]: the triangle's area over the area of the equilateral
// triangle with the same mean score, which reduces to
// (m·p + p·o + o·m) / (3·mean²). 1 when all scores are equal (all zero
// included); 0 when two scores are zero and the third is not.
double balanceIndex(const DimensionScores &s);

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

FormResult classifyForm(const DimensionScores &s);

// to − from, per dimension.
DimensionScores scoreChange(const DimensionScores &from, const DimensionScores &to);

// Ternary (barycentric) coordinates: each score's share of the sum.
// All zero gives the centre (⅓, ⅓, ⅓).
PerDimension<double> shares(const DimensionScores &s);

// Everything above, for one triangle.
struct TriangleMetrics
{
    double area = 0.0;
    double balance = 0.0;
    double mean = 0.0;
    DimensionSet leaders;
    FormResult form;
    PerDimension<double> shares;
};

TriangleMetrics analyse(const DimensionScores &s);

} // namespace triangle
