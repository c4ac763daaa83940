#include "Validation.h"

#include <QCoreApplication>

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::Validation)
};

void requireText(FieldProblems &out, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        out.append({field, Tr::tr("must not be empty")});
}

void requireDate(FieldProblems &out, const PartialDate &date)
{
    if (!date.isValid())
        out.append({QStringLiteral("date"),
                    Tr::tr("is not a valid date between %1 and %2 (use YYYY, YYYY-MM or YYYY-MM-DD)")
                        .arg(PartialDate::MinYear)
                        .arg(PartialDate::MaxYear)});
}

void requireRegion(FieldProblems &out, Id regionId)
{
    if (regionId == NoId)
        out.append({QStringLiteral("region"), Tr::tr("must name a region")});
}
} // namespace

bool isValidRegionCode(const QString &code)
{
    if (code.size() != 6)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

FieldProblems validateRegion(const Region &region)
{
    FieldProblems out;
    if (!isValidRegionCode(region.code))
        out.append({QStringLiteral("code"), Tr::tr("must be six digits (GB/T 2260), e.g. 330000")});
    requireText(out, QStringLiteral("name_zh"), region.nameZh);
    if (region.level == Level::National && region.parentId != NoId)
        out.append({QStringLiteral("parent"), Tr::tr("the national level has no parent region")});
    if (region.level != Level::National && region.parentId == NoId)
        out.append({QStringLiteral("parent"), Tr::tr("must name the region this one belongs to")});
    if (region.id != NoId && region.parentId == region.id)
        out.append({QStringLiteral("parent"), Tr::tr("a region cannot be its own parent")});
    return out;
}

FieldProblems validateStage(const Stage &stage)
{
    FieldProblems out;
    requireText(out, QStringLiteral("key"), stage.key);
    requireText(out, QStringLiteral("name_zh"), stage.nameZh);
    if (stage.startYear < PartialDate::MinYear || stage.startYear > PartialDate::MaxYear)
        out.append({QStringLiteral("start_year"),
                    Tr::tr("must be a year between %1 and %2").arg(PartialDate::MinYear).arg(PartialDate::MaxYear)});
    if (stage.endYear < stage.startYear || stage.endYear > PartialDate::MaxYear)
        out.append({QStringLiteral("end_year"),
                    Tr::tr("must be a year from the start year (%1) to %2").arg(stage.startYear).arg(PartialDate::MaxYear)});
    return out;
}

FieldProblems validateAssessment(const Assessment &assessment)
{
    FieldProblems out;
    requireRegion(out, assessment.regionId);
    if (assessment.stageId == NoId)
        out.append({QStringLiteral("stage"), Tr::tr("must name a stage")});
    for (Dimension d : AllDimensions) {
        const double score = assessment.scores[d];
        if (!isValidScore(score))
            out.append({QStringLiteral("scores.") + dimensionKey(d),
                        Tr::tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(score)});
    }
    return out;
}

FieldProblems validateIndicator(const Indicator &indicator)
{
    FieldProblems out;
    requireText(out, QStringLiteral("key"), indicator.key);
    requireText(out, QStringLiteral("name_zh"), indicator.nameZh);
    if (!(indicator.weight > 0.0 && indicator.weight <= 100.0))
        out.append({QStringLiteral("weight"), Tr::tr("%1 is not a weight above 0 and at most 100").arg(indicator.weight)});
    QList<long> seenTenths;
    for (qsizetype i = 0; i < indicator.rubric.size(); ++i) {
        const RubricLevel &level = indicator.rubric[i];
        const QString field = QStringLiteral("rubric[%1]").arg(i);
        if (!isValidScore(level.score))
            out.append({field + QStringLiteral(".score"),
                        Tr::tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(level.score)});
        else if (seenTenths.contains(std::lround(level.score * 10.0)))
            out.append({field + QStringLiteral(".score"), Tr::tr("another anchor already stands at %1").arg(level.score)});
        seenTenths.append(std::lround(level.score * 10.0));
        requireText(out, field + QStringLiteral(".label_zh"), level.labelZh);
    }
    return out;
}

FieldProblems validateRater(const Rater &rater)
{
    FieldProblems out;
    requireText(out, QStringLiteral("key"), rater.key);
    requireText(out, QStringLiteral("name"), rater.name);
    if (rater.experienceYears && (*rater.experienceYears < 0 || *rater.experienceYears > 80))
        out.append({QStringLiteral("experience_years"), Tr::tr("%1 is not a number of years from 0 to 80").arg(*rater.experienceYears)});
    return out;
}

namespace {
// Members name stored regions, each once: shared by groups and comparison sets.
void requireDistinctMembers(FieldProblems &out, const QList<Id> &memberIds)
{
    QList<Id> seen;
    for (Id member : memberIds) {
        if (member == NoId) {
            out.append({QStringLiteral("members"), Tr::tr("must name stored regions")});
            return;
        }
        if (seen.contains(member)) {
            out.append({QStringLiteral("members"), Tr::tr("name a region twice")});
            return;
        }
        seen.append(member);
    }
}
} // namespace

FieldProblems validateRegionGroup(const RegionGroup &group)
{
    FieldProblems out;
    if (group.key.trimmed().isEmpty())
        out.append({QStringLiteral("key"), Tr::tr("must not be empty")});
    else if (!isValidGroupKey(group.key))
        out.append({QStringLiteral("key"), Tr::tr("may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd")});
    requireText(out, QStringLiteral("name_zh"), group.nameZh);
    requireDistinctMembers(out, group.memberIds);
    return out;
}

FieldProblems validateComparisonSet(const ComparisonSet &set)
{
    FieldProblems out;
    if (set.key.isEmpty())
        out.append({QStringLiteral("key"), Tr::tr("must not be empty")});
    else if (!isValidComparisonSetKey(set.key))
        out.append({QStringLiteral("key"), Tr::tr("must hold no comma or space, e.g. coastal-provinces")});
    requireText(out, QStringLiteral("name"), set.name);
    requireDistinctMembers(out, set.memberIds);
    return out;
}

FieldProblems validateRecordLink(const RecordLink &link)
{
    FieldProblems out;
    requireRegion(out, link.regionId);
    if (link.from.id == NoId)
        out.append({QStringLiteral("from"), Tr::tr("must name a policy or a milestone")});
    if (link.to.id == NoId)
        out.append({QStringLiteral("to"), Tr::tr("must name a policy or a milestone")});
    else if (link.to == link.from)
        out.append({QStringLiteral("to"), Tr::tr("must be another record than the one that drove it")});
    requireText(out, QStringLiteral("quote"), link.quote);
    return out;
}

FieldProblems validateIndicatorValue(const IndicatorValue &value)
{
    FieldProblems out;
    requireRegion(out, value.regionId);
    if (value.stageId == NoId)
        out.append({QStringLiteral("stage"), Tr::tr("must name a stage")});
    if (value.indicatorId == NoId)
        out.append({QStringLiteral("indicator"), Tr::tr("must name an indicator")});
    if (value.raterId == NoId)
        out.append({QStringLiteral("rater"), Tr::tr("must name a rater")});
    if (!isValidScore(value.score))
        out.append({QStringLiteral("score"), Tr::tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(value.score)});
    return out;
}

namespace {
// The dimension a record counts for must be one it bears on.
void requirePrimaryAmongDimensions(FieldProblems &out, const std::optional<Dimension> &primary, DimensionSet dimensions)
{
    if (primary && !dimensions.contains(*primary))
        out.append({QStringLiteral("primary_dimension"),
                    Tr::tr("“%1” is not one of the dimensions the record bears on").arg(dimensionKey(*primary))});
}
} // namespace

FieldProblems validatePolicy(const Policy &policy)
{
    FieldProblems out;
    requireRegion(out, policy.regionId);
    requireText(out, QStringLiteral("title_zh"), policy.titleZh);
    requireDate(out, policy.date);
    requirePrimaryAmongDimensions(out, policy.primaryDimension, policy.dimensions);
    return out;
}

FieldProblems validateMilestone(const Milestone &milestone)
{
    FieldProblems out;
    requireRegion(out, milestone.regionId);
    requireText(out, QStringLiteral("title_zh"), milestone.titleZh);
    requireDate(out, milestone.date);
    requirePrimaryAmongDimensions(out, milestone.primaryDimension, milestone.dimensions);
    if (milestone.quantity && !std::isfinite(milestone.quantity->value))
        out.append({QStringLiteral("quantity"), Tr::tr("must be a number")});
    return out;
}

QString describeProblems(const FieldProblems &problems)
{
    QStringList parts;
    for (const FieldProblem &p : problems)
        parts.append(p.field + QStringLiteral(": ") + p.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace triangle
