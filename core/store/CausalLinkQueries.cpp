#include "CausalLinkQueries.h"

#include "RegionRecords.h"
#include "Store.h"

namespace triangle {

Result<QList<LinkedRecord>> linkedRecordsOf(const Store &store, Id regionId)
{
    auto own = regionRecords(store, regionId);
    if (!own)
        return own.error();
    QList<LinkedRecord> records;
    for (const Policy &p : std::as_const(own->policies))
        records.append({{Evidence::Kind::Policy, p.id}, p.uid, p.titleZh, p.titleEn, p.date, p.dateImputed});
    for (const Milestone &m : std::as_const(own->milestones))
        records.append({{Evidence::Kind::Milestone, m.id}, m.uid, m.titleZh, m.titleEn, m.date, m.dateImputed});
    return records;
}

Result<CausalReading> causalReadingOf(const Store &store, Id regionId)
{
    auto records = linkedRecordsOf(store, regionId);
    if (!records)
        return records.error();
    auto links = store.recordLinks().forRegion(regionId);
    if (!links)
        return links.error();
    return readCausalLinks(*records, *links);
}

} // namespace triangle
