// Files of many milestones (issue #11): streamed in and out, with the same
// problems found at the same places as for a small file, and nothing written
// unless all of it is valid. Moderate sizes only; the timings are in
// tests/benchmarks/import-benchmark.sh.

#include "support/TestData.h"

#include "data/CsvDataFolder.h"
#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"

#include <QDir>
#include <QFile>

using namespace triangle;
using namespace triangle::test;

namespace {
constexpr int Many = 20000;

// The JSON of `count` milestones of Zhejiang; `change` may alter each one's text.
QByteArray manyMilestones(int count, const std::function<QByteArray(int, QByteArray)> &change = {})
{
    QByteArray json = R"({"format": "triangle-studio", "version": 2,
  "regions": [{"code": "100000", "name_zh": "全国", "level": "national", "parent": null},
              {"code": "330000", "name_zh": "浙江省", "level": "province", "parent": "100000"}],
  "milestones": [
)";
    for (int i = 0; i < count; ++i) {
        QByteArray one = QStringLiteral(R"(    {"uid": "m%1", "region": "330000", "title_zh": "里程碑 %1", "date": "%2-%3", )"
                                        R"("dimensions": ["operational"], "quantity": %1, "unit": "项"})")
                             .arg(i)
                             .arg(1990 + i % 35)
                             .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                             .toUtf8();
        if (change)
            one = change(i, one);
        json += one + (i + 1 < count ? ",\n" : "\n");
    }
    json += "  ]\n}\n";
    return json;
}

bool mentions(const DataProblems &problems, const QString &location, const QString &fragment)
{
    for (const DataProblem &p : problems) {
        if (p.location == location && p.message.contains(fragment))
            return true;
    }
    return false;
}

class LargeDataTest : public StoreTest
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
    // Read as a large file is, streamed whatever its size.
    JsonDataReader::Output streamed(const QString &file) { return JsonDataReader::readFile(file, QFileInfo(file).fileName(), 0); }
};
} // namespace

TEST_F(LargeDataTest, ManyMilestonesRoundTripThroughStreamedFiles)
{
    const auto read = streamed(write(QStringLiteral("in.json"), manyMilestones(Many)));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    ASSERT_TRUE(read.data.streamed);
    EXPECT_TRUE(read.data.milestones.isEmpty()); // not held in memory
    EXPECT_EQ(read.data.streamed->milestoneCount(), Many);
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.summary.added.milestones, Many);
    EXPECT_EQ(store->counts()->milestones, Many);
    const auto m = store->milestones().byUid(QStringLiteral("m19999"));
    ASSERT_OK(m);
    EXPECT_EQ(m->titleZh, QStringLiteral("里程碑 19999"));
    ASSERT_TRUE(m->quantity);
    EXPECT_EQ(m->quantity->value, 19999);

    // The streamed export writes the very bytes of the in-memory writer.
    auto whole = exportDataSet(*store);
    ASSERT_OK(whole);
    auto walked = exportDataSet(*store, true);
    ASSERT_OK(walked);
    EXPECT_TRUE(walked->milestones.isEmpty());
    const QString out = path(QStringLiteral("out.json"));
    ASSERT_EQ(writeDataPath(*walked, out, false), QString());
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_EQ(bytes, writeJsonData(*whole));

    // And that file, streamed back into another database, gives the same file again.
    auto other = Store::open(path(QStringLiteral("other.tsdb")), OpenOptions{false, true});
    ASSERT_OK(other);
    const auto again = streamed(out);
    ASSERT_TRUE(again.problems.isEmpty()) << qPrintable(describeDataProblems(again.problems));
    ASSERT_TRUE(DataImporter::import(**other, again.data, ConflictPolicy::Fail).ok());
    EXPECT_EQ(writeJsonData(*exportDataSet(**other)), bytes);
}

