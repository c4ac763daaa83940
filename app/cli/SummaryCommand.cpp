#include "SummaryCommand.h"

#include "analysis/MetricsText.h"
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
              "database is opened read-only.");
}

void SummaryCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
}

int SummaryCommand::run(const QCommandLineParser &parser, Output &io) const
{
    const std::unique_ptr<Store> opened = openDatabaseForReading(parser, *this, io);
    if (!opened)
        return ExitFailure;
    const Store &store = *opened;
    auto regions = store.regions().all();
    auto stages = store.stages().all();
    auto assessments = store.assessments().all();
    if (!regions || !stages || !assessments) {
        const StoreError &e = !regions ? regions.error() : !stages ? stages.error() : assessments.error();
        io.err << tr("triangle-studio summary: %1").arg(e.message) << Qt::endl;
        return ExitFailure;
    }
    QHash<Id, const Region *> regionById;
    for (const Region &r : *regions)
        regionById.insert(r.id, &r);
    QHash<Id, const Stage *> stageById;
    for (const Stage &s : *stages)
        stageById.insert(s.id, &s);

    if (assessments->isEmpty()) {
        io.out << tr("No assessments yet.") << Qt::endl;
        return ExitOk;
    }
    io.out << tr("Region / stage: mission / political / operational; area, balance, leading dimension, form") << Qt::endl;
    Id lastRegion = NoId;
    for (const Assessment &a : *assessments) {
        const Region *region = regionById.value(a.regionId);
        const Stage *stage = stageById.value(a.stageId);
        if (!region || !stage)
            continue;
        if (a.regionId != lastRegion) {
            io.out << Qt::endl << QStringLiteral("%1 %2 (%3)").arg(region->nameZh, region->nameEn, region->code) << Qt::endl;
            lastRegion = a.regionId;
        }
        const TriangleMetrics m = analyse(a.scores);
        // The area ratio goes into the balance's place, so the line's words keep their translation.
        const QString balance = tr("%1 (area ratio %2)").arg(m.balance, 0, 'f', 3).arg(m.areaRatio, 0, 'f', 3);
        io.out << tr("  %1: %2 / %3 / %4; area %5, balance %6, leading %7, %8")
                      .arg(localizedName(stage->nameZh, stage->nameEn))
                      .arg(a.scores[Dimension::Mission], 0, 'f', 1)
                      .arg(a.scores[Dimension::Political], 0, 'f', 1)
                      .arg(a.scores[Dimension::Operational], 0, 'f', 1)
                      .arg(m.area, 0, 'f', 1)
                      .arg(balance, leadersText(m.leaders), formName(m.form))
               << Qt::endl;
    }
    return ExitOk;
}

} // namespace triangle::cli
