// Round trips of every entity, the rules that refuse bad records with nothing
// written, cascading deletes, transactions and change notifications.

#include "support/TestData.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

TEST_F(StoreTest, RegionRoundTrip)
{
    addBasics();
    auto read = store->regions().byId(zhejiang);
    ASSERT_OK(read);
    Region expected = makeRegion(QStringLiteral("330000"), QStringLiteral("浙江省"), Level::Province, national);
    expected.id = zhejiang;
    EXPECT_EQ(*read, expected);
    EXPECT_EQ(store->regions().byCode(QStringLiteral("330000"))->id, zhejiang);

    expected.nameEn = QStringLiteral("Zhejiang");
    expected.notes = QStringLiteral("使命优势");
    ASSERT_OK(store->regions().update(expected));
    EXPECT_EQ(*store->regions().byId(zhejiang), expected);
    EXPECT_EQ(store->regions().all()->size(), 3);
    EXPECT_EQ(store->regions().all()->first().code, QStringLiteral("100000")); // ordered by code
}

TEST_F(StoreTest, StageRoundTripInOrder)
{
    addBasics();
    auto stages = store->stages().all();
    ASSERT_OK(stages);
    ASSERT_EQ(stages->size(), 3);
    EXPECT_EQ((*stages)[0].key, QStringLiteral("initial"));
    EXPECT_EQ((*stages)[2].key, QStringLiteral("target"));
    Stage later = makeStage(QStringLiteral("2030"), 2030, 2030, 4);
    auto id = store->stages().add(later);
    ASSERT_OK(id);
    later.id = *id;
    EXPECT_EQ(*store->stages().byKey(QStringLiteral("2030")), later);
    EXPECT_EQ(*store->stages().byId(*id), later);
    const auto missing = store->stages().byId(*id + 100);
    EXPECT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, StoreError::Kind::NotFound);
}

TEST_F(StoreTest, AssessmentRoundTripAndStageOrder)
{
    addBasics();
    Assessment late = makeAssessment(zhejiang, target, 8.5, 8, 8.5);
    Assessment early = makeAssessment(zhejiang, initial, 3.5, 3, 3);
    auto lateId = store->assessments().add(late);
    auto earlyId = store->assessments().add(early);
    ASSERT_OK(lateId);
    ASSERT_OK(earlyId);
    late.id = *lateId;
    early.id = *earlyId;

    auto list = store->assessments().forRegion(zhejiang);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ((*list)[0], early);
    EXPECT_EQ((*list)[1], late);

    early.scores[Dimension::Mission] = 4.2;
    early.rationale[Dimension::Political] = QStringLiteral("修改后的理由");
    ASSERT_OK(store->assessments().update(early));
    EXPECT_EQ(store->assessments().at(zhejiang, initial)->value(), early);
    EXPECT_FALSE(store->assessments().at(shanxi, initial)->has_value());
}

TEST_F(StoreTest, PolicyRoundTripWithEachDatePrecision)
{
    addBasics();
    for (const PartialDate &date : {PartialDate::ofYear(2012), PartialDate::ofMonth(2018, 10), PartialDate::ofDay(2020, 9, 30)}) {
        Policy p = makePolicy(shanxi, QStringLiteral("条例 ") + date.toString(), date);
        p.uid = QStringLiteral("p-") + date.toString();
        auto id = store->policies().add(p);
        ASSERT_OK(id);
        p.id = *id;
        EXPECT_EQ(*store->policies().byId(p.id), p);
        EXPECT_EQ(*store->policies().byUid(p.uid), p);
    }
}

TEST_F(StoreTest, PolicyGetsAUidWhenItHasNone)
{
    addBasics();
    auto id = store->policies().add(makePolicy(national, QStringLiteral("条例"), PartialDate::ofYear(2012)));
    ASSERT_OK(id);
    EXPECT_FALSE(store->policies().byId(*id)->uid.isEmpty());
}

TEST_F(StoreTest, MilestoneRoundTripWithAndWithoutQuantity)
{
    addBasics();
    Milestone with = makeMilestone(shanxi, QStringLiteral("28万平方米办公用房维修改造"), PartialDate::ofYear(2019));
    Milestone without = makeMilestone(zhejiang, QStringLiteral("公务用车全省一张网"), PartialDate::ofMonth(2019, 12));
    without.quantity.reset();
    for (Milestone *m : {&with, &without}) {
        auto id = store->milestones().add(*m);
        ASSERT_OK(id);
        m->id = *id;
        m->uid = store->milestones().byId(*id)->uid;
        EXPECT_EQ(*store->milestones().byId(*id), *m);
    }
    with.quantity = Quantity{280000, QStringLiteral("m²")};
    ASSERT_OK(store->milestones().update(with));
    EXPECT_EQ(*store->milestones().byUid(with.uid), with);
}

