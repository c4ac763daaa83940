// The CSV folder format: a round trip that keeps everything, and each kind of
// malformed input with its own message naming file, line and column — and a
// database left exactly as it was.

#include "support/TestData.h"

#include "data/CsvDataFolder.h"
#include "data/CsvTable.h"
#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataWriter.h"

#include <QDir>
#include <QFile>

using namespace triangle;
using namespace triangle::test;

namespace {
struct MalformedCase
{
    const char *name;
    QList<std::pair<const char *, QByteArray>> files; // file name → content
    const char *location;                              // expected problem location
    const char *fragment;                              // expected in its message
};

const QByteArray Regions = "code,name_zh,name_en,level,parent\n100000,全国,China,national,\n330000,浙江省,Zhejiang,province,100000\n";
const QByteArray Stages = "key,name_zh,start_year,end_year,order\ninitial,初始三角,2011,2011,1\n";
const QByteArray Raters = "key,name\nanalyst,分析者\n";
const QByteArray Indicators = "key,dimension,name_zh,weight,order\nmission-vision,mission,使命定位,1,1\n";
const QByteArray Values = "region,stage,indicator,rater,score\n330000,initial,mission-vision,analyst,3\n";

// A folder with one indicator value, plus `files`.
QList<std::pair<const char *, QByteArray>> withScorecard(QList<std::pair<const char *, QByteArray>> files)
{
    files.prepend({"raters.csv", Raters});
    files.prepend({"indicators.csv", Indicators});
    files.prepend({"stages.csv", Stages});
    files.prepend({"regions.csv", Regions});
    return files;
}

QList<MalformedCase> malformedCases()
{
    return {
        {"WrongEncoding", {{"regions.csv", QByteArray("code,name_zh,level,parent\n330000,\xd5\xe3\xbd\xad,province,100000\n")}},
         "regions.csv", "UTF-8"},
        {"MissingColumn", {{"regions.csv", QByteArray("code,name_en,level,parent\n330000,Zhejiang,province,100000\n")}},
         "regions.csv: line 1", "name_zh"},
        {"UnknownColumn", {{"regions.csv", QByteArray("code,name_zh,level,parent,colour\n330000,浙江省,province,100000,red\n")}},
         "regions.csv: line 1", "colour"},
        {"UnknownDimension",
         {{"regions.csv", Regions},
          {"policies.csv", QByteArray("uid,region,date,title_zh,level,kind,dimensions\np1,330000,2018,试点方案,province,pilot,mission;finance\n")}},
         "policies.csv: line 2, column dimensions", "finance"},
        {"ScoreOfEleven",
         {{"regions.csv", Regions}, {"stages.csv", Stages},
          {"assessments.csv", QByteArray("region,stage,mission,political,operational\n330000,initial,11,3,3\n")}},
         "assessments.csv: line 2, column mission", "11"},
        {"ImpossibleDate",
         {{"regions.csv", Regions},
          {"milestones.csv", QByteArray("uid,region,date,title_zh,dimensions\nm1,330000,2023-13-40,一张网,operational\n")}},
         "milestones.csv: line 2, column date", "2023-13-40"},
        {"DuplicateCode", {{"regions.csv", Regions + "330000,又一个,Again,province,100000\n"}}, "regions.csv: line 4, column code",
         "330000"},
        {"DanglingReference", {{"regions.csv", Regions + "440100,广州市,Guangzhou,city,440000\n"}}, "regions.csv: line 4", "440000"},
        {"DanglingEvidence",
         {{"regions.csv", Regions}, {"stages.csv", Stages},
          {"assessments.csv", QByteArray("region,stage,mission,political,operational\n330000,initial,3,3,3\n")},
          {"evidence.csv", QByteArray("region,stage,dimension,kind,uid\n330000,initial,mission,policy,nowhere\n")}},
         "evidence.csv: line 2, column uid", "nowhere"},
        {"EmptyFile", {{"regions.csv", QByteArray()}}, "regions.csv", "empty"},
        {"HugeLine", {{"regions.csv", QByteArray("code,name_zh,level,parent\n330000,") + QByteArray(2 * 1024 * 1024, 'x') + "\n"}},
         "regions.csv", "line 2 is longer"},
        {"UnclosedQuote", {{"regions.csv", QByteArray("code,name_zh,level,parent\n330000,\"浙江,province,100000\n")}}, "regions.csv",
         "line 2"},
        {"WrongFieldCount", {{"regions.csv", Regions + "510000,四川省,Sichuan\n"}}, "regions.csv: line 4", "3 fields"},
        {"NotAScore",
         {{"regions.csv", Regions}, {"stages.csv", Stages},
          {"assessments.csv", QByteArray("region,stage,mission,political,operational\n330000,initial,high,3,3\n")}},
         "assessments.csv: line 2, column mission", "number"},
        {"RubricOfUnknownIndicator",
         withScorecard({{"rubric_levels.csv", QByteArray("indicator,score,label_zh\nmission-visoin,0,无\n")}}),
         "rubric_levels.csv: line 2, column indicator", "mission-visoin"},
        // The reader sorts a rubric by score; the problem still names the row it came from.
        {"DuplicateRubricAnchor",
         withScorecard({{"rubric_levels.csv",
                         QByteArray("indicator,score,label_zh\nmission-vision,5,中\nmission-vision,0,无\nmission-vision,5,又\n")}}),
         "rubric_levels.csv: line 4, column score", "already stands at 5"},
        {"IndicatorScoreOfEleven",
         withScorecard({{"indicator_values.csv",
                         QByteArray("region,stage,indicator,rater,score\n330000,initial,mission-vision,analyst,11\n")}}),
         "indicator_values.csv: line 2, column score", "11"},
        {"UnknownRater",
         withScorecard({{"indicator_values.csv",
                         QByteArray("region,stage,indicator,rater,score\n330000,initial,mission-vision,nobody,3\n")}}),
         "indicator_values.csv: line 2", "nobody"},
        {"DuplicateRater", withScorecard({{"raters.csv", Raters + "analyst,又一位\n"}}), "raters.csv: line 3, column key",
         "first used at raters.csv: line 2, column key"},
        {"EvidenceOfNoValue",
         withScorecard({{"indicator_values.csv", Values},
                        {"indicator_evidence.csv",
                         QByteArray("region,stage,indicator,rater,kind,uid\n330000,advantage,mission-vision,analyst,policy,p1\n")}}),
         "indicator_evidence.csv: line 2", "indicator_values.csv"},
        {"IndicatorEvidenceOfNoPolicy",
         withScorecard({{"indicator_values.csv", Values},
                        {"indicator_evidence.csv",
                         QByteArray("region,stage,indicator,rater,kind,uid\n330000,initial,mission-vision,analyst,policy,nowhere\n")}}),
         "indicator_evidence.csv: line 2, column uid", "nowhere"},
        {"IndicatorEvidenceOfUnknownKind",
         withScorecard({{"indicator_values.csv", Values},
                        {"indicator_evidence.csv",
                         QByteArray("region,stage,indicator,rater,kind,uid\n330000,initial,mission-vision,analyst,law,p1\n")}}),
         "indicator_evidence.csv: line 2, column kind", "law"},
        {"TypedOrigin",
         {{"regions.csv", Regions}, {"stages.csv", Stages},
          {"assessments.csv", QByteArray("region,stage,mission,political,operational,mission_origin\n330000,initial,3,3,3,typed\n")}},
         "assessments.csv: line 2, column mission_origin", "typed"},
        {"UnknownAggregate", {{"settings.csv", QByteArray("key,value\nrater_aggregate,average\n")}}, "settings.csv: line 2, column value",
         "average"},
        {"UnknownSetting", {{"settings.csv", QByteArray("key,value\ncolour,red\n")}}, "settings.csv: line 2, column key", "colour"},
    };
}

class CsvMalformedTest : public StoreTest, public ::testing::WithParamInterface<MalformedCase>
{
};
} // namespace

