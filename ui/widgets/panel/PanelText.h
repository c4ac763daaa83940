#pragma once

// Small helpers the Panel page and its dialogs share.

#include "store/Result.h"

#include <QString>

#include <cmath>
#include <optional>

namespace triangle::panel {

// The stored value, or an empty one when it could not be read: a page that
// cannot read shows nothing rather than stale numbers (the window's status
// line says why through the store's own reporting).
template<typename T>
T orEmpty(Result<T> result)
{
    return result ? std::move(result).value() : T{};
}

// "0.412", or "—" when there is no value.
inline QString number(std::optional<double> value, int decimals = 3)
{
    return value && std::isfinite(*value) ? QString::number(*value, 'f', decimals) : QStringLiteral("—");
}

// A p-value: "< 0.001" rather than a bare 0.000 that reads as certainty.
inline QString pValueText(std::optional<double> p)
{
    if (p && std::isfinite(*p) && *p < 0.001)
        return QStringLiteral("< 0.001");
    return number(p, 3);
}

} // namespace triangle::panel
