#pragma once

// What a report says, read from the store once: the regions in the order
// chosen, each with its assessments and the argument behind every score (how
// it was set, the rationale, the indicator scores with their notes, the
// evidence and the raters' spread), the groups and the colours. The report's
// pages lay it out; they do not query the store for it again.

#include "FigureExporter.h"
#include "analysis/CausalLinks.h"
#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "analysis/ThresholdSensitivity.h"
#include "analysis/RaterAgreement.h"
#include "store/PanelTables.h"
#include "analysis/ScoreDerivation.h"
#include "analysis/TriangleAggregate.h"
#include "analysis/WeightSensitivity.h"
#include "model/Entities.h"
#include "model/EvidenceCoverage.h"
#include "model/RegionGroup.h"
#include "model/Scorecard.h"
#include "render/TriangleFigure.h"
#include "store/Result.h"
#include "store/ScorecardQueries.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace triangle {

class Store;

// A policy or milestone, cited for a score or dated on a region's page, as the report names it.
struct ReportEvidence
{
    Evidence::Kind kind = Evidence::Kind::Policy;
    QString title; // in the user's language where the data has it
    PartialDate date;
    QString issuer; // policies only
};

// One rater's score of one indicator, with the note that justifies it.
struct ReportIndicatorScore
{
    QString indicator;
    QString rater;
    double score = 0.0;
    QString note;
};

// One dimension of one assessment and everything that argues for its score.
struct ReportDimension
{
    double score = 0.0;
    ScoreOrigin origin = ScoreOrigin::Hand;
    QString rationale;
    DimensionDerivation derivation; // indicators and raters behind a derived score
    QList<std::pair<QString, double>> raterScores; // (rater's name, their score), as derivation.raters
    QList<ReportIndicatorScore> indicators;
    QStringList unscored; // the dimension's indicators no rater scored here, in their order
    QList<ReportEvidence> evidence;
};

struct ReportAssessment
{
    Stage stage;
    Assessment assessment;
    PerDimension<ReportDimension> dimensions;
    EvidenceCoverage coverage; // how many of its scores and indicator values cite evidence
};

struct ReportRegion
{
    Region region;
    QColor colour; // the region's colour in every figure (SeriesColours)
    QList<ReportAssessment> assessments; // in stage order
    // Its evolution diagram, or why there is none (not assessed).
    std::optional<TriangleFigure> evolution;
    QString noEvolution;
    std::optional<FigurePaint> dimensionChart; // where the application provides one
    QList<ReportEvidence> records; // its policies and milestones, oldest first
    // Its triangle from its assessed sub-regions, at each stage where there is one.
    QList<std::pair<Stage, TriangleAggregate>> rollUps;
    CausalReading causalLinks; // "A drove B" between its records, checked against the dates
};

// A region group's page: its aggregate triangle at each stage and its members' own scores.
struct ReportGroup
{
    RegionGroup group;
    GroupAggregate method = GroupAggregate::Mean;
    QList<std::pair<Stage, TriangleAggregate>> triangles; // where a member is assessed
    std::optional<TriangleFigure> evolution;
    QList<Region> members;
    QHash<std::pair<Id, Id>, DimensionScores> memberScores; // by (member, stage)
};

struct ReportData
{
    QList<Stage> stages;
    QList<ReportRegion> regions; // the regions named, in the order chosen: a page each
    QList<ReportGroup> groups; // a page each, after the regions
    QList<TriangleFigure> comparison; // a panel per stage, regions and groups overlaid
    // The regions the findings and sensitivity pages take: those named, else the groups' members.
    QList<Region> analysed;
    QHash<Id, RegionFindings> findings; // the article's claims tested, for each region analysed
    QHash<Id, FindingsUncertainty> uncertainty; // the same verdicts under redrawn weights and raters
    QHash<Id, ThresholdSensitivity> thresholds; // and under other values of the form classifier's constants
    // The weight sensitivity of the regions analysed at this stage (none without stages).
    std::optional<Stage> sensitivityStage;
    SensitivityResult sensitivity;
    QHash<Id, QString> raterNames;
    int indicatorCount = 0;
    RaterAggregate raterAggregate = RaterAggregate::Mean;
    // With several raters, their agreement on the regions analysed' indicator
    // scores, stage by stage and pooled over stages.
    std::optional<StageAgreements> raterAgreement;
    // When experts were sent scoring packets or gave comparisons: the panel's page.
    std::optional<PanelContext> panel;
    QString databaseName; // the file's name, for the cover
    QString provenance;   // provenanceText(): versions and the data's fingerprint, for the cover
};

// Reads everything the report of `regionIds` (in that order) and `groupIds` needs.
Result<ReportData> assembleReportData(const Store &store, const QList<Id> &regionIds, const QList<Id> &groupIds);

} // namespace triangle
