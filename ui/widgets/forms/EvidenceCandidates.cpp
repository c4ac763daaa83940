#include "EvidenceCandidates.h"

#include "model/DomainNames.h"
#include "store/Store.h"

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::EvidencePanel)
};
} // namespace

QString evidenceKindName(Evidence::Kind kind)
{
    return kind == Evidence::Kind::Policy ? Tr::tr("Policy") : Tr::tr("Milestone");
}

QList<EvidenceCandidate> evidenceCandidates(const Store &store, Id regionId)
{
    QList<EvidenceCandidate> out;
    QList<Id> regions{regionId};
    if (auto national = store.regionByCode(QStringLiteral("100000")); national && national->id != regionId)
        regions << national->id;
    for (Id region : regions) {
        RecordFilter filter;
        filter.regionId = region;
        if (auto policies = store.policies(filter)) {
            for (const Policy &p : *policies)
                out.append({Evidence::Kind::Policy, p.id,
                            QStringLiteral("%1  %2 · %3").arg(p.date.toString(), evidenceKindName(Evidence::Kind::Policy),
                                                             localizedName(p.titleZh, p.titleEn)),
                            p.dimensions});
        }
        if (auto milestones = store.milestones(filter)) {
            for (const Milestone &m : *milestones)
                out.append({Evidence::Kind::Milestone, m.id,
                            QStringLiteral("%1  %2 · %3").arg(m.date.toString(), evidenceKindName(Evidence::Kind::Milestone),
                                                             localizedName(m.titleZh, m.titleEn)),
                            m.dimensions});
        }
    }
    std::sort(out.begin(), out.end(), [](const EvidenceCandidate &a, const EvidenceCandidate &b) { return a.label < b.label; });
    return out;
}

} // namespace triangle
