#pragma once

// A region page's causal links: each link the analyst recorded from the
// source ("A drove B"), along its chain, with the quote, its location and the
// check against the dates (docs/method.md, "Causal links"). Rich text for
// ReportContent; empty when the region has no link.

#include "analysis/CausalLinks.h"

#include <QString>

namespace triangle {

QString causalLinksHtml(const CausalReading &reading);

} // namespace triangle
