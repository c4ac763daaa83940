#include "PacketFiles.h"

#include "ScoringPacketReader.h"
#include "ScoringPacketWriter.h"
#include "store/OpenDatabaseFiles.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::PacketFiles)
};

QString inLanguage(const QString &zh, const QString &en, Language language)
{
    if (language == Language::English)
        return en.isEmpty() ? zh : en;
    return zh.isEmpty() ? en : zh;
}
} // namespace

Result<ScoringPacket> makePacketFile(Store &store, const PacketRequest &request, const QString &path)
{
    // Checked first, for a sentence that names the folder.
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists())
        return StoreError{StoreError::Kind::IoError,
                          Tr::tr("“%1” cannot be written: the folder %2 does not exist.")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.path())),
                          {}};
    std::optional<ScoringPacket> made;
    const Status status = store.write([&]() -> Status {
        auto packet = store.panel().createPacket(request);
        if (!packet)
            return packet.error();
        const QString error = writeScoringPacket(*packet, path); // in the expert's language
        if (!error.isEmpty())
            return StoreError{StoreError::Kind::IoError, error, {}};
        made = *packet;
        return {};
    });
    if (!status.ok())
        return status.error();
    return *made;
}

QString packetFileName(const Rater &expert, const Stage &stage, int round)
{
    const Language language = expert.language;
    // In the expert's language, whatever the user's: the name is the expert's to read.
    QString name = (language == Language::English ? QStringLiteral("%1-%2-round %3") : QStringLiteral("%1-%2-第%3轮"))
                       .arg(expert.name, inLanguage(stage.nameZh, stage.nameEn, language))
                       .arg(round);
    // What Windows, macOS and Linux file systems refuse, and control characters.
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")), QStringLiteral("_"));
    return name.trimmed() + QStringLiteral(".xlsx");
}

Result<PacketImportReport> importPacketFile(Store &store, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (OpenDatabaseFiles::contains(path))
        return StoreError{StoreError::Kind::Invalid, Tr::tr("%1 is an open database, not a scoring packet.").arg(shown), {}};
    QString error;
    const auto packet = readScoringPacket(path, &error);
    if (!packet)
        return StoreError{StoreError::Kind::Invalid, Tr::tr("%1: %2").arg(shown, error), {}};
    return store.panel().importPacket(*packet, QFileInfo(path).fileName());
}

PacketFolderImport importPacketFolder(Store &store, const QString &folder, const std::function<void(int, int)> &progress)
{
    PacketFolderImport out;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files | QDir::Readable, QDir::Name);
    int done = 0;
    for (const QString &name : files) {
        const QString path = dir.filePath(name);
        // A lock file of a spreadsheet program that has the packet open ("~$张三.xlsx", ".~lock…").
        if (name.startsWith(QLatin1String("~$")) || OpenDatabaseFiles::contains(path) || !isScoringPacket(path)) {
            out.skipped.append(name);
        } else if (auto report = importPacketFile(store, path)) {
            out.imported.append(*report);
        } else {
            out.refused.append({name, report.error().message});
        }
        if (progress)
            progress(++done, int(files.size()));
    }
    return out;
}

QStringList describePacketImport(const PacketImportReport &report)
{
    QStringList out;
    out.append(Tr::tr("%1: %2's answers for %3, round %4: %5 of %6 items filled (%7 new, %8 changed, %9 as before).")
                   .arg(report.file.isEmpty() ? Tr::tr("Packet") : report.file, report.rater.name,
                        inLanguage(report.stage.nameZh, report.stage.nameEn, uiLanguage()))
                   .arg(report.round)
                   .arg(report.filled)
                   .arg(report.items)
                   .arg(report.added)
                   .arg(report.changed)
                   .arg(report.unchanged));
    if (report.notCurrent > 0)
        out.append(Tr::tr("%1 answers are kept for round %2 only: the expert has answered a later round.")
                       .arg(report.notCurrent)
                       .arg(report.round));
    if (!report.empty.isEmpty()) {
        QStringList rows;
        for (const PacketAnswer &a : report.empty)
            rows.append(Tr::tr("row %1 (%2)").arg(a.sheetRow).arg(a.indicatorKey));
        out.append(Tr::tr("Left empty (an earlier answer, if any, is kept): %1.").arg(rows.join(QStringLiteral(", "))));
    }
    if (!report.withoutReason.isEmpty()) {
        QStringList rows;
        for (const PacketAnswer &a : report.withoutReason)
            rows.append(Tr::tr("row %1 (%2)").arg(a.sheetRow).arg(a.indicatorKey));
        out.append(Tr::tr("Outside the last round's interquartile range without a reason (stored all the same): %1.")
                       .arg(rows.join(QStringLiteral(", "))));
    }
    for (const PacketProblem &p : report.problems)
        out.append(Tr::tr("Not stored: sheet “%1”, row %2%3: %4")
                       .arg(p.sheet)
                       .arg(p.row)
                       .arg(p.indicatorKey.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.indicatorKey), p.message));
    if (report.comparisonsFilled + report.comparisonsEmpty > 0)
        out.append(Tr::tr("Comparisons: %1 given, %2 left empty.").arg(report.comparisonsFilled).arg(report.comparisonsEmpty));
    return out;
}

} // namespace triangle
