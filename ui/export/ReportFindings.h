#pragma once

// The report's findings: a page of regions × the article's claims after the
// method page, and each region page's verdicts in a sentence, generated from
// the numbers (analysis/Findings.h).

#include "model/Entities.h"
#include "store/Result.h"

#include <QList>
#include <QString>

namespace triangle {

class Store;

Result<QString> findingsPageHtml(const Store &store, const QList<Region> &regions);
Result<QString> regionFindingsHtml(const Store &store, Id regionId);

} // namespace triangle
