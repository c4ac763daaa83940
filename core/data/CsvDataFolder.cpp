#include "CsvDataFolder.h"

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

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CsvDataFolder)
};

QString fileNameOf(const DataTableSpec &table) { return QLatin1StringView(table.name) + QStringLiteral(".csv"); }

// A CSV file mapped into memory and read a row at a time; pages behind the
// reading are handed back to the system, so that a large file does not stay
// in the process's memory.
class CsvFileRows : public TableRows
{
public:
    // Maps `path` and reads its header; false with `error` set when it cannot.
    bool open(const QString &path, QStringList &header, int &headerLine, QString *error)
    {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("cannot be read: %1").arg(m_file.errorString());
            return false;
        }
        m_size = m_file.size();
        if (m_size == 0) {
            *error = QCoreApplication::translate("triangle::CsvTable", "the file is empty: it needs at least a header line");
            return false;
        }
        m_data = m_size > 0 ? reinterpret_cast<const char *>(m_file.map(0, m_size)) : nullptr;
        if (!m_data) {
            *error = Tr::tr("cannot be read: %1").arg(m_file.errorString());
            return false;
        }
        int line = 1;
        if (!CsvTable::nextRecord(m_data, m_size, m_bodyStart, line, header, headerLine, error)) {
            if (error->isEmpty())
                *error = QCoreApplication::translate("triangle::CsvTable", "the file is empty: it needs at least a header line");
            return false;
        }
        m_bodyLine = line;
        return true;
    }

    qint64 bytes() const override { return m_size; }

    bool forEachRow(const std::function<bool(const QStringList &, int, qint64)> &take, QString *error) const override
    {
        qint64 pos = m_bodyStart;
        int line = m_bodyLine;
        QStringList row;
        int rowLine = 0;
        qint64 released = 0;
        while (true) {
            const qint64 at = pos;
            if (!CsvTable::nextRecord(m_data, m_size, pos, line, row, rowLine, error))
                return error->isEmpty();
            // A blank line was skipped: the row starts after it (rowAt finds it either way).
            if (!take(row, rowLine, at))
                return true;
            if (pos - released > ReleaseEvery) {
                release(pos);
                released = pos;
            }
        }
    }

    QStringList rowAt(qint64 at) const override
    {
        QStringList row;
        int line = 1;
        int rowLine = 0;
        QString error;
        CsvTable::nextRecord(m_data, m_size, at, line, row, rowLine, &error);
        return row;
    }

private:
    void release(qint64 offset) const
    {
#ifdef Q_OS_LINUX
        constexpr quintptr Page = 4096;
        const quintptr base = reinterpret_cast<quintptr>(m_data);
        const quintptr alignedBase = (base + Page - 1) & ~(Page - 1);
        const quintptr end = (base + quintptr(offset)) & ~(Page - 1);
        if (end > alignedBase)
            madvise(reinterpret_cast<void *>(alignedBase), end - alignedBase, MADV_DONTNEED);
#else
        Q_UNUSED(offset);
#endif
    }

    static constexpr qint64 ReleaseEvery = 32LL * 1024 * 1024;
    QFile m_file;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_bodyStart = 0;
    int m_bodyLine = 1;
};
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
