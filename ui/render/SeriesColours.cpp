#include "SeriesColours.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace triangle {

Result<SeriesColours> SeriesColours::of(const Store &store)
{
    auto assessed = store.assessments().countsByRegion();
    if (!assessed)
        return assessed.error();
    auto regions = store.regions().all(); // by code
    if (!regions)
        return regions.error();
    SeriesColours colours;
    int rank = 0;
    for (const Region &r : *regions) {
        if (assessed->value(r.id) > 0)
            colours.m_regions.insert(r.id, rank++ % SeriesColorCount);
    }
    auto groups = store.groups().all(); // in the order they were added
    if (!groups)
        return groups.error();
    // Each group's assessed members' colours, and where it starts counting down.
    struct Pending
    {
        Id id;
        int own;
        QSet<int> members;
    };
    QList<Pending> pending;
    for (int i = 0; i < groups->size(); ++i) {
        Pending p{(*groups)[i].id, SeriesColorCount - 1 - i % SeriesColorCount, {}};
        for (Id m : (*groups)[i].memberIds) {
            if (colours.m_regions.contains(m))
                p.members.insert(colours.m_regions.value(m));
        }
        pending << p;
    }
    auto first = [](int own, const QSet<int> &avoid) -> std::optional<int> {
        for (int step = 0; step < SeriesColorCount; ++step) {
            const int candidate = ((own - step) % SeriesColorCount + SeriesColorCount) % SeriesColorCount;
            if (!avoid.contains(candidate))
                return candidate;
        }
        return std::nullopt;
    };
    // First, in the order the groups were added, the colours no assessed
    // region has, to the groups that have a triangle to draw.
    const QSet<int> regionColours(colours.m_regions.cbegin(), colours.m_regions.cend());
    QSet<int> taken;
    for (qsizetype i = 0; i < pending.size();) {
        const auto free = pending[i].members.isEmpty() ? std::nullopt : first(pending[i].own, regionColours + taken);
        if (free) {
            taken.insert(*free);
            colours.m_groups.insert(pending[i].id, *free);
            pending.removeAt(i);
        } else {
            ++i;
        }
    }
    // Then the rest share a region's colour, never a member's: those with
    // the most members' colours to avoid choose first, so that as few as
    // can be share one with another group.
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) { return a.members.size() > b.members.size(); });
    for (const Pending &p : std::as_const(pending)) {
        const int colour = first(p.own, p.members + taken).value_or(first(p.own, p.members).value_or(p.own));
        taken.insert(colour);
        colours.m_groups.insert(p.id, colour);
    }
    return colours;
}

} // namespace triangle
