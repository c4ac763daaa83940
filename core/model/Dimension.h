#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace triangle {

// The three dimensions of Moore's strategic triangle, always in this order.
enum class Dimension : std::uint8_t {
    Mission = 0,
    Political = 1,
    Operational = 2,
};

inline constexpr int DimensionCount = 3;
inline constexpr std::array<Dimension, DimensionCount> AllDimensions{
    Dimension::Mission, Dimension::Political, Dimension::Operational};

constexpr int index(Dimension d) { return static_cast<int>(d); }

// Stable keys used in the database, in data files and on the command line.
QString dimensionKey(Dimension d);
std::optional<Dimension> dimensionFromKey(QStringView key);
QString acceptedDimensionKeys();

// A set of dimensions (which dimensions a policy or milestone bears on).
class DimensionSet
{
public:
    constexpr DimensionSet() = default;
    constexpr DimensionSet(std::initializer_list<Dimension> dims)
    {
        for (Dimension d : dims)
            m_bits |= bit(d);
    }
    static constexpr DimensionSet fromBits(unsigned bits) { DimensionSet s; s.m_bits = bits & 0x7u; return s; }

    constexpr unsigned bits() const { return m_bits; }
    constexpr bool contains(Dimension d) const { return (m_bits & bit(d)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr int size() const { return int((m_bits & 1u) + ((m_bits >> 1) & 1u) + ((m_bits >> 2) & 1u)); }
    void insert(Dimension d) { m_bits |= bit(d); }
    void remove(Dimension d) { m_bits &= ~bit(d); }

    friend constexpr bool operator==(DimensionSet a, DimensionSet b) { return a.m_bits == b.m_bits; }
    friend constexpr bool operator!=(DimensionSet a, DimensionSet b) { return a.m_bits != b.m_bits; }

private:
    static constexpr unsigned bit(Dimension d) { return 1u << index(d); }
    unsigned m_bits = 0;
};

// One value per dimension, indexed by Dimension.
template<typename T>
struct PerDimension
{
    std::array<T, DimensionCount> values{};

    T &operator[](Dimension d) { return values[std::size_t(index(d))]; }
    const T &operator[](Dimension d) const { return values[std::size_t(index(d))]; }

    friend bool operator==(const PerDimension &a, const PerDimension &b) { return a.values == b.values; }
    friend bool operator!=(const PerDimension &a, const PerDimension &b) { return !(a == b); }
};

// Scores on the 0–10 scale, one decimal.
using DimensionScores = PerDimension<double>;

inline constexpr double MinScore = 0.0;
inline constexpr double MaxScore = 10.0;

inline DimensionScores makeScores(double mission, double political, double operational)
{
    DimensionScores s;
    s[Dimension::Mission] = mission;
    s[Dimension::Political] = political;
    s[Dimension::Operational] = operational;
    return s;
}

// True for a score inside the scale and on its 0.1 grid.
bool isValidScore(double score);

} // namespace triangle
