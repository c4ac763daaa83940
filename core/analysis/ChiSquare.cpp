#include "ChiSquare.h"

#include <cmath>
#include <limits>

namespace triangle {

namespace {
constexpr double relativeTolerance = 1e-15;
constexpr int maxIterations = 1000;
// Stands in for a zero denominator in Lentz's method.
constexpr double tiny = 1e-300;

// e^{-x} x^a / Γ(a), the factor both expansions share, in logs so that large
// a and x neither overflow nor underflow on the way.
double prefactor(double a, double x)
{
    return std::exp(-x + a * std::log(x) - std::lgamma(a));
}

// P(a, x) = e^{-x} x^a / Γ(a) · Σ_{n≥0} x^n / (a (a+1) … (a+n)).
double lowerBySeries(double a, double x)
{
    double term = 1.0 / a;
    double sum = term;
    for (int n = 1; n < maxIterations; ++n) {
        term *= x / (a + n);
        sum += term;
        if (std::fabs(term) < std::fabs(sum) * relativeTolerance)
            break;
    }
    return sum * prefactor(a, x);
}

// Q(a, x) = e^{-x} x^a / Γ(a) · 1 / (b_0 + a_1 / (b_1 + a_2 / (b_2 + …))) with
// b_n = x + 2n + 1 − a and a_n = −n (n − a): the even part of A&S 6.5.31,
// evaluated forwards by the modified Lentz method.
double upperByContinuedFraction(double a, double x)
{
    double f = x + 1.0 - a;
    if (std::fabs(f) < tiny)
        f = tiny;
    double c = f;
    double d = 0.0;
    for (int n = 1; n < maxIterations; ++n) {
        const double an = -n * (n - a);
        const double bn = x + 2.0 * n + 1.0 - a;
        d = bn + an * d;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = bn + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1.0 / d;
        const double delta = c * d;
        f *= delta;
        if (std::fabs(delta - 1.0) < relativeTolerance)
            break;
    }
    return prefactor(a, x) / f;
}
} // namespace

double regularizedUpperGamma(double a, double x)
{
    if (std::isnan(a) || std::isnan(x) || a <= 0.0)
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    if (x < a + 1.0)
        return 1.0 - lowerBySeries(a, x);
    return upperByContinuedFraction(a, x);
}

double chiSquareUpperTail(double x, int degreesOfFreedom)
{
    if (degreesOfFreedom <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return regularizedUpperGamma(0.5 * degreesOfFreedom, 0.5 * x);
}

} // namespace triangle
