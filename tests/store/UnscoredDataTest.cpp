// An assessment's unscored dimensions in the data files: the JSON file, the
// workbook and the CSV folder carry the origin "unscored" and read it back;
// a file that gives an unscored dimension a score is refused at that place.

#include "support/TestData.h"

#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/JsonDataReader.h"

using namespace triangle;
using namespace triangle::test;

TEST_F(StoreTest, UnscoredDimensionsRoundTripThroughEveryFormat)
{
    addBasics();
    Assessment a = makeAssessment(zhejiang, advantage, 6.5, 0.0, 0.0);
    a.origin[Dimension::Political] = ScoreOrigin::Unscored;
    a.origin[Dimension::Operational] = ScoreOrigin::Unscored;
    ASSERT_OK(store->assessments().add(a));
    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);

    for (const QString &name : {QStringLiteral("data.json"), QStringLiteral("data.xlsx"), QStringLiteral("data.csv")}) {
        SCOPED_TRACE(qPrintable(name));
        const QString file = path(name);
        ASSERT_TRUE(writeDataPath(*exported, file, false).isEmpty());
        const QString readFrom = name.endsWith(QStringLiteral(".csv")) ? path(QStringLiteral("data")) : file;
        const DataReadOutput read = readDataPath(readFrom);
        ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
        auto target = Store::open(path(name + QStringLiteral(".tsdb")), OpenOptions{false, true});
        ASSERT_OK(target);
        const auto imported = DataImporter::import(**target, read.data, ConflictPolicy::Fail);
        ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
        auto assessments = (*target)->assessments().all();
        ASSERT_OK(assessments);
        ASSERT_EQ(assessments->size(), 1);
        const Assessment &back = assessments->first();
        EXPECT_EQ(back.origin[Dimension::Mission], ScoreOrigin::Hand);
        EXPECT_DOUBLE_EQ(back.scores[Dimension::Mission], 6.5);
        EXPECT_EQ(back.origin[Dimension::Political], ScoreOrigin::Unscored);
        EXPECT_EQ(back.origin[Dimension::Operational], ScoreOrigin::Unscored);
        EXPECT_FALSE(back.isScored());
    }
}

TEST(UnscoredJsonTest, AScoreOnAnUnscoredDimensionIsRefusedAtItsPlace)
{
    const QByteArray bad = R"json({"format": "triangle-studio", "version": 5,
        "assessments": [{"region": "330000", "stage": "initial",
                         "scores": {"mission": 4, "political": 0, "operational": 0},
                         "origin": {"mission": "unscored", "political": "nobody"}}]})json";
    const JsonDataReader::Output read = JsonDataReader::read(bad, QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(read.problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("bad.json: $.assessments[0].scores.mission"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("unscored"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("$.assessments[0].origin.political"))) << qPrintable(problems);
}
