#pragma once

// Analysis results in words, in the UI language: for tables, tooltips,
// figure captions and the command line.

#include "TriangleMetrics.h"

#include <QString>

namespace triangle {

QString formName(const FormResult &form); // "Advantage-led (mission)" / 优势型（使命）
QString leadersText(DimensionSet leaders, double tolerance = LeadTieTolerance); // "Mission" or "Mission = Political (tie)"

// Two or three sentences that say what the figures mean for this triangle.
QString explainMetrics(const TriangleMetrics &metrics);

} // namespace triangle
