#include "ReportCommand.h"

#include "store/FindingsQueries.h"
#include "Translations.h"
#include "export/ReportScorecard.h"
#include "export/ReportWriter.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

namespace triangle::cli {

QString ReportCommand::summary() const
{
    return tr("Write a multi-page PDF report for chosen regions.");
}

QString ReportCommand::description() const
{
    return tr("Usage: triangle-studio report [--db FILE] --regions CODE[,CODE…]|all [--lang zh_CN|en] -o OUT.pdf\n"
              "Writes a cover, the method, one page per region (its evolution diagram, metrics with the change from "
              "stage to stage, how each score was set, and its dated policies and milestones), a page comparing the "
              "regions at each stage and a page on how their readings depend on the indicator weights (advantage "
              "stage, %1 draws, concentration %2, seed %3). "
              "“all” means every region that has an assessment. A report that fails leaves no file behind.")
        .arg(ReportSensitivity::Draws)
        .arg(ReportSensitivity::Concentration)
        .arg(ReportSensitivity::Seed)
        + QLatin1Char('\n')
        + tr("A region group named as group:KEY or group:NAME gets a page of its own: its aggregate triangle across "
             "the stages with its members' range, a table of it with how many members were assessed, and its "
             "members' scores; it is drawn on the comparison page too. A region page shows the region's roll-up "
             "from its assessed sub-regions beside its own triangle.")
        + QLatin1Char('\n')
        + tr("A comparison set (saved in the window from a selection of regions) is named as set:KEY or set:NAME: "
             "it stands for its members, compared in the set's order.");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("regions"), tr("Region codes, group:KEY or set:KEY, comma-separated, or all."), tr("CODES")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), tr("OUT")});
}

int ReportCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio report: %1").arg(message) << Qt::endl;
        return code;
    };
    const QString out = parser.value(QStringLiteral("output"));
    if (!out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return fail(tr("say where to write with -o OUT.pdf"), ExitUsage);
    const QString codes = parser.value(QStringLiteral("regions")).trimmed();
    if (codes.isEmpty())
        return fail(tr("name the regions with --regions CODE[,CODE…] or --regions all"), ExitUsage);

    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    const auto chosen = chooseRegions(*store, codes, [&] {
        auto assessed = assessedRegions(*store);
        return assessed ? *assessed : QList<Id>{};
    }, *this, io);
    if (!chosen)
        return ExitFailure;
    const ReportWriter::Result written = ReportWriter::write(
        *store, chosen->regions, out,
        [&](int done, int total) {
            io.out << tr("Page %1 of %2").arg(done).arg(total) << Qt::endl;
            return true;
        },
        chosen->groups);
    if (!written.ok)
        return fail(written.error, ExitFailure);
    io.out << tr("Wrote %1 (%n page(s))", nullptr, written.pages).arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()))
           << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