TEST_P(CsvMalformedTest, IsRefusedWithItsMessageAndNothingWritten)
{
    addBasics();
    const EntityCounts before = *store->counts();
    const QString folder = path(QStringLiteral("in"));
    QDir().mkpath(folder);
    for (const auto &[name, content] : GetParam().files) {
        QFile f(QDir(folder).filePath(QLatin1StringView(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    DataReadOutput read = readDataPath(folder);
    DataProblems problems = read.problems;
    if (problems.isEmpty()) {
        const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Skip);
        EXPECT_FALSE(imported.ok());
        problems = imported.problems;
    }
    bool found = false;
    for (const DataProblem &p : problems)
        found = found || (p.location.startsWith(QLatin1StringView(GetParam().location)) && p.message.contains(QString::fromUtf8(GetParam().fragment)));
    EXPECT_TRUE(found) << "expected at " << GetParam().location << ": " << GetParam().fragment << "\ngot:\n"
                       << qPrintable(describeDataProblems(problems));
    EXPECT_EQ(*store->counts(), before);
}

INSTANTIATE_TEST_SUITE_P(Inputs, CsvMalformedTest, ::testing::ValuesIn(malformedCases()),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(CsvTableTest, QuotesCommasNewlinesAndTheBom)
{
    const QByteArray written = CsvTable::write({QStringLiteral("a"), QStringLiteral("b")},
                                               {{QStringLiteral("x, y"), QStringLiteral("say \"hi\"\nthere")}}, true);
    EXPECT_TRUE(written.startsWith("\xEF\xBB\xBF"));
    QString error;
    const CsvTable table = CsvTable::parse(written, &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    ASSERT_EQ(table.rows.size(), 1);
    EXPECT_EQ(table.rows[0][0], QStringLiteral("x, y"));
    EXPECT_EQ(table.rows[0][1], QStringLiteral("say \"hi\"\nthere"));
    EXPECT_EQ(table.rowLines[0], 2);
}

TEST_F(StoreTest, CsvRoundTripOfTheDefaultDataKeepsEverything)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    auto exported = exportDataSet(**source);
    ASSERT_OK(exported);
    const QString out = path(QStringLiteral("data.csv"));
    ASSERT_TRUE(writeDataPath(*exported, out, true).isEmpty());
    EXPECT_TRUE(QFile::exists(path(QStringLiteral("data/evidence.csv"))));

    const DataReadOutput read = readDataPath(path(QStringLiteral("data")));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(*store->counts(), *(*source)->counts());
    EXPECT_EQ(writeJsonData(*exportDataSet(*store)), writeJsonData(*exported));
}

// A folder written before the scorecard (no settings, raters, indicators or
// origin columns) still imports, its scores by hand.
TEST_F(StoreTest, CsvFolderWithoutTheScorecardStillImports)
{
    const QString folder = path(QStringLiteral("old"));
    QDir().mkpath(folder);
    const QList<std::pair<const char *, QByteArray>> files = {
        {"regions.csv", Regions},
        {"stages.csv", Stages},
        {"policies.csv", QByteArray("uid,region,date,title_zh,level,kind,dimensions\np1,330000,2018,试点方案,province,pilot,mission\n")},
        {"assessments.csv", QByteArray("region,stage,mission,political,operational,mission_rationale,political_rationale,"
                                       "operational_rationale,source\n330000,initial,3,4,5,,,,\n")},
        {"evidence.csv", QByteArray("region,stage,dimension,kind,uid\n330000,initial,mission,policy,p1\n")},
    };
    for (const auto &[name, content] : files) {
        QFile f(QDir(folder).filePath(QLatin1StringView(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const DataReadOutput read = readDataPath(folder);
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    EXPECT_FALSE(read.data.raterAggregate.has_value());
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(store->counts()->assessments, 1);
    EXPECT_EQ(store->counts()->evidence, 1);
    const auto assessment =
        store->assessments().at(store->regions().byCode(QStringLiteral("330000"))->id, store->stages().byKey(QStringLiteral("initial"))->id);
    ASSERT_OK(assessment);
    ASSERT_TRUE(assessment->has_value());
    EXPECT_EQ((*assessment)->origin[Dimension::Mission], ScoreOrigin::Hand);
    EXPECT_EQ((*assessment)->scores[Dimension::Operational], 5.0);
}

// A derived score read from CSV is recomputed from the indicator values,
// whatever the score column says; each value's rubric and evidence come along.
TEST_F(StoreTest, CsvDerivedScoreIsRecomputedFromTheIndicatorValues)
{
    const QString folder = path(QStringLiteral("derived"));
    QDir().mkpath(folder);
    const QList<std::pair<const char *, QByteArray>> files = {
        {"settings.csv", QByteArray("key,value\nrater_aggregate,median\n")},
        {"regions.csv", Regions},
        {"stages.csv", Stages},
        {"policies.csv", QByteArray("uid,region,date,title_zh,level,kind,dimensions\np1,330000,2018,试点方案,province,pilot,mission\n")},
        {"raters.csv", Raters},
        {"indicators.csv", Indicators + "mission-strategy,mission,战略规划,3,2\n"},
        {"rubric_levels.csv", QByteArray("indicator,score,label_zh\nmission-vision,10,完全\nmission-vision,0,无\n")},
        {"indicator_values.csv", Values + "330000,initial,mission-strategy,analyst,7\n"},
        {"indicator_evidence.csv", QByteArray("region,stage,indicator,rater,kind,uid\n330000,initial,mission-vision,analyst,policy,p1\n")},
        {"assessments.csv", QByteArray("region,stage,mission,political,operational,mission_origin\n330000,initial,1,4,5,derived\n")},
    };
    for (const auto &[name, content] : files) {
        QFile f(QDir(folder).filePath(QLatin1StringView(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const DataReadOutput read = readDataPath(folder);
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    ASSERT_EQ(read.data.indicators.size(), 2);
    ASSERT_EQ(read.data.indicators[0].indicator.rubric.size(), 2);
    EXPECT_EQ(read.data.indicators[0].indicator.rubric[0].labelZh, QStringLiteral("无"));
    ASSERT_EQ(read.data.indicatorValues.size(), 2);
    EXPECT_EQ(read.data.indicatorValues[0].evidence.size(), 1);
    EXPECT_EQ(read.data.raterAggregate, RaterAggregate::Median);
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(store->counts()->indicatorEvidence, 1);
    const auto assessment =
        store->assessments().at(store->regions().byCode(QStringLiteral("330000"))->id, store->stages().byKey(QStringLiteral("initial"))->id);
    ASSERT_OK(assessment);
    ASSERT_TRUE(assessment->has_value());
    EXPECT_EQ((*assessment)->origin[Dimension::Mission], ScoreOrigin::Derived);
    // (1·3 + 3·7) / 4 = 6.0
    EXPECT_DOUBLE_EQ((*assessment)->scores[Dimension::Mission], 6.0);
    EXPECT_EQ((*assessment)->origin[Dimension::Political], ScoreOrigin::Hand);
}

// groups.csv: members in one cell, separated as dimensions are; a code that
// names no region is reported at the file's line and column.
TEST_F(StoreTest, CsvGroupsListTheirMembersInOneCell)
{
    addBasics();
    QTemporaryDir folder;
    auto write = [&](const char *name, const QByteArray &text) {
        QFile f(QDir(folder.path()).filePath(QLatin1StringView(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("groups.csv", "key,name_zh,name_en,members\n"
                        "pair,两省,Two provinces,330000; 140000\n");
    write("settings.csv", "key,value\ngroup_aggregate,median\n");
    const DataReadOutput read = readDataPath(folder.path());
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    ASSERT_TRUE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    EXPECT_EQ(store->groups().byKey(QStringLiteral("pair"))->memberIds.size(), 2);
    EXPECT_EQ(*store->groups().aggregate(), GroupAggregate::Median);

    write("groups.csv", "key,name_zh,members\nbad,坏,330000 999999\n");
    QFile::remove(QDir(folder.path()).filePath(QStringLiteral("settings.csv")));
    const DataReadOutput again = readDataPath(folder.path());
    ASSERT_TRUE(again.problems.isEmpty());
    const auto imported = DataImporter::import(*store, again.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 1);
    EXPECT_TRUE(imported.problems[0].location.contains(QStringLiteral("groups.csv: line 2, column members")))
        << qPrintable(imported.problems[0].location);
    EXPECT_TRUE(imported.problems[0].message.contains(QStringLiteral("999999")));
    EXPECT_FALSE(store->groups().byKey(QStringLiteral("bad")).ok());
}

// An export into a folder that fails leaves the folder's earlier files as they
// were and nothing new beside it; one that succeeds replaces every file.
TEST_F(StoreTest, CsvExportThatFailsLeavesTheFolderAsItWas)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    auto exported = exportDataSet(**source);
    ASSERT_OK(exported);
    ASSERT_FALSE(exported->regions.isEmpty());
    const QString folder = path(QStringLiteral("out"));
    ASSERT_TRUE(writeCsvFolder(*exported, folder, false).isEmpty());
    QFile regions(QDir(folder).filePath(QStringLiteral("regions.csv")));
    ASSERT_TRUE(regions.open(QIODevice::ReadOnly));
    const QByteArray before = regions.readAll();
    regions.close();

    // A folder where milestones.csv would go cannot be replaced by a file.
    ASSERT_TRUE(QFile::remove(QDir(folder).filePath(QStringLiteral("milestones.csv"))));
    ASSERT_TRUE(QDir(folder).mkdir(QStringLiteral("milestones.csv")));
    DataSet changed = *exported;
    changed.regions.first().region.notes = QStringLiteral("changed");
    const QString error = writeCsvFolder(changed, folder, false);
    EXPECT_TRUE(error.contains(QStringLiteral("milestones.csv"))) << qPrintable(error);
    ASSERT_TRUE(regions.open(QIODevice::ReadOnly));
    EXPECT_EQ(regions.readAll(), before) << "no file of the folder was replaced";
    regions.close();
    const QStringList beside = QDir(path(QStringLiteral("."))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    EXPECT_EQ(beside, QStringList{QStringLiteral("out")}) << qPrintable(beside.join(QLatin1Char(' ')));

    ASSERT_TRUE(QDir(QDir(folder).filePath(QStringLiteral("milestones.csv"))).removeRecursively());
    ASSERT_TRUE(writeCsvFolder(changed, folder, false).isEmpty());
    ASSERT_TRUE(regions.open(QIODevice::ReadOnly));
    EXPECT_TRUE(regions.readAll().contains("changed"));
}

TEST_F(StoreTest, CsvExportThatCannotStartCreatesNoFolders)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    auto exported = exportDataSet(**source);
    ASSERT_OK(exported);
    ASSERT_FALSE(exported->regions.isEmpty());
    QFile blocker(path(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A folder under a plain file cannot be made.
    const QString error = writeCsvFolder(*exported, path(QStringLiteral("file/a/b")), false);
    EXPECT_FALSE(error.isEmpty());
    const QString error2 = writeCsvFolder(*exported, path(QStringLiteral("file")), false);
    EXPECT_TRUE(error2.contains(QStringLiteral("not a folder"))) << qPrintable(error2);
    EXPECT_EQ(QDir(path(QStringLiteral("."))).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{});
}
