#include "DataImporter.h"

#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/PanelRepository.h"
#include "store/RaterRepository.h"
#include "store/WeightSetRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataImporter)
};

// Failures of the file rather than of the data: reported once, as they are.
bool isStoreFailure(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::DiskFull:
    case StoreError::Kind::IoError:
    case StoreError::Kind::Busy:
    case StoreError::Kind::Corrupt:
    case StoreError::Kind::ReadOnly:
    case StoreError::Kind::CannotOpen: return true;
    default: return false;
    }
}

// One import run: the store, the conflict policy, and what has happened so far.
class ImportRun
{
public:
    ImportRun(Store &store, ConflictPolicy policy, const DataSet &data, const DataProgress &progress)
        : m_store(store), m_policy(policy), m_data(data), m_progress(progress)
    {
        m_total = data.stages.size() + data.regions.size() + data.policies.size() + data.milestones.size() + data.raters.size()
            + data.indicators.size() + data.indicatorValues.size() + data.assessments.size();
        if (data.streamed)
            m_total += data.streamed->policyCount() + data.streamed->milestoneCount();
    }

    bool cancelled = false;

    DataProblems problems;
    ImportSummary summary;
    std::optional<StoreError> failure; // the disk, a lock or damage stopped the import

    void importStages(const QList<StageRecord> &stages)
    {
        for (const StageRecord &r : stages) {
            Stage stage = r.stage;
            auto existing = m_store.stages().byKey(stage.key);
            if (existing)
                stage.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("stage “%1”").arg(stage.key), &EntityCounts::stages, [&]() -> Status {
                if (existing)
                    return m_store.stages().update(stage);
                return m_store.stages().add(stage);
            });
        }
    }

    // Parents first: a region whose parent is in the file waits for it.
    void importRegions(const QList<RegionRecord> &regions)
    {
        QList<const RegionRecord *> waiting;
        for (const RegionRecord &r : regions)
            waiting.append(&r);
        QHash<QString, bool> pendingCodes;
        for (const RegionRecord *r : waiting)
            pendingCodes.insert(r->region.code, true);

        bool progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (auto it = waiting.begin(); it != waiting.end();) {
                const RegionRecord &r = **it;
                const bool parentPending = !r.parentCode.isEmpty() && pendingCodes.contains(r.parentCode);
                if (parentPending) {
                    ++it;
                    continue;
                }
                importRegion(r);
                pendingCodes.remove(r.region.code);
                it = waiting.erase(it);
                progress = true;
            }
        }
        for (const RegionRecord *r : waiting)
            problems.append({fieldOf(r->origin, QStringLiteral("parent")),
                             Tr::tr("the parent chain of region %1 loops back on itself (through %2)").arg(r->region.code, r->parentCode)});
    }

    // Policies and milestones may number a million: each statement is
    // prepared once, region codes are looked up once, and a record's name for
    // a message is only made when there is a message.
    void importPolicy(const PolicyRecord &r)
    {
        step();
        Policy policy = r.policy;
        if (!resolveRegion(r.regionCode, [&] { return fieldOf(r.origin, QStringLiteral("region")); }, policy.regionId))
            return;
        // Into an empty table no lookup is needed: the file's uids are unique.
        auto existing = emptyBefore(m_policies) ? Result<Id>(NoId) : m_policies.idOfUid(policy.uid);
        if (!existing) {
            fail(r.origin, existing.error());
            return;
        }
        policy.id = *existing;
        const bool exists = *existing != NoId;
        store(r.origin, exists, [&] { return Tr::tr("policy “%1”").arg(policy.uid); }, &EntityCounts::policies, [&]() -> Status {
            if (exists)
                return m_policies.update(policy);
            return m_policies.add(policy);
        });
    }

    void importMilestone(const MilestoneRecord &r)
    {
        step();
        Milestone milestone = r.milestone;
        if (!resolveRegion(r.regionCode, [&] { return fieldOf(r.origin, QStringLiteral("region")); }, milestone.regionId))
            return;
        // Into an empty table no lookup is needed: the file's uids are unique.
        auto existing = emptyBefore(m_milestones) ? Result<Id>(NoId) : m_milestones.idOfUid(milestone.uid);
        if (!existing) {
            fail(r.origin, existing.error());
            return;
        }
        milestone.id = *existing;
        const bool exists = *existing != NoId;
        store(r.origin, exists, [&] { return Tr::tr("milestone “%1”").arg(milestone.uid); }, &EntityCounts::milestones,
              [&]() -> Status {
                  if (exists)
                      return m_milestones.update(milestone);
                  return m_milestones.add(milestone);
              });
    }

    void importPolicies(const DataSet &data)
    {
        for (const PolicyRecord &r : data.policies)
            importPolicy(r);
        if (data.streamed && !data.streamed->forEachPolicy([&](const PolicyRecord &r) {
                importPolicy(r);
                return keepGoing();
            }) && keepGoing())
            inputChanged();
    }

    void importMilestones(const DataSet &data)
    {
        for (const MilestoneRecord &r : data.milestones)
            importMilestone(r);
        if (data.streamed && !data.streamed->forEachMilestone([&](const MilestoneRecord &r) {
                importMilestone(r);
                return keepGoing();
            }) && keepGoing())
            inputChanged();
    }

    void importAssessments(const QList<AssessmentRecord> &assessments)
    {
        for (const AssessmentRecord &r : assessments) {
            Assessment assessment = r.assessment;
            const bool regionFound = resolveRegion(r.regionCode, fieldOf(r.origin, QStringLiteral("region")), assessment.regionId);
            auto stage = known(m_stages, r.stageKey, [this](const QString &key) { return m_store.stages().byKey(key); });
            if (!stage)
                problems.append({fieldOf(r.origin, QStringLiteral("stage")),
                                 Tr::tr("stage “%1” is neither in the file nor in the database").arg(r.stageKey)});
            if (!regionFound || !stage)
                continue;
            assessment.stageId = stage->id;
            auto existing = m_store.assessments().at(assessment.regionId, assessment.stageId);
            if (!existing) {
                problems.append({r.origin, existing.error().message});
                continue;
            }
            const bool exists = existing->has_value();
            if (exists)
                assessment.id = (*existing)->id;
            const QString what = Tr::tr("assessment of %1 at stage “%2”").arg(r.regionCode, r.stageKey);
            store(r.origin, exists, what, &EntityCounts::assessments, [&]() -> Status {
                if (exists) {
                    if (Status s = m_store.assessments().update(assessment); !s)
                        return s;
                    return replaceEvidence(assessment.id, r);
                }
                auto id = m_store.assessments().add(assessment);
                if (!id)
                    return id.error();
                return replaceEvidence(*id, r);
            });
        }
    }

    // After the regions: members are named by region code, from the file or
    // the database. A group already there by key is updated (its members
    // replaced by the file's) or skipped, by the conflict policy.
    void importGroups(const DataSet &data)
    {
        if (data.groupAggregate && !failure) {
            if (Status s = m_store.groups().setAggregate(*data.groupAggregate); !s)
                problems.append({QStringLiteral("$.settings.group_aggregate"), s.error().message});
        }
        for (const GroupRecord &r : data.groups) {
            RegionGroup group = r.group;
            if (!resolveMembers(r.memberCodes, r.origin, group.memberIds))
                continue;
            auto existing = m_store.groups().byKey(group.key);
            if (existing)
                group.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("region group “%1”").arg(group.key), &EntityCounts::groups, [&]() -> Status {
                if (existing)
                    return m_store.groups().update(group);
                return m_store.groups().add(group);
            });
        }
    }

    // After the regions, as groups are; a set's members keep the file's order.
    void importComparisonSets(const DataSet &data)
    {
        for (const ComparisonSetRecord &r : data.comparisonSets) {
            ComparisonSet set = r.set;
            if (!resolveMembers(r.memberCodes, r.origin, set.memberIds))
                continue;
            auto existing = m_store.comparisonSets().byKey(set.key);
            if (existing)
                set.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("comparison set “%1”").arg(set.key), &EntityCounts::comparisonSets,
                  [&]() -> Status {
                      if (existing)
                          return m_store.comparisonSets().update(set);
                      return m_store.comparisonSets().add(set);
                  });
        }
    }

    // After the policies and milestones, which the links name by uid; both
    // records must be of one region. A link already there between the same two
    // records is updated (quote, location, note) or skipped, by the conflict policy.
    void importRecordLinks(const DataSet &data)
    {
        for (const RecordLinkRecord &r : data.recordLinks) {
            RecordLink link;
            link.from = {r.from.kind, resolveEvidence(r.from, fieldOf(r.origin, QStringLiteral("from")))};
            link.to = {r.to.kind, resolveEvidence(r.to, fieldOf(r.origin, QStringLiteral("to")))};
            if (link.from.id == NoId || link.to.id == NoId || failure)
                continue;
            const Id fromRegion = regionOfRecord(link.from), toRegion = regionOfRecord(link.to);
            if (fromRegion != toRegion) {
                addProblem({fieldOf(r.origin, QStringLiteral("to")),
                            Tr::tr("“%1” and “%2” are records of different regions; a link joins two records of one region")
                                .arg(refText(r.from), refText(r.to))});
                continue;
            }
            link.regionId = fromRegion;
            link.quote = r.quote;
            link.location = r.location;
            link.note = r.note;
            auto existing = m_store.recordLinks().forRegion(link.regionId);
            if (!existing) {
                fail(r.origin, existing.error());
                return;
            }
            for (const RecordLink &l : std::as_const(*existing)) {
                if (l.from == link.from && l.to == link.to)
                    link.id = l.id;
            }
            const bool exists = link.id != NoId;
            store(r.origin, exists, Tr::tr("the link %1 → %2").arg(refText(r.from), refText(r.to)), &EntityCounts::recordLinks,
                  [&]() -> Status {
                      if (exists)
                          return m_store.recordLinks().update(link);
                      return Status(m_store.recordLinks().add(link));
                  });
        }
    }

    // The expert panel, after the raters, indicators, regions and stages it
    // names (from the file or the database). Packets first: answers and
    // comparisons name the packet that brought them by its uuid.
    void importPanel(const DataSet &data)
    {
        if (data.panelSettings) {
            const PanelSettingsRecord &r = *data.panelSettings;
            const PanelSettings settings{r.maxCv, r.significance, r.minW, r.ahpAggregation, r.maxCr};
            if (Status s = m_store.panel().setSettings(settings); !s)
                fail(r.origin, s.error());
        }
        for (const PanelPacketRecord &r : data.panelPackets) {
            StoredPanelPacket packet;
            packet.uuid = r.uuid;
            packet.round = r.round;
            packet.comparisons = r.comparisons;
            packet.deadline = r.deadline;
            packet.createdAt = r.createdAt;
            packet.returnedAt = r.returnedAt;
            const auto rater = knownRater(r.raterKey, r.origin);
            const auto stage = knownStage(r.stageKey, r.origin);
            bool resolved = rater && stage;
            for (const QString &code : r.regionCodes) {
                Id region = NoId;
                resolved = resolveRegion(code, fieldOf(r.origin, QStringLiteral("regions")), region) && resolved;
                packet.regionIds << region;
            }
            if (!resolved)
                continue;
            packet.raterId = rater->id;
            packet.stageId = stage->id;
            auto existing = m_store.panel().packetIdOf(r.uuid);
            if (!existing) {
                fail(r.origin, existing.error());
                continue;
            }
            const bool exists = *existing != NoId;
            m_packetIds.insert(r.uuid, *existing);
            store(r.origin, exists, Tr::tr("packet %1").arg(r.uuid), &EntityCounts::panelPackets, [&]() -> Status {
                auto id = m_store.panel().putPacket(packet);
                if (!id)
                    return id.error();
                m_packetIds.insert(r.uuid, *id);
                return {};
            });
        }
        for (const PanelScoreRecord &r : data.panelScores) {
            StoredPanelScore row{PanelScore{NoId, r.round, NoId, NoId, NoId, r.score, r.note, r.reason}, NoId};
            const auto rater = knownRater(r.raterKey, r.origin);
            const auto stage = knownStage(r.stageKey, r.origin);
            const auto indicator = knownIndicator(r.indicatorKey, fieldOf(r.origin, QStringLiteral("indicator")));
            const bool region = resolveRegion(r.regionCode, fieldOf(r.origin, QStringLiteral("region")), row.score.regionId);
            const bool packet = resolvePacket(r.packetUuid, r.origin, row.packetId);
            if (!rater || !stage || !indicator || !region || !packet)
                continue;
            row.score.raterId = rater->id;
            row.score.stageId = stage->id;
            row.score.indicatorId = indicator->id;
            auto exists = m_store.panel().hasScore(row.score);
            if (!exists) {
                fail(r.origin, exists.error());
                continue;
            }
            const QString what = Tr::tr("the answer of “%1” in round %2 for indicator “%3” of %4 at stage “%5”")
                                     .arg(r.raterKey)
                                     .arg(r.round)
                                     .arg(r.indicatorKey, r.regionCode, r.stageKey);
            store(r.origin, *exists, what, &EntityCounts::panelScores, [&]() { return m_store.panel().putScore(row); });
        }
        for (const PanelJudgmentRecord &r : data.panelJudgments) {
            StoredPanelJudgment row{PanelJudgment{NoId, r.round, NoId, NoId, {}, {}, r.value}, NoId};
            const auto rater = knownRater(r.raterKey, r.origin);
            bool resolved = rater.has_value();
            resolved = resolvePacket(r.packetUuid, r.origin, row.packetId) && resolved;
            if (r.scope == QLatin1String("dimensions")) {
                row.judgment.firstDimension = dimensionFromKey(r.firstKey);
                row.judgment.secondDimension = dimensionFromKey(r.secondKey);
            } else {
                const auto first = knownIndicator(r.firstKey, fieldOf(r.origin, QStringLiteral("first")));
                const auto second = knownIndicator(r.secondKey, fieldOf(r.origin, QStringLiteral("second")));
                const auto scope = dimensionFromKey(r.scope);
                if (first && second && scope && (first->dimension != *scope || second->dimension != *scope)) {
                    addProblem({fieldOf(r.origin, QStringLiteral("second")),
                                first->dimension != second->dimension
                                    ? Tr::tr("“%1” and “%2” are indicators of two dimensions; a comparison is of two indicators "
                                             "of one dimension, or of two dimensions")
                                          .arg(r.firstKey, r.secondKey)
                                    : Tr::tr("“%1” and “%2” are not indicators of the dimension “%3”").arg(r.firstKey, r.secondKey, r.scope)});
                    resolved = false;
                }
                resolved = resolved && first && second;
                if (first && second) {
                    row.judgment.firstIndicatorId = first->id;
                    row.judgment.secondIndicatorId = second->id;
                }
            }
            if (!resolved)
                continue;
            row.judgment.raterId = rater->id;
            auto exists = m_store.panel().hasJudgment(row.judgment);
            if (!exists) {
                fail(r.origin, exists.error());
                continue;
            }
            const QString what = Tr::tr("the comparison of “%1” with “%2” by “%3” in round %4")
                                     .arg(r.firstKey, r.secondKey, r.raterKey)
                                     .arg(r.round);
            store(r.origin, *exists, what, &EntityCounts::panelJudgments, [&]() { return m_store.panel().putJudgment(row); });
        }
    }

    // After the indicators and stages (from the file or the database). A set
    // already there by name is replaced or skipped, by the conflict policy. A
    // set marked active is stored active only when its weights are those the
    // indicators carry after this import: the indicators' weights are the
    // file's indicators' (or the database's), never a set's by implication.
    void importWeightSets(const DataSet &data)
    {
        if (data.weightSets.isEmpty() || failure)
            return;
        auto indicators = m_store.indicators().all();
        if (!indicators) {
            fail(data.weightSets.first().origin, indicators.error());
            return;
        }
        for (const WeightSetRecord &r : data.weightSets) {
            WeightSet set;
            set.name = r.name;
            set.method = weightSetMethodFromKey(r.method).value_or(WeightSetMethod::Analyst);
            set.detail = r.detail;
            set.round = r.round;
            set.createdAt = r.createdAt;
            bool resolved = true;
            if (!r.stageKey.isEmpty()) {
                const auto stage = knownStage(r.stageKey, r.origin);
                resolved = stage.has_value();
                if (stage)
                    set.stageId = stage->id;
            }
            for (const WeightSetValueRecord &v : r.values) {
                const auto indicator = knownIndicator(v.indicatorKey, fieldOf(v.origin, QStringLiteral("indicator")));
                resolved = resolved && indicator;
                if (indicator)
                    set.weights.insert(indicator->id, v.weight);
            }
            if (!resolved)
                continue;
            if (const QString problem = WeightSetRepository::validationProblem(set, *indicators); !problem.isEmpty()) {
                addProblem({r.origin, problem});
                continue;
            }
            auto existing = m_store.weightSets().byName(set.name);
            const bool exists = existing.ok();
            if (exists && m_policy == ConflictPolicy::Fail) {
                addProblem({r.origin, Tr::tr("%1 is already in the database (choose to skip or update existing records)")
                                          .arg(Tr::tr("weight set “%1”").arg(set.name))});
                continue;
            }
            if (exists && m_policy == ConflictPolicy::Skip) {
                ++summary.weightSetsSkipped;
                continue;
            }
            if (failure)
                return;
            Id id = NoId;
            if (exists) {
                id = existing->id;
                if (Status s = m_store.weightSets().replace(id, set); !s) {
                    fail(r.origin, s.error());
                    continue;
                }
            } else {
                auto added = m_store.weightSets().add(set);
                if (!added) {
                    fail(r.origin, added.error());
                    continue;
                }
                id = *added;
            }
            ++(exists ? summary.weightSetsUpdated : summary.weightSetsAdded);
            if (!r.active)
                continue;
            if (const QString why = WeightSetRepository::inForceProblem(set, *indicators); !why.isEmpty()) {
                summary.notes << Tr::tr("The weight set “%1” is marked active in the file but was stored inactive, and the indicators "
                                        "keep their weights: %2")
                                     .arg(set.name, why);
                continue;
            }
            if (Status s = m_store.weightSets().markInForce(id); !s)
                fail(r.origin, s.error());
        }
    }

    void importAggregate(const std::optional<RaterAggregate> &aggregate)
    {
        if (!aggregate)
            return;
        if (Status s = m_store.raters().setAggregate(*aggregate); !s)
            problems.append({QStringLiteral("$.settings.rater_aggregate"), s.error().message});
    }

    void importRaters(const QList<RaterRecord> &raters)
    {
        for (const RaterRecord &r : raters) {
            Rater rater = r.rater;
            auto existing = m_store.raters().byKey(rater.key);
            if (existing)
                rater.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("rater “%1”").arg(rater.key), &EntityCounts::raters, [&]() -> Status {
                if (existing)
                    return m_store.raters().update(rater);
                return m_store.raters().add(rater);
            });
        }
    }

    void importIndicators(const QList<IndicatorRecord> &indicators)
    {
        for (const IndicatorRecord &r : indicators) {
            Indicator indicator = r.indicator;
            auto existing = m_store.indicators().byKey(indicator.key);
            if (existing)
                indicator.id = existing->id;
            store(r.origin, existing.ok(), Tr::tr("indicator “%1”").arg(indicator.key), &EntityCounts::indicators,
                  [&]() -> Status {
                      if (existing)
                          return m_store.indicators().update(indicator);
                      return m_store.indicators().add(indicator);
                  });
        }
    }

    void importIndicatorValues(const QList<IndicatorValueRecord> &values)
    {
        for (const IndicatorValueRecord &r : values) {
            IndicatorValue value = r.value;
            bool resolved = resolveRegion(r.regionCode, fieldOf(r.origin, QStringLiteral("region")), value.regionId);
            auto stage = known(m_stages, r.stageKey, [this](const QString &key) { return m_store.stages().byKey(key); });
            auto indicator = known(m_indicators, r.indicatorKey, [this](const QString &key) { return m_store.indicators().byKey(key); });
            auto rater = known(m_raters, r.raterKey, [this](const QString &key) { return m_store.raters().byKey(key); });
            if (!stage)
                problems.append({fieldOf(r.origin, QStringLiteral("stage")),
                                 Tr::tr("stage “%1” is neither in the file nor in the database").arg(r.stageKey)});
            if (!indicator)
                problems.append({fieldOf(r.origin, QStringLiteral("indicator")),
                                 Tr::tr("indicator “%1” is neither in the file nor in the database").arg(r.indicatorKey)});
            if (!rater)
                problems.append({fieldOf(r.origin, QStringLiteral("rater")),
                                 Tr::tr("rater “%1” is neither in the file nor in the database").arg(r.raterKey)});
            if (!resolved || !stage || !indicator || !rater)
                continue;
            value.stageId = stage->id;
            value.indicatorId = indicator->id;
            value.raterId = rater->id;
            auto existing = m_store.indicatorValues().find(value.regionId, value.stageId, value.indicatorId, value.raterId);
            if (!existing) {
                problems.append({r.origin, existing.error().message});
                continue;
            }
            const bool exists = existing->has_value();
            if (exists)
                value.id = (*existing)->id;
            const QString what = Tr::tr("value of indicator “%1” by “%2” for %3 at stage “%4”")
                                     .arg(r.indicatorKey, r.raterKey, r.regionCode, r.stageKey);
            store(r.origin, exists, what, &EntityCounts::indicatorValues, [&]() -> Status {
                if (exists) {
                    if (Status s = m_store.indicatorValues().update(value); !s)
                        return s;
                } else {
                    auto id = m_store.indicatorValues().add(value);
                    if (!id)
                        return id.error();
                    value.id = *id;
                }
                return replaceValueEvidence(value.id, indicator->dimension, r);
            });
        }
    }

