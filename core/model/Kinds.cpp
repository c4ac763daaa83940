#include "Kinds.h"

#include "EnumKeys.h"

namespace triangle {

namespace {
constexpr EnumKeys<Level, 4> LevelKeys({{
    {Level::National, "national"},
    {Level::Province, "province"},
    {Level::City, "city"},
    {Level::County, "county"},
}});

constexpr EnumKeys<PolicyKind, 9> PolicyKindKeys({{
    {PolicyKind::Law, "law"},
    {PolicyKind::Regulation, "regulation"},
    {PolicyKind::Rule, "rule"},
    {PolicyKind::Plan, "plan"},
    {PolicyKind::Pilot, "pilot"},
    {PolicyKind::Standard, "standard"},
    {PolicyKind::Platform, "platform"},
    {PolicyKind::Institution, "institution"},
    {PolicyKind::Other, "other"},
}});

constexpr EnumKeys<ScoreOrigin, 3> ScoreOriginKeys({{
    {ScoreOrigin::Hand, "hand"},
    {ScoreOrigin::Derived, "derived"},
    {ScoreOrigin::Unscored, "unscored"},
}});

constexpr EnumKeys<DataBasis, 2> DataBasisKeys({{
    {DataBasis::Observed, "observed"},
    {DataBasis::Illustrative, "illustrative"},
}});
} // namespace

QString dataBasisKey(DataBasis basis) { return DataBasisKeys.key(basis); }
std::optional<DataBasis> dataBasisFromKey(QStringView key) { return DataBasisKeys.fromKey(key); }
QString acceptedDataBasisKeys() { return DataBasisKeys.acceptedKeys(); }

QString scoreOriginKey(ScoreOrigin origin) { return ScoreOriginKeys.key(origin); }
std::optional<ScoreOrigin> scoreOriginFromKey(QStringView key) { return ScoreOriginKeys.fromKey(key); }

QString stageStatusKey(bool planned) { return planned ? QStringLiteral("planned") : QStringLiteral("observed"); }

std::optional<bool> plannedFromStageStatusKey(QStringView key)
{
    if (key == u"planned")
        return true;
    if (key == u"observed")
        return false;
    return std::nullopt;
}

QString levelKey(Level level) { return LevelKeys.key(level); }
std::optional<Level> levelFromKey(QStringView key) { return LevelKeys.fromKey(key); }
QString acceptedLevelKeys() { return LevelKeys.acceptedKeys(); }

QString policyKindKey(PolicyKind kind) { return PolicyKindKeys.key(kind); }
std::optional<PolicyKind> policyKindFromKey(QStringView key) { return PolicyKindKeys.fromKey(key); }
QString acceptedPolicyKindKeys() { return PolicyKindKeys.acceptedKeys(); }

} // namespace triangle
