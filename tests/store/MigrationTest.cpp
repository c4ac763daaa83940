// Schema versions in PRAGMA user_version: a new file is brought to the latest
// version; an older one is upgraded in one transaction after a backup copy is
// written; a failed upgrade leaves the file as it was.

#include "support/OlderSchemaFile.h"
#include "support/TestData.h"

#include "store/RaterRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
// The built-in steps plus a later one, as the next release will add.
QList<Migration> withNextVersion(const QString &sql)
{
    QList<Migration> steps = builtinMigrations();
    steps.append({latestSchemaVersion() + 1, sql});
    return steps;
}

QString backupFor(const QDir &dir)
{
    const QStringList backups = dir.entryList({QStringLiteral("*.schema-*-backup-*")}, QDir::Files);
    return backups.isEmpty() ? QString() : dir.filePath(backups.first());
}

// An older schema's file holding Zhejiang with one assessment (given) and a
// policy cited as its evidence for `cited`: what a table rebuild must keep.
struct OlderFile
{
    Assessment assessment; // as stored
    Id policyId = NoId;
};

void makeOlderFile(const QString &path, int version, Assessment assessment, Dimension cited, OlderFile &made)
{
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(
        path, version,
        {QStringLiteral("INSERT INTO stages (id, key, name_zh, start_year, end_year, sort_order) "
                        "VALUES (1, 'initial', '初始三角', 2011, 2011, 1)"),
         olderRegionInsert(QStringLiteral("100000"), QStringLiteral("全国"), Level::National),
         olderRegionInsert(QStringLiteral("330000"), QStringLiteral("浙江"), Level::Province, QStringLiteral("100000")),
         QStringLiteral("INSERT INTO policies (id, uid, region_id, title_zh, date_year, date_precision, level, kind, bears_mission) "
                        "VALUES (1, 'zj-2015-measures', 2, '浙江省机关事务管理办法', 2015, 'year', 'province', 'regulation', 1)")}));
    OpenOptions options;
    auto old = Store::open(path, options, builtinMigrations().mid(0, version));
    ASSERT_OK(old);
    ASSERT_EQ((*old)->schemaVersion(), version);
    // As inserted above (reading them back would read today's columns).
    const Id stage = 1;
    const Id zhejiang = 2;
    assessment.regionId = zhejiang;
    assessment.stageId = stage;
    auto added = (*old)->assessments().add(assessment);
    ASSERT_OK(added);
    const Id policy = 1; // as inserted above
    Evidence link;
    link.assessmentId = *added;
    link.dimension = cited;
    link.kind = Evidence::Kind::Policy;
    link.targetId = policy;
    ASSERT_OK((*old)->evidence().add(link));
    made = {*(*old)->assessments().byId(*added), policy};
}

class MigrationTest : public ::testing::Test
{
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("old.tsdb")); }

    // A database at the current schema with one region in it; the tests
    // below upgrade it to a next version, as the next release will.
    void makeCurrentSchemaDatabase()
    {
        OpenOptions options;
        options.createIfMissing = true;
        auto store = Store::open(path(), options, builtinMigrations());
        ASSERT_OK(store);
        ASSERT_EQ((*store)->schemaVersion(), latestSchemaVersion());
        ASSERT_OK((*store)->regions().add(makeRegion(QStringLiteral("100000"), QStringLiteral("全国"), Level::National, NoId)));
    }

    QTemporaryDir m_dir;
};
} // namespace

TEST(MigrationSqlTest, SplitsStatementsAndDropsComments)
{
    const QStringList statements = splitSqlStatements(QStringLiteral(
        "-- a comment\nCREATE TABLE a (\n    x INTEGER -- inline\n);\n\nCREATE INDEX a_x ON a (x);\n"));
    ASSERT_EQ(statements.size(), 2);
    EXPECT_TRUE(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    EXPECT_EQ(statements[1], QStringLiteral("CREATE INDEX a_x ON a (x);"));
}

// Numbered 1, 2, 3, … with none missing, repeated or out of order.
TEST(MigrationSqlTest, BuiltinStepsAreNumberedFromOne)
{
    const QList<Migration> &steps = builtinMigrations();
    ASSERT_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].toVersion, i + 1);
        EXPECT_FALSE(splitSqlStatements(steps[i].sql).isEmpty());
    }
    EXPECT_EQ(steps.last().toVersion, latestSchemaVersion());
}

