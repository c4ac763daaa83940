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
    ASSERT_NO_FATAL_FAILURE(addWhatTheSeedLacks(**source));

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
