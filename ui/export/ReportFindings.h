#pragma once

// The report's findings: a page of regions × the article's claims after the
// method page, and each region page's verdicts in a sentence, generated from
// the numbers (analysis/Findings.h).

#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "analysis/ThresholdSensitivity.h"
#include "model/Entities.h"

#include <QHash>
#include <QList>
#include <QString>

namespace triangle {

// `findings` and their `uncertainty` by region id, for every one of `regions`.
// Beneath each verdict: the region's data basis and the verdict's share of the draws.
QString findingsPageHtml(const QList<Region> &regions, const QHash<Id, RegionFindings> &findings,
                         const QHash<Id, FindingsUncertainty> &uncertainty);
// With `thresholds`, the constants some verdict turns on, and where.
QString regionFindingsHtml(const RegionFindings &findings, const FindingsUncertainty &uncertainty,
                           const ThresholdSensitivity &thresholds = {});

} // namespace triangle