TEST_F(MigrationTest, UpgradesToANextSchemaKeepingData)
{
    makeCurrentSchemaDatabase();
    const auto steps = withNextVersion(QStringLiteral("ALTER TABLE regions ADD COLUMN population INTEGER;\n"
                                                      "CREATE INDEX regions_by_name ON regions (name_zh);"));
    auto store = Store::open(path(), {}, steps);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion() + 1);
    EXPECT_FALSE((*store)->wasCreated());
    EXPECT_EQ((*store)->counts()->regions, 1);

    // A backup of the older file sits beside it and is itself openable at its version.
    const QString backup = backupFor(QDir(m_dir.path()));
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ((*store)->upgradeBackupPath(), backup);
    store->reset();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto old = Store::open(backup, readOnly, builtinMigrations());
    ASSERT_OK(old);
    EXPECT_EQ((*old)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*old)->counts()->regions, 1);
}

TEST_F(MigrationTest, FailedUpgradeLeavesTheFileAtItsVersion)
{
    makeCurrentSchemaDatabase();
    // The second statement fails after the first succeeded: both must roll back.
    const auto steps = withNextVersion(QStringLiteral("CREATE TABLE extra (x INTEGER);\nALTER TABLE no_such_table ADD COLUMN y;"));
    auto failed = Store::open(path(), {}, steps);
    ASSERT_FALSE(failed.ok());
    const QString next = QStringLiteral("version %1").arg(latestSchemaVersion() + 1);
    EXPECT_TRUE(failed.error().message.contains(next)) << qPrintable(failed.error().message);

    auto store = Store::open(path(), {}, builtinMigrations());
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*store)->counts()->regions, 1);
    auto hasExtra = (*store)->quickCheck(); // the store still reads fine
    ASSERT_OK(hasExtra);
}

// Steps run with foreign keys off (a rebuilt table must not cascade), so the
// upgrade checks every reference itself: one left dangling undoes it all.
TEST_F(MigrationTest, UpgradeLeavingADanglingReferenceIsNotMade)
{
    makeCurrentSchemaDatabase();
    const auto steps = withNextVersion(QStringLiteral("CREATE TABLE extra (x INTEGER);\n"
                                                      "INSERT INTO regions (code, name_zh, level, parent_id) VALUES ('330000', '浙江', 'province', 999999);"));
    auto failed = Store::open(path(), {}, steps);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("regions"))) << qPrintable(failed.error().message);

    auto store = Store::open(path(), {}, builtinMigrations());
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*store)->counts()->regions, 1);
}

TEST_F(MigrationTest, ReadOnlyOpenOfAnOlderSchemaAsksForAnUpgrade)
{
    makeCurrentSchemaDatabase();
    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto opened = Store::open(path(), readOnly, withNextVersion(QStringLiteral("CREATE TABLE extra (x INTEGER);")));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, StoreError::Kind::NeedsUpgrade);
    EXPECT_TRUE(backupFor(QDir(m_dir.path())).isEmpty());
}

TEST_F(MigrationTest, NewDatabaseGetsNoBackup)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto store = Store::open(path(), options, withNextVersion(QStringLiteral("CREATE TABLE extra (x INTEGER);")));
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion() + 1);
    EXPECT_TRUE((*store)->wasCreated());
    EXPECT_TRUE((*store)->upgradeBackupPath().isEmpty());
}

TEST_F(MigrationTest, StampsApplicationIdAndVersion)
{
    makeCurrentSchemaDatabase();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stamp"));
    db.setDatabaseName(path());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), ApplicationId);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), latestSchemaVersion());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("stamp"));
}

