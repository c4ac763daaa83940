// The expert panel in the store (schema 11, issue 22): packets are recorded
// when made; a returned packet's answers are stored for its expert and round,
// the latest round becoming the expert's indicator value; a packet of another
// database, one never made, an altered one or one whose expert is gone is
// refused with nothing written; another expert's values are never touched.
// The returned packets here are built by hand: the workbook is read in
// ScoringPacketTest, and both together in the command line's panel test.

#include "support/OlderSchemaFile.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"

#include <QRegularExpression>

#include <algorithm>

using namespace triangle;
using namespace triangle::test;

namespace {
class PanelStoreTest : public ::testing::Test
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
        zhang = addExpert(QStringLiteral("zhang"), QStringLiteral("张三"), Language::Chinese);
        li = addExpert(QStringLiteral("li"), QStringLiteral("Li Si"), Language::English);
    }

    Id addExpert(const QString &key, const QString &name, Language language)
    {
        Rater r;
        r.key = key;
        r.name = name;
        r.organisation = QStringLiteral("某大学");
        r.field = QStringLiteral("公共管理");
        r.experienceYears = 12;
        r.language = language;
        auto id = store->raters().add(r);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : NoId;
    }

    ScoringPacket makePacket(Id rater, int round = 1, bool comparisons = false)
    {
        PacketRequest request{rater, advantage, {zhejiang, shanxi}, round, QStringLiteral("2027-01-15"), comparisons};
        auto packet = store->panel().createPacket(request);
        EXPECT_TRUE(packet.ok()) << qPrintable(packet.ok() ? QString() : packet.error().message);
        return packet.ok() ? *packet : ScoringPacket{};
    }

    // What the reader would give for `packet` filled with score(item) (nullopt: left empty).
    static ReturnedPacket filled(const ScoringPacket &packet, const std::function<std::optional<double>(const PacketItem &)> &score)
    {
        ReturnedPacket r{packet.packetId, packet.databaseId, packet.raterId, packet.raterKey, packet.round,
                         packet.stageId, packet.stageKey, {}, {}, {}, {}};
        int row = 2;
        for (const PacketItem &item : packet.items)
            r.answers.append({row++, item.regionId, item.regionKey, item.indicatorId, item.indicatorKey, score(item),
                              QStringLiteral("依据"), QString()});
        return r;
    }

    // Every answer stored for the advantage stage, over all rounds.
    int storedAnswers() const
    {
        int n = 0;
        for (int round : *store->panel().rounds(advantage))
            n += int(store->panel().scores(advantage, round)->size());
        return n;
    }

    std::optional<double> currentValue(Id rater, Id region, const QString &indicatorKey) const
    {
        const Id indicator = store->indicators().byKey(indicatorKey)->id;
        auto value = store->indicatorValues().find(region, advantage, indicator, rater);
        EXPECT_TRUE(value.ok());
        return value.ok() && *value ? std::optional<double>((*value)->score) : std::nullopt;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    Id zhejiang = NoId, shanxi = NoId, advantage = NoId, zhang = NoId, li = NoId;
};

double scoreFor(const PacketItem &item)
{
    // A different, valid score per item: 5.0 … 8.x on the 0.1 grid.
    return 5.0 + double(item.indicatorId % 30) / 10.0;
}
} // namespace

TEST_F(PanelStoreTest, TheDatabaseHasAnIdentityAndTheStopRuleItsDefaults)
{
    auto id = store->panel().databaseId();
    ASSERT_OK(id);
    EXPECT_EQ(id->size(), 32);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(*id).hasMatch()) << qPrintable(*id);
    auto settings = store->panel().settings();
    ASSERT_OK(settings);
    EXPECT_EQ(*settings, PanelSettings{});
    PanelSettings changed;
    changed.maxCoefficientOfVariation = 0.2;
    changed.minimumW = 0.5;
    changed.ahpAggregation = QStringLiteral("aip");
    ASSERT_OK(store->panel().setSettings(changed));
    EXPECT_EQ(*store->panel().settings(), changed);
    changed.significance = 1.5;
    EXPECT_FALSE(store->panel().setSettings(changed).ok());
}

TEST_F(PanelStoreTest, ExpertsKeepTheirFieldExperienceAndLanguage)
{
    const Rater stored = *store->raters().byId(li);
    EXPECT_EQ(stored.field, QStringLiteral("公共管理"));
    EXPECT_EQ(stored.experienceYears, 12);
    EXPECT_EQ(stored.language, Language::English);
    Rater wrong = stored;
    wrong.experienceYears = 120;
    EXPECT_FALSE(store->raters().update(wrong).ok());
}

