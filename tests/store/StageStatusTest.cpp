// A stage's status (the target triangle's scores are planned values) and a
// region's data basis (the article's cases are illustrative). The shipped
// data marks both, and the data files carry them and refuse values they do
// not know.

#include "support/TestData.h"

#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataReader.h"

using namespace triangle;
using namespace triangle::test;

TEST_F(StoreTest, TheStageStatusAndTheDataBasisRoundTripThroughEveryFormat)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    EXPECT_TRUE((*source)->stages().byKey(QStringLiteral("target"))->planned);
    EXPECT_FALSE((*source)->stages().byKey(QStringLiteral("advantage"))->planned);
    auto exported = exportDataSet(**source);
    ASSERT_OK(exported);
    for (const QString &name : {QStringLiteral("data.json"), QStringLiteral("data.xlsx"), QStringLiteral("data.csv")}) {
        SCOPED_TRACE(qPrintable(name));
        ASSERT_TRUE(writeDataPath(*exported, path(name), false).isEmpty());
        const QString readFrom = name.endsWith(QStringLiteral(".csv")) ? path(QStringLiteral("data")) : path(name);
        const DataReadOutput read = readDataPath(readFrom);
        ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
        auto target = Store::open(path(name + QStringLiteral(".tsdb")), OpenOptions{false, true});
        ASSERT_OK(target);
        ASSERT_TRUE(DataImporter::import(**target, read.data, ConflictPolicy::Fail).ok());
        EXPECT_TRUE((*target)->stages().byKey(QStringLiteral("target"))->planned);
        EXPECT_FALSE((*target)->stages().byKey(QStringLiteral("initial"))->planned);
        EXPECT_EQ((*target)->regions().byCode(QStringLiteral("330000"))->basis, DataBasis::Illustrative);
        EXPECT_EQ((*target)->regions().byCode(QStringLiteral("320000"))->basis, DataBasis::Observed);
    }
}

TEST(StageStatusJsonTest, AnUnknownStatusIsRefusedAtItsPlace)
{
    const JsonDataReader::Output read = JsonDataReader::read(
        QByteArray(R"json({"format": "triangle-studio", "stages": [{"key": "target", "name_zh": "目标三角", "start_year": 2025,
                    "end_year": 2025, "order": 3, "status": "hoped"}]})json"),
        QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(read.problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("bad.json: $.stages[0].status"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("observed, planned"))) << qPrintable(problems);
}

TEST(DataBasisJsonTest, AnUnknownBasisIsRefusedAtItsPlace)
{
    const JsonDataReader::Output read = JsonDataReader::read(
        QByteArray(R"json({"format": "triangle-studio", "regions": [{"code": "100000", "name_zh": "全国", "level": "national",
                    "data_basis": "measured"}]})json"),
        QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(read.problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("bad.json: $.regions[0].data_basis"))) << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("observed, illustrative"))) << qPrintable(problems);
}