// A database written by release 0.1.0 (schema 1, the default data as it
// shipped; tests/store/fixtures/) comes up at the latest schema through 2 and
// 3 with nothing lost: every record kept, every score the same and marked
// "set by hand", and the shipped region groups added, as all their provinces
// are there.
TEST(ReleaseMigrationTest, UpgradesARelease010DatabaseKeepingEveryScoreAsSetByHand)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-0.1.0.tsdb"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TRIANGLE_TEST_FIXTURES "/release-0.1.0-default.tsdb"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    // What the old file holds, read before the upgrade.
    QList<QList<QVariant>> before;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        ASSERT_EQ(q.value(0).toInt(), 1);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, mission, political, operational, mission_rationale FROM assessments ORDER BY id")));
        while (q.next())
            before.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)});
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before"));
    ASSERT_EQ(before.size(), 9);

    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_FALSE((*store)->upgradeBackupPath().isEmpty());
    const EntityCounts counts = *(*store)->counts();
    EXPECT_EQ(counts.regions, 32);
    EXPECT_EQ(counts.stages, 3);
    EXPECT_EQ(counts.policies, 15);
    EXPECT_EQ(counts.milestones, 20);
    EXPECT_EQ(counts.evidence, 71);
    EXPECT_EQ(counts.indicators, 0);
    EXPECT_EQ(counts.indicatorValues, 0);

    auto assessments = (*store)->assessments().all();
    ASSERT_OK(assessments);
    ASSERT_EQ(assessments->size(), before.size());
    for (const Assessment &a : *assessments) {
        const auto row = std::find_if(before.begin(), before.end(), [&a](const QList<QVariant> &r) { return r[0].toLongLong() == a.id; });
        ASSERT_NE(row, before.end());
        EXPECT_DOUBLE_EQ(a.scores[Dimension::Mission], (*row)[1].toDouble());
        EXPECT_DOUBLE_EQ(a.scores[Dimension::Political], (*row)[2].toDouble());
        EXPECT_DOUBLE_EQ(a.scores[Dimension::Operational], (*row)[3].toDouble());
        EXPECT_EQ(a.rationale[Dimension::Mission], (*row)[4].toString());
        for (Dimension d : AllDimensions)
            EXPECT_EQ(a.origin[d], ScoreOrigin::Hand);
    }
    EXPECT_EQ(*(*store)->raters().aggregate(), RaterAggregate::Mean);

    auto groups = (*store)->groups().all();
    ASSERT_OK(groups);
    QStringList keys;
    for (const RegionGroup &g : *groups)
        keys.append(g.key);
    EXPECT_EQ(keys, (QStringList{QStringLiteral("yrd"), QStringLiteral("jjj"), QStringLiteral("chengyu"), QStringLiteral("gba"),
                                 QStringLiteral("northeast"), QStringLiteral("west"), QStringLiteral("yellow-river")}));
    auto yrd = (*store)->groups().members((*store)->groups().byKey(QStringLiteral("yrd"))->id);
    ASSERT_OK(yrd);
    QStringList codes;
    for (const Region &r : *yrd)
        codes.append(r.code);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("310000"), QStringLiteral("320000"), QStringLiteral("330000"), QStringLiteral("340000")}));
    EXPECT_EQ((*store)->groups().byKey(QStringLiteral("west"))->memberIds.size(), 12);
    EXPECT_EQ((*store)->groups().byKey(QStringLiteral("yellow-river"))->memberIds.size(), 9);
    EXPECT_EQ(*(*store)->groups().aggregate(), GroupAggregate::Mean);
}

// A schema-2 database (release 0.2) gains the group tables; a shipped group
// is added only where all its member regions are there, and the raters'
// aggregate survives the rebuilt settings table.
TEST(GroupsMigrationTest, AddsShippedGroupsWhoseRegionsAreAllThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-2.tsdb"));
    {
        QStringList regions{olderRegionInsert(QStringLiteral("100000"), QStringLiteral("全国"), Level::National)};
        for (const char *code : {"310000", "320000", "330000", "340000", "110000", "120000"})
            regions << olderRegionInsert(QLatin1StringView(code), QStringLiteral("省"), Level::Province, QStringLiteral("100000"));
        ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(path, 2, regions));
        OpenOptions options;
        auto old = Store::open(path, options, builtinMigrations().mid(0, 2));
        ASSERT_OK(old);
        ASSERT_OK((*old)->raters().setAggregate(RaterAggregate::Median));
    }
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    auto groups = (*store)->groups().all();
    ASSERT_OK(groups);
    ASSERT_EQ(groups->size(), 1); // 京津冀 lacks Hebei, the others all their provinces
    EXPECT_EQ(groups->first().key, QStringLiteral("yrd"));
    EXPECT_EQ(groups->first().nameZh, QStringLiteral("长三角"));
    EXPECT_TRUE(groups->first().source.contains(QStringLiteral("长江三角洲区域一体化发展规划纲要")));
    EXPECT_EQ(groups->first().memberIds.size(), 4);
    EXPECT_EQ(*(*store)->raters().aggregate(), RaterAggregate::Median);
    EXPECT_EQ(*(*store)->groups().aggregate(), GroupAggregate::Mean);
    EXPECT_OK((*store)->groups().setAggregate(GroupAggregate::Median));
}

