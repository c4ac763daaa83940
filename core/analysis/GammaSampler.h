#pragma once

#include <QtGlobal>

#include <cmath>
#include <random>

namespace triangle {

// Gamma(shape, 1) variates for the Dirichlet draws. The standard library's
// distributions differ between implementations; std::mt19937_64 does not, so
// sampling on top of it ourselves keeps a seed's draws from depending on
// which standard library the build used.
class GammaSampler
{
public:
    // What Marsaglia–Tsang needs of one shape, worked out once.
    struct Shape
    {
        double shape = 1.0;
        double d = 0.0;        // a − 1/3, where a is the shape (shape + 1 when boosted)
        double c = 0.0;        // 1/√(9d)
        bool boosted = false;  // shape < 1: draw at shape + 1 and scale by U^(1/shape)
    };

    static Shape prepare(double shape)
    {
        Shape s;
        s.shape = shape;
        s.boosted = shape < 1.0;
        s.d = (s.boosted ? shape + 1.0 : shape) - 1.0 / 3.0;
        s.c = 1.0 / std::sqrt(9.0 * s.d);
        return s;
    }

    explicit GammaSampler(quint64 seed) : m_engine(seed) {}

    // The logarithm of a Gamma variate: below shape 1 the variate itself
    // underflows to 0 too often for the weights to be normalised.
    double logGamma(const Shape &s)
    {
        // Marsaglia & Tsang (2000), "A simple method for generating gamma variables".
        double result = 0.0;
        for (;;) {
            const double x = normal();
            double v = 1.0 + s.c * x;
            if (v <= 0.0)
                continue;
            v = v * v * v;
            const double u = uniform();
            const double x2 = x * x;
            if (u < 1.0 - 0.0331 * x2 * x2 || std::log(u) < 0.5 * x2 + s.d * (1.0 - v + std::log(v))) {
                result = std::log(s.d * v);
                break;
            }
        }
        if (s.boosted)
            result += std::log(uniform()) / s.shape;
        return result;
    }

private:
    // Uniform in (0, 1): 53 random bits, offset by half a step so log() stays finite.
    double uniform() { return (double(m_engine() >> 11) + 0.5) * (1.0 / 9007199254740992.0); }

    // Standard normal by Marsaglia's polar method, which yields two at a time.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double a = 0.0, b = 0.0, r = 0.0;
        do {
            a = 2.0 * uniform() - 1.0;
            b = 2.0 * uniform() - 1.0;
            r = a * a + b * b;
        } while (r >= 1.0);
        const double scale = std::sqrt(-2.0 * std::log(r) / r);
        m_spare = b * scale;
        m_hasSpare = true;
        return a * scale;
    }

    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace triangle