private:
    // "policies.csv: line 4, column region", as the file's reader named the record.
    QString fieldOf(const QString &origin, const QString &field) const { return fieldPlace(m_data, origin, field); }

    // Stores one record under the conflict policy, counting what happened.
    void store(const QString &origin, bool exists, const QString &what, int EntityCounts::*counter,
               const std::function<Status()> &write)
    {
        store(origin, exists, [&what] { return what; }, counter, write);
    }

    // The same, naming the record (`what`) only when there is something to say.
    void store(const QString &origin, bool exists, const std::function<QString()> &what, int EntityCounts::*counter,
               const std::function<Status()> &write)
    {
        if (exists && m_policy == ConflictPolicy::Fail) {
            addProblem({origin, Tr::tr("%1 is already in the database (choose to skip or update existing records)").arg(what())});
            return;
        }
        if (exists && m_policy == ConflictPolicy::Skip) {
            ++(summary.skipped.*counter);
            return;
        }
        if (failure)
            return;
        if (Status s = write(); !s) {
            fail(origin, s.error());
            return;
        }
        EntityCounts &tally = exists ? summary.updated : summary.added;
        ++(tally.*counter);
    }

    void importRegion(const RegionRecord &r)
    {
        Region region = r.region;
        if (!r.parentCode.isEmpty() && !resolveRegion(r.parentCode, fieldOf(r.origin, QStringLiteral("parent")), region.parentId))
            return;
        auto existing = m_store.regions().byCode(region.code);
        if (existing)
            region.id = existing->id;
        store(r.origin, existing.ok(), Tr::tr("region %1").arg(region.code), &EntityCounts::regions, [&]() -> Status {
            if (existing)
                return m_store.regions().update(region);
            return m_store.regions().add(region);
        });
    }

    // A group's or a set's member codes to region ids, in order; every code
    // that names no region is reported at the record's members.
    bool resolveMembers(const QStringList &codes, const QString &origin, QList<Id> &ids)
    {
        bool resolved = true;
        for (const QString &code : codes) {
            Id member = NoId;
            resolved = resolveRegion(code, fieldOf(origin, QStringLiteral("members")), member) && resolved;
            ids.append(member);
        }
        return resolved;
    }

    bool resolveRegion(const QString &code, const QString &origin, Id &id)
    {
        return resolveRegion(code, [&origin] { return origin; }, id);
    }

    // Regions found are remembered: a million milestones name a few thousand.
    bool resolveRegion(const QString &code, const std::function<QString()> &origin, Id &id)
    {
        if (const auto known = m_regionIds.constFind(code); known != m_regionIds.cend()) {
            id = *known;
            return true;
        }
        auto found = m_store.regions().byCode(code);
        if (!found) {
            addProblem({origin(), Tr::tr("region “%1” is neither in the file nor in the database").arg(code)});
            return false;
        }
        id = found->id;
        m_regionIds.insert(code, id);
        return true;
    }

    void fail(const QString &origin, const StoreError &error)
    {
        if (isStoreFailure(error.kind))
            failure = error; // not the data's fault: the import stops with it
        else
            addProblem({origin, error.message});
    }

    // A million bad rows would make a million messages: past the first
    // thousand only their number is told.
    void addProblem(const DataProblem &problem)
    {
        if (problems.size() < MaxProblems)
            problems.append(problem);
        else
            ++m_unlisted;
    }

