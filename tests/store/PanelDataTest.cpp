// The expert panel in the data files (format 9, issue 22): the experts'
// field, years and language, the packets, each round's answers, the pairwise
// comparisons and the stop rule go from a database to the JSON file, the CSV
// folder and the workbook and into a new database with nothing lost (compared
// through the store's own reads, not the files); importing the same file again
// follows the conflict choice; a version 8 file still reads; bad panel rows
// are refused at their place with nothing written.

#include "support/TestData.h"

#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace triangle;
using namespace triangle::test;

namespace {
class PanelDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("panel.tsdb")));
        ASSERT_OK(opened);
        store = std::move(opened).value();
        zhejiang = store->regions().byCode(QStringLiteral("330000"))->id;
        shanxi = store->regions().byCode(QStringLiteral("140000"))->id;
        advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Id addExpert(const QString &key, const QString &name, const QString &field, std::optional<int> years, Language language)
    {
        Rater r;
        r.key = key;
        r.name = name;
        r.field = field;
        r.experienceYears = years;
        r.language = language;
        auto id = store->raters().add(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : NoId;
    }

    // Two experts over two rounds: zhang answers round 1 with comparisons
    // (some the other way round, 1/3 among them); li answers round 1 in part,
    // is sent round 2 (not returned) and types one comparison by hand; the
    // stop rule is changed from its defaults.
    void addPanel()
    {
        const Id zhang = addExpert(QStringLiteral("zhang"), QStringLiteral("张三"), QStringLiteral("公共管理"), 12, Language::Chinese);
        const Id li = addExpert(QStringLiteral("li"), QStringLiteral("Li Si"), QString(), std::nullopt, Language::English);

        auto packet = store->panel().createPacket({zhang, advantage, {zhejiang, shanxi}, 1, QStringLiteral("2027-01-15"), true});
        ASSERT_OK(packet);
        ReturnedPacket returned{packet->packetId, packet->databaseId, packet->raterId, packet->raterKey, packet->round,
                                packet->stageId, packet->stageKey, {}, {}, {}, {}};
        int row = 2;
        for (const PacketItem &item : packet->items) {
            returned.answers.append({row, item.regionId, item.regionKey, item.indicatorId, item.indicatorKey,
                                     5.0 + double((row * 7) % 50) / 10.0, QStringLiteral("依据 %1").arg(row),
                                     row % 3 == 0 ? QStringLiteral("理由") : QString()});
            ++row;
        }
        const QList<double> values = {3.0, 1.0 / 3.0, 5.0, 1.0 / 7.0, 9.0, 1.0, 1.0 / 2.0};
        row = 2;
        for (const PacketComparison &c : packet->comparisons) {
            // Written as the packet shows it, and every third turned round.
            const double value = values[row % values.size()];
            if (row % 3 == 0)
                returned.comparisons.append({row, c.scope, c.secondKey, c.firstKey, 1.0 / value});
            else
                returned.comparisons.append({row, c.scope, c.firstKey, c.secondKey, value});
            ++row;
        }
        ASSERT_OK(store->panel().importPacket(returned, QStringLiteral("zhang.xlsx")));

        auto second = store->panel().createPacket({li, advantage, {zhejiang}, 1, QString(), false});
        ASSERT_OK(second);
        ReturnedPacket partly{second->packetId, second->databaseId, second->raterId, second->raterKey, 1,
                              second->stageId, second->stageKey, {}, {}, {}, {}};
        row = 2;
        for (const PacketItem &item : second->items) {
            partly.answers.append({row, item.regionId, item.regionKey, item.indicatorId, item.indicatorKey,
                                   row % 2 ? std::optional<double>(7.5) : std::nullopt, QString(), QString()});
            ++row;
        }
        ASSERT_OK(store->panel().importPacket(partly));
        ASSERT_OK(store->panel().createPacket({li, advantage, {zhejiang, shanxi}, 2, QStringLiteral("2027-03-01"), true}));
        ASSERT_OK(store->panel().setJudgment({li, 2, NoId, NoId, Dimension::Operational, Dimension::Mission, 1.0 / 4.0}));

        PanelSettings settings;
        settings.maxCoefficientOfVariation = 0.3;
        settings.significance = 0.01;
        settings.minimumW = 0.5;
        settings.ahpAggregation = QStringLiteral("aip");
        settings.maxConsistencyRatio = 0.2;
        ASSERT_OK(store->panel().setSettings(settings));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    Id zhejiang = NoId, shanxi = NoId, advantage = NoId;
};

// Everything of the panel a store holds, by natural keys, sorted: two
// databases hold the same panel when these are equal. Each comparison is
// written with its keys in order, the value turned round with them.
QStringList panelOf(const Store &store)
{
    QStringList out;
    QHash<Id, QString> rater, stage, region, indicator, packet;
    for (const Rater &r : *store.raters().all()) {
        rater.insert(r.id, r.key);
        out << QStringLiteral("rater %1|%2|%3|%4|%5|%6")
                   .arg(r.key, r.name, r.organisation, r.field,
                        r.experienceYears ? QString::number(*r.experienceYears) : QStringLiteral("-"),
                        r.language == Language::English ? QStringLiteral("en") : QStringLiteral("zh"));
    }
    for (const Stage &s : *store.stages().all())
        stage.insert(s.id, s.key);
    for (const Region &r : *store.regions().all())
        region.insert(r.id, r.code);
    for (const Indicator &i : *store.indicators().all())
        indicator.insert(i.id, i.key);
    const PanelSettings settings = *store.panel().settings();
    out << QStringLiteral("settings %1|%2|%3|%4|%5")
               .arg(settings.maxCoefficientOfVariation)
               .arg(settings.significance)
               .arg(settings.minimumW ? QString::number(*settings.minimumW) : QStringLiteral("-"), settings.ahpAggregation)
               .arg(settings.maxConsistencyRatio);
    for (const PacketSummary &p : *store.panel().packets()) {
        packet.insert(p.id, p.uuid);
        QStringList regions;
        for (Id r : p.regionIds)
            regions << region.value(r);
        regions.sort();
        out << QStringLiteral("packet %1|%2|%3|%4|%5|%6|%7|%8|%9")
                   .arg(p.uuid, rater.value(p.raterId), QString::number(p.round), stage.value(p.stageId), regions.join(QLatin1Char(',')),
                        p.comparisons ? QStringLiteral("c") : QStringLiteral("-"), p.deadline, p.createdAt, p.returnedAt)
            + QStringLiteral("|answered %1").arg(p.answered);
    }
    // Each stage's rounds and answers through the reads the Panel page uses.
    for (auto s = stage.cbegin(); s != stage.cend(); ++s) {
        for (int round : *store.panel().rounds(s.key())) {
            for (const PanelScore &a : *store.panel().scores(s.key(), round))
                out << QStringLiteral("score %1|%2|%3|%4|%5|%6|%7|%8")
                           .arg(rater.value(a.raterId), QString::number(a.round), s.value(), region.value(a.regionId),
                                indicator.value(a.indicatorId), QString::number(a.score, 'f', 1), a.note, a.reason);
        }
    }
    for (const StoredPanelScore &a : *store.panel().allScores())
        out << QStringLiteral("brought %1|%2|%3|%4|%5|%6")
                   .arg(rater.value(a.score.raterId), QString::number(a.score.round), stage.value(a.score.stageId),
                        region.value(a.score.regionId), indicator.value(a.score.indicatorId), packet.value(a.packetId, QStringLiteral("-")));
    for (int round : *store.panel().judgmentRounds()) {
        for (const PanelJudgment &j : *store.panel().judgments(round)) {
            QString first = j.firstDimension ? dimensionKey(*j.firstDimension) : indicator.value(j.firstIndicatorId);
            QString second = j.secondDimension ? dimensionKey(*j.secondDimension) : indicator.value(j.secondIndicatorId);
            double value = j.value;
            if (first > second) {
                std::swap(first, second);
                value = 1.0 / value;
            }
            out << QStringLiteral("judgment %1|%2|%3|%4|%5").arg(rater.value(j.raterId), QString::number(round), first, second,
                                                                 QString::number(value, 'g', 12));
        }
    }
    for (const StoredPanelJudgment &j : *store.panel().allJudgments())
        out << QStringLiteral("judged in %1|%2|%3").arg(rater.value(j.judgment.raterId), QString::number(j.judgment.round),
                                                        packet.value(j.packetId, QStringLiteral("-")));
    out.sort();
    return out;
}

qsizetype countOf(const QStringList &panel, const QString &prefix)
{
    return std::count_if(panel.begin(), panel.end(), [&](const QString &line) { return line.startsWith(prefix); });
}

QByteArray panelFile(const QByteArray &sections)
{
    return R"json({"format": "triangle-studio", "version": 9, )json" + sections + "}";
}
} // namespace

