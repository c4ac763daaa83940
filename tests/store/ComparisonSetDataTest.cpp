// Comparison sets in the data files: the JSON file, the CSV folder and the
// workbook each carry them with their members in order, and bad input is named
// by file (or sheet), place and field, with nothing imported.

#include "support/TestData.h"

#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"

#include <QDir>
#include <QFile>

using namespace triangle;
using namespace triangle::test;

namespace {
// The member codes of the set `key` in `store`, in the set's order.
QStringList memberCodes(const Store &store, const QString &key)
{
    QStringList codes;
    auto set = store.comparisonSets().byKey(key);
    if (!set)
        return {QStringLiteral("no set: ") + set.error().message};
    for (Id id : set->memberIds)
        codes << store.regions().byId(id)->code;
    return codes;
}
} // namespace

// Each format written from a database with a set, read into an empty one:
// the same set, the same order.
TEST_F(StoreTest, ComparisonSetsRoundTripThroughEveryFormatInOrder)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    ASSERT_NO_FATAL_FAILURE(addWhatTheSeedLacks(**source));
    auto exported = exportDataSet(**source);
    ASSERT_OK(exported);
    ASSERT_EQ(exported->comparisonSets.size(), 1);
    const QString key = exported->comparisonSets.first().set.key;
    const QStringList expected{QStringLiteral("330100"), QStringLiteral("140000"), QStringLiteral("330000")};
    ASSERT_EQ(exported->comparisonSets.first().memberCodes, expected);

    for (const QString &name : {QStringLiteral("data.json"), QStringLiteral("data.xlsx"), QStringLiteral("data.csv")}) {
        SCOPED_TRACE(qPrintable(name));
        const QString file = path(name);
        ASSERT_TRUE(writeDataPath(*exported, file, false).isEmpty());
        const QString readFrom = name.endsWith(QStringLiteral(".csv")) ? path(QStringLiteral("data")) : file;
        const DataReadOutput read = readDataPath(readFrom);
        ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
        ASSERT_EQ(read.data.comparisonSets.size(), 1);
        EXPECT_EQ(read.data.comparisonSets.first().set.name, exported->comparisonSets.first().set.name);
        EXPECT_EQ(read.data.comparisonSets.first().set.note, exported->comparisonSets.first().set.note);

        auto target = Store::open(path(name + QStringLiteral(".tsdb")), OpenOptions{false, true});
        ASSERT_OK(target);
        const auto imported = DataImporter::import(**target, read.data, ConflictPolicy::Fail);
        ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
        EXPECT_EQ(imported.summary.added.comparisonSets, 1);
        EXPECT_EQ(memberCodes(**target, key), expected);
    }
}

TEST_F(StoreTest, JsonComparisonSetProblemsAreNamedAtTheirPath)
{
    addBasics();
    const QByteArray bad = R"json({"format": "triangle-studio",
        "comparison_sets": [{"key": "a b", "name": " ", "members": ["33", "330000", "330000"], "colour": "red"},
                            {"key": "twice", "name": "one"}, {"key": "twice", "name": "two"}]})json";
    const JsonDataReader::Output read = JsonDataReader::read(bad, QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(read.problems);
    for (const char *place : {"bad.json: $.comparison_sets[0].key", "$.comparison_sets[0].name", "$.comparison_sets[0].members[0]",
                              "$.comparison_sets[0].members[2]", "$.comparison_sets[0].colour", "$.comparison_sets[2].key"})
        EXPECT_TRUE(problems.contains(QLatin1StringView(place))) << place << "\n" << qPrintable(problems);

    // A code that names no region: refused at the set's members, nothing stored.
    const JsonDataReader::Output unknown = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio",
        "comparison_sets": [{"key": "ok", "name": "好", "members": ["330000"]},
                            {"key": "lost", "name": "丢", "members": ["330000", "999999"]}]})json"),
                                                                QStringLiteral("sets.json"));
    ASSERT_TRUE(unknown.problems.isEmpty()) << qPrintable(describeDataProblems(unknown.problems));
    const auto imported = DataImporter::import(*store, unknown.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 1);
    EXPECT_EQ(imported.problems[0].location, QStringLiteral("sets.json: $.comparison_sets[1].members"));
    EXPECT_TRUE(imported.problems[0].message.contains(QStringLiteral("999999")));
    EXPECT_TRUE(store->comparisonSets().all()->isEmpty());
}

