#pragma once

#include "Repository.h"
#include "data/ScoringPacket.h"
#include "model/Scorecard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace triangle {

// When the analyst calls the panel converged, and how the experts' pairwise
// comparisons are combined (docs/method.md, "Expert panels").
struct PanelSettings
{
    double maxCoefficientOfVariation = 0.25; // every item's CV at most this
    double significance = 0.05;              // Kendall's W significant at this level
    std::optional<double> minimumW;          // and W at least this, when set
    QString ahpAggregation = QStringLiteral("aij"); // "aij" (judgments) or "aip" (priorities)
    double maxConsistencyRatio = 0.10;       // an expert whose CR is above is flagged

    friend bool operator==(const PanelSettings &, const PanelSettings &) = default;
};

// What the analyst asks for when making a packet.
struct PacketRequest
{
    Id raterId = NoId;
    Id stageId = NoId;
    QList<Id> regionIds;
    int round = 1;
    QString deadline;
    bool comparisons = false; // add the AHP comparison sheet
};

// A packet as a data file carries it.
struct StoredPanelPacket
{
    Id id = NoId;
    QString uuid;
    Id raterId = NoId;
    int round = 1;
    Id stageId = NoId;
    QList<Id> regionIds;
    bool comparisons = false;
    QString deadline;
    QString createdAt;
    QString returnedAt; // empty until a returned packet was imported
};

// A packet as the Panel page lists it: with how much of it was answered.
struct PacketSummary : StoredPanelPacket
{
    int items = 0;    // region × indicator rows the packet asks for
    int answered = 0; // of those, how many the expert answered
};

// One expert's answer to one item in one round.
struct PanelScore
{
    Id raterId = NoId;
    int round = 1;
    Id stageId = NoId;
    Id regionId = NoId;
    Id indicatorId = NoId;
    double score = 0.0;
    QString note;
    QString reason;
};

// One expert's pairwise comparison in one round: first over second, 1/9 … 9.
// Indicators of one dimension, or (when the ids are NoId) two dimensions.
struct PanelJudgment
{
    Id raterId = NoId;
    int round = 1;
    Id firstIndicatorId = NoId;
    Id secondIndicatorId = NoId;
    std::optional<Dimension> firstDimension;
    std::optional<Dimension> secondDimension;
    double value = 1.0;
};

// The rows as stored, with the packet that brought each (NoId: none), for
// the data files (data/DataExporter, data/DataImporter).
struct StoredPanelScore
{
    PanelScore score;
    Id packetId = NoId;
};

struct StoredPanelJudgment
{
    PanelJudgment judgment; // the stored pair: lower indicator id (or dimension key) first
    Id packetId = NoId;
};


// What importing a returned packet did, for the user to read.
struct PacketImportReport
{
    QString file;
    QString packetId;
    Rater rater;
    int round = 1;
    Stage stage;
    int items = 0;     // rows the packet asks for
    int filled = 0;    // answered with a valid score
    int added = 0;     // of those, new for this round
    int changed = 0;   // answered before, now another score or note
    int unchanged = 0; // the same as last import
    int notCurrent = 0; // stored for the round, but a later round is the expert's current value
    QList<PacketAnswer> empty;     // left empty (an earlier answer, if any, is kept)
    QList<PacketProblem> problems; // out of range, off the grid, unreadable: not stored
    // Round ≥ 2: scores outside the round before's interquartile range given
    // without the reason the packet asks for (stored all the same).
    QList<PacketAnswer> withoutReason;
    int comparisonsFilled = 0;
    int comparisonsEmpty = 0;
};

// The expert panel: the database's identity, packets made and returned, the
// answers of each round as given, the experts' pairwise comparisons, and the
// stop rule. The latest round's answer of each expert is also that expert's
// indicator value (IndicatorValueRepository), from which scores derive.
class PanelRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(triangle::PanelRepository)

public:
    explicit PanelRepository(Store &store) : Repository(store) {}

    Result<QString> databaseId() const; // 32 hex digits, made when the schema was

    Result<PanelSettings> settings() const;
    Status setSettings(const PanelSettings &settings);

    // Stores a new packet and returns its content, in the expert's language
    // (names from the data; fixed text is the writer's). Round ≥ 2 carries
    // the panel's answers of the round before as feedback.
    Result<ScoringPacket> createPacket(const PacketRequest &request);
    Result<QList<PacketSummary>> packets() const; // newest first

    // Checks a returned packet against the database and stores its answers
    // as its expert's for its round, all or nothing. Refused, with nothing
    // written: a packet of another database or one this database never made,
    // an expert no longer here, an altered structure (rows or keys that are
    // not the packet's). Answers out of range are reported, not stored; an
    // empty answer keeps an earlier one. Never touches another expert's values.
    Result<PacketImportReport> importPacket(const ReturnedPacket &packet, const QString &file = {});

    Result<QList<int>> rounds(Id stageId) const; // rounds with answers at that stage, ascending
    Result<QList<PanelScore>> scores(Id stageId, int round) const;
    Result<QList<PanelJudgment>> judgments(int round) const;
    Result<QList<int>> judgmentRounds() const;
    // One comparison typed in the window's AHP editor (or undone): stored
    // once per pair whichever way round it is given; the value must be on
    // Saaty's scale. Removing a pair no expert judged is not an error.
    Status setJudgment(const PanelJudgment &judgment);
    Status removeJudgment(Id raterId, int round, const PanelJudgment &pair);

    // For the data files: every stored row, and rows written one at a time
    // inside the caller's write (the importer's one transaction). A put
    // inserts a new row or replaces the stored one with the same key.
    Result<QList<StoredPanelScore>> allScores() const;       // by stage, round, region, indicator, rater
    Result<QList<StoredPanelJudgment>> allJudgments() const; // by rater, round, as made
    Result<Id> packetIdOf(const QString &uuid) const;        // NoId when there is none
    Result<bool> hasScore(const PanelScore &key) const;      // rater, round, stage, region, indicator
    Result<bool> hasJudgment(const PanelJudgment &pair) const; // rater, round and the pair, either way round
    // The packet by its uuid (its regions replaced); returns its id.
    Result<Id> putPacket(const StoredPanelPacket &packet);
    Status putScore(const StoredPanelScore &row);
    Status putJudgment(const StoredPanelJudgment &row);

private:
    // A packet's regions, replacing any it had; inside the caller's write.
    Status writePacketRegions(Id packetId, const QList<Id> &regionIds);
};

} // namespace triangle