TEST_F(PanelDataTest, ThePanelGoesThroughEveryFormatIntoANewDatabaseWithNothingLost)
{
    ASSERT_NO_FATAL_FAILURE(addPanel());
    const QStringList before = panelOf(*store);
    // What there is to lose: 3 packets (one not returned), 2 experts' answers, comparisons either way round.
    ASSERT_EQ(countOf(before, QStringLiteral("packet ")), 3);
    ASSERT_GT(countOf(before, QStringLiteral("score ")), 20);
    ASSERT_GT(countOf(before, QStringLiteral("judgment ")), 5);
    ASSERT_TRUE(before.contains(QStringLiteral("rater li|Li Si|||-|en")));
    ASSERT_TRUE(before.contains(QStringLiteral("judgment li|2|mission|operational|4"))); // typed as operational over mission, 1/4

    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);
    EXPECT_EQ(exported->panelPackets.size(), 3);
    for (const QString &name : {QStringLiteral("panel.json"), QStringLiteral("panel.xlsx"), QStringLiteral("panel.csv")}) {
        SCOPED_TRACE(qPrintable(name));
        const QString file = path(name);
        ASSERT_TRUE(writeDataPath(*exported, file, false).isEmpty());
        const QString readFrom = name.endsWith(QStringLiteral(".csv")) ? path(QStringLiteral("panel")) : file;
        const DataReadOutput read = readDataPath(readFrom);
        ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));

        auto target = Store::open(path(name + QStringLiteral(".tsdb")), OpenOptions{false, true});
        ASSERT_OK(target);
        const auto imported = DataImporter::import(**target, read.data, ConflictPolicy::Fail);
        ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
        EXPECT_EQ(imported.summary.added.panelPackets, 3);
        EXPECT_EQ(imported.summary.added.panelScores, countOf(before, QStringLiteral("score ")));
        EXPECT_EQ(imported.summary.added.panelJudgments, countOf(before, QStringLiteral("judgment ")));
        const QStringList after = panelOf(**target);
        EXPECT_EQ(after, before);
        // Another database, another identity: its packets are kept for the record only.
        EXPECT_NE(*(*target)->panel().databaseId(), *store->panel().databaseId());
    }
}