// A set already there by key is refused, skipped or replaced (with the file's
// members, in the file's order) by the conflict choice.
TEST_F(StoreTest, ComparisonSetImportFollowsTheConflictChoice)
{
    addBasics();
    JsonDataReader::Output read = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio",
        "comparison_sets": [{"key": "pair", "name": "Pair", "members": ["330000", "140000"]}]})json"),
                                                       QStringLiteral("pair.json"));
    ASSERT_TRUE(read.problems.isEmpty());
    ASSERT_TRUE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    EXPECT_EQ(memberCodes(*store, QStringLiteral("pair")), (QStringList{QStringLiteral("330000"), QStringLiteral("140000")}));

    EXPECT_FALSE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    read.data.comparisonSets[0].memberCodes = {QStringLiteral("140000"), QStringLiteral("100000")};
    EXPECT_EQ(DataImporter::import(*store, read.data, ConflictPolicy::Skip).summary.skipped.comparisonSets, 1);
    EXPECT_EQ(memberCodes(*store, QStringLiteral("pair")), (QStringList{QStringLiteral("330000"), QStringLiteral("140000")}));
    EXPECT_EQ(DataImporter::import(*store, read.data, ConflictPolicy::Update).summary.updated.comparisonSets, 1);
    EXPECT_EQ(memberCodes(*store, QStringLiteral("pair")), (QStringList{QStringLiteral("140000"), QStringLiteral("100000")}));
}

// comparison_sets.csv: members in one cell, in order; a code that names no
// region is reported at the file's line and column.
TEST_F(StoreTest, CsvComparisonSetsListTheirMembersInOrderInOneCell)
{
    addBasics();
    QTemporaryDir folder;
    auto write = [&](const char *name, const QByteArray &text) {
        QFile f(QDir(folder.path()).filePath(QLatin1StringView(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("comparison_sets.csv", "key,name,members\n三省,三省,140000; 330000;100000\n");
    const DataReadOutput read = readDataPath(folder.path());
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    ASSERT_TRUE(DataImporter::import(*store, read.data, ConflictPolicy::Fail).ok());
    EXPECT_EQ(memberCodes(*store, QStringLiteral("三省")),
              (QStringList{QStringLiteral("140000"), QStringLiteral("330000"), QStringLiteral("100000")}));

    write("comparison_sets.csv", "key,name,members\nbad,坏,330000 999999\n");
    const DataReadOutput again = readDataPath(folder.path());
    ASSERT_TRUE(again.problems.isEmpty());
    const auto imported = DataImporter::import(*store, again.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 1);
    EXPECT_TRUE(imported.problems[0].location.contains(QStringLiteral("comparison_sets.csv: line 2, column members")))
        << qPrintable(imported.problems[0].location);
    EXPECT_TRUE(imported.problems[0].message.contains(QStringLiteral("999999")));
    EXPECT_FALSE(store->comparisonSets().byKey(QStringLiteral("bad")).ok());

    write("comparison_sets.csv", "key,name,members\nhas space,名,330000\n");
    const DataReadOutput badKey = readDataPath(folder.path());
    ASSERT_EQ(badKey.problems.size(), 1) << qPrintable(describeDataProblems(badKey.problems));
    EXPECT_TRUE(badKey.problems[0].location.contains(QStringLiteral("comparison_sets.csv: line 2, column key")))
        << qPrintable(badKey.problems[0].location);
}