TEST_F(PanelStoreTest, APacketAsksForEveryIndicatorOfEachRegionInTheExpertsLanguage)
{
    const int indicators = int(store->indicators().all()->size());
    const ScoringPacket zh = makePacket(zhang);
    EXPECT_EQ(zh.items.size(), 2 * indicators);
    EXPECT_EQ(zh.indicators.size(), indicators);
    EXPECT_EQ(zh.items.first().regionName, QStringLiteral("浙江省"));
    EXPECT_EQ(zh.stageName, store->stages().byId(advantage)->nameZh);
    EXPECT_EQ(zh.databaseId, *store->panel().databaseId());
    EXPECT_EQ(zh.packetId.size(), 32);
    EXPECT_FALSE(zh.indicators.first().anchors.isEmpty());
    EXPECT_TRUE(zh.comparisons.isEmpty());
    const ScoringPacket en = makePacket(li, 1, true);
    EXPECT_EQ(en.items.first().regionName, QStringLiteral("Zhejiang"));
    EXPECT_NE(en.packetId, zh.packetId);
    // Every pair within each dimension, then the three dimensions.
    int pairs = 3;
    for (Dimension d : AllDimensions) {
        const auto all = *store->indicators().all();
        const int n = int(std::count_if(all.begin(), all.end(), [d](const Indicator &i) { return i.dimension == d; }));
        pairs += n * (n - 1) / 2;
    }
    EXPECT_EQ(en.comparisons.size(), pairs);
    auto listed = store->panel().packets();
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->first().uuid, en.packetId); // newest first
    EXPECT_EQ(listed->first().items, 2 * indicators);
    EXPECT_EQ(listed->first().answered, 0);
    EXPECT_TRUE(listed->first().returnedAt.isEmpty());
}

TEST_F(PanelStoreTest, AReturnedPacketBecomesTheExpertsValuesAndReImportingUpdatesThem)
{
    const ScoringPacket packet = makePacket(zhang);
    ReturnedPacket returned = filled(packet, [](const PacketItem &item) -> std::optional<double> {
        return item.indicatorKey == QLatin1String("mission-vision") ? std::nullopt : std::optional<double>(scoreFor(item));
    });
    // The reader could not take row 9's score (11): a problem, not an empty answer.
    returned.answers[7].score.reset();
    returned.problems.append({QStringLiteral("Scores"), returned.answers[7].sheetRow, returned.answers[7].indicatorKey,
                              QStringLiteral("11 is above 10")});
    auto report = store->panel().importPacket(returned, QStringLiteral("张三.xlsx"));
    ASSERT_OK(report);
    EXPECT_EQ(report->items, packet.items.size());
    EXPECT_EQ(report->filled, packet.items.size() - 3);
    EXPECT_EQ(report->added, report->filled);
    EXPECT_EQ(report->empty.size(), 2);
    EXPECT_EQ(report->problems.size(), 1);
    EXPECT_EQ(report->rater.key, QStringLiteral("zhang"));
    EXPECT_EQ(storedAnswers(), report->filled);
    EXPECT_EQ(currentValue(zhang, zhejiang, QStringLiteral("political-status")),
              5.0 + double(store->indicators().byKey(QStringLiteral("political-status"))->id % 30) / 10.0);
    EXPECT_EQ(currentValue(zhang, zhejiang, QStringLiteral("mission-vision")), std::nullopt);
    EXPECT_FALSE(store->panel().packets()->first().returnedAt.isEmpty());
    EXPECT_EQ(store->panel().packets()->first().answered, report->filled);

    // The expert sends it again with one score changed: updated, not duplicated.
    for (PacketAnswer &a : returned.answers)
        if (a.indicatorKey == QLatin1String("political-status") && a.regionId == zhejiang)
            a.score = 2.5;
    auto again = store->panel().importPacket(returned);
    ASSERT_OK(again);
    EXPECT_EQ(again->added, 0);
    EXPECT_EQ(again->changed, 1);
    EXPECT_EQ(again->unchanged, again->filled - 1);
    EXPECT_EQ(storedAnswers(), again->filled);
    EXPECT_EQ(currentValue(zhang, zhejiang, QStringLiteral("political-status")), 2.5);
}