TEST_F(PanelDataTest, ImportingTheSameFileAgainFollowsTheConflictChoice)
{
    ASSERT_NO_FATAL_FAILURE(addPanel());
    const QStringList before = panelOf(*store);
    auto exported = exportDataSet(*store);
    ASSERT_OK(exported);
    const QByteArray json = writeJsonData(*exported);
    const JsonDataReader::Output read = JsonDataReader::read(json, QStringLiteral("panel.json"));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));

    // Fail: every panel row already there is a conflict, said at its place.
    const auto refused = DataImporter::import(*store, read.data, ConflictPolicy::Fail);
    ASSERT_FALSE(refused.ok());
    const QString problems = describeDataProblems(refused.problems);
    for (const char *place : {"panel.json: $.panel_packets[0]", "panel.json: $.panel_scores[0]", "panel.json: $.panel_judgments[0]"})
        EXPECT_TRUE(problems.contains(QLatin1StringView(place))) << place;
    EXPECT_TRUE(problems.contains(QStringLiteral("already in the database")));
    EXPECT_EQ(panelOf(*store), before);

    // Update: the same rows written again; nothing changes.
    const auto updated = DataImporter::import(*store, read.data, ConflictPolicy::Update);
    ASSERT_TRUE(updated.ok()) << qPrintable(describeDataProblems(updated.problems));
    EXPECT_EQ(updated.summary.updated.panelScores, read.data.panelScores.size());
    EXPECT_EQ(updated.summary.updated.panelJudgments, read.data.panelJudgments.size());
    EXPECT_EQ(updated.summary.added.panelScores + updated.summary.added.panelJudgments + updated.summary.added.panelPackets, 0);
    EXPECT_EQ(panelOf(*store), before);
    EXPECT_EQ(writeJsonData(*exportDataSet(*store)), json);

    // Skip keeps what the database has, even when the file says otherwise.
    DataSet changed = read.data;
    changed.panelScores[0].score = changed.panelScores[0].score == 1.0 ? 2.0 : 1.0;
    changed.panelJudgments[0].value = changed.panelJudgments[0].value == 9.0 ? 8.0 : 9.0;
    changed.panelPackets[0].deadline = QStringLiteral("2030-01-01");
    const auto skipped = DataImporter::import(*store, changed, ConflictPolicy::Skip);
    ASSERT_TRUE(skipped.ok()) << qPrintable(describeDataProblems(skipped.problems));
    EXPECT_EQ(skipped.summary.skipped.panelScores, read.data.panelScores.size());
    EXPECT_EQ(skipped.summary.skipped.panelPackets, 3);
    EXPECT_EQ(panelOf(*store), before);
    // …and update takes the file's.
    ASSERT_TRUE(DataImporter::import(*store, changed, ConflictPolicy::Update).ok());
    EXPECT_NE(panelOf(*store), before);
    EXPECT_EQ(store->panel().packets()->last().deadline, QStringLiteral("2030-01-01")); // the oldest, first in the file
}