TEST_F(LargeDataTest, ManyMilestonesRoundTripThroughCsvFiles)
{
    ASSERT_TRUE(DataImporter::import(*store, streamed(write(QStringLiteral("in.json"), manyMilestones(Many))).data, ConflictPolicy::Fail).ok());
    auto walked = exportDataSet(*store, true);
    ASSERT_OK(walked);
    ASSERT_EQ(writeDataPath(*walked, path(QStringLiteral("out.csv")), true), QString());
    const auto read = readCsvFolder(path(QStringLiteral("out")), 0);
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    ASSERT_TRUE(read.data.streamed);
    EXPECT_EQ(read.data.streamed->milestoneCount(), Many);
    auto other = Store::open(path(QStringLiteral("other.tsdb")), OpenOptions{false, true});
    ASSERT_OK(other);
    ASSERT_TRUE(DataImporter::import(**other, read.data, ConflictPolicy::Fail).ok());
    EXPECT_EQ(writeJsonData(*exportDataSet(**other)), writeJsonData(*exportDataSet(*store)));
}

TEST_F(LargeDataTest, ABadMilestoneNearTheEndIsReportedAtItsPlace)
{
    const auto read = streamed(write(QStringLiteral("in.json"), manyMilestones(Many, [](int i, QByteArray one) {
        if (i == Many - 3)
            one.replace("\"date\": \"", "\"date\": \"19");
        if (i == Many - 2)
            one.replace("\"uid\": \"m19998\"", "\"uid\": \"m7\"");
        return one;
    })));
    EXPECT_FALSE(read.data.streamed);
    EXPECT_TRUE(mentions(read.problems, QStringLiteral("in.json: $.milestones[19997].date"), QStringLiteral("not a valid date")))
        << qPrintable(describeDataProblems(read.problems));
    EXPECT_TRUE(mentions(read.problems, QStringLiteral("in.json: $.milestones[19998].uid"),
                         QStringLiteral("duplicate milestone uid “m7” (first used at $.milestones[7].uid)")))
        << qPrintable(describeDataProblems(read.problems));
    EXPECT_EQ(read.problems.size(), 2);
}

TEST_F(LargeDataTest, BrokenJsonNearTheEndIsReportedWithItsLine)
{
    const QByteArray json = manyMilestones(Many, [](int i, QByteArray one) { return i == Many - 1 ? one.replace(": \"项\"", ": 项") : one; });
    const auto read = streamed(write(QStringLiteral("in.json"), json));
    ASSERT_EQ(read.problems.size(), 1);
    // Five lines before the first milestone, one line each.
    EXPECT_EQ(read.problems.first().location, QStringLiteral("in.json: line %1").arg(4 + Many)) << qPrintable(read.problems.first().message);
    EXPECT_TRUE(read.problems.first().message.startsWith(QStringLiteral("not valid JSON")));
    // The same place as when the file is read whole.
    const auto whole = JsonDataReader::read(json, QStringLiteral("in.json"));
    EXPECT_EQ(whole.problems, read.problems);
}

TEST_F(LargeDataTest, AProblemFoundWhileWritingLeavesTheDatabaseUnchanged)
{
    addBasics();
    const EntityCounts before = *store->counts();
    // The file is well formed, but its last milestone names a region that is nowhere.
    const auto read = streamed(write(QStringLiteral("in.json"), manyMilestones(Many, [](int i, QByteArray one) {
        return i == Many - 1 ? one.replace("\"region\": \"330000\"", "\"region\": \"520000\"") : one;
    })));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Skip);
    ASSERT_FALSE(imported.ok());
    EXPECT_TRUE(mentions(imported.problems, QStringLiteral("in.json: $.milestones[19999].region"), QStringLiteral("520000")))
        << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(*store->counts(), before);
}

