#include "GroupTriangles.h"

#include "Store.h"

namespace triangle {

Result<TriangleAggregate> aggregateAt(const Store &store, const QList<Id> &regionIds, Id stageId, GroupAggregate method)
{
    QList<DimensionScores> assessed;
    for (Id regionId : regionIds) {
        auto a = store.assessments().at(regionId, stageId, AssessmentRepository::Scope::ScoredOnly);
        if (!a)
            return a.error();
        if (a->has_value())
            assessed.append((*a)->scores);
    }
    return aggregateTriangles(assessed, int(regionIds.size()), method);
}

Result<TriangleAggregate> groupTriangle(const Store &store, const RegionGroup &group, Id stageId)
{
    auto method = store.groups().aggregate();
    if (!method)
        return method.error();
    return aggregateAt(store, group.memberIds, stageId, *method);
}

Result<TriangleAggregate> rollUpTriangle(const Store &store, Id parentId, Id stageId)
{
    auto children = store.groups().childRegionIds(parentId);
    if (!children)
        return children.error();
    auto method = store.groups().aggregate();
    if (!method)
        return method.error();
    return aggregateAt(store, *children, stageId, *method);
}

} // namespace triangle