TEST_F(PanelDataTest, AVersion8FileStillReadsAndItsExpertsGetTheDefaults)
{
    EXPECT_EQ(JsonDataReader::FormatVersion, 9);
    const auto eight = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio", "version": 8,
        "raters": [{"key": "wang", "name": "王五", "organisation": "某大学"}]})json"),
                                            QStringLiteral("old.json"));
    ASSERT_TRUE(eight.problems.isEmpty()) << qPrintable(describeDataProblems(eight.problems));
    ASSERT_EQ(eight.data.raters.size(), 1);
    EXPECT_TRUE(eight.data.raters[0].rater.field.isEmpty());
    EXPECT_EQ(eight.data.raters[0].rater.experienceYears, std::nullopt);
    EXPECT_EQ(eight.data.raters[0].rater.language, Language::Chinese);
    EXPECT_FALSE(eight.data.panelSettings.has_value()); // the database's stop rule is left as it is
    EXPECT_TRUE(eight.data.panelScores.isEmpty());
    const PanelSettings settings = *store->panel().settings();
    ASSERT_TRUE(DataImporter::import(*store, eight.data, ConflictPolicy::Fail).ok());
    EXPECT_EQ(*store->panel().settings(), settings);
    EXPECT_EQ(store->raters().byKey(QStringLiteral("wang"))->language, Language::Chinese);

    const auto ten = JsonDataReader::read(QByteArray(R"json({"format": "triangle-studio", "version": 10})json"), QStringLiteral("new.json"));
    EXPECT_FALSE(ten.problems.isEmpty());
}