public:
    static constexpr qsizetype MaxProblems = 1000;

    // Said last, after the problems listed.
    void closeProblems()
    {
        if (m_unlisted > 0)
            problems.append({QStringLiteral("…"), Tr::tr("%n more problem(s) not listed", nullptr, int(m_unlisted))});
    }

    // The walk of a streamed input goes on while nothing stopped it.
    bool keepGoing() const { return !failure; }

    // Whether a table was empty before this import (an error counts as not).
    template<typename Batch>
    static bool emptyBefore(Batch &batch)
    {
        const auto empty = batch.wasEmpty();
        return empty && *empty;
    }

    // One more record of a timeline: progress is told now and then.
    void step()
    {
        if (++m_done % 1024 != 0 || !m_progress || failure)
            return;
        if (!m_progress(m_done, m_total)) {
            cancelled = true;
            failure = StoreError{StoreError::Kind::Invalid, Tr::tr("The import was cancelled; nothing was imported."), {}};
        }
    }

private:
    // The input changed under the import between its check and its writing.
    void inputChanged()
    {
        failure = StoreError{StoreError::Kind::IoError, Tr::tr("The input could not be read again while importing it; nothing was imported."), {}};
    }

    static QString refText(const EvidenceRef &ref)
    {
        return (ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy:") : QStringLiteral("milestone:")) + ref.uid;
    }

    // The region of a stored policy or milestone; NoId when it cannot be read.
    Id regionOfRecord(const RecordRef &ref) const
    {
        if (ref.kind == Evidence::Kind::Policy) {
            const auto p = m_store.policies().byId(ref.id);
            return p ? p->regionId : NoId;
        }
        const auto m = m_store.milestones().byId(ref.id);
        return m ? m->regionId : NoId;
    }

    // The id of the policy or milestone a reference names, or NoId with a problem said.
    Id resolveEvidence(const EvidenceRef &ref, const QString &origin)
    {
        auto found = ref.kind == Evidence::Kind::Policy ? m_policies.idOfUid(ref.uid) : m_milestones.idOfUid(ref.uid);
        const Id id = found ? *found : NoId;
        if (id == NoId)
            problems.append({ref.origin.isEmpty() ? origin : ref.origin,
                             Tr::tr("“%1:%2” is neither in the file nor in the database")
                                 .arg(ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy") : QStringLiteral("milestone"),
                                      ref.uid)});
        return id;
    }

    // The file's evidence for this indicator value replaces what the database had.
    Status replaceValueEvidence(Id valueId, Dimension, const IndicatorValueRecord &r)
    {
        auto old = m_store.indicatorValues().evidenceFor(valueId);
        if (!old)
            return old.error();
        for (const IndicatorEvidence &e : *old) {
            if (Status s = m_store.indicatorValues().removeEvidence(e.id); !s)
                return s;
        }
        for (const EvidenceRef &ref : r.evidence) {
            const Id target = resolveEvidence(ref, fieldOf(r.origin, QStringLiteral("evidence")));
            if (target == NoId)
                continue;
            if (auto added = m_store.indicatorValues().addEvidence({NoId, valueId, ref.kind, target}); !added)
                return added.error();
            ++summary.added.indicatorEvidence;
        }
        return {};
    }

    // The file's evidence for this assessment replaces what the database had.
    Status replaceEvidence(Id assessmentId, const AssessmentRecord &r)
    {
        auto old = m_store.evidence().forAssessment(assessmentId);
        if (!old)
            return old.error();
        for (const Evidence &e : *old) {
            if (Status s = m_store.evidence().remove(e.id); !s)
                return s;
        }
        for (Dimension d : AllDimensions) {
            for (const EvidenceRef &ref : r.evidence[d]) {
                Evidence e;
                e.assessmentId = assessmentId;
                e.dimension = d;
                e.kind = ref.kind;
                e.targetId = resolveEvidence(ref, fieldOf(r.origin, QStringLiteral("evidence.") + dimensionKey(d)));
                if (e.targetId == NoId)
                    continue;
                if (auto added = m_store.evidence().add(e); !added)
                    return added.error();
                ++summary.added.evidence;
            }
        }
        return {};
    }

    // A stage, indicator or rater by its key, read from the database once
    // per run: the scores and values that name them come after their own
    // import, and a lookup per indicator value read every indicator with its
    // rubric (half of an import's time). A key not found is not kept.
    template <class T, class Lookup>
    std::optional<T> known(QHash<QString, T> &cache, const QString &key, Lookup byKey)
    {
        if (const auto at = cache.constFind(key); at != cache.cend())
            return *at;
        auto found = byKey(key);
        if (!found)
            return std::nullopt;
        cache.insert(key, *found);
        return *found;
    }

    // A rater, stage or indicator by key from the file or the database, or nullopt with a problem said.
    std::optional<Rater> knownRater(const QString &key, const QString &origin)
    {
        auto rater = known(m_raters, key, [this](const QString &k) { return m_store.raters().byKey(k); });
        if (!rater)
            addProblem({fieldOf(origin, QStringLiteral("rater")), Tr::tr("rater “%1” is neither in the file nor in the database").arg(key)});
        return rater;
    }

    std::optional<Stage> knownStage(const QString &key, const QString &origin)
    {
        auto stage = known(m_stages, key, [this](const QString &k) { return m_store.stages().byKey(k); });
        if (!stage)
            addProblem({fieldOf(origin, QStringLiteral("stage")), Tr::tr("stage “%1” is neither in the file nor in the database").arg(key)});
        return stage;
    }

    std::optional<Indicator> knownIndicator(const QString &key, const QString &place)
    {
        auto indicator = known(m_indicators, key, [this](const QString &k) { return m_store.indicators().byKey(k); });
        if (!indicator)
            addProblem({place, Tr::tr("indicator “%1” is neither in the file nor in the database").arg(key)});
        return indicator;
    }

    // The packet an answer or a comparison names (none: NoId); false, said, when it is neither in the file nor in the database.
    bool resolvePacket(const QString &uuid, const QString &origin, Id &id)
    {
        id = NoId;
        if (uuid.isEmpty())
            return true;
        if (const auto at = m_packetIds.constFind(uuid); at != m_packetIds.cend() && *at != NoId) {
            id = *at;
            return true;
        }
        auto found = m_store.panel().packetIdOf(uuid);
        if (found && *found != NoId) {
            id = *found;
            return true;
        }
        addProblem({fieldOf(origin, QStringLiteral("packet")), Tr::tr("packet “%1” is neither in the file nor in the database").arg(uuid)});
        return false;
    }

    Store &m_store;
    ConflictPolicy m_policy;
    const DataSet &m_data;
    QHash<QString, Id> m_regionIds; // code → id of regions found
    QHash<QString, Stage> m_stages;
    QHash<QString, Indicator> m_indicators;
    QHash<QString, Rater> m_raters;
    QHash<QString, Id> m_packetIds; // uuid → id of the packets of the file (NoId: not written)
    PolicyRepository::Batch m_policies = m_store.policies().batch();
    MilestoneRepository::Batch m_milestones = m_store.milestones().batch();
    qsizetype m_unlisted = 0;
    const DataProgress &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
} // namespace

