#pragma once

// The upper tail of the chi-square distribution, for the p-value of a
// statistic that is chi-square under the null hypothesis (Kendall's W for an
// expert panel). Written from the mathematics so core/ needs no statistics
// library: P(χ²_k > x) = Q(k/2, x/2), Q the regularised upper incomplete gamma
// function (Abramowitz & Stegun 1964, §26.4 and §6.5).

namespace triangle {

// Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x ≥ 0: by the power series of the lower
// function (A&S 6.5.29) when x < a + 1, where it converges fast, otherwise by
// the continued fraction of the upper one (A&S 6.5.31). 1 for x ≤ 0; NaN for
// a ≤ 0 or a NaN argument.
double regularizedUpperGamma(double a, double x);

// P(X > x) for X chi-square with `degreesOfFreedom` (> 0) degrees of freedom.
double chiSquareUpperTail(double x, int degreesOfFreedom);

} // namespace triangle