// Schema 4 rebuilds the policies table to admit government rules (规章, the
// 地方政府规章 of a province): the rebuild must not cascade into the evidence
// that cites a policy, and an upgraded file takes the new kind.
TEST(PolicyKindsMigrationTest, AdmitsGovernmentRulesKeepingEvidenceThatCitesPolicies)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-3.tsdb"));
    OlderFile made;
    ASSERT_NO_FATAL_FAILURE(makeOlderFile(path, 3, makeAssessment(NoId, NoId, 5, 6, 7), Dimension::Operational, made));
    const Id policyId = made.policyId;
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*store)->counts()->evidence, 1);
    auto policy = (*store)->policies().byId(policyId);
    ASSERT_OK(policy);
    EXPECT_EQ(policy->titleZh, QStringLiteral("浙江省机关事务管理办法"));
    Policy rule = *policy;
    rule.kind = PolicyKind::Rule;
    EXPECT_OK((*store)->policies().update(rule));
    EXPECT_EQ((*store)->policies().byId(policyId)->kind, PolicyKind::Rule);
    // Foreign keys are back on after the upgrade: a link to no policy is refused.
    Evidence dangling;
    dangling.assessmentId = (*store)->assessments().all()->first().id;
    dangling.kind = Evidence::Kind::Policy;
    dangling.targetId = policyId + 100;
    EXPECT_FALSE((*store)->evidence().add(dangling).ok());
}

// Schema 6 rebuilds the assessments table to admit unscored dimensions: the
// rebuild keeps every score, origin and rationale and the evidence that cites
// an assessment, and an upgraded file takes the new origin.
TEST(UnscoredMigrationTest, AdmitsUnscoredDimensionsKeepingScoresAndTheirEvidence)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-5.tsdb"));
    Assessment given = makeAssessment(NoId, NoId, 5.5, 6, 7.2);
    given.rationale[Dimension::Political] = QStringLiteral("省委常委会专题研究");
    OlderFile made;
    ASSERT_NO_FATAL_FAILURE(makeOlderFile(path, 5, given, Dimension::Political, made));
    const Assessment before = made.assessment;
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(*(*store)->assessments().byId(before.id), before);
    EXPECT_EQ((*store)->counts()->evidence, 1);
    Assessment unscored = before;
    unscored.origin[Dimension::Mission] = ScoreOrigin::Unscored;
    unscored.scores[Dimension::Mission] = 0.0;
    EXPECT_OK((*store)->assessments().update(unscored));
    EXPECT_EQ((*store)->assessments().byId(before.id)->origin[Dimension::Mission], ScoreOrigin::Unscored);
}

// Schema 7: a database's target stage becomes planned; the others stay observed.
TEST(PlannedStagesMigrationTest, MarksTheTargetStagePlanned)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-6.tsdb"));
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(path, 6,
                                                {QStringLiteral("INSERT INTO stages (key, name_zh, start_year, end_year, sort_order) VALUES "
                                                                "('advantage', '优势三角', 2016, 2020, 2), ('target', '目标三角', 2025, 2025, 3)")}));
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*store)->stages().byKey(QStringLiteral("target"))->planned);
    EXPECT_FALSE((*store)->stages().byKey(QStringLiteral("advantage"))->planned);
}

