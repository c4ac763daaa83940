// Weight sets in the data files (format 9, issue 22): every set, its weights
// and which one is in force go from a database to the JSON file, the CSV
// folder and the workbook and into a new database with nothing lost (compared
// through the store's own reads, not the files); importing again follows the
// conflict choice; a set marked active whose weights are not the indicators'
// is stored inactive, said in the summary, the indicators untouched; bad rows
// are refused at their place with nothing written; a version 8 file still reads.

#include "support/TestData.h"

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
Indicator makeIndicator(const QString &key, Dimension d, int order, double weight)
{
    Indicator i;
    i.key = key;
    i.dimension = d;
    i.nameZh = key + QStringLiteral("名");
    i.weight = weight;
    i.sortOrder = order;
    return i;
}

// Four indicators; three sets: the analyst's (the weights first in force),
// an entropy set derived at the advantage stage, and an AHP set of round 2
// with a zero weight, which is activated last and so is in force.
class WeightSetDataTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        for (const Indicator &i : {makeIndicator(QStringLiteral("m1"), Dimension::Mission, 1, 1.0),
                                   makeIndicator(QStringLiteral("m2"), Dimension::Mission, 2, 1.0),
                                   makeIndicator(QStringLiteral("p1"), Dimension::Political, 1, 1.0),
                                   makeIndicator(QStringLiteral("o1"), Dimension::Operational, 1, 1.0)}) {
            auto id = store->indicators().add(i);
            ASSERT_OK(id);
            ids.insert(i.key, *id);
        }
    }

    WeightSet makeSet(const QString &name, WeightSetMethod method, const QList<double> &weights)
    {
        WeightSet s;
        s.name = name;
        s.method = method;
        const QStringList keys{QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("p1"), QStringLiteral("o1")};
        for (int k = 0; k < keys.size(); ++k)
            s.weights.insert(ids.value(keys[k]), weights[k]);
        return s;
    }

    void addSets()
    {
        WeightSet analyst = makeSet(QStringLiteral("analyst"), WeightSetMethod::Analyst, {1.0, 1.0, 1.0, 1.0});
        analyst.createdAt = QStringLiteral("2026-01-02T03:04:05Z");
        WeightSet entropy = makeSet(QStringLiteral("entropy at advantage"), WeightSetMethod::Entropy,
                                    {0.0, 0.876543210987655, 1.0, 0.123456789012345}); // m1 carries no information
        entropy.detail = QStringLiteral("熵权法, 3 regions, min–max");
        entropy.stageId = advantage;
        entropy.createdAt = QStringLiteral("2026-02-03T04:05:06Z");
        WeightSet ahp = makeSet(QStringLiteral("AHP round 2"), WeightSetMethod::Ahp, {0.6, 0.4, 0.25, 2.5});
        ahp.detail = QStringLiteral("AIJ, round 2, experts left out: none");
        ahp.round = 2;
        for (const WeightSet &s : {analyst, entropy, ahp}) {
            auto id = store->weightSets().add(s);
            ASSERT_OK(id);
            setIds.insert(s.name, *id);
        }
        ASSERT_OK(store->weightSets().activate(setIds.value(QStringLiteral("analyst"))));
        ASSERT_OK(store->weightSets().activate(setIds.value(QStringLiteral("AHP round 2"))));
    }

    QHash<QString, Id> ids;
    QHash<QString, Id> setIds;
};

