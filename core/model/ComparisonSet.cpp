#include "ComparisonSet.h"

#include <algorithm>

namespace triangle {

namespace {
bool separatesAList(QChar c)
{
    return c.isSpace() || c == QLatin1Char(',') || c == QChar(0xff0c); // ，as typed with a Chinese input method
}
} // namespace

bool isValidComparisonSetKey(const QString &key)
{
    if (key.isEmpty())
        return false;
    return std::none_of(key.begin(), key.end(), separatesAList);
}

QString comparisonSetKeyFromName(const QString &name)
{
    QString key;
    bool pendingDash = false;
    for (const QChar c : name.trimmed()) {
        if (separatesAList(c)) {
            pendingDash = true;
            continue;
        }
        if (pendingDash && !key.isEmpty())
            key += QLatin1Char('-');
        pendingDash = false;
        key += c;
    }
    return key;
}

} // namespace triangle
