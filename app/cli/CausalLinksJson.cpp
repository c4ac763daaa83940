#include "CausalLinksJson.h"

#include "store/CausalLinkQueries.h"

#include <QHash>
#include <QJsonObject>

namespace triangle::cli {

namespace {
QJsonObject recordJson(const LinkedRecord &r)
{
    return {{QStringLiteral("record"), CausalLinkText::recordKey(r)},
            {QStringLiteral("title_zh"), r.titleZh},
            {QStringLiteral("title_en"), r.titleEn},
            {QStringLiteral("date"), r.date.toString()},
            {QStringLiteral("date_imputed"), r.dateImputed}};
}
} // namespace

Result<QJsonArray> causalLinksJson(const Store &store, Id regionId)
{
    auto reading = causalReadingOf(store, regionId);
    if (!reading)
        return reading.error();
    // Which chain each link is on (a link may be on several where chains fork from it).
    QHash<int, QJsonArray> chainsOf;
    for (int c = 0; c < reading->chains.size(); ++c) {
        for (int i : reading->chains[c])
            chainsOf[i].append(c + 1);
    }
    QJsonArray out;
    for (int i = 0; i < reading->checks.size(); ++i) {
        const LinkCheck &c = reading->checks[i];
        out.append(QJsonObject{{QStringLiteral("from"), recordJson(c.from)},
                               {QStringLiteral("to"), recordJson(c.to)},
                               {QStringLiteral("quote"), c.link.quote},
                               {QStringLiteral("location"), c.link.location},
                               {QStringLiteral("note"), c.link.note},
                               {QStringLiteral("check"), CausalLinkText::key(c.order)},
                               {QStringLiteral("check_text"), CausalLinkText::order(c.order)},
                               {QStringLiteral("imputed_dates"), c.imputed()},
                               {QStringLiteral("chains"), chainsOf.value(i)}});
    }
    return out;
}

} // namespace triangle::cli