// Schema 8: a region whose assessments carry the shipped source note (a
// reading of the article, not measured data) becomes illustrative; a region
// an analyst scored from other sources, and one with no scores, stay observed.
TEST(DataBasisMigrationTest, MarksTheArticlesCasesIllustrative)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-7.tsdb"));
    auto assessment = [](const char *code, const QString &note) {
        return QStringLiteral("INSERT INTO assessments (region_id, stage_id, mission, political, operational, source_note) "
                              "VALUES ((SELECT id FROM regions WHERE code = '%1'), 1, 3, 3, 3, '%2')")
            .arg(QLatin1StringView(code), note);
    };
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(
        path, 7,
        {QStringLiteral("INSERT INTO stages (id, key, name_zh, start_year, end_year, sort_order) VALUES (1, 'initial', '初始三角', 2011, 2011, 1)"),
         olderRegionInsert(QStringLiteral("100000"), QStringLiteral("全国"), Level::National),
         olderRegionInsert(QStringLiteral("330000"), QStringLiteral("浙江"), Level::Province, QStringLiteral("100000")),
         olderRegionInsert(QStringLiteral("140000"), QStringLiteral("山西"), Level::Province, QStringLiteral("100000")),
         olderRegionInsert(QStringLiteral("510000"), QStringLiteral("四川"), Level::Province, QStringLiteral("100000")),
         assessment("330000", QStringLiteral("分析者依据张帆文章叙述的解读，非实测数据 (an analyst''s reading of the article''s narrative, not measured data)")),
         assessment("140000", QStringLiteral("2023年省机关事务管理局年报与实地调研")),
         assessment("510000", QStringLiteral("an analyst''s reading of the article''s narrative, not measured data"))}));
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ((*store)->regions().byCode(QStringLiteral("330000"))->basis, DataBasis::Illustrative);
    EXPECT_EQ((*store)->regions().byCode(QStringLiteral("510000"))->basis, DataBasis::Illustrative);
    EXPECT_EQ((*store)->regions().byCode(QStringLiteral("140000"))->basis, DataBasis::Observed);
    EXPECT_EQ((*store)->regions().byCode(QStringLiteral("100000"))->basis, DataBasis::Observed);
    // The column refuses anything else.
    Region wrong = *(*store)->regions().byCode(QStringLiteral("140000"));
    EXPECT_OK((*store)->regions().update([&] { Region r = wrong; r.basis = DataBasis::Illustrative; return r; }()));
    EXPECT_EQ((*store)->regions().byCode(QStringLiteral("140000"))->basis, DataBasis::Illustrative);
}

// Schema 9: a shipped record whose text says its date was placed from context
// is marked imputed; none has a primary dimension until one is chosen.
TEST(RecordWeightMigrationTest, MarksTheDatesTheShippedTextSaysWerePlaced)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema-8.tsdb"));
    ASSERT_NO_FATAL_FAILURE(makeOlderSchemaFile(
        path, 8,
        {olderRegionInsert(QStringLiteral("100000"), QStringLiteral("全国"), Level::National),
         QStringLiteral("INSERT INTO policies (uid, region_id, title_zh, date_year, date_precision, level, kind, bears_mission, "
                        "bears_political, summary) VALUES ('placed', 1, '试点', 2019, 'year', 'province', 'pilot', 0, 1, "
                        "'（文章未给出确切日期 / the article gives no exact date; placed at 2019 in the 13th FYP period.）')"),
         QStringLiteral("INSERT INTO policies (uid, region_id, title_zh, date_year, date_month, date_precision, level, kind, "
                        "bears_mission, bears_operational) VALUES ('given', 1, '条例', 2020, 9, 'month', 'province', 'law', 1, 1)"),
         QStringLiteral("INSERT INTO milestones (uid, region_id, title_zh, date_year, date_precision, bears_operational, description) "
                        "VALUES ('placed-m', 1, '集中办公', 2020, 'year', 1, 'placed in the 13th FYP period, at its end, 2020.')")}));
    auto store = Store::open(path);
    ASSERT_OK(store);
    EXPECT_EQ((*store)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*store)->policies().byUid(QStringLiteral("placed"))->dateImputed);
    EXPECT_FALSE((*store)->policies().byUid(QStringLiteral("given"))->dateImputed);
    EXPECT_TRUE((*store)->milestones().byUid(QStringLiteral("placed-m"))->dateImputed);
    EXPECT_FALSE((*store)->policies().byUid(QStringLiteral("given"))->primaryDimension);
    // A primary dimension the record does not bear on is refused, by the rules and by the database.
    Policy given = *(*store)->policies().byUid(QStringLiteral("given"));
    given.primaryDimension = Dimension::Political;
    EXPECT_FALSE((*store)->policies().update(given).ok());
    given.primaryDimension = Dimension::Operational;
    EXPECT_OK((*store)->policies().update(given));
    EXPECT_EQ((*store)->policies().byUid(QStringLiteral("given"))->primaryDimension, Dimension::Operational);
}