TEST_F(StoreTest, FiltersPoliciesAndMilestones)
{
    addBasics();
    Policy a = makePolicy(zhejiang, QStringLiteral("浙江省机关运行保障工作条例"), PartialDate::ofMonth(2023, 11));
    a.dimensions = {Dimension::Mission};
    Policy b = makePolicy(shanxi, QStringLiteral("山西省机关运行保障条例"), PartialDate::ofMonth(2020, 9));
    b.dimensions = {Dimension::Political};
    Policy c = makePolicy(national, QStringLiteral("机关事务管理条例"), PartialDate::ofYear(2012));
    for (const Policy &p : {a, b, c})
        ASSERT_OK(store->policies().add(p));

    auto all = store->policies().all();
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ((*all)[0].titleZh, c.titleZh); // by date

    RecordFilter byRegion;
    byRegion.regionId = shanxi;
    EXPECT_EQ(store->policies().all(byRegion)->size(), 1);

    RecordFilter byDimension;
    byDimension.dimension = Dimension::Political;
    EXPECT_EQ(store->policies().all(byDimension)->size(), 2); // b and c

    RecordFilter byYears;
    byYears.fromYear = 2015;
    byYears.toYear = 2021;
    EXPECT_EQ(store->policies().all(byYears)->size(), 1);

    RecordFilter byText;
    byText.text = QStringLiteral("运行保障");
    EXPECT_EQ(store->policies().all(byText)->size(), 2);
    byText.text = QStringLiteral("english 机关事务"); // matches title_en, case-insensitively
    EXPECT_EQ(store->policies().all(byText)->size(), 1);

    ASSERT_OK(store->milestones().add(makeMilestone(zhejiang, QStringLiteral("政采云"), PartialDate::ofYear(2017))));
    RecordFilter milestonesOfShanxi;
    milestonesOfShanxi.regionId = shanxi;
    EXPECT_TRUE(store->milestones().all(milestonesOfShanxi)->isEmpty());
}

TEST_F(StoreTest, EvidenceLinksBothKinds)
{
    addBasics();
    auto assessment = store->assessments().add(makeAssessment(shanxi, advantage, 5.5, 8.5, 6));
    auto policy = store->policies().add(makePolicy(shanxi, QStringLiteral("山西省机关运行保障条例"), PartialDate::ofMonth(2020, 9)));
    auto milestone = store->milestones().add(makeMilestone(shanxi, QStringLiteral("省领导批示253次"), PartialDate::ofYear(2019)));
    ASSERT_OK(assessment);
    ASSERT_OK(policy);
    ASSERT_OK(milestone);

    Evidence e1{NoId, *assessment, Dimension::Political, Evidence::Kind::Policy, *policy};
    Evidence e2{NoId, *assessment, Dimension::Political, Evidence::Kind::Milestone, *milestone};
    auto id1 = store->evidence().add(e1);
    auto id2 = store->evidence().add(e2);
    ASSERT_OK(id1);
    ASSERT_OK(id2);
    e1.id = *id1;
    e2.id = *id2;
    EXPECT_EQ(*store->evidence().forAssessment(*assessment), (QList<Evidence>{e1, e2}));
    EXPECT_EQ(*store->evidence().citing(Evidence::Kind::Milestone, *milestone), QList<Evidence>{e2});

    // The same link twice is refused.
    auto again = store->evidence().add(Evidence{NoId, *assessment, Dimension::Political, Evidence::Kind::Policy, *policy});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, StoreError::Kind::Conflict);

    ASSERT_OK(store->evidence().remove(e1.id));
    EXPECT_EQ(store->evidence().forAssessment(*assessment)->size(), 1);
}

TEST_F(StoreTest, RejectsScoreAboveTenWithNothingWritten)
{
    addBasics();
    auto added = store->assessments().add(makeAssessment(zhejiang, initial, 11, 5, 5));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind, StoreError::Kind::Invalid);
    ASSERT_EQ(added.error().problems.size(), 1);
    EXPECT_EQ(added.error().problems[0].field, QStringLiteral("scores.mission"));
    EXPECT_EQ(store->counts()->assessments, 0);
}