TEST_F(PanelDataTest, BadExpertFieldsAreNamedAtTheirPlace)
{
    const auto read = JsonDataReader::read(panelFile(R"json("raters": [
        {"key": "a", "name": "甲", "experience_years": 81},
        {"key": "b", "name": "乙", "language": "fr"},
        {"key": "c", "name": "丙", "experience_years": 2.5}])json"),
                                           QStringLiteral("bad.json"));
    const QString problems = describeDataProblems(read.problems);
    EXPECT_EQ(read.problems.size(), 3) << qPrintable(problems);
    for (const char *place : {"bad.json: $.raters[0].experience_years", "bad.json: $.raters[1].language", "bad.json: $.raters[2].experience_years"})
        EXPECT_TRUE(problems.contains(QLatin1StringView(place))) << place << "\n" << qPrintable(problems);
}

TEST_F(PanelDataTest, BadPanelRowsAreRefusedAtTheirPlaceWithNothingWritten)
{
    // What the reader sees by itself: a score off the scale, a value off Saaty's scale.
    const auto read = JsonDataReader::read(panelFile(R"json(
        "panel_scores": [{"rater": "article-reading", "round": 1, "stage": "advantage", "region": "330000",
                          "indicator": "mission-vision", "score": 11}],
        "panel_judgments": [{"rater": "article-reading", "round": 1, "scope": "dimensions", "first": "mission",
                             "second": "political", "value": 10},
                            {"rater": "article-reading", "round": 21, "scope": "dimensions", "first": "mission",
                             "second": "operational", "value": 2}])json"),
                                           QStringLiteral("bad.json"));
    const QString said = describeDataProblems(read.problems);
    ASSERT_EQ(read.problems.size(), 3) << qPrintable(said);
    EXPECT_EQ(read.problems[0].location, QStringLiteral("bad.json: $.panel_scores[0].score"));
    EXPECT_EQ(read.problems[1].location, QStringLiteral("bad.json: $.panel_judgments[0].value"));
    EXPECT_TRUE(read.problems[1].message.contains(QStringLiteral("Saaty"))) << qPrintable(said);
    EXPECT_EQ(read.problems[2].location, QStringLiteral("bad.json: $.panel_judgments[1].round"));

    // The same score in a CSV folder: its file, line and column.
    const QString folder = path(QStringLiteral("bad"));
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile csv(folder + QStringLiteral("/panel_scores.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("rater,round,stage,region,indicator,score\narticle-reading,1,advantage,330000,mission-vision,7\n"
              "article-reading,2,advantage,330000,mission-vision,11\n");
    csv.close();
    const DataReadOutput fromCsv = readDataPath(folder);
    ASSERT_EQ(fromCsv.problems.size(), 1) << qPrintable(describeDataProblems(fromCsv.problems));
    EXPECT_EQ(fromCsv.problems[0].location, QStringLiteral("panel_scores.csv: line 3, column score"));

    // What the importer sees with the database: an expert nobody knows, a
    // comparison of indicators of two dimensions; the good rows are not written either.
    const Indicator mission = store->indicators().all()->first();
    QString otherDimension;
    for (const Indicator &i : *store->indicators().all())
        if (i.dimension != mission.dimension)
            otherDimension = i.key;
    ASSERT_FALSE(otherDimension.isEmpty());
    const QByteArray file = panelFile(QStringLiteral(R"json(
        "panel_scores": [{"rater": "article-reading", "round": 1, "stage": "advantage", "region": "330000",
                          "indicator": "%1", "score": 7},
                         {"rater": "nobody", "round": 1, "stage": "advantage", "region": "330000",
                          "indicator": "%1", "score": 7}],
        "panel_judgments": [{"rater": "article-reading", "round": 1, "scope": "dimensions", "first": "political",
                             "second": "mission", "value": 3},
                            {"rater": "article-reading", "round": 1, "scope": "%2", "first": "%1",
                             "second": "%3", "value": 3}])json")
                                          .arg(mission.key, dimensionKey(mission.dimension), otherDimension)
                                          .toUtf8());
    const auto cross = JsonDataReader::read(file, QStringLiteral("panel.json"));
    ASSERT_TRUE(cross.problems.isEmpty()) << qPrintable(describeDataProblems(cross.problems));
    const QStringList before = panelOf(*store);
    const auto imported = DataImporter::import(*store, cross.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 2) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.problems[0].location, QStringLiteral("panel.json: $.panel_scores[1].rater"));
    EXPECT_TRUE(imported.problems[0].message.contains(QStringLiteral("nobody")));
    EXPECT_EQ(imported.problems[1].location, QStringLiteral("panel.json: $.panel_judgments[1].second"));
    EXPECT_TRUE(imported.problems[1].message.contains(QStringLiteral("two dimensions"))) << qPrintable(imported.problems[1].message);
    EXPECT_EQ(panelOf(*store), before); // nothing written
    EXPECT_TRUE(store->panel().allScores()->isEmpty());
    EXPECT_TRUE(store->panel().allJudgments()->isEmpty());
}

