#pragma once

// A region page's argument: for each stage and dimension, the score and how
// it was set, the analyst's rationale, the indicator scores with their notes,
// the policies and milestones cited for it and the raters' spread. Rich text
// (h3, h4, p, table, ul) for ReportContent, from ReportData alone.

#include "ReportData.h"

#include <QStringList>

namespace triangle {

// In pieces a page can break between (the heading, then each stage's
// dimensions one by one); empty when the region has no assessment.
QStringList regionArgumentHtml(const ReportRegion &region);

} // namespace triangle
