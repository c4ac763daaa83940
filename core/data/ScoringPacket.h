#pragma once

// A scoring packet: the workbook one expert fills in for one Delphi round
// (issue 22). The store builds a ScoringPacket from the database
// (store/PanelRepository), ScoringPacketWriter writes it as an .xlsx that
// Excel, WPS and LibreOffice open, and ScoringPacketReader reads a returned
// one back into a ReturnedPacket, which the store checks against the database
// before it writes anything.
//
// Plain values only: no database ids are interpreted here; they travel in the
// workbook's hidden key columns so the answers map back.

#include "model/DomainNames.h"
#include "model/Entities.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace triangle {

// One anchor of an indicator's rubric as the expert sees it: "7 — 法规施行".
struct PacketAnchor
{
    double score = 0.0;
    QString label;       // in the packet's language
    QString description; // in the packet's language; may be empty
};

// What the instructions sheet says about one indicator.
struct PacketIndicator
{
    Id indicatorId = NoId;
    QString key;
    Dimension dimension = Dimension::Mission;
    QString name;        // in the packet's language
    QString definition;  // as stored
    QString observation; // as stored
    QList<PacketAnchor> anchors; // ascending by score
};

// Round 2 onwards: the panel's answers to the same item in the round before
// (controlled feedback), and this expert's own.
struct PacketFeedback
{
    double median = 0.0;
    double lowerQuartile = 0.0; // Q1 and Q3 as Excel's QUARTILE.INC computes them
    double upperQuartile = 0.0;
    int answers = 0;            // how many experts answered the item
    std::optional<double> ownScore; // this expert's score in the round before
};

// One row of the input sheet: one region × one indicator.
struct PacketItem
{
    Id regionId = NoId;
    QString regionKey;  // GB/T 2260 code
    QString regionName; // in the packet's language
    Id indicatorId = NoId;
    QString indicatorKey;
    std::optional<PacketFeedback> feedback; // round ≥ 2
    // Pre-filled answer (a packet made again for an expert who had answered).
    std::optional<double> score;
    QString note;
};

// One pairwise comparison the expert is asked for (the AHP sheet): how much
// more important `first` is than `second` on Saaty's 1–9 scale.
struct PacketComparison
{
    QString scope;       // "mission", "political", "operational" (indicators) or "dimensions"
    QString firstKey;    // indicator key, or dimension key for scope "dimensions"
    QString firstName;   // in the packet's language
    QString secondKey;
    QString secondName;
    std::optional<double> value; // pre-filled: first over second, 1/9 … 9
};

struct ScoringPacket
{
    QString packetId;    // a UUID the database keeps; identifies the packet
    QString databaseId;  // the database's own UUID: a packet belongs to one database
    Language language = Language::Chinese;
    Id raterId = NoId;
    QString raterKey;
    QString raterName;
    int round = 1;
    Id stageId = NoId;
    QString stageKey;
    QString stageName;   // in the packet's language
    QString deadline;    // free text the analyst gives ("2027-01-15"); may be empty
    QString createdAt;   // ISO 8601, UTC
    QList<PacketIndicator> indicators; // in sort order
    QList<PacketItem> items;           // region by region, indicators in sort order
    QList<PacketComparison> comparisons; // empty: no comparison sheet
};

// One answer read back from a returned packet.
struct PacketAnswer
{
    int sheetRow = 0;    // 1-based, as the spreadsheet shows it
    Id regionId = NoId;
    QString regionKey;
    Id indicatorId = NoId;
    QString indicatorKey;
    std::optional<double> score; // nullopt: left empty
    QString note;
    QString reason;      // why the score lies outside the panel's quartiles (round ≥ 2)
};

struct PacketComparisonAnswer
{
    int sheetRow = 0;
    QString scope;
    QString firstKey;
    QString secondKey;
    std::optional<double> value; // nullopt: left empty
};

// What went wrong in one cell; the packet is still read, the store decides.
struct PacketProblem
{
    QString sheet;
    int row = 0;         // 1-based; 0 for the whole sheet or workbook
    QString indicatorKey; // may be empty
    QString message;     // translated sentence
};

struct ReturnedPacket
{
    QString packetId;
    QString databaseId;
    Id raterId = NoId;
    QString raterKey;
    int round = 1;
    Id stageId = NoId;
    QString stageKey;
    QList<PacketAnswer> answers;
    QList<PacketComparisonAnswer> comparisons;
    QList<PacketProblem> problems; // scores out of range or off the 0.1 grid, unreadable cells
    // Non-empty: the packet's structure was altered (a sheet renamed or
    // missing, a row added or its hidden keys changed); the store refuses it.
    QStringList structureErrors;
};

} // namespace triangle