TEST_F(StoreTest, RejectsDuplicateRegionCode)
{
    addBasics();
    auto dup = store->regions().add(makeRegion(QStringLiteral("330000"), QStringLiteral("又一个浙江"), Level::Province, national));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().kind, StoreError::Kind::Conflict);
    EXPECT_TRUE(dup.error().message.contains(QStringLiteral("330000")));
    EXPECT_EQ(store->counts()->regions, 3);

    Region renamed = *store->regions().byId(shanxi);
    renamed.code = QStringLiteral("330000");
    EXPECT_EQ(store->regions().update(renamed).error().kind, StoreError::Kind::Conflict);
    EXPECT_EQ(store->regions().byId(shanxi)->code, QStringLiteral("140000"));
}

TEST_F(StoreTest, RejectsEmptyTitleAndImpossibleDate)
{
    addBasics();
    Policy p = makePolicy(national, QString(), PartialDate::ofDay(2023, 2, 30));
    auto added = store->policies().add(p);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().problems.size(), 2);
    Milestone m = makeMilestone(national, QStringLiteral(" "), PartialDate());
    EXPECT_FALSE(store->milestones().add(m).ok());
    EXPECT_EQ(store->counts()->policies, 0);
    EXPECT_EQ(store->counts()->milestones, 0);
}

TEST_F(StoreTest, RejectsReferencesToNothing)
{
    addBasics();
    auto orphan = store->assessments().add(makeAssessment(9999, initial, 5, 5, 5));
    ASSERT_FALSE(orphan.ok());
    auto dangling = store->evidence().add(Evidence{NoId, 9999, Dimension::Mission, Evidence::Kind::Policy, 9999});
    ASSERT_FALSE(dangling.ok());
    EXPECT_EQ(store->counts()->assessments, 0);
    EXPECT_EQ(store->counts()->evidence, 0);
}

TEST_F(StoreTest, UpdatingOrDeletingAMissingRecordSaysSo)
{
    addBasics();
    Region ghost = makeRegion(QStringLiteral("990000"), QStringLiteral("无"), Level::Province, national);
    ghost.id = 4242;
    EXPECT_EQ(store->regions().update(ghost).error().kind, StoreError::Kind::NotFound);
    EXPECT_EQ(store->policies().remove(4242).error().kind, StoreError::Kind::NotFound);
}

// The CHECK constraints hold even for a writer that skips the Store's validation.
TEST_F(StoreTest, SchemaChecksRejectWhatValidationWouldHave)
{
    addBasics();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        const QStringList bad = {
            QStringLiteral("INSERT INTO assessments (region_id, stage_id, mission, political, operational) VALUES (%1, %2, 11, 5, 5)")
                .arg(zhejiang)
                .arg(initial),
            QStringLiteral("INSERT INTO assessments (region_id, stage_id, mission, political, operational) VALUES (%1, %2, 5.25, 5, 5)")
                .arg(zhejiang)
                .arg(initial),
            QStringLiteral("INSERT INTO regions (code, name_zh, level, parent_id) VALUES ('33AB00', 'x', 'province', %1)").arg(national),
            QStringLiteral("INSERT INTO regions (code, name_zh, level, parent_id) VALUES ('440000', 'x', 'planet', %1)").arg(national),
            QStringLiteral("INSERT INTO regions (code, name_zh, level, parent_id) VALUES ('440000', 'x', 'province', NULL)"),
            QStringLiteral("INSERT INTO policies (uid, region_id, title_zh, date_year, date_month, date_precision, level, kind) "
                           "VALUES ('u', %1, 't', 2020, 5, 'year', 'national', 'law')")
                .arg(national),
            QStringLiteral("INSERT INTO milestones (uid, region_id, title_zh, date_year, date_precision, unit) "
                           "VALUES ('u', %1, 't', 2020, 'year', 'm²')")
                .arg(national),
            QStringLiteral("INSERT INTO evidence (assessment_id, dimension) VALUES (1, 'mission')"),
            QStringLiteral("INSERT INTO assessments (region_id, stage_id, mission, political, operational) VALUES (777, %1, 5, 5, 5)").arg(initial),
        };
        for (const QString &sql : bad)
            EXPECT_FALSE(q.exec(sql)) << qPrintable(sql);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
    EXPECT_EQ(store->counts()->assessments, 0);
    EXPECT_EQ(store->counts()->regions, 3);
}

