// Export then import into an empty database gives the same content,
// evidence links included.

#include "support/TestData.h"

#include "data/DataExporter.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"

using namespace triangle;
using namespace triangle::test;

TEST_F(StoreTest, JsonRoundTripOfTheDefaultDataKeepsEverything)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    // Something of every kind the seed lacks: a city, a day-precise date, a quantity without unit.
    const Id zj = (*source)->regions().byCode(QStringLiteral("330000"))->id;
    ASSERT_OK((*source)->regions().add(makeRegion(QStringLiteral("330100"), QStringLiteral("杭州市"), Level::City, zj)));
    Milestone m = makeMilestone(zj, QStringLiteral("“引号”, commas, and\nnew lines"), PartialDate::ofDay(2024, 2, 29));
    m.quantity = Quantity{0.5, QString()};
    ASSERT_OK((*source)->milestones().add(m));

    auto exported = exportDataSet(**source);
    ASSERT_OK(exported);
    const QByteArray json = writeJsonData(*exported);

    const auto read = JsonDataReader::read(json, QStringLiteral("export.json"));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    const auto imported = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));

    EXPECT_EQ(*store->counts(), *(*source)->counts());
    auto again = exportDataSet(*store);
    ASSERT_OK(again);
    EXPECT_EQ(writeJsonData(*again), json);
}