DataImporter::Output DataImporter::import(Store &store, const DataSet &data, ConflictPolicy policy, const DataProgress &progress)
{
    Output out;
    ImportRun run(store, policy, data, progress);
    Status status = store.write([&]() -> Status {
        run.importStages(data.stages);
        run.importRegions(data.regions);
        run.importPolicies(data);
        run.importMilestones(data);
        run.importAggregate(data.raterAggregate);
        run.importRaters(data.raters);
        run.importIndicators(data.indicators);
        // Values before assessments, so that a derived score finds them.
        run.importIndicatorValues(data.indicatorValues);
        run.importAssessments(data.assessments);
        run.importGroups(data);
        run.importComparisonSets(data);
        run.importRecordLinks(data);
        run.importPanel(data);
        run.importWeightSets(data);
        run.closeProblems();
        if (run.failure)
            return *run.failure;
        if (!run.problems.isEmpty())
            return StoreError{StoreError::Kind::Invalid,
                              Tr::tr("Nothing was imported: %n problem(s) found.", nullptr, int(run.problems.size())), {}};
        return {};
    });
    out.cancelled = run.cancelled;
    if (!run.failure)
        out.problems = run.problems;
    if (status)
        out.summary = run.summary;
    else
        out.error = status.error();
    return out;
}

} // namespace triangle
