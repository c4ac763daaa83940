#include "RegionRecords.h"

#include "Store.h"

namespace triangle {

Result<RegionRecords> regionRecords(const Store &store, Id regionId)
{
    RecordFilter ofRegion;
    ofRegion.regionId = regionId;
    auto policies = store.policies().all(ofRegion);
    if (!policies)
        return policies.error();
    auto milestones = store.milestones().all(ofRegion);
    if (!milestones)
        return milestones.error();
    return RegionRecords{*policies, *milestones};
}

} // namespace triangle
