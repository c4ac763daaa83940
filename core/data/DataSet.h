#pragma once

// The contents of a data file (docs/data-format.md): records that refer to
// each other by natural keys — region code, stage key, policy or milestone
// uid — rather than by database ids, so a file can be merged into any database.

#include "model/ComparisonSet.h"
#include "model/Entities.h"
#include "model/RegionGroup.h"
#include "model/Scorecard.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <memory>

namespace triangle {

// Each record keeps `origin`, where it came from ("file.json: $.regions[3]",
// "regions.csv: line 4"), to start the messages about it.

struct StageRecord
{
    Stage stage; // id unset
    QString origin;
};

struct RegionRecord
{
    Region region;      // id and parentId unset
    QString parentCode; // empty for the national level
    QString origin;
};

struct PolicyRecord
{
    Policy policy; // id and regionId unset
    QString regionCode;
    QString origin;
};

struct MilestoneRecord
{
    Milestone milestone; // id and regionId unset
    QString regionCode;
    QString origin;
};

struct EvidenceRef
{
    Evidence::Kind kind = Evidence::Kind::Policy;
    QString uid;
    QString origin; // where the reference itself was written

    // The same reference, wherever it was written.
    friend bool operator==(const EvidenceRef &a, const EvidenceRef &b) { return a.kind == b.kind && a.uid == b.uid; }
};

struct AssessmentRecord
{
    Assessment assessment; // ids unset
    QString regionCode;
    QString stageKey;
    PerDimension<QList<EvidenceRef>> evidence;
    QString origin;
};

struct RaterRecord
{
    Rater rater; // id unset
    QString origin;
};

struct IndicatorRecord
{
    Indicator indicator; // id unset
    QString origin;
};

struct IndicatorValueRecord
{
    IndicatorValue value; // ids unset
    QString regionCode;
    QString stageKey;
    QString indicatorKey;
    QString raterKey;
    QList<EvidenceRef> evidence;
    QString origin;
};

struct GroupRecord
{
    RegionGroup group;       // id and memberIds unset
    QStringList memberCodes; // region codes, in the file's order
    QString origin;
};

struct ComparisonSetRecord
{
    ComparisonSet set;       // id and memberIds unset
    QStringList memberCodes; // region codes, in the set's order
    QString origin;
};

// A causal link between two records, named by "policy:UID" / "milestone:UID";
// its region is theirs.
struct RecordLinkRecord
{
    EvidenceRef from;
    EvidenceRef to;
    QString quote;
    QString location;
    QString note;
    QString origin;
};

// The expert panel (format 9): each expert's answers per round, pairwise
// comparisons, the packets sent and the stop rule, by natural keys. A
// database's own identity is not part of the data: a packet returned to the
// database it was made from is what the panel's import takes.

// One expert's answer to one item in one round; `packetUuid` the packet that
// brought it, empty when none did (or it is no longer recorded).
struct PanelScoreRecord
{
    QString raterKey;
    int round = 1;
    QString stageKey;
    QString regionCode;
    QString indicatorKey;
    double score = 0.0;
    QString note;
    QString reason;
    QString packetUuid;
    QString origin;
};

// One expert's pairwise comparison in one round: `first` over `second`, 1/9 … 9.
// `scope` is the dimension key of two indicators, or "dimensions" for two dimensions.
struct PanelJudgmentRecord
{
    QString raterKey;
    int round = 1;
    QString scope;
    QString firstKey;
    QString secondKey;
    double value = 1.0;
    QString packetUuid;
    QString origin;
};

// A scoring packet made for one expert, round and stage, over some regions.
struct PanelPacketRecord
{
    QString uuid; // 32 hex digits
    QString raterKey;
    int round = 1;
    QString stageKey;
    QStringList regionCodes;
    bool comparisons = false;
    QString deadline;
    QString createdAt;
    QString returnedAt; // empty until returned
    QString origin;
};

// The panel's stop rule and AHP choices (PanelSettings in the store).
struct PanelSettingsRecord
{
    double maxCv = 0.25;
    double significance = 0.05;
    std::optional<double> minW;
    QString ahpAggregation = QStringLiteral("aij");
    double maxCr = 0.10;
    QString origin;
};

// A weight set (format 9, schema 12): a named vector of indicator weights,
// how it was made, and whether it is the one in force. The importer stores a
// set marked active as active only when its weights are the indicators'.
struct WeightSetValueRecord
{
    QString indicatorKey;
    double weight = 0.0;
    QString origin;
};

struct WeightSetRecord
{
    QString name;
    QString method = QStringLiteral("analyst"); // analyst, ahp, entropy, critic, combined
    QString detail;
    std::optional<int> round; // 1–20
    QString stageKey;         // empty: none
    QString createdAt;
    bool active = false;
    QList<WeightSetValueRecord> values; // one per indicator
    QString origin;
};

// Told how far a long read or import has come (in any unit: bytes, records);
// returns false to cancel it.
using DataProgress = std::function<bool(qint64 done, qint64 total)>;

// Policies and milestones of a large input that are read again from the
// input each time they are walked instead of being held in memory: a file of a
// million milestones is checked in one walk and written in a second.
class StreamedRecords
{
public:
    virtual ~StreamedRecords() = default;
    virtual qsizetype policyCount() const = 0;
    virtual qsizetype milestoneCount() const = 0;
    // Each record in the input's order until `take` returns false; false when
    // the walk stopped early or the input could not be read again.
    virtual bool forEachPolicy(const std::function<bool(const PolicyRecord &)> &take) const = 0;
    virtual bool forEachMilestone(const std::function<bool(const MilestoneRecord &)> &take) const = 0;
};

struct DataSet
{
    QString description;
    std::optional<RaterAggregate> raterAggregate; // unset: leave the database's choice
    QList<RaterRecord> raters;
    QList<IndicatorRecord> indicators;
    QList<IndicatorValueRecord> indicatorValues;
    QList<StageRecord> stages;
    QList<RegionRecord> regions;
    QList<PolicyRecord> policies;
    QList<MilestoneRecord> milestones;
    // More policies and milestones, after those listed above, when the input
    // is streamed (JsonDataReader::readFile).
    std::shared_ptr<const StreamedRecords> streamed;
    QList<AssessmentRecord> assessments;
    std::optional<GroupAggregate> groupAggregate; // unset: leave the database's choice
    QList<GroupRecord> groups;
    QList<ComparisonSetRecord> comparisonSets;
    QList<RecordLinkRecord> recordLinks;
    std::optional<PanelSettingsRecord> panelSettings; // unset: leave the database's
    QList<PanelPacketRecord> panelPackets;
    QList<PanelScoreRecord> panelScores;
    QList<PanelJudgmentRecord> panelJudgments;
    QList<WeightSetRecord> weightSets; // by name

    // What a table source (a workbook's sheet) shows as the header of a
    // column, where that is more than the field key: the source named at the
    // start of a record's origin ("sheet regions") → field key → header.
    QHash<QString, QHash<QString, QString>> columnTitles;
};

// One thing wrong with an input, said so that the user can find and fix it.
struct DataProblem
{
    QString location; // "file.json: $.regions[3].code", "regions.csv: line 12, column code"
    QString message;

    friend bool operator==(const DataProblem &, const DataProblem &) = default;
};

using DataProblems = QList<DataProblem>;

// "location: message", one per line.
QString describeDataProblems(const DataProblems &problems);

// What a reader gives: a DataSet usable only when there are no problems.
struct DataReadOutput
{
    DataSet data;
    DataProblems problems;
};

// Where field `key` of the record from `origin` is: "file.json: $.policies[2].region",
// "policies.csv: line 4, column region", "sheet policies: row 4, column “Region” (region)".
QString fieldPlace(const DataSet &data, const QString &origin, const QString &key);
// The column part of a place: ", column region" or ", column “Region” (region)".
QString columnPlace(const QString &title, const QString &key);

} // namespace triangle
