#pragma once

// The report's findings: a page of regions × the article's claims after the
// method page, and each region page's verdicts in a sentence, generated from
// the numbers (analysis/Findings.h).

#include "analysis/Findings.h"
#include "model/Entities.h"

#include <QHash>
#include <QList>
#include <QString>

namespace triangle {

// `findings` by region id, for every one of `regions`.
QString findingsPageHtml(const QList<Region> &regions, const QHash<Id, RegionFindings> &findings);
QString regionFindingsHtml(const RegionFindings &findings);

} // namespace triangle
