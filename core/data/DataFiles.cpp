#include "DataFiles.h"

#include "CsvDataFolder.h"
#include "DataWorkbook.h"
#include "JsonDataReader.h"
#include "JsonDataWriter.h"
#include "OutputFile.h"
#include "store/OpenDatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataFiles)
};

bool isCsvName(const QString &path) { return QFileInfo(path).suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0; }
bool isJsonName(const QString &path) { return QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0; }
bool isXlsxName(const QString &path) { return QFileInfo(path).suffix().compare(QStringLiteral("xlsx"), Qt::CaseInsensitive) == 0; }
} // namespace

DataReadOutput readDataPath(const QString &path, const DataProgress &progress)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.isDir()) {
        CsvReadOutput csv = readCsvFolder(path, CsvStreamFromBytes, progress);
        return {csv.data, csv.problems};
    }
    if (!info.exists())
        return {{}, {{shown, Tr::tr("does not exist")}}};
    // Told by stat() alone: opening a pipe would wait for a writer forever.
    if (!info.isFile())
        return {{}, {{shown, Tr::tr("is not a regular file (a device, a pipe or a socket)")}}};
    // Reading it would open (and close) a descriptor of a live database,
    // dropping SQLite's locks on it (see OpenDatabaseFiles).
    if (OpenDatabaseFiles::contains(path))
        return {{}, {{shown, Tr::tr("is an open database, not a data file to import")}}};
    if (!isJsonName(path) && !isXlsxName(path))
        return {{}, {{shown, Tr::tr("is neither a .json file, an .xlsx workbook nor a folder of CSV files")}}};
    // A JSON file of any size is streamed; a workbook's large sheets are too,
    // but its parts are unpacked, and the package is limited as a part is.
    if (isXlsxName(path) && info.size() > MaxDataFileBytes)
        return {{}, {{shown, Tr::tr("is %1 MiB; files over %2 MiB are not read").arg(info.size() / (1024 * 1024)).arg(MaxDataFileBytes / (1024 * 1024))}}};
    if (isXlsxName(path))
        return readDataWorkbook(path, WorkbookStreamFromBytes, progress);
    if (QFile file(path); !file.open(QIODevice::ReadOnly))
        return {{}, {{shown, Tr::tr("cannot be read: %1").arg(file.errorString())}}};
    JsonDataReader::Output json = JsonDataReader::readFile(path, info.fileName(), JsonDataReader::StreamFromBytes, progress);
    return {json.data, json.problems};
}

QString dataOutputLocation(const QString &path)
{
    if (isCsvName(path))
        return QDir(QFileInfo(path).absolutePath()).filePath(QFileInfo(path).completeBaseName());
    return QFileInfo(path).absoluteFilePath();
}

QStringList dataOutputFiles(const QString &path)
{
    const QString target = dataOutputLocation(path);
    if (isCsvName(path) || QFileInfo(path).isDir())
        return QStringList{target} + csvFolderFiles(target);
    return {target};
}

QString writeDataPath(const DataSet &data, const QString &path, bool csvBom)
{
    const QString target = dataOutputLocation(path);
    if (isCsvName(path) || QFileInfo(path).isDir())
        return writeCsvFolder(data, target, csvBom);
    const QString shown = QDir::toNativeSeparators(target);
    if (isXlsxName(path))
        return writeDataWorkbook(data, target);
    if (!isJsonName(path))
        return Tr::tr("“%1”: the output must end in .json (one file), .xlsx (an Excel workbook) or .csv (a folder of CSV files).").arg(shown);
    // Written a record at a time; nothing replaces the target unless all of it was.
    return writeOutputFile(target, [&data](QIODevice &out) { return writeJsonData(data, out); },
                           Tr::tr("the database could not be read"));
}

} // namespace triangle
