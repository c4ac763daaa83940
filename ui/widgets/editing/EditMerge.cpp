#include "EditMerge.h"

#include "model/DomainNames.h"

namespace triangle {

namespace {
// One field of the merge. Starting from `current`, only the fields the user
// changed are written, so a field added to a record later keeps what is stored.
class FieldMerge
{
public:
    FieldMerge(QStringList &clashes) : m_clashes(clashes) {}

    template<typename T>
    void operator()(const T &base, const T &edited, const T &current, T &merged, const QString &name)
    {
        if (edited == base)
            return;
        merged = edited;
        if (current != base && current != edited)
            m_clashes << name;
    }

private:
    QStringList &m_clashes;
};
} // namespace

Assessment EditMerge::merge(const Assessment &base, const Assessment &edited, const Assessment &current, QStringList &clashes)
{
    Assessment m = current;
    FieldMerge field(clashes);
    for (Dimension d : AllDimensions) {
        field(base.scores[d], edited.scores[d], current.scores[d], m.scores[d], dimensionName(d));
        field(base.rationale[d], edited.rationale[d], current.rationale[d], m.rationale[d], tr("%1 reasons").arg(dimensionName(d)));
        field(base.origin[d], edited.origin[d], current.origin[d], m.origin[d], tr("how %1 is set").arg(dimensionName(d)));
    }
    field(base.sourceNote, edited.sourceNote, current.sourceNote, m.sourceNote, tr("the source"));
    return m;
}

Region EditMerge::merge(const Region &base, const Region &edited, const Region &current, QStringList &clashes)
{
    Region m = current;
    FieldMerge field(clashes);
    field(base.code, edited.code, current.code, m.code, tr("the code"));
    field(base.nameZh, edited.nameZh, current.nameZh, m.nameZh, tr("the Chinese name"));
    field(base.nameEn, edited.nameEn, current.nameEn, m.nameEn, tr("the English name"));
    field(base.level, edited.level, current.level, m.level, tr("the level"));
    field(base.parentId, edited.parentId, current.parentId, m.parentId, tr("the parent region"));
    field(base.agency, edited.agency, current.agency, m.agency, tr("the agency"));
    field(base.notes, edited.notes, current.notes, m.notes, tr("the notes"));
    field(base.basis, edited.basis, current.basis, m.basis, tr("the data basis"));
    return m;
}

Policy EditMerge::merge(const Policy &base, const Policy &edited, const Policy &current, QStringList &clashes)
{
    Policy m = current;
    FieldMerge field(clashes);
    field(base.regionId, edited.regionId, current.regionId, m.regionId, tr("the region"));
    field(base.titleZh, edited.titleZh, current.titleZh, m.titleZh, tr("the Chinese title"));
    field(base.titleEn, edited.titleEn, current.titleEn, m.titleEn, tr("the English title"));
    field(base.issuer, edited.issuer, current.issuer, m.issuer, tr("the issuer"));
    field(base.date, edited.date, current.date, m.date, tr("the date"));
    field(base.level, edited.level, current.level, m.level, tr("the level"));
    field(base.kind, edited.kind, current.kind, m.kind, tr("the kind"));
    field(base.dimensions, edited.dimensions, current.dimensions, m.dimensions, tr("the dimensions"));
    field(base.primaryDimension, edited.primaryDimension, current.primaryDimension, m.primaryDimension, tr("the dimension it counts for"));
    field(base.dateImputed, edited.dateImputed, current.dateImputed, m.dateImputed, tr("whether its date is imputed"));
    field(base.summary, edited.summary, current.summary, m.summary, tr("the summary"));
    field(base.reference, edited.reference, current.reference, m.reference, tr("the reference"));
    return m;
}

Milestone EditMerge::merge(const Milestone &base, const Milestone &edited, const Milestone &current, QStringList &clashes)
{
    Milestone m = current;
    FieldMerge field(clashes);
    field(base.regionId, edited.regionId, current.regionId, m.regionId, tr("the region"));
    field(base.date, edited.date, current.date, m.date, tr("the date"));
    field(base.titleZh, edited.titleZh, current.titleZh, m.titleZh, tr("the Chinese title"));
    field(base.titleEn, edited.titleEn, current.titleEn, m.titleEn, tr("the English title"));
    field(base.description, edited.description, current.description, m.description, tr("the description"));
    field(base.dimensions, edited.dimensions, current.dimensions, m.dimensions, tr("the dimensions"));
    field(base.primaryDimension, edited.primaryDimension, current.primaryDimension, m.primaryDimension, tr("the dimension it counts for"));
    field(base.dateImputed, edited.dateImputed, current.dateImputed, m.dateImputed, tr("whether its date is imputed"));
    field(base.quantity, edited.quantity, current.quantity, m.quantity, tr("the quantity"));
    return m;
}

Indicator EditMerge::merge(const Indicator &base, const Indicator &edited, const Indicator &current, QStringList &clashes)
{
    Indicator m = current;
    FieldMerge field(clashes);
    field(base.key, edited.key, current.key, m.key, tr("the key"));
    field(base.dimension, edited.dimension, current.dimension, m.dimension, tr("the dimension"));
    field(base.nameZh, edited.nameZh, current.nameZh, m.nameZh, tr("the Chinese name"));
    field(base.nameEn, edited.nameEn, current.nameEn, m.nameEn, tr("the English name"));
    field(base.definition, edited.definition, current.definition, m.definition, tr("the definition"));
    field(base.observation, edited.observation, current.observation, m.observation, tr("how it is observed"));
    field(base.direction, edited.direction, current.direction, m.direction, tr("the direction"));
    field(base.weight, edited.weight, current.weight, m.weight, tr("the weight"));
    field(base.sortOrder, edited.sortOrder, current.sortOrder, m.sortOrder, tr("the order"));
    field(base.rubric, edited.rubric, current.rubric, m.rubric, tr("the rubric"));
    return m;
}

Rater EditMerge::merge(const Rater &base, const Rater &edited, const Rater &current, QStringList &clashes)
{
    Rater m = current;
    FieldMerge field(clashes);
    field(base.key, edited.key, current.key, m.key, tr("the key"));
    field(base.name, edited.name, current.name, m.name, tr("the name"));
    field(base.organisation, edited.organisation, current.organisation, m.organisation, tr("the organisation"));
    return m;
}

Stage EditMerge::merge(const Stage &base, const Stage &edited, const Stage &current, QStringList &clashes)
{
    Stage m = current;
    FieldMerge field(clashes);
    field(base.key, edited.key, current.key, m.key, tr("the key"));
    field(base.nameZh, edited.nameZh, current.nameZh, m.nameZh, tr("the Chinese name"));
    field(base.nameEn, edited.nameEn, current.nameEn, m.nameEn, tr("the English name"));
    field(base.startYear, edited.startYear, current.startYear, m.startYear, tr("the start year"));
    field(base.endYear, edited.endYear, current.endYear, m.endYear, tr("the end year"));
    field(base.sortOrder, edited.sortOrder, current.sortOrder, m.sortOrder, tr("the order"));
    field(base.planned, edited.planned, current.planned, m.planned, tr("whether its scores are planned"));
    return m;
}

RegionGroup EditMerge::merge(const RegionGroup &base, const RegionGroup &edited, const RegionGroup &current, QStringList &clashes)
{
    RegionGroup m = current;
    FieldMerge field(clashes);
    field(base.key, edited.key, current.key, m.key, tr("the key"));
    field(base.nameZh, edited.nameZh, current.nameZh, m.nameZh, tr("the Chinese name"));
    field(base.nameEn, edited.nameEn, current.nameEn, m.nameEn, tr("the English name"));
    field(base.note, edited.note, current.note, m.note, tr("the note"));
    field(base.source, edited.source, current.source, m.source, tr("the source"));
    field(base.memberIds, edited.memberIds, current.memberIds, m.memberIds, tr("the members"));
    return m;
}

RecordLink EditMerge::merge(const RecordLink &base, const RecordLink &edited, const RecordLink &current, QStringList &clashes)
{
    RecordLink m = current;
    FieldMerge field(clashes);
    field(base.to, edited.to, current.to, m.to, tr("the record it drove"));
    field(base.quote, edited.quote, current.quote, m.quote, tr("the quote"));
    field(base.location, edited.location, current.location, m.location, tr("the location"));
    field(base.note, edited.note, current.note, m.note, tr("the note"));
    return m;
}

} // namespace triangle