TEST_F(PanelStoreTest, ImportingNeverTouchesAnotherExpertsValues)
{
    const QList<IndicatorValue> before = *store->indicatorValues().all();
    const Id article = store->raters().byKey(QStringLiteral("article-reading"))->id;
    ASSERT_OK(store->panel().importPacket(filled(makePacket(zhang), [](const PacketItem &) { return 1.0; })));
    for (const IndicatorValue &value : *store->indicatorValues().all()) {
        if (value.raterId != zhang) {
            EXPECT_TRUE(before.contains(value)) << value.id;
        }
    }
    int articles = 0;
    for (const IndicatorValue &value : before)
        articles += value.raterId == article;
    int after = 0;
    for (const IndicatorValue &value : *store->indicatorValues().all())
        after += value.raterId == article;
    EXPECT_EQ(after, articles);
}

TEST_F(PanelStoreTest, APacketOfAnotherDatabaseOrNeverMadeOrAlteredIsRefusedWithNothingWritten)
{
    const ScoringPacket packet = makePacket(zhang);
    const ReturnedPacket good = filled(packet, [](const PacketItem &item) { return scoreFor(item); });
    const EntityCounts countsBefore = *store->counts();
    auto expectRefused = [&](const ReturnedPacket &bad, const QString &says) {
        auto report = store->panel().importPacket(bad, QStringLiteral("bad.xlsx"));
        ASSERT_FALSE(report.ok()) << qPrintable(says);
        EXPECT_TRUE(report.error().message.contains(says)) << qPrintable(report.error().message);
        EXPECT_TRUE(report.error().message.contains(QStringLiteral("bad.xlsx"))) << qPrintable(report.error().message);
        EXPECT_EQ(storedAnswers(), 0);
        EXPECT_EQ(*store->counts(), countsBefore);
    };
    ReturnedPacket foreign = good;
    foreign.databaseId = QStringLiteral("0123456789abcdef0123456789abcdef");
    expectRefused(foreign, QStringLiteral("another database"));
    ReturnedPacket unknown = good;
    unknown.packetId = QStringLiteral("fedcba9876543210fedcba9876543210");
    expectRefused(unknown, QStringLiteral("no record of making it"));
    ReturnedPacket otherExpert = good;
    otherExpert.raterId = li;
    otherExpert.raterKey = QStringLiteral("li");
    expectRefused(otherExpert, QStringLiteral("not the one the database made it for"));
    ReturnedPacket extraRow = good;
    PacketAnswer alien = extraRow.answers.first();
    alien.regionId = store->regions().byCode(QStringLiteral("510000"))->id;
    alien.sheetRow = 99;
    extraRow.answers.append(alien);
    expectRefused(extraRow, QStringLiteral("row 99"));
    ReturnedPacket missingRow = good;
    missingRow.answers.removeLast();
    expectRefused(missingRow, QStringLiteral("rows the packet was made with"));
    ReturnedPacket readerFound = good;
    readerFound.structureErrors.append(QStringLiteral("the sheet “Scores” was renamed"));
    expectRefused(readerFound, QStringLiteral("renamed"));
}

TEST_F(PanelStoreTest, APacketWhoseExpertWasDeletedIsRefused)
{
    const ScoringPacket packet = makePacket(zhang);
    ASSERT_OK(store->raters().remove(zhang));
    auto report = store->panel().importPacket(filled(packet, [](const PacketItem &item) { return scoreFor(item); }));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(storedAnswers(), 0);
}