TEST_F(StoreTest, DeletingARegionTakesWhatBelongsToIt)
{
    addBasics();
    auto city = store->regions().add(makeRegion(QStringLiteral("330100"), QStringLiteral("杭州市"), Level::City, zhejiang));
    ASSERT_OK(city);
    auto assessment = store->assessments().add(makeAssessment(zhejiang, advantage, 8, 5.5, 6));
    auto policy = store->policies().add(makePolicy(zhejiang, QStringLiteral("试点方案"), PartialDate::ofYear(2018)));
    auto milestone = store->milestones().add(makeMilestone(*city, QStringLiteral("杭州"), PartialDate::ofYear(2019)));
    auto nationalPolicy = store->policies().add(makePolicy(national, QStringLiteral("条例"), PartialDate::ofYear(2012)));
    ASSERT_OK(assessment);
    ASSERT_OK(store->evidence().add({NoId, *assessment, Dimension::Mission, Evidence::Kind::Policy, *policy}));
    ASSERT_OK(store->evidence().add({NoId, *assessment, Dimension::Political, Evidence::Kind::Policy, *nationalPolicy}));
    ASSERT_OK(milestone);

    ASSERT_OK(store->regions().remove(zhejiang));
    const EntityCounts c = *store->counts();
    EXPECT_EQ(c.regions, 2);     // national and Shanxi; Hangzhou went with Zhejiang
    EXPECT_EQ(c.assessments, 0);
    EXPECT_EQ(c.policies, 1);    // the national one stays
    EXPECT_EQ(c.milestones, 0);
    EXPECT_EQ(c.evidence, 0);
}

TEST_F(StoreTest, DeletedRecordComesBackUnderItsOwnId)
{
    addBasics();
    Region shanxiBefore = *store->regions().byId(shanxi);
    ASSERT_OK(store->regions().remove(shanxi));
    auto restored = store->regions().add(shanxiBefore);
    ASSERT_OK(restored);
    EXPECT_EQ(*restored, shanxi);
    EXPECT_EQ(*store->regions().byId(shanxi), shanxiBefore);
}

TEST_F(StoreTest, DeletingAPolicyRemovesItsEvidence)
{
    addBasics();
    auto assessment = store->assessments().add(makeAssessment(shanxi, advantage, 5.5, 8.5, 6));
    auto policy = store->policies().add(makePolicy(shanxi, QStringLiteral("条例"), PartialDate::ofYear(2020)));
    ASSERT_OK(store->evidence().add({NoId, *assessment, Dimension::Political, Evidence::Kind::Policy, *policy}));
    ASSERT_OK(store->policies().remove(*policy));
    EXPECT_EQ(store->counts()->evidence, 0);
    EXPECT_EQ(store->counts()->assessments, 1);
}

