// triangle-fuzz-seeds OUT FILE…: the fuzzers' seed corpus from the project's
// own data. Each FILE is a data file (.json), a database (.tsdb, opened on a
// copy, upgraded if old) or a workbook another program saved (.xlsx: its parts
// into OUT/workbook/ only); from each of the others it writes OUT/json/ (the
// data as JSON), OUT/csv-folder/ (its CSV files joined by NUL bytes, as
// CsvFolderFuzzer cuts them), OUT/csv-table/ (each CSV file), OUT/workbook/
// (its workbook's parts joined by NUL bytes, as WorkbookFuzzer cuts them) and
// OUT/date/ (every date in it).

#include "WorkbookParts.h"
#include "support/ZipPart.h"

#include "data/CsvDataFolder.h"
#include "data/DataExporter.h"
#include "data/DataWorkbook.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace triangle;

namespace {
const char *const Files[] = {"settings.csv", "stages.csv", "regions.csv", "policies.csv", "milestones.csv",
                             "raters.csv", "indicators.csv", "rubric_levels.csv", "indicator_values.csv",
                             "indicator_evidence.csv", "assessments.csv", "evidence.csv"};

bool writeSeed(const QString &folder, const QByteArray &bytes)
{
    QDir().mkpath(folder);
    const QString name = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QFile f(QDir(folder).filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The workbook's parts in the fuzzer's order, joined by NUL bytes.
QByteArray workbookParts(const QString &path)
{
    QByteArray joined;
    for (const char *name : fuzz::WorkbookParts)
        joined += test::zipPart(path, name) + '\0';
    return joined;
}

std::optional<DataSet> load(const QString &path, const QTemporaryDir &scratch)
{
    if (path.endsWith(QStringLiteral(".tsdb"))) {
        const QString copy = scratch.filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return std::nullopt;
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        auto store = Store::open(copy);
        if (!store)
            return std::nullopt;
        auto data = exportDataSet(**store);
        return data ? std::optional<DataSet>(*data) : std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    JsonDataReader::Output read = JsonDataReader::read(f.readAll(), path);
    if (!read.problems.isEmpty())
        return std::nullopt;
    return read.data;
}
// The whole data set, and small ones that mutate faster: every list cut to
// its first `keep` records.
QList<DataSet> samples(const DataSet &full)
{
    QList<DataSet> out{full};
    for (int keep : {1, 3}) {
        DataSet small = full;
        small.raters = small.raters.mid(0, keep);
        small.indicators = small.indicators.mid(0, keep);
        small.indicatorValues = small.indicatorValues.mid(0, keep);
        small.stages = small.stages.mid(0, keep);
        small.regions = small.regions.mid(0, keep);
        small.policies = small.policies.mid(0, keep);
        small.milestones = small.milestones.mid(0, keep);
        small.assessments = small.assessments.mid(0, keep);
        out << small;
    }
    return out;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: triangle-fuzz-seeds OUT FILE…\n");
        return 2;
    }
    const QDir out(args[1]);
    QTemporaryDir scratch;
    QSet<QString> dates{QStringLiteral("2018"), QStringLiteral("2018-10"), QStringLiteral("2020-09-15"),
                        QStringLiteral("2024-02-29"), QStringLiteral(" 1900-01-01 "), QStringLiteral("2100-12")};
    int seeds = 0;
    for (const QString &path : args.mid(2)) {
        if (path.endsWith(QStringLiteral(".xlsx"))) { // a workbook another program saved
            seeds += writeSeed(out.filePath(QStringLiteral("workbook")), workbookParts(path));
            continue;
        }
        if (!path.endsWith(QStringLiteral(".json")) && !path.endsWith(QStringLiteral(".tsdb"))) {
            std::printf("triangle-fuzz-seeds: %s skipped (neither .json, .tsdb nor .xlsx)\n", qPrintable(path));
            continue;
        }
        const auto data = load(path, scratch);
        if (!data) {
            std::fprintf(stderr, "triangle-fuzz-seeds: %s cannot be read\n", qPrintable(path));
            return 1;
        }
        int sample = 0;
        for (const DataSet &each : samples(*data)) {
            seeds += writeSeed(out.filePath(QStringLiteral("json")), writeJsonData(each));
            const QString folder = scratch.filePath(QStringLiteral("csv-%1-%2").arg(QFileInfo(path).completeBaseName()).arg(sample++));
            if (const QString error = writeCsvFolder(each, folder, false); !error.isEmpty()) {
                std::fprintf(stderr, "triangle-fuzz-seeds: %s\n", qPrintable(error));
                return 1;
            }
            QByteArray joined;
            for (const char *file : Files) {
                QFile f(QDir(folder).filePath(QLatin1StringView(file)));
                const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
                if (!bytes.isEmpty())
                    seeds += writeSeed(out.filePath(QStringLiteral("csv-table")), bytes);
                joined += bytes + '\0';
            }
            seeds += writeSeed(out.filePath(QStringLiteral("csv-folder")), joined);
            const QString workbook = folder + QStringLiteral(".xlsx");
            if (const QString error = writeDataWorkbook(each, workbook); !error.isEmpty()) {
                std::fprintf(stderr, "triangle-fuzz-seeds: %s\n", qPrintable(error));
                return 1;
            }
            seeds += writeSeed(out.filePath(QStringLiteral("workbook")), workbookParts(workbook));
        }
        for (const PolicyRecord &p : data->policies)
            dates << p.policy.date.toString();
        for (const MilestoneRecord &m : data->milestones)
            dates << m.milestone.date.toString();
    }
    for (const QString &date : dates)
        seeds += writeSeed(out.filePath(QStringLiteral("date")), date.toUtf8());
    std::printf("%d seeds in %s\n", seeds, qPrintable(out.absolutePath()));
    return 0;
}