TEST_F(LargeDataTest, ABadCsvRowNearTheEndIsReportedAtItsLineAndColumn)
{
    ASSERT_TRUE(DataImporter::import(*store, streamed(write(QStringLiteral("in.json"), manyMilestones(Many))).data, ConflictPolicy::Fail).ok());
    ASSERT_EQ(writeDataPath(*exportDataSet(*store, true), path(QStringLiteral("out.csv")), false), QString());
    const QString file = path(QStringLiteral("out/milestones.csv"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    f.close();
    // Lines count from 1 and the header is line 1: row i of the table is line i + 2.
    QList<QByteArray> cells = lines[Many - 3 + 1].split(',');
    cells[2] = "2019-13";
    lines[Many - 3 + 1] = cells.join(',');
    cells = lines[Many - 2 + 1].split(',');
    const QByteArray firstUid = lines[1].split(',').first();
    cells[0] = firstUid;
    lines[Many - 2 + 1] = cells.join(',');
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lines.join('\n'));
    f.close();

    const auto read = readCsvFolder(path(QStringLiteral("out")), 0);
    EXPECT_FALSE(read.data.streamed);
    EXPECT_TRUE(mentions(read.problems, QStringLiteral("milestones.csv: line %1, column date").arg(Many - 3 + 2), QStringLiteral("2019-13")))
        << qPrintable(describeDataProblems(read.problems));
    EXPECT_TRUE(mentions(read.problems, QStringLiteral("milestones.csv: line %1, column uid").arg(Many - 2 + 2),
                         QStringLiteral("(first used at milestones.csv: line 2, column uid)")))
        << qPrintable(describeDataProblems(read.problems));
    EXPECT_EQ(read.problems.size(), 2);
    // The same places as when the file is read whole.
    const auto whole = readCsvFolder(path(QStringLiteral("out")));
    EXPECT_EQ(whole.problems, read.problems);
}

TEST_F(LargeDataTest, ManyProblemsAreCountedPastTheFirstThousand)
{
    const auto read = streamed(write(QStringLiteral("in.json"), manyMilestones(3000, [](int, QByteArray one) {
        return one.replace("\"date\": \"", "\"date\": \"x");
    })));
    ASSERT_EQ(read.problems.size(), JsonDataReader::MaxListedProblems + 1);
    EXPECT_TRUE(read.problems.last().message.contains(QStringLiteral("2000"))) << qPrintable(read.problems.last().message);
}

TEST_F(LargeDataTest, AFileOverTheOldLimitIsNotRefusedForItsSize)
{
    // Sparse: the size of a large file without writing one.
    const QString file = write(QStringLiteral("big.json"), manyMilestones(10));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_TRUE(f.resize(300LL * 1024 * 1024));
    f.close();
    const DataReadOutput read = readDataPath(file);
    ASSERT_FALSE(read.problems.isEmpty());
    for (const DataProblem &p : read.problems)
        EXPECT_FALSE(p.message.contains(QStringLiteral("MiB"))) << qPrintable(p.message);
}

TEST_F(LargeDataTest, ACancelledImportWritesNothing)
{
    addBasics();
    const EntityCounts before = *store->counts();
    const auto read = streamed(write(QStringLiteral("in.json"), manyMilestones(Many)));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    qint64 told = 0;
    // Cancelled halfway, as the progress dialog's button does.
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Skip, [&](qint64 done, qint64 total) {
        told = done;
        return done < total / 2;
    });
    EXPECT_FALSE(imported.ok());
    EXPECT_TRUE(imported.cancelled);
    EXPECT_GT(told, Many / 2 - 1024);
    EXPECT_EQ(*store->counts(), before);
}

TEST_F(LargeDataTest, ACancelledCheckSaysSo)
{
    int calls = 0;
    const auto read = JsonDataReader::readFile(write(QStringLiteral("in.json"), manyMilestones(Many)), QStringLiteral("in.json"), 0,
                                               [&](qint64, qint64) { return ++calls < 2; });
    ASSERT_EQ(read.problems.size(), 1);
    EXPECT_TRUE(read.problems.first().message.contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(read.data.streamed);
}
