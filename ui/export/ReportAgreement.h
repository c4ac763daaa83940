#pragma once

// The report's paragraph on the raters' agreement: alpha for each stage and
// scope with its interval and verdict, then pooled over stages, labelled so.

#include "store/ScorecardQueries.h"

#include <QString>

namespace triangle {

QString agreementHtml(const StageAgreements &agreement);

} // namespace triangle
