#pragma once

// Krippendorff's conventions for reading alpha (Krippendorff 2004, Content
// Analysis, 2nd ed., §11.4.4; 2011, "Computing Krippendorff's
// Alpha-Reliability"): rely on data with alpha ≥ .800, draw only tentative
// conclusions from .667 ≤ alpha < .800, and none from less.

#include <QString>

namespace triangle {

inline constexpr double AlphaReliableMin = 0.800;
inline constexpr double AlphaTentativeMin = 0.667;

enum class AlphaVerdict { Reliable, Tentative, Unreliable };

// Compared at the three decimals alpha is shown with, so that a printed
// "0.800" is never called tentative.
AlphaVerdict classifyAlpha(double alpha);

// A stable key for scripts: reliable, tentative, unreliable.
QString alphaVerdictKey(AlphaVerdict verdict);
// "reliable", "tentative conclusions only", "unreliable", translated.
QString alphaVerdictName(AlphaVerdict verdict);

} // namespace triangle
