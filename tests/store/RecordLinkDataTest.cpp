// Causal links in the data files (format 8): the JSON file, the CSV folder and
// the workbook each carry them, by the records' uids; bad links (an unknown
// record, a self-link, an empty quote, records of two regions) are refused
// naming their place, with nothing imported; a format-7 file still reads.

#include "support/TestData.h"

#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"

using namespace triangle;
using namespace triangle::test;

namespace {
// Zhejiang's policy "zj-run-once" and milestone "zj-vehicles", and Shanxi's policy "sx-law".
void addRecords(Store &store, Id zhejiang, Id shanxi)
{
    Policy p = makePolicy(zhejiang, QStringLiteral("最多跑一次改革"), PartialDate::ofYear(2016));
    p.uid = QStringLiteral("zj-run-once");
    Milestone m = makeMilestone(zhejiang, QStringLiteral("公务用车全省一张网"), PartialDate::ofYear(2019));
    m.uid = QStringLiteral("zj-vehicles");
    Policy law = makePolicy(shanxi, QStringLiteral("山西省机关运行保障条例"), PartialDate::ofMonth(2020, 9));
    law.uid = QStringLiteral("sx-law");
    ASSERT_OK(store.policies().add(p));
    ASSERT_OK(store.milestones().add(m));
    ASSERT_OK(store.policies().add(law));
}

QByteArray linksFile(const QByteArray &links)
{
    return R"json({"format": "triangle-studio", "version": 8, "record_links": )json" + links + "}";
}
} // namespace

TEST_F(StoreTest, RecordLinksRoundTripThroughEveryFormat)
{
    addBasics();
    ASSERT_NO_FATAL_FAILURE(addRecords(*store, zhejiang, shanxi));
    RecordLink link;
    link.regionId = zhejiang;
    link.from = {Evidence::Kind::Policy, store->policies().byUid(QStringLiteral("zj-run-once"))->id};
    link.to = {Evidence::Kind::Milestone, store->milestones().byUid(QStringLiteral("zj-vehicles"))->id};
    link.quote = QStringLiteral("由此, 在使命愿景的驱动下, \"最多跑一次\"\n=延伸到机关内部");
    link.location = QStringLiteral("§3.1, p. 7");
    link.note = QStringLiteral("an analyst's reading");
    ASSERT_OK(store->recordLinks().add(link));
    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);
    ASSERT_EQ(exported->recordLinks.size(), 1);
    EXPECT_TRUE(writeJsonData(*exported).contains("\"record_links\""));

    for (const QString &name : {QStringLiteral("data.json"), QStringLiteral("data.xlsx"), QStringLiteral("data.csv")}) {
        SCOPED_TRACE(qPrintable(name));
        const QString file = path(name);
        ASSERT_TRUE(writeDataPath(*exported, file, false).isEmpty());
        const QString readFrom = name.endsWith(QStringLiteral(".csv")) ? path(QStringLiteral("data")) : file;
        const DataReadOutput read = readDataPath(readFrom);
        ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
        ASSERT_EQ(read.data.recordLinks.size(), 1);

        auto target = Store::open(path(name + QStringLiteral(".tsdb")), OpenOptions{false, true});
        ASSERT_OK(target);
        const auto imported = DataImporter::import(**target, read.data, ConflictPolicy::Fail);
        ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
        EXPECT_EQ(imported.summary.added.recordLinks, 1);
        auto links = (*target)->recordLinks().all();
        ASSERT_OK(links);
        ASSERT_EQ(links->size(), 1);
        const RecordLink &back = links->first();
        EXPECT_EQ(back.quote, link.quote);
        EXPECT_EQ(back.location, link.location);
        EXPECT_EQ(back.note, link.note);
        EXPECT_EQ((*target)->policies().byId(back.from.id)->uid, QStringLiteral("zj-run-once"));
        EXPECT_EQ(back.to.kind, Evidence::Kind::Milestone);
        EXPECT_EQ((*target)->milestones().byId(back.to.id)->uid, QStringLiteral("zj-vehicles"));
        EXPECT_EQ(back.regionId, (*target)->regions().byCode(QStringLiteral("330000"))->id);
    }
}

