#include "CsvDataFolder.h"

#include "CsvFileRows.h"
#include "CsvTable.h"
#include "DataTables.h"
#include "JsonDataReader.h"
#include "OutputFile.h"
#include "store/OpenDatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <filesystem>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CsvDataFolder)
};

QString fileNameOf(const DataTableSpec &table) { return QLatin1StringView(table.name) + QStringLiteral(".csv"); }

} // namespace

CsvReadOutput readCsvFolder(const QString &folder, qint64 streamFrom, const DataProgress &progress)
{
    const QString shownFolder = QDir::toNativeSeparators(QDir(folder).absolutePath());
    if (!QFileInfo(folder).isDir())
        return {{}, {DataProblem{shownFolder, Tr::tr("is not a folder of CSV files")}}};

    QList<SourceTable> tables;
    QStringList files;
    for (const DataTableSpec &spec : dataTables()) {
        const QString file = fileNameOf(spec);
        files << file;
        const QString path = QDir(folder).filePath(file);
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        SourceTable table;
        table.table = QLatin1StringView(spec.name);
        table.shownName = file;
        // Told by stat() alone: opening a pipe would wait for a writer forever,
        // and opening an open database would drop its locks (OpenDatabaseFiles).
        if (!info.isFile() || OpenDatabaseFiles::contains(path)) {
            table.error = info.isFile() ? Tr::tr("is an open database, not a data file to import")
                                        : Tr::tr("is not a regular file (a device, a pipe or a socket)");
            tables << table;
            continue;
        }
        const bool timeline = table.table == QStringLiteral("policies") || table.table == QStringLiteral("milestones");
        if (timeline && info.size() >= streamFrom) {
            // A million rows are not held: read again from the file when imported.
            auto rows = std::make_shared<CsvFileRows>();
            if (rows->open(path, table.cells.header, table.keyLine, &table.error))
                table.streamedRows = rows;
            tables << table;
            continue;
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            table.error = Tr::tr("cannot be read: %1").arg(in.errorString());
        else
            table.cells = CsvTable::parse(in.readAll(), &table.error);
        tables << table;
    }
    if (tables.isEmpty())
        return {{}, {DataProblem{shownFolder, Tr::tr("holds none of %1").arg(files.join(QStringLiteral(", ")))}}};
    return readDataTables(tables, progress);
}

namespace {
// Writes every table's file into `into`; an empty string or what went wrong,
// naming the file as it will be called in `shownFolder`.
QString writeTables(const DataSet &data, const QDir &into, bool withBom, const QDir &shownFolder)
{
    const QHash<QString, QList<QStringList>> rows = dataTableRows(data);
    for (const DataTableSpec &spec : dataTables()) {
        QStringList header;
        for (const DataColumn &c : spec.columns)
            header << QLatin1StringView(c.key);
        const QString table = QLatin1StringView(spec.name);
        const QString error = writeOutputFile(
            into.filePath(fileNameOf(spec)),
            [&](QIODevice &file) {
                if (file.write(CsvTable::write(header, rows.value(table), withBom)) < 0)
                    return false;
                // Policies and milestones may be a million rows: written one at a time.
                return !isTimelineTable(table)
                    || forEachTimelineRow(data, table, [&file](const QStringList &row) { return file.write(CsvTable::line(row)) >= 0; });
            },
            Tr::tr("the database could not be read"), shownFolder.filePath(fileNameOf(spec)));
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// The first folder of `path` that does not exist yet, or empty when all do.
QString firstMissingFolder(const QString &path)
{
    QString missing;
    for (QFileInfo at(path); !at.exists(); at = QFileInfo(at.absolutePath())) {
        missing = at.absoluteFilePath();
        if (at.isRoot())
            break;
    }
    return missing;
}
} // namespace

QStringList csvFolderFiles(const QString &folder)
{
    QStringList out;
    for (const DataTableSpec &spec : dataTables())
        out << QDir(folder).filePath(fileNameOf(spec));
    return out;
}

QString writeCsvFolder(const DataSet &data, const QString &folder, bool withBom)
{
    // The files are written into a folder beside the target first and moved
    // into place only when all of them are whole: an export that fails (a
    // full disk) leaves the target as it was and nothing new behind.
    const QString target = QDir(folder).absolutePath();
    const QString shown = QDir::toNativeSeparators(target);
    const QString created = firstMissingFolder(QFileInfo(target).absolutePath());
    auto fail = [&created](const QString &message) {
        if (!created.isEmpty())
            QDir(created).removeRecursively();
        return message;
    };
    if (QFileInfo(target).exists() && !QFileInfo(target).isDir())
        return Tr::tr("“%1” is a file, not a folder.").arg(shown);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(Tr::tr("The folder “%1” cannot be created.").arg(shown));
    QTemporaryDir staging(target + QStringLiteral(".writing-XXXXXX"));
    if (!staging.isValid())
        return fail(Tr::tr("The folder “%1” cannot be created.").arg(shown));
    if (const QString error = writeTables(data, QDir(staging.path()), withBom, QDir(target)); !error.isEmpty())
        return fail(error);

    if (!QFileInfo(target).exists()) {
        if (!QDir().rename(staging.path(), target))
            return fail(Tr::tr("The folder “%1” cannot be created.").arg(shown));
        staging.setAutoRemove(false);
        return {};
    }
    // Into an existing folder: each file replaces its old version at once (a
    // rename needs no room on the disk), after checking that each can be.
    if (!QFileInfo(target).isWritable())
        return Tr::tr("The folder “%1” cannot be written to.").arg(shown);
    for (const DataTableSpec &spec : dataTables()) {
        const QFileInfo old(QDir(target).filePath(fileNameOf(spec)));
        if (old.isDir())
            return Tr::tr("“%1” is a folder and cannot be replaced.").arg(QDir::toNativeSeparators(old.filePath()));
    }
    for (const DataTableSpec &spec : dataTables()) {
        std::error_code error;
        std::filesystem::rename(QDir(staging.path()).filePath(fileNameOf(spec)).toStdU16String(),
                                QDir(target).filePath(fileNameOf(spec)).toStdU16String(), error);
        if (error)
            return Tr::tr("“%1” cannot be written: %2")
                .arg(QDir::toNativeSeparators(QDir(target).filePath(fileNameOf(spec))), QString::fromStdString(error.message()));
    }
    return {};
}

} // namespace triangle
