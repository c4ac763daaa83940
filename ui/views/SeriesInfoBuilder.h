#pragma once

#include "SeriesInfo.h"
#include "store/Result.h"
#include "store/Store.h"

#include <QList>

namespace triangle {

// The SeriesInfo list that runs parallel to a FigureBuilder figure: the same
// arguments give the same series in the same order.
class SeriesInfoBuilder
{
public:
    explicit SeriesInfoBuilder(const Store &store);

    // Parallel to FigureBuilder::evolution(regionId, stages).
    Result<QList<SeriesInfo>> evolution(Id regionId, const QList<Id> &stages = {}) const;
    // Parallel to FigureBuilder::comparison(regionIds, stageId).
    Result<QList<SeriesInfo>> comparison(const QList<Id> &regionIds, Id stageId) const;

private:
    Result<SeriesInfo> infoFor(const Assessment &assessment, const QString &regionName, const QString &stageName) const;

    const Store &m_store;
};

} // namespace triangle
