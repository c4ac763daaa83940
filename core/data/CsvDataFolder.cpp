#include "CsvDataFolder.h"

#include "CsvTable.h"
#include "DataTables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CsvDataFolder)
};

QString fileNameOf(const DataTableSpec &table) { return QLatin1StringView(table.name) + QStringLiteral(".csv"); }
} // namespace

CsvReadOutput readCsvFolder(const QString &folder)
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
        if (!QFile::exists(path))
            continue;
        SourceTable table;
        table.table = QLatin1StringView(spec.name);
        table.shownName = file;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            table.error = Tr::tr("cannot be read: %1").arg(in.errorString());
        else
            table.cells = CsvTable::parse(in.readAll(), &table.error);
        tables << table;
    }
    if (tables.isEmpty())
        return {{}, {DataProblem{shownFolder, Tr::tr("holds none of %1").arg(files.join(QStringLiteral(", ")))}}};
    return readDataTables(tables);
}

QString writeCsvFolder(const DataSet &data, const QString &folder, bool withBom)
{
    const QString shown = QDir::toNativeSeparators(QDir(folder).absolutePath());
    if (!QDir().mkpath(folder))
        return Tr::tr("The folder “%1” cannot be created.").arg(shown);
    const QHash<QString, QList<QStringList>> rows = dataTableRows(data);
    for (const DataTableSpec &spec : dataTables()) {
        QStringList header;
        for (const DataColumn &c : spec.columns)
            header << QLatin1StringView(c.key);
        const QString path = QDir(folder).filePath(fileNameOf(spec));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(CsvTable::write(header, rows.value(QLatin1StringView(spec.name)), withBom)) < 0
            || !file.commit())
            return Tr::tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace triangle