TEST_F(PanelStoreTest, ARoundTwoPacketFeedsBackTheRoundOneSpreadAndTheLatestRoundIsCurrent)
{
    // Round 1: three experts answer; zhang 4, li 6, wang 9 on every item.
    const Id wang = addExpert(QStringLiteral("wang"), QStringLiteral("王五"), Language::Chinese);
    const QList<std::pair<Id, double>> round1{{zhang, 4.0}, {li, 6.0}, {wang, 9.0}};
    for (const auto &[expert, score] : round1)
        ASSERT_OK(store->panel().importPacket(filled(makePacket(expert), [score](const PacketItem &) { return score; })));
    EXPECT_EQ(*store->panel().rounds(advantage), QList<int>{1});

    const ScoringPacket second = makePacket(zhang, 2);
    ASSERT_FALSE(second.items.isEmpty());
    for (const PacketItem &item : second.items) {
        ASSERT_TRUE(item.feedback.has_value());
        EXPECT_EQ(item.feedback->answers, 3);
        EXPECT_DOUBLE_EQ(item.feedback->median, 6.0);
        EXPECT_DOUBLE_EQ(item.feedback->lowerQuartile, 5.0); // QUARTILE.INC of 4, 6, 9: 4 + 0.5 × 2
        EXPECT_DOUBLE_EQ(item.feedback->upperQuartile, 7.5); // 6 + 0.5 × 3
        EXPECT_EQ(item.feedback->ownScore, 4.0);
    }
    // 5.5 lies inside 5–7.5, 8 outside: the first item's 8 comes with a reason, the second's without.
    ReturnedPacket answered = filled(second, [](const PacketItem &) { return 5.5; });
    answered.answers[0].score = 8.0;
    answered.answers[0].reason = QStringLiteral("重新考虑");
    answered.answers[1].score = 8.0;
    auto report2 = store->panel().importPacket(answered);
    ASSERT_OK(report2);
    ASSERT_EQ(report2->withoutReason.size(), 1);
    EXPECT_EQ(report2->withoutReason.first().sheetRow, answered.answers[1].sheetRow);
    EXPECT_EQ(*store->panel().rounds(advantage), (QList<int>{1, 2}));
    EXPECT_EQ(currentValue(zhang, zhejiang, QStringLiteral("mission-vision")), 8.0);
    const auto round2 = *store->panel().scores(advantage, 2);
    ASSERT_EQ(round2.size(), second.items.size());
    EXPECT_EQ(round2.first().raterId, zhang);
    EXPECT_TRUE(std::any_of(round2.begin(), round2.end(), [](const PanelScore &s) { return s.reason == QStringLiteral("重新考虑"); }));
    EXPECT_EQ(store->panel().scores(advantage, 1)->size(), 3 * second.items.size());

    // Round 1 sent again late: kept for round 1, but round 2 stays current.
    const ScoringPacket firstAgain = makePacket(zhang, 1);
    auto late = store->panel().importPacket(filled(firstAgain, [](const PacketItem &) { return 3.0; }));
    ASSERT_OK(late);
    EXPECT_EQ(late->notCurrent, late->filled);
    EXPECT_EQ(currentValue(zhang, zhejiang, QStringLiteral("mission-vision")), 8.0);
}

TEST_F(PanelStoreTest, ComparisonsAreStoredOncePerPairWhicheverWayTheyAreAsked)
{
    const ScoringPacket packet = makePacket(li, 1, true);
    ReturnedPacket returned = filled(packet, [](const PacketItem &) { return 7.0; });
    int row = 2;
    for (const PacketComparison &c : packet.comparisons)
        returned.comparisons.append({row++, c.scope, c.secondKey, c.firstKey, 3.0}); // asked the other way round
    returned.comparisons.last().value.reset();
    auto report = store->panel().importPacket(returned);
    ASSERT_OK(report);
    EXPECT_EQ(report->comparisonsFilled, packet.comparisons.size() - 1);
    EXPECT_EQ(report->comparisonsEmpty, 1);
    const auto judgments = *store->panel().judgments(1);
    ASSERT_EQ(judgments.size(), packet.comparisons.size() - 1);
    for (const PanelJudgment &j : judgments) {
        EXPECT_EQ(j.raterId, li);
        // Stored first-over-second with the lower id first: the reciprocal of "second over first is 3".
        EXPECT_NEAR(j.value, 1.0 / 3.0, 1e-12);
        if (j.firstIndicatorId != NoId) {
            EXPECT_LT(j.firstIndicatorId, j.secondIndicatorId);
        }
    }
    // Imported again: the same rows.
    ASSERT_OK(store->panel().importPacket(returned));
    EXPECT_EQ(store->panel().judgments(1)->size(), judgments.size());
}

// Schema 11: a schema-10 file gains an identity of its own, its raters the
// panel's fields (empty), and the stop rule its defaults.
TEST(PanelMigrationTest, ASchema10FileGainsAnIdentityAndThePanelTables)
{
    QTemporaryDir dir;
    QStringList identities;
    for (const QString &name : {QStringLiteral("a.tsdb"), QStringLiteral("b.tsdb")}) {
        const QString path = dir.filePath(name);
        ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(
            path, 10, {QStringLiteral("INSERT INTO raters (id, key, name, organisation) VALUES (1, 'a', '甲', '某所')")}));
        auto store = Store::open(path);
        ASSERT_OK(store);
        EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion()); // 11 and any later step
        const Rater rater = *(*store)->raters().byId(1);
        EXPECT_EQ(rater.organisation, QStringLiteral("某所"));
        EXPECT_TRUE(rater.field.isEmpty());
        EXPECT_EQ(rater.experienceYears, std::nullopt);
        EXPECT_EQ(rater.language, Language::Chinese);
        EXPECT_EQ(*(*store)->panel().settings(), PanelSettings{});
        EXPECT_TRUE((*store)->panel().packets()->isEmpty());
        identities.append(*(*store)->panel().databaseId());
    }
    EXPECT_NE(identities[0], identities[1]); // each file its own
}
