#pragma once

// The raters' agreement in words, in the UI language: the same figures and
// verdicts in the Scorecard tab, the report, the workbook and the command line.

#include "AgreementByStage.h"

#include <QString>

#include <optional>

namespace triangle {

// "all indicators", or the dimension's short name.
QString agreementScopeName(std::optional<Dimension> dimension);
// A stable key for scripts: all, mission, political, operational.
QString agreementScopeKey(std::optional<Dimension> dimension);
// The label of every figure pooled over stages, which is never shown alone.
QString pooledOverStagesName();

// To three decimals, "0.000" for a value that rounds to zero.
QString alphaNumber(double value);
// "[0.052, 0.381]", or "—" without an interval.
QString alphaIntervalText(const AlphaInterval &interval);
// "0.213, 95 % interval [0.052, 0.381], unreliable", or "not computable (reason)".
QString agreementText(const AgreementEstimate &estimate);

// `text` with %1 the bootstrap's resamples, %2 its seed, %3 and %4 the
// reliable and tentative thresholds, as every output states them.
QString withAgreementFigures(const QString &text);

// How alpha and its interval are computed and read: the metric, the
// bootstrap's resamples and seed, Krippendorff's conventions.
QString agreementMethodNote();
// Why a figure pooled over stages is not the agreement to read.
QString pooledOverStagesNote();

} // namespace triangle
