#include "ReportCommand.h"

#include "store/FindingsQueries.h"
#include "Translations.h"
#include "export/ReportScorecard.h"
#include "export/ReportFile.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace triangle::cli {

namespace {
const QStringList ReportSuffixes{QStringLiteral(".pdf"), QStringLiteral(".odt"), QStringLiteral(".docx")};
} // namespace

QString ReportCommand::summary() const
{
    return tr("Write a report for chosen regions: a PDF, or an OpenDocument text to edit.");
}

QString ReportCommand::description() const
{
    return tr("Usage: triangle-studio report [--db FILE] --regions CODE[,CODE…]|set:NAME|all [--lang zh_CN|en] -o OUT.pdf\n"
              "Writes a cover, the method, pages for each region in the order named (its evolution diagram, metrics "
              "with the change from stage to stage, and the argument for each score: how it was set, the rationale, "
              "the indicator scores with their notes, the evidence linked and the raters' spread; then its dated "
              "policies and milestones), a page comparing the "
              "regions at each stage and a page on how their readings depend on the indicator weights (advantage "
              "stage, %1 draws, concentration %2, seed %3). "
              "“all” means every region that has an assessment. A report that fails leaves no file behind.")
        .arg(ReportSensitivity::Draws)
        .arg(ReportSensitivity::Concentration)
        .arg(ReportSensitivity::Seed)
        + QLatin1Char('\n')
        + tr("With -o OUT.odt it writes an OpenDocument text with the same content, for LibreOffice, Word or WPS to open "
             "and edit: real headings, tables and the figures as images.")
        + QLatin1Char('\n')
        + tr("With -o OUT.docx LibreOffice, where installed, converts that text into a Word document.")
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
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The report to write: a .pdf, .odt or .docx file."), tr("OUT")});
}

int ReportCommand::run(const QCommandLineParser &parser, Output &io) const
{
    auto fail = [&](const QString &message, int code) {
        io.err << tr("triangle-studio report: %1").arg(message) << Qt::endl;
        return code;
    };
    const QString out = parser.value(QStringLiteral("output"));
    const bool named = std::any_of(ReportSuffixes.begin(), ReportSuffixes.end(),
                                   [&](const QString &suffix) { return out.endsWith(suffix, Qt::CaseInsensitive); });
    if (!named)
        return fail(tr("say where to write with -o OUT.pdf, -o OUT.odt or -o OUT.docx"), ExitUsage);
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
    const ReportWriter::Result written = writeReportFile(
        *store, chosen->regions, out,
        [&](int done, int total) {
            // Parts, not pages: a region's part runs over as many pages as its argument needs.
            io.out << tr("Part %1 of %2").arg(done).arg(total) << Qt::endl;
            return true;
        },
        chosen->groups);
    if (!written.ok)
        return fail(written.error, ExitFailure);
    const QString shown = QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath());
    if (reportFormatOf(out) != ReportFormat::Pdf) // its pages are the word processor's to lay out
        io.out << tr("Wrote %1").arg(shown) << Qt::endl;
    else
        io.out << tr("Wrote %1 (%n page(s))", nullptr, written.pages).arg(shown) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
