#pragma once

#include "BalanceMapFigure.h"
#include "DimensionChartData.h"
#include "TimelineFigure.h"
#include "TractionFigure.h"
#include "TriangleFigure.h"
#include "store/Result.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QHash>

namespace triangle {

// Turns what the store holds into figures, in the UI language: the same
// figures for the views on screen, the export dialog and the command line.
class FigureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(triangle::FigureBuilder)

public:
    // `provenance` (provenanceText: versions and the data's fingerprint) ends
    // every footnote when given: figures that leave the program carry it, so
    // that a reader can reproduce them. The screen's figures, rebuilt at every
    // edit, name only the file.
    explicit FigureBuilder(const Store &store, QString provenance = {});

    // One region's stages on one diagram (all stages when `stages` is empty),
    // with arrows from each stage to the next. Fails when none is assessed.
    Result<TriangleFigure> evolution(Id regionId, const QList<Id> &stages = {}) const;

    // Several regions at one stage, overlaid; then each region group's
    // aggregate triangle (mean or median of its assessed members, as the
    // database says), the members' range drawn as a band along each axis.
    Result<TriangleFigure> comparison(const QList<Id> &regionIds, Id stageId, const QList<Id> &groupIds = {}) const;

    // A region group's aggregate triangle at each stage, as evolution() draws
    // a region's. Fails when no member is assessed at any chosen stage.
    Result<TriangleFigure> groupEvolution(Id groupId, const QList<Id> &stages = {}) const;

    // A parent region's roll-up from its assessed direct sub-regions at each
    // stage, drawn as a group's triangle is. Fails when none is assessed.
    Result<TriangleFigure> rollUpEvolution(Id regionId, const QList<Id> &stages = {}) const;

    // Each region's path across the stages on the ternary balance map.
    Result<BalanceMapFigure> balanceMap(const QList<Id> &regionIds, const QList<Id> &stages = {}) const;

    // Policies and milestones of the regions, one lane each, with a "National"
    // lane on top for the national level when it has records in the years;
    // stages as bands. Years of 0 reach from the first record or stage to
    // the last. Fails when there is nothing at all to show.
    Result<TimelineFigure> timeline(const QList<Id> &regionIds, int fromYear = 0, int toYear = 0) const;

    // Advantage traction from the dated evidence: per dimension, the region's
    // policies and milestones counted cumulatively by year (core's
    // cumulativeEvidence), its leader at the advantage stage emphasised.
    // Fails when the region has no dated record.
    Result<TractionFigure> traction(Id regionId) const;

    // Each region's three scores at each stage, for the dimension chart.
    // Fails when none of the regions is assessed at the chosen stages.
    Result<DimensionChartData> dimensionSeries(const QList<Id> &regionIds, const QList<Id> &stages = {}) const;

    // The raters' bands of every region assessed at `stageId` that has one,
    // by region id, from one read of the stage's indicator values: for grids
    // of many regions, where a query per region would not do.
    Result<QHash<Id, RaterBands>> raterBandsAt(Id stageId) const;

private:
    Result<QList<Stage>> chosenStages(const QList<Id> &stageIds) const;
    QString footnote(const QList<Assessment> &shown) const;
    // `text`, then the footnote's last sentence: what drew the figure, from
    // which file; the provenance on a line of its own, never split.
    QString withDrawnWith(const QString &text) const;
    // "1 of 4 assessed": how many of a group's members the shown assessments come from.
    static QString assessedOfMembers(const QList<Assessment> &shown, int members);
    // For a group's or a roll-up's figure: drawn from only some members, and
    // an aggregate's form is not a member's (issue 21 §10).
    static QString aggregateCaveat(const QList<Assessment> &shown, int members);
    // The raters' range of each derived dimension scored by more than one rater.
    Status addSpread(TriangleSeries &series, const Assessment &assessment) const;
    // A group's aggregate at a stage as a series labelled "NAME (mean of 3/4)"
    // with its members' range as the band; nullopt when no member is
    // assessed there. The members' assessments are added to `shown`.
    Result<std::optional<TriangleSeries>> groupSeries(const RegionGroup &group, const Stage &stage, QList<Assessment> &shown) const;
    // The group's series at each stage where a member is assessed, for an evolution figure.
    Result<QList<TriangleSeries>> groupSeriesByStage(const RegionGroup &group, const QList<Stage> &stages,
                                                     QList<Assessment> &shown) const;

    const Store &m_store;
    QString m_provenance;
};

} // namespace triangle
