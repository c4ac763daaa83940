#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace triangle {

// Administrative level of a region, and of the government that issues a policy.
enum class Level : std::uint8_t {
    National = 0,
    Province = 1,
    City = 2,
    County = 3,
};

QString levelKey(Level level);
std::optional<Level> levelFromKey(QStringView key);
QString acceptedLevelKeys();

// What kind of instrument a policy is.
enum class PolicyKind : std::uint8_t {
    Law,        // passed by a people's congress: a law or a local regulation (地方性法规)
    Regulation, // an administrative regulation (行政法规) or a Party regulation (党内法规)
    Rule,       // a government rule (规章): a provincial or city 地方政府规章, or a ministry's 部门规章
    Plan,
    Pilot,
    Standard,
    Platform,
    Institution, // an organisational change: a new or merged agency
    Other,
};

QString policyKindKey(PolicyKind kind);
std::optional<PolicyKind> policyKindFromKey(QStringView key);
QString acceptedPolicyKindKeys();

// Where a dimension's score comes from: typed by hand, or derived from the
// indicator values of the scorecard (analysis/ScoreDerivation.h), in which
// case the Store keeps it equal to the derived value rounded to 0.1; or
// nowhere yet: a new assessment's dimensions are unscored (score 0, read by
// no figure or finding) until the indicators give a score or one is typed.
enum class ScoreOrigin : std::uint8_t {
    Hand = 0,
    Derived = 1,
    Unscored = 2,
};

QString scoreOriginKey(ScoreOrigin origin); // "hand", "derived", "unscored"

// A stage's status in the data files and the database: "observed" or "planned".
QString stageStatusKey(bool planned);
std::optional<bool> plannedFromStageStatusKey(QStringView key); // nullopt for anything else
std::optional<ScoreOrigin> scoreOriginFromKey(QStringView key);

// What a region's data rest on. Observed: gathered from documents and
// measurement. Illustrative: built from a narrative (the shipped cases are an
// analyst's reading of the article's prose), so a finding on them shows what
// that reading gives, not an observation; every verdict says which.
enum class DataBasis : std::uint8_t {
    Observed = 0,
    Illustrative = 1,
};

QString dataBasisKey(DataBasis basis); // "observed", "illustrative"
std::optional<DataBasis> dataBasisFromKey(QStringView key);
QString acceptedDataBasisKeys();

} // namespace triangle
