#pragma once

#include "store/Result.h"
#include "model/Entities.h"

#include <QJsonArray>

namespace triangle {
class Store;
}

namespace triangle::cli {

// A region's causal links for `findings` JSON: each link by its records'
// keys, with the quote, its location and the check against the dates.
Result<QJsonArray> causalLinksJson(const Store &store, Id regionId);

} // namespace triangle::cli
