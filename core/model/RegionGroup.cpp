#include "RegionGroup.h"

#include "EnumKeys.h"

namespace triangle {

namespace {
constexpr EnumKeys<GroupAggregate, 2> AggregateKeys({{
    {GroupAggregate::Mean, "mean"},
    {GroupAggregate::Median, "median"},
}});
} // namespace

bool isValidGroupKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return false;
    for (const QChar c : key) {
        const bool asciiLetterOrDigit = c.unicode() < 128 && c.isLetterOrNumber();
        if (!asciiLetterOrDigit && c != QLatin1Char('_') && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString groupAggregateKey(GroupAggregate aggregate) { return AggregateKeys.key(aggregate); }
std::optional<GroupAggregate> groupAggregateFromKey(QStringView key) { return AggregateKeys.fromKey(key); }

} // namespace triangle