// Every set a store holds by natural keys, and the indicators' weights,
// sorted: two databases hold the same sets when these are equal. Weights to
// 12 significant digits (a table writes 15).
QStringList setsOf(const Store &store)
{
    QStringList out;
    QHash<Id, QString> indicator, stage;
    for (const Indicator &i : *store.indicators().all()) {
        indicator.insert(i.id, i.key);
        out << QStringLiteral("indicator %1 %2").arg(i.key, QString::number(i.weight, 'g', 12));
    }
    for (const Stage &s : *store.stages().all())
        stage.insert(s.id, s.key);
    for (const WeightSet &s : *store.weightSets().all()) {
        QStringList weights;
        for (auto w = s.weights.cbegin(); w != s.weights.cend(); ++w)
            weights << indicator.value(w.key()) + QLatin1Char('=') + QString::number(w.value(), 'g', 12);
        weights.sort();
        out << QStringLiteral("set %1|%2|%3|%4|%5|%6|%7|%8")
                   .arg(s.name, weightSetMethodKey(s.method), s.detail, s.round ? QString::number(*s.round) : QStringLiteral("-"),
                        stage.value(s.stageId, QStringLiteral("-")), s.createdAt,
                        s.active ? QStringLiteral("active") : QStringLiteral("inactive"), weights.join(QLatin1Char(';')));
    }
    out.sort();
    return out;
}

QByteArray setsFile(const QByteArray &sections)
{
    return R"json({"format": "triangle-studio", "version": 9, )json" + sections + "}";
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
}
} // namespace

TEST_F(WeightSetDataTest, EverySetGoesThroughEveryFormatIntoANewDatabaseWithNothingLost)
{
    ASSERT_NO_FATAL_FAILURE(addSets());
    const QStringList before = setsOf(*store);
    // What there is to lose: the AHP set in force (its weights the indicators'), two others.
    ASSERT_TRUE(before.contains(QStringLiteral("indicator o1 2.5")));
    ASSERT_TRUE(before.contains(
        QStringLiteral("set AHP round 2|ahp|AIJ, round 2, experts left out: none|2|-|%1|active|m1=0.6;m2=0.4;o1=2.5;p1=0.25")
            .arg(store->weightSets().byName(QStringLiteral("AHP round 2"))->createdAt)));
    ASSERT_TRUE(before.contains(QStringLiteral("set analyst|analyst||-|-|2026-01-02T03:04:05Z|inactive|m1=1;m2=1;o1=1;p1=1")));

    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);
    ASSERT_EQ(exported->weightSets.size(), 3);
    // By name; each set's weights in the indicators' order.
    EXPECT_EQ(exported->weightSets[0].name, QStringLiteral("AHP round 2"));
    EXPECT_EQ(exported->weightSets[1].name, QStringLiteral("analyst"));
    EXPECT_EQ(exported->weightSets[2].name, QStringLiteral("entropy at advantage"));
    EXPECT_EQ(exported->weightSets[2].stageKey, QStringLiteral("advantage"));
    ASSERT_EQ(exported->weightSets[2].values.size(), 4);
    EXPECT_EQ(exported->weightSets[2].values[0].indicatorKey, QStringLiteral("m1"));
    EXPECT_EQ(exported->weightSets[2].values[3].indicatorKey, QStringLiteral("o1"));

    for (const QString &name : {QStringLiteral("sets.json"), QStringLiteral("sets.xlsx"), QStringLiteral("sets.csv")}) {
        SCOPED_TRACE(qPrintable(name));
        const QString file = path(name);
        ASSERT_TRUE(writeDataPath(*exported, file, false).isEmpty());
        const QString readFrom = name.endsWith(QStringLiteral(".csv")) ? path(QStringLiteral("sets")) : file;
        const DataReadOutput read = readDataPath(readFrom);
        ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
        ASSERT_EQ(read.data.weightSets.size(), 3);

        auto target = Store::open(path(name + QStringLiteral(".tsdb")), OpenOptions{false, true});
        ASSERT_OK(target);
        const auto imported = DataImporter::import(**target, read.data, ConflictPolicy::Fail);
        ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
        EXPECT_EQ(imported.summary.weightSetsAdded, 3);
        EXPECT_TRUE(imported.summary.notes.isEmpty()) << qPrintable(imported.summary.notes.join(QLatin1Char('\n')));
        EXPECT_EQ(setsOf(**target), before);
        auto active = (*target)->weightSets().active();
        ASSERT_OK(active);
        ASSERT_TRUE(active->has_value());
        EXPECT_EQ((*active)->name, QStringLiteral("AHP round 2"));
    }
}