TEST_F(StoreTest, BadRecordLinksAreNamedAtTheirPlace)
{
    // What the reader sees by itself: a self-link, an empty quote, a reference that is not one.
    const JsonDataReader::Output read = JsonDataReader::read(linksFile(R"json([
        {"from": "policy:a", "to": "policy:a", "quote": "句"},
        {"from": "policy:a", "to": "milestone:b", "quote": " "},
        {"from": "law:a", "to": "milestone:b", "quote": "句"},
        {"from": "policy:a", "to": "milestone:b", "quote": "句", "colour": "red"}])json"),
                                                             QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(read.problems);
    for (const char *place : {"bad.json: $.record_links[0].to", "$.record_links[1].quote", "$.record_links[2].from",
                              "$.record_links[3].colour"})
        EXPECT_TRUE(problems.contains(QLatin1StringView(place))) << place << "\n" << qPrintable(problems);
    EXPECT_TRUE(problems.contains(QStringLiteral("cannot drive itself")));

    // What the importer sees with the database: an unknown record, records of two regions.
    addBasics();
    ASSERT_NO_FATAL_FAILURE(addRecords(*store, zhejiang, shanxi));
    const JsonDataReader::Output cross = JsonDataReader::read(linksFile(R"json([
        {"from": "policy:zj-run-once", "to": "milestone:zj-vehicles", "quote": "句"},
        {"from": "policy:zj-run-once", "to": "milestone:nowhere", "quote": "句"},
        {"from": "policy:zj-run-once", "to": "policy:sx-law", "quote": "句"}])json"),
                                                              QStringLiteral("links.json"));
    ASSERT_TRUE(cross.problems.isEmpty()) << qPrintable(describeDataProblems(cross.problems));
    const auto imported = DataImporter::import(*store, cross.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 2) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.problems[0].location, QStringLiteral("links.json: $.record_links[1].to"));
    EXPECT_TRUE(imported.problems[0].message.contains(QStringLiteral("milestone:nowhere")));
    EXPECT_EQ(imported.problems[1].location, QStringLiteral("links.json: $.record_links[2].to"));
    EXPECT_TRUE(imported.problems[1].message.contains(QStringLiteral("different regions")));
    EXPECT_TRUE(store->recordLinks().all()->isEmpty()); // nothing imported
}

// A link already there between the same records is refused, skipped or updated.
TEST_F(StoreTest, RecordLinkImportFollowsTheConflictChoice)
{
    addBasics();
    ASSERT_NO_FATAL_FAILURE(addRecords(*store, zhejiang, shanxi));
    JsonDataReader::Output read = JsonDataReader::read(
        linksFile(R"json([{"from": "policy:zj-run-once", "to": "milestone:zj-vehicles", "quote": "甲"}])json"),
        QStringLiteral("links.json"));
    ASSERT_TRUE(read.problems.isEmpty());
    ASSERT_TRUE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    EXPECT_FALSE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    read.data.recordLinks[0].quote = QStringLiteral("乙");
    EXPECT_EQ(DataImporter::import(*store, read.data, ConflictPolicy::Skip).summary.skipped.recordLinks, 1);
    EXPECT_EQ(store->recordLinks().all()->first().quote, QStringLiteral("甲"));
    EXPECT_EQ(DataImporter::import(*store, read.data, ConflictPolicy::Update).summary.updated.recordLinks, 1);
    EXPECT_EQ(store->recordLinks().all()->first().quote, QStringLiteral("乙"));
    EXPECT_EQ(store->recordLinks().all()->size(), 1);
}

// Older formats have no record_links and still read; a newer one is refused.
TEST(RecordLinkFormatTest, Format7StillReadsAndNewerIsRefused)
{
    EXPECT_GE(JsonDataReader::FormatVersion, 8); // 9 added the expert panel (PanelDataTest)
    const auto seven = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio", "version": 7, "stages": []})json"),
                                            QStringLiteral("old.json"));
    EXPECT_TRUE(seven.problems.isEmpty()) << qPrintable(describeDataProblems(seven.problems));
    EXPECT_TRUE(seven.data.recordLinks.isEmpty());
    const auto nine = JsonDataReader::read(
        QStringLiteral(R"json({"format": "triangle-studio", "version": %1})json").arg(JsonDataReader::FormatVersion + 1).toUtf8(),
        QStringLiteral("new.json"));
    EXPECT_FALSE(nine.problems.isEmpty());
}