// A judgment read either way round is stored once, as the pair; a packet an
// answer names must be in the file or the database.
TEST_F(PanelDataTest, AComparisonIsReadEitherWayRoundAndAnAnswersPacketMustExist)
{
    const auto read = JsonDataReader::read(panelFile(R"json(
        "panel_judgments": [{"rater": "article-reading", "round": 1, "scope": "dimensions", "first": "political",
                             "second": "mission", "value": "1/3"},
                            {"rater": "article-reading", "round": 1, "scope": "dimensions", "first": "mission",
                             "second": "political", "value": 3}])json"),
                                           QStringLiteral("twice.json"));
    ASSERT_EQ(read.problems.size(), 1) << qPrintable(describeDataProblems(read.problems));
    EXPECT_EQ(read.problems[0].location, QStringLiteral("twice.json: $.panel_judgments[1]"));

    const auto once = JsonDataReader::read(panelFile(R"json(
        "panel_judgments": [{"rater": "article-reading", "round": 1, "scope": "dimensions", "first": "political",
                             "second": "mission", "value": 0.333333333333333}])json"),
                                           QStringLiteral("once.json"));
    ASSERT_TRUE(once.problems.isEmpty()) << qPrintable(describeDataProblems(once.problems));
    ASSERT_TRUE(DataImporter::import(*store, once.data, ConflictPolicy::Fail).ok());
    const auto judgments = *store->panel().judgments(1);
    ASSERT_EQ(judgments.size(), 1);
    EXPECT_EQ(judgments[0].firstDimension, Dimension::Mission); // "mission" < "political": stored first
    EXPECT_EQ(judgments[0].value, 3.0);                         // exactly: 1/3 snapped, turned round

    const auto orphan = JsonDataReader::read(panelFile(R"json(
        "panel_scores": [{"rater": "article-reading", "round": 1, "stage": "advantage", "region": "330000",
                          "indicator": "mission-vision", "score": 7, "packet": "0123456789abcdef0123456789abcdef"}])json"),
                                             QStringLiteral("orphan.json"));
    ASSERT_TRUE(orphan.problems.isEmpty()) << qPrintable(describeDataProblems(orphan.problems));
    const auto imported = DataImporter::import(*store, orphan.data, ConflictPolicy::Fail);
    ASSERT_FALSE(imported.ok());
    ASSERT_EQ(imported.problems.size(), 1) << qPrintable(describeDataProblems(imported.problems));
    EXPECT_EQ(imported.problems[0].location, QStringLiteral("orphan.json: $.panel_scores[0].packet"));
}