TEST_F(WeightSetDataTest, ImportingAgainFollowsTheConflictChoice)
{
    ASSERT_NO_FATAL_FAILURE(addSets());
    const QStringList before = setsOf(*store);
    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);
    const QByteArray json = writeJsonData(*exported);
    const JsonDataReader::Output read = JsonDataReader::read(json, QStringLiteral("sets.json"));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));

    DataSet setsOnly; // the indicators are the database's: only the sets conflict
    setsOnly.weightSets = read.data.weightSets;
    const auto refused = DataImporter::import(*store, setsOnly, ConflictPolicy::Fail);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(refused.problems.size(), 3) << qPrintable(describeDataProblems(refused.problems));
    EXPECT_EQ(refused.problems[0].location, QStringLiteral("sets.json: $.weight_sets[0]"));
    EXPECT_TRUE(refused.problems[0].message.contains(QStringLiteral("already in the database")));
    EXPECT_EQ(setsOf(*store), before);

    // Skip keeps the database's, even where the file says otherwise.
    DataSet changed = setsOnly;
    changed.weightSets[2].detail = QStringLiteral("entropy, redone");
    changed.weightSets[2].values[0].weight = 0.5;
    const auto skipped = DataImporter::import(*store, changed, ConflictPolicy::Skip);
    ASSERT_TRUE(skipped.ok()) << qPrintable(describeDataProblems(skipped.problems));
    EXPECT_EQ(skipped.summary.weightSetsSkipped, 3);
    EXPECT_EQ(setsOf(*store), before);

    // Update: the same sets again change nothing (the AHP set stays in force)…
    const auto same = DataImporter::import(*store, setsOnly, ConflictPolicy::Update);
    ASSERT_TRUE(same.ok()) << qPrintable(describeDataProblems(same.problems));
    EXPECT_EQ(same.summary.weightSetsUpdated, 3);
    EXPECT_EQ(setsOf(*store), before);
    EXPECT_EQ(writeJsonData(*exportDataSet(*store)), json);
    // …and a changed set takes the file's detail and weights, its id kept.
    const Id entropyId = setIds.value(QStringLiteral("entropy at advantage"));
    ASSERT_TRUE(DataImporter::import(*store, changed, ConflictPolicy::Update).ok());
    const auto entropy = store->weightSets().byId(entropyId);
    ASSERT_OK(entropy);
    EXPECT_EQ(entropy->detail, QStringLiteral("entropy, redone"));
    EXPECT_EQ(entropy->weights.value(ids.value(QStringLiteral("m1"))), 0.5);
    EXPECT_EQ(entropy->weights.value(ids.value(QStringLiteral("m2"))), 0.876543210987655);
}

// The file's AHP set is marked active, but its o1 weight is not what the
// file's indicator o1 carries: the set is stored inactive, the summary says
// why, and the indicators keep the file's weights (none is the set's).
TEST_F(WeightSetDataTest, AnActiveSetWhoseWeightsAreNotTheIndicatorsIsStoredInactive)
{
    ASSERT_NO_FATAL_FAILURE(addSets());
    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);
    DataSet data = *exported;
    ASSERT_TRUE(data.weightSets[0].active);
    ASSERT_EQ(data.weightSets[0].values[3].indicatorKey, QStringLiteral("o1"));
    data.weightSets[0].values[3].weight = 3.0; // the indicator carries 2.5

    auto target = Store::open(path(QStringLiteral("other.tsdb")), OpenOptions{false, true});
    ASSERT_OK(target);
    const auto imported = DataImporter::import(**target, data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.summary.weightSetsAdded, 3);
    ASSERT_EQ(imported.summary.notes.size(), 1);
    EXPECT_TRUE(imported.summary.notes[0].contains(QStringLiteral("AHP round 2"))) << qPrintable(imported.summary.notes[0]);
    EXPECT_TRUE(imported.summary.notes[0].contains(QStringLiteral("(o1)"))) << qPrintable(imported.summary.notes[0]);
    auto active = (*target)->weightSets().active();
    ASSERT_OK(active);
    EXPECT_FALSE(active->has_value());
    const auto o1 = (*target)->indicators().byKey(QStringLiteral("o1"));
    ASSERT_OK(o1);
    EXPECT_EQ(o1->weight, 2.5);
    EXPECT_EQ((*target)->weightSets().byName(QStringLiteral("AHP round 2"))->weights.value(o1->id), 3.0);
}

