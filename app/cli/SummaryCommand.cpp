#include "SummaryCommand.h"

#include "analysis/MetricsText.h"
#include "analysis/TriangleAggregate.h"
#include "analysis/TriangleMetrics.h"
#include "data/Provenance.h"
#include "store/EvidenceCoverageQueries.h"
#include "model/DomainNames.h"
#include "store/Store.h"

#include <QHash>

namespace triangle::cli {

QString SummaryCommand::summary() const
{
    return tr("List each assessed region's triangles with area, balance, leading dimension and form.");
}

QString SummaryCommand::description() const
{
    return tr("Prints one line per assessment in the database given with --db (or the default database): region, "
              "stage, the three scores (mission / political / operational), the triangle's area, balance (lowest over "
              "highest score) and area ratio (the earlier balance index), its leading dimension and its form. The "
              "database is opened read-only.")
        + QLatin1Char('\n')
        + tr("A region whose sub-regions are assessed also gets a roll-up at each stage: the mean (or median, as the "
             "database is set) of its assessed sub-regions, beside its own triangle, with how many were assessed and "
             "their range per dimension. Then each region group's triangle, aggregated the same way from its members.")
        + QLatin1Char('\n')
        + tr("The first line names the program's version, the findings rules' version and the data's fingerprint "
             "(docs/method.md); under each assessment, how many of its dimension scores and indicator values cite evidence.");
}

void SummaryCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
}

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::SummaryCommand)
};

// "  STAGE: m / p / o; area …, balance …, leading …, form" for any triangle.
QString metricsLine(const QString &stageName, const DimensionScores &scores)
{
    const TriangleMetrics m = analyse(scores);
    // The area ratio goes into the balance's place, so the line's words keep their translation.
    const QString balance = Tr::tr("%1 (area ratio %2)").arg(m.balance, 0, 'f', 3).arg(m.areaRatio, 0, 'f', 3);
    return Tr::tr("  %1: %2 / %3 / %4; area %5, balance %6, leading %7, %8")
        .arg(stageName)
        .arg(scores[Dimension::Mission], 0, 'f', 1)
        .arg(scores[Dimension::Political], 0, 'f', 1)
        .arg(scores[Dimension::Operational], 0, 'f', 1)
        .arg(m.area, 0, 'f', 1)
        .arg(balance, leadersText(m.leaders), formName(m.form));
}

// "      range 5.5–8.0 / 5.8–8.0 / 5.7–8.2"
QString rangeText(const TriangleAggregate &a)
{
    QStringList parts;
    for (Dimension d : AllDimensions)
        parts << QStringLiteral("%1–%2").arg(a.minimum[d], 0, 'f', 1).arg(a.maximum[d], 0, 'f', 1);
    return parts.join(QStringLiteral(" / "));
}

// What an aggregate is made of: "mean of 2 of 4 assessed, range …".
QString aggregateText(const TriangleAggregate &a)
{
    const QString made = a.method == GroupAggregate::Median
        ? Tr::tr("median of %1 of %2 assessed").arg(a.assessed).arg(a.members)
        : Tr::tr("mean of %1 of %2 assessed").arg(a.assessed).arg(a.members);
    return a.hasSpread() ? Tr::tr("%1, range %2").arg(made, rangeText(a)) : made;
}

// Beneath an aggregate: whether it can stand for its members, and whose form its form is.
void printAggregateNotes(QTextStream &out, const TriangleAggregate &a)
{
    if (const QString warning = representativenessWarning(a); !warning.isEmpty())
        out << Tr::tr("      warning: %1").arg(warning) << Qt::endl;
    if (const QString form = aggregateFormNote(a); !form.isEmpty())
        out << QStringLiteral("      %1").arg(form) << Qt::endl;
}
} // namespace

int SummaryCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const std::unique_ptr<Store> opened = openDatabaseForReading(parser, *this, io);
    if (!opened)
        return ExitFailure;
    const Store &store = *opened;
    auto regions = store.regions().all();
    auto stages = store.stages().all();
    auto assessments = store.assessments().all(AssessmentRepository::Scope::ScoredOnly);
    auto groups = store.groups().all();
    auto method = store.groups().aggregate();
    auto coverage = evidenceCoverage(store);
    auto provenance = provenanceOf(store);
    for (const Status &s : {Status(regions), Status(stages), Status(assessments), Status(groups), Status(method), Status(coverage),
                            Status(provenance)}) {
        if (!s) {
            io.err << tr("triangle-studio summary: %1").arg(s.error().message) << Qt::endl;
            return ExitFailure;
        }
    }
    QHash<Id, const Region *> regionById;
    QHash<Id, int> childCount;
    for (const Region &r : *regions) {
        regionById.insert(r.id, &r);
        if (r.parentId != NoId)
            ++childCount[r.parentId];
    }
    // Each region's and each stage's scores, and the children's per parent and
    // stage for the roll-ups: all from the one read of the assessments.
    QHash<Id, QHash<Id, DimensionScores>> own;
    QHash<Id, QHash<Id, Id>> assessmentId;
    QHash<Id, QHash<Id, QList<DimensionScores>>> ofChildren;
    for (const Assessment &a : *assessments) {
        own[a.regionId].insert(a.stageId, a.scores);
        assessmentId[a.regionId].insert(a.stageId, a.id);
        if (const Region *r = regionById.value(a.regionId); r && r->parentId != NoId)
            ofChildren[r->parentId][a.stageId].append(a.scores);
    }

    if (assessments->isEmpty()) {
        io.out << tr("No assessments yet.") << Qt::endl;
        return ExitOk;
    }
    io.out << provenanceText(*provenance) << Qt::endl
           << tr("Region / stage: mission / political / operational; area, balance, leading dimension, form") << Qt::endl;
    for (const Region &region : *regions) { // by code, so a parent comes before its children
        if (!own.contains(region.id) && !ofChildren.contains(region.id))
            continue;
        io.out << Qt::endl << QStringLiteral("%1 %2 (%3)").arg(region.nameZh, region.nameEn, region.code) << Qt::endl;
        for (const Stage &stage : *stages) {
            const QString stageName = localizedName(stage.nameZh, stage.nameEn);
            if (own.value(region.id).contains(stage.id)) {
                io.out << metricsLine(stageName, own.value(region.id).value(stage.id)) << Qt::endl;
                const EvidenceCoverage covered = coverage->value(assessmentId[region.id].value(stage.id));
                io.out << QStringLiteral("      %1").arg(evidenceCoverageText(covered)) << Qt::endl;
                for (const DoubleCount &count : covered.doubleCounts)
                    io.out << tr("      warning: %1").arg(doubleCountText(count, localizedName(region.nameZh, region.nameEn), stageName))
                           << Qt::endl;
            }
            const QList<DimensionScores> children = ofChildren.value(region.id).value(stage.id);
            if (children.isEmpty())
                continue;
            // The roll-up beside the region's own triangle: computed from its assessed sub-regions.
            const TriangleAggregate rolled = aggregateTriangles(children, childCount.value(region.id), *method);
            io.out << metricsLine(tr("%1, roll-up").arg(stageName), rolled.scores) << Qt::endl
                   << tr("      sub-regions: %1").arg(aggregateText(rolled)) << Qt::endl;
            printAggregateNotes(io.out, rolled);
        }
    }

    if (groups->isEmpty())
        return ExitOk;
    io.out << Qt::endl << tr("Region groups: each group's triangle from its assessed members") << Qt::endl;
    for (const RegionGroup &group : *groups) {
        io.out << Qt::endl << QStringLiteral("%1 %2 (group:%3)").arg(group.nameZh, group.nameEn, group.key) << Qt::endl;
        bool any = false;
        for (const Stage &stage : *stages) {
            QList<DimensionScores> members;
            for (Id member : group.memberIds) {
                if (own.value(member).contains(stage.id))
                    members << own.value(member).value(stage.id);
            }
            if (members.isEmpty())
                continue;
            any = true;
            const TriangleAggregate a = aggregateTriangles(members, int(group.memberIds.size()), *method);
            io.out << metricsLine(localizedName(stage.nameZh, stage.nameEn), a.scores) << Qt::endl
                   << tr("      members: %1").arg(aggregateText(a)) << Qt::endl;
            printAggregateNotes(io.out, a);
        }
        if (!any)
            io.out << tr("  no member assessed (%n member(s))", nullptr, int(group.memberIds.size())) << Qt::endl;
    }
    return ExitOk;
}

} // namespace triangle::cli
