#pragma once

// The report's scorecard sections, as HTML for ReportWriter: how a derived
// score is made, how each score of a region was set, and how robust the
// readings of the regions are to the indicator weights.

#include "ReportData.h"
#include "analysis/WeightSensitivity.h"
#include "model/Entities.h"
#include "store/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace triangle {

class Store;

// The method page's paragraphs on derived scores and the raters, with this
// database's rater aggregate and counts and, with several raters, their
// agreement over the regions analysed.
QString derivationMethodHtml(const ReportData &data);

// Per stage and dimension: derived (from how many indicators and raters,
// with the raters' spread when there are several) or set by hand.
QString scoreOriginHtml(const QList<ReportAssessment> &assessments);

// The parameters the report's sensitivity page runs with, stated on it.
struct ReportSensitivity
{
    static constexpr int Draws = 10000;
    static constexpr double Concentration = 50.0;
    static constexpr quint64 Seed = 1;
};

// The stage the sensitivity page looks at: "advantage", or when there is
// none the stage at which most of `regions` are assessed. nullopt without stages.
std::optional<Stage> sensitivityStage(const QList<Stage> &stages, const QList<Assessment> &assessments,
                                      const QList<Id> &regions);

// runWeightSensitivity of `regions` at `stage` with the ReportSensitivity parameters.
Result<SensitivityResult> reportSensitivity(const Store &store, const QList<Region> &regions, const Stage &stage);
// The sensitivity page: a table of the regions at `stage` from that result.
QString sensitivityPageHtml(const QList<Region> &regions, const Stage &stage, const SensitivityResult &result);

} // namespace triangle