TEST_F(WeightSetDataTest, BadSetRowsAreRefusedAtTheirPlaceWithNothingWritten)
{
    ASSERT_NO_FATAL_FAILURE(addSets());
    const QStringList before = setsOf(*store);

    // What the reader sees by itself: a negative weight, an unknown method.
    const auto read = JsonDataReader::read(setsFile(R"json("weight_sets": [
        {"name": "a", "method": "analyst", "values": [{"indicator": "m1", "weight": 1}, {"indicator": "m2", "weight": -0.5},
                                                      {"indicator": "p1", "weight": 1}, {"indicator": "o1", "weight": 1}]},
        {"name": "b", "method": "delphi", "values": [{"indicator": "m1", "weight": 1}, {"indicator": "m2", "weight": 1},
                                                     {"indicator": "p1", "weight": 1}, {"indicator": "o1", "weight": 1}]}])json"),
                                           QStringLiteral("bad.json"));
    ASSERT_EQ(read.problems.size(), 2) << qPrintable(describeDataProblems(read.problems));
    EXPECT_EQ(read.problems[0].location, QStringLiteral("bad.json: $.weight_sets[0].values[1].weight"));
    EXPECT_EQ(read.problems[1].location, QStringLiteral("bad.json: $.weight_sets[1].method"));
    EXPECT_TRUE(read.problems[1].message.contains(QStringLiteral("delphi")));

    // What the importer sees with the database: an indicator nobody knows; a
    // set without o1; the good set is not written either.
    const auto known = JsonDataReader::read(setsFile(R"json("weight_sets": [
        {"name": "good", "method": "critic", "values": [{"indicator": "m1", "weight": 1}, {"indicator": "m2", "weight": 2},
                                                        {"indicator": "p1", "weight": 1}, {"indicator": "o1", "weight": 1}]},
        {"name": "stranger", "method": "ahp", "values": [{"indicator": "m1", "weight": 1}, {"indicator": "m2", "weight": 2},
                                                         {"indicator": "p1", "weight": 1}, {"indicator": "o1", "weight": 1},
                                                         {"indicator": "x9", "weight": 1}]},
        {"name": "short", "method": "entropy", "values": [{"indicator": "m1", "weight": 1}, {"indicator": "m2", "weight": 2},
                                                          {"indicator": "p1", "weight": 1}]}])json"),
                                            QStringLiteral("sets.json"));
    ASSERT_TRUE(known.problems.isEmpty()) << qPrintable(describeDataProblems(known.problems));
    const auto imported = DataImporter::import(*store, known.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 2) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.problems[0].location, QStringLiteral("sets.json: $.weight_sets[1].values[4].indicator"));
    EXPECT_TRUE(imported.problems[0].message.contains(QStringLiteral("x9")));
    EXPECT_EQ(imported.problems[1].location, QStringLiteral("sets.json: $.weight_sets[2]"));
    EXPECT_TRUE(imported.problems[1].message.contains(QStringLiteral("(o1)"))) << qPrintable(imported.problems[1].message);
    EXPECT_EQ(setsOf(*store), before); // nothing written

    // The same in a CSV folder: each at its file, line and column.
    const QString folder = path(QStringLiteral("bad"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_NO_FATAL_FAILURE(writeText(folder + QStringLiteral("/weight_sets.csv"),
                                      "name,method,active\ngood,critic,no\nb,delphi,no\nshort,entropy,yes\n"));
    ASSERT_NO_FATAL_FAILURE(writeText(folder + QStringLiteral("/weight_set_values.csv"),
                                      "set,indicator,weight\ngood,m1,1\ngood,m2,-2\ngood,p1,1\ngood,o1,1\n"));
    const DataReadOutput fromCsv = readDataPath(folder);
    ASSERT_EQ(fromCsv.problems.size(), 2) << qPrintable(describeDataProblems(fromCsv.problems));
    EXPECT_EQ(fromCsv.problems[0].location, QStringLiteral("weight_set_values.csv: line 3, column weight"));
    EXPECT_EQ(fromCsv.problems[1].location, QStringLiteral("weight_sets.csv: line 3, column method"));

    ASSERT_NO_FATAL_FAILURE(writeText(folder + QStringLiteral("/weight_sets.csv"), "name,method,active\ngood,critic,no\nshort,entropy,yes\n"));
    ASSERT_NO_FATAL_FAILURE(writeText(folder + QStringLiteral("/weight_set_values.csv"),
                                      "set,indicator,weight\ngood,m1,1\ngood,m2,2\ngood,p1,1\ngood,o1,1\ngood,x9,1\n"
                                      "short,m1,1\nshort,m2,1\nshort,p1,1\n"));
    const DataReadOutput tables = readDataPath(folder);
    ASSERT_TRUE(tables.problems.isEmpty()) << qPrintable(describeDataProblems(tables.problems));
    ASSERT_EQ(tables.data.weightSets.size(), 2);
    EXPECT_TRUE(tables.data.weightSets[1].active);
    const auto fromTables = DataImporter::import(*store, tables.data, ConflictPolicy::Fail);
    ASSERT_FALSE(fromTables.ok());
    ASSERT_EQ(fromTables.problems.size(), 2) << qPrintable(describeDataProblems(fromTables.problems));
    EXPECT_EQ(fromTables.problems[0].location, QStringLiteral("weight_set_values.csv: line 6, column indicator"));
    EXPECT_EQ(fromTables.problems[1].location, QStringLiteral("weight_sets.csv: line 3"));
    EXPECT_EQ(setsOf(*store), before);
}

// Two sets in force, or one indicator weighed twice in a set, are said by the reader.
TEST_F(WeightSetDataTest, TwoActiveSetsOrAnIndicatorWeighedTwiceAreRefused)
{
    const auto read = JsonDataReader::read(setsFile(R"json("weight_sets": [
        {"name": "a", "method": "analyst", "active": true, "values": [{"indicator": "m1", "weight": 1}]},
        {"name": "b", "method": "analyst", "active": true, "values": [{"indicator": "m1", "weight": 1}, {"indicator": "m1", "weight": 2}]}])json"),
                                           QStringLiteral("two.json"));
    ASSERT_EQ(read.problems.size(), 2) << qPrintable(describeDataProblems(read.problems));
    EXPECT_EQ(read.problems[0].location, QStringLiteral("two.json: $.weight_sets[1].active"));
    EXPECT_EQ(read.problems[1].location, QStringLiteral("two.json: $.weight_sets[1].values[1].indicator"));
}

TEST_F(WeightSetDataTest, AVersion8FileStillReadsAndLeavesTheSetsAsTheyAre)
{
    ASSERT_NO_FATAL_FAILURE(addSets());
    const QStringList before = setsOf(*store);
    const auto eight = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio", "version": 8,
        "raters": [{"key": "wang", "name": "王五"}]})json"),
                                            QStringLiteral("old.json"));
    ASSERT_TRUE(eight.problems.isEmpty()) << qPrintable(describeDataProblems(eight.problems));
    EXPECT_TRUE(eight.data.weightSets.isEmpty());
    const auto imported = DataImporter::import(*store, eight.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.summary.weightSetsAdded, 0);
    EXPECT_EQ(setsOf(*store), before);

    // A CSV folder without the two tables reads too.
    const QString folder = path(QStringLiteral("old"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_NO_FATAL_FAILURE(writeText(folder + QStringLiteral("/raters.csv"), "key,name\nwang,王五\n"));
    const DataReadOutput tables = readDataPath(folder);
    ASSERT_TRUE(tables.problems.isEmpty()) << qPrintable(describeDataProblems(tables.problems));
    EXPECT_TRUE(tables.data.weightSets.isEmpty());
}
