#pragma once

#include "store/Store.h"

#include <memory>

namespace triangle::bench {

// A database the size of every county-level unit of China: the default data
// plus ~330 cities and ~2,540 counties under the 31 provinces (2,903 regions
// in all), each with three assessments and `milestonesPerRegion` dated
// milestones over 2011–2025. Generated, not real: for timing only.
std::unique_ptr<Store> makeCountyScaleDatabase(const QString &path, int milestonesPerRegion = 5);

} // namespace triangle::bench
