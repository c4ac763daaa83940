#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace triangle {

// Maps an enum to the stable text keys stored in the database and data files.
// One table per enum keeps both directions in one place.
template<typename Enum, std::size_t N>
class EnumKeys
{
public:
    using Entry = std::pair<Enum, const char *>;
    constexpr explicit EnumKeys(std::array<Entry, N> entries) : m_entries(entries) {}

    QString key(Enum value) const
    {
        for (const Entry &e : m_entries) {
            if (e.first == value)
                return QLatin1StringView(e.second);
        }
        return {};
    }

    std::optional<Enum> fromKey(QStringView key) const
    {
        for (const Entry &e : m_entries) {
            if (key == QLatin1StringView(e.second))
                return e.first;
        }
        return std::nullopt;
    }

    // "a, b, c": for error messages that list what is accepted.
    QString acceptedKeys() const
    {
        QString out;
        for (const Entry &e : m_entries) {
            if (!out.isEmpty())
                out += QStringLiteral(", ");
            out += QLatin1StringView(e.second);
        }
        return out;
    }

    constexpr const std::array<Entry, N> &entries() const { return m_entries; }

private:
    std::array<Entry, N> m_entries;
};

} // namespace triangle
