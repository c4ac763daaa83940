#include "DataSetAgreement.h"

#include <QHash>

#include <algorithm>

namespace triangle {

DataSetAgreement agreementOf(const DataSet &data)
{
    // A data set names its records by key; agreement goes by id, so each key gets one.
    auto numbered = [](QHash<QString, Id> &ids, const QString &key) { return ids.insert(key, Id(ids.size() + 1)).value(); };
    QHash<QString, Id> indicatorIds, raterIds, stageIds, regionIds;

    DataSetAgreement out;
    for (const StageRecord &s : data.stages)
        out.stages.append(s.stage);
    // As the store orders them: by sort order, then start year.
    std::stable_sort(out.stages.begin(), out.stages.end(), [](const Stage &a, const Stage &b) {
        return std::pair(a.sortOrder, a.startYear) < std::pair(b.sortOrder, b.startYear);
    });
    QList<Id> stageOrder;
    for (Stage &s : out.stages) {
        s.id = numbered(stageIds, s.key);
        stageOrder.append(s.id);
    }
    QList<Indicator> indicators;
    for (const IndicatorRecord &r : data.indicators) {
        Indicator i = r.indicator;
        i.id = numbered(indicatorIds, i.key);
        indicators.append(i);
    }
    QList<Id> raterOrder;
    for (const RaterRecord &r : data.raters)
        raterOrder.append(numbered(raterIds, r.rater.key));
    QList<IndicatorValue> values;
    for (const IndicatorValueRecord &r : data.indicatorValues) {
        IndicatorValue v = r.value;
        v.indicatorId = indicatorIds.value(r.indicatorKey, NoId);
        v.raterId = raterIds.value(r.raterKey, NoId);
        v.stageId = stageIds.value(r.stageKey, NoId);
        v.regionId = regionIds.contains(r.regionCode) ? regionIds.value(r.regionCode) : numbered(regionIds, r.regionCode);
        values.append(v);
    }
    out.agreement = agreementByStage(indicators, values, raterOrder, stageOrder);
    return out;
}

} // namespace triangle