TEST_F(StoreTest, WriteIsAllOrNothing)
{
    addBasics();
    Status status = store->write([&]() -> Status {
        if (auto a = store->assessments().add(makeAssessment(zhejiang, initial, 3, 3, 3)); !a)
            return a.error();
        return store->assessments().add(makeAssessment(zhejiang, advantage, 12, 3, 3)); // invalid: all rolls back
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(store->counts()->assessments, 0);
}

TEST_F(StoreTest, NestedFailureRollsBackOnlyItsOwnPart)
{
    addBasics();
    Status status = store->write([&]() -> Status {
        EXPECT_TRUE(store->assessments().add(makeAssessment(zhejiang, initial, 3, 3, 3)).ok());
        EXPECT_FALSE(store->regions().add(makeRegion(QStringLiteral("330000"), QStringLiteral("重复"), Level::Province, national)).ok());
        return {};
    });
    EXPECT_OK(status);
    EXPECT_EQ(store->counts()->assessments, 1);
    EXPECT_EQ(store->counts()->regions, 3);
}

TEST_F(StoreTest, NotifiesAfterCommitOnly)
{
    addBasics();
    int regionSignals = 0;
    int assessmentSignals = 0;
    QObject::connect(store.get(), &Store::regionsChanged, [&] { ++regionSignals; });
    QObject::connect(store.get(), &Store::assessmentsChanged, [&] { ++assessmentSignals; });

    Status status = store->write([&]() -> Status {
        EXPECT_TRUE(store->assessments().add(makeAssessment(zhejiang, initial, 3, 3, 3)).ok());
        EXPECT_TRUE(store->assessments().add(makeAssessment(zhejiang, target, 8, 8, 8)).ok());
        EXPECT_EQ(assessmentSignals, 0); // nothing is announced before the commit
        return {};
    });
    ASSERT_OK(status);
    EXPECT_EQ(assessmentSignals, 1);
    EXPECT_EQ(regionSignals, 0);

    // A rolled-back write announces nothing.
    (void)store->write([&]() -> Status {
        EXPECT_TRUE(store->regions().add(makeRegion(QStringLiteral("510000"), QStringLiteral("四川省"), Level::Province, national)).ok());
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("abandoned"), {}};
    });
    EXPECT_EQ(regionSignals, 0);
    EXPECT_EQ(store->counts()->regions, 3);

    ASSERT_OK(store->regions().remove(zhejiang));
    EXPECT_EQ(regionSignals, 1);
    EXPECT_EQ(assessmentSignals, 2);
}

TEST_F(StoreTest, ChangesSurviveReopening)
{
    addBasics();
    ASSERT_OK(store->assessments().add(makeAssessment(zhejiang, advantage, 8, 5.5, 6)));
    store.reset();
    auto reopened = Store::open(path());
    ASSERT_OK(reopened);
    EXPECT_EQ((*reopened)->assessments().at(zhejiang, advantage)->value().scores, makeScores(8, 5.5, 6));
}

// A second writer (another window, the command line) waits for the lock and,
// if it is held too long, fails cleanly with nothing half-written.
TEST_F(StoreTest, SecondWriterWaitsThenFailsCleanlyWhileTheFirstHoldsTheLock)
{
    addBasics();
    OpenOptions impatient;
    impatient.busyTimeoutMs = 100;
    auto other = Store::open(path(), impatient);
    ASSERT_OK(other);

    Status first = store->write([&]() -> Status {
        if (auto a = store->assessments().add(makeAssessment(zhejiang, initial, 3, 3, 3)); !a)
            return a.error();
        auto blocked = (*other)->assessments().add(makeAssessment(shanxi, initial, 3, 3, 3));
        EXPECT_FALSE(blocked.ok());
        if (!blocked.ok()) {
            EXPECT_EQ(blocked.error().kind, StoreError::Kind::Busy) << qPrintable(blocked.error().message);
        }
        return {};
    });
    ASSERT_OK(first);
    // Once the first writer has committed, the second one goes through.
    ASSERT_OK((*other)->assessments().add(makeAssessment(shanxi, initial, 3, 3, 3)));
    EXPECT_EQ(store->counts()->assessments, 2);
}

// What changedRecords() says while milestonesChanged is emitted.
class ChangedRecordsTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        QObject::connect(store.get(), &Store::milestonesChanged, &m_receiver,
                         [this] { m_seen.append(store->changedRecords(Store::MilestonesChanged)); });
    }

    QObject m_receiver;
    QList<std::optional<QSet<Id>>> m_seen;
};

TEST_F(ChangedRecordsTest, NameTheMilestoneAddedSavedOrDeleted)
{
    auto added = store->milestones().add(makeMilestone(zhejiang, QStringLiteral("政采云"), PartialDate::ofYear(2017)));
    ASSERT_OK(added);
    Milestone saved = *store->milestones().byId(*added);
    saved.titleZh = QStringLiteral("政采云平台");
    ASSERT_OK(store->milestones().update(saved));
    ASSERT_OK(store->milestones().remove(*added));

    ASSERT_EQ(m_seen.size(), 3);
    for (const auto &seen : std::as_const(m_seen))
        EXPECT_EQ(seen, std::optional<QSet<Id>>(QSet<Id>{*added}));
    EXPECT_EQ(store->changedRecords(Store::MilestonesChanged), std::nullopt) << "answered only while emitting";
}

TEST_F(ChangedRecordsTest, NameEveryMilestoneOfOneWrite)
{
    Id first = NoId, second = NoId;
    ASSERT_OK(store->write([&]() -> Status {
        auto a = store->milestones().add(makeMilestone(zhejiang, QStringLiteral("一"), PartialDate::ofYear(2017)));
        auto b = store->milestones().add(makeMilestone(shanxi, QStringLiteral("二"), PartialDate::ofYear(2018)));
        if (!a || !b)
            return a ? b.error() : a.error();
        first = *a;
        second = *b;
        return {};
    }));
    ASSERT_EQ(m_seen.size(), 1);
    EXPECT_EQ(m_seen[0], std::optional<QSet<Id>>(QSet<Id>{first, second}));
}

TEST_F(ChangedRecordsTest, DoNotNameMilestonesDeletedWithTheirRegion)
{
    ASSERT_OK(store->milestones().add(makeMilestone(shanxi, QStringLiteral("二"), PartialDate::ofYear(2018))));
    m_seen.clear();
    ASSERT_OK(store->regions().remove(shanxi));
    ASSERT_EQ(m_seen.size(), 1);
    EXPECT_EQ(m_seen[0], std::nullopt) << "a cascade does not say which milestones went";
}
