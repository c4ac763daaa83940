#pragma once

// The report's content, section by section: the cover, the method, the
// findings, a page per region (its figures, metrics, roll-up, how each score
// was set, its argument, and its dated policies and milestones), a page per
// group, the comparison and the weight sensitivity. What the writers of each
// format lay out (ReportContent).

#include "ReportContent.h"
#include "ReportData.h"
#include "store/Result.h"

namespace triangle {

class Store;

// Laid out from `data` alone: nothing here reads the store.
ReportContent reportContent(const ReportData &data);
// The same from the regions (in that order) and groups, their data assembled first.
Result<ReportContent> reportContent(const Store &store, const QList<Id> &regions, const QList<Id> &groups);

} // namespace triangle
