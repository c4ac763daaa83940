// The shipped prefecture- and county-level units: plausible, consistent, and
// added to a database without touching what is already there.

#include "support/TestData.h"

#include "data/AdministrativeLevels.h"
#include "data/DefaultDatabase.h"
#include "store/RecordSnapshot.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace triangle;
using namespace triangle::test;

namespace {
bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

class AdministrativeLevelsTest : public ::testing::Test
{
protected:
    std::unique_ptr<Store> create(const QString &name, const DataSet &data)
    {
        auto created = createDatabase(m_dir.filePath(name), data);
        EXPECT_TRUE(created.ok()) << (created ? "" : qPrintable(created.error().message));
        return created ? std::move(*created) : nullptr;
    }

    // Every row of the regions table, as SQLite stores it.
    static QStringList regionRows(Store &store)
    {
        QStringList rows;
        for (const Region &r : *store.regions().all())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                        .arg(r.id)
                        .arg(r.code, r.nameZh, r.nameEn, levelKey(r.level))
                        .arg(r.parentId)
                        .arg(r.agency, r.notes);
        return rows;
    }

    QTemporaryDir m_dir;
};
} // namespace

TEST_F(AdministrativeLevelsTest, ShippedLevelsAreSane)
{
    auto levels = AdministrativeLevels::load();
    ASSERT_OK(levels);
    auto all = AdministrativeLevels::allLevels();
    ASSERT_OK(all);
    EXPECT_TRUE(levels->dataset.contains(QStringLiteral("2023"))) << qPrintable(levels->dataset);

    QHash<QString, Level> levelOf;
    int cities = 0;
    int counties = 0;
    for (const RegionRecord &r : *all) {
        const QString where = r.region.code + QLatin1Char(' ') + r.region.nameZh;
        EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{6}$")).match(r.region.code).hasMatch()) << qPrintable(where);
        EXPECT_FALSE(levelOf.contains(r.region.code)) << "repeated " << qPrintable(where);
        EXPECT_FALSE(r.region.nameZh.trimmed().isEmpty()) << qPrintable(where);
        EXPECT_FALSE(r.region.nameEn.trimmed().isEmpty()) << qPrintable(where);
        EXPECT_TRUE(isAscii(r.region.nameEn)) << qPrintable(where) << " " << qPrintable(r.region.nameEn);
        if (r.region.level == Level::National) {
            EXPECT_TRUE(r.parentCode.isEmpty()) << qPrintable(where);
        } else {
            // Parents come first and sit one level up; a county may sit
            // directly under its province (municipalities, counties a
            // province governs directly).
            ASSERT_TRUE(levelOf.contains(r.parentCode)) << qPrintable(where) << " parent " << qPrintable(r.parentCode);
            const Level parent = levelOf.value(r.parentCode);
            if (r.region.level == Level::County)
                EXPECT_TRUE(parent == Level::City || parent == Level::Province) << qPrintable(where);
            else
                EXPECT_EQ(int(parent), int(r.region.level) - 1) << qPrintable(where);
            // GB/T 2260: a unit below a province starts with its two digits.
            if (r.region.level != Level::Province) {
                EXPECT_EQ(r.region.code.left(2), r.parentCode.left(2)) << qPrintable(where);
            }
        }
        cities += r.region.level == Level::City;
        counties += r.region.level == Level::County;
        levelOf.insert(r.region.code, r.region.level);
    }
    // About 333 prefecture-level and 2,850 county-level units (2023).
    EXPECT_GE(cities, 320);
    EXPECT_LE(cities, 345);
    EXPECT_GE(counties, 2800);
    EXPECT_LE(counties, 2900);
    // The national level and the provinces are the default data's, unchanged.
    const DataSet defaults = *defaultData();
    for (int i = 0; i < defaults.regions.size(); ++i)
        EXPECT_EQ(all->at(i).region, defaults.regions.at(i).region);

    // A few known units, their parents and generated names.
    QHash<QString, RegionRecord> byCode;
    for (const RegionRecord &r : *all)
        byCode.insert(r.region.code, r);
    EXPECT_EQ(byCode.value(QStringLiteral("330100")).region.nameZh, QStringLiteral("杭州市"));
    EXPECT_EQ(byCode.value(QStringLiteral("330100")).region.nameEn, QStringLiteral("Hangzhou City"));
    EXPECT_EQ(byCode.value(QStringLiteral("610100")).region.nameEn, QStringLiteral("Xi'an City"));
    EXPECT_EQ(byCode.value(QStringLiteral("330106")).parentCode, QStringLiteral("330100"));
    EXPECT_EQ(byCode.value(QStringLiteral("110101")).parentCode, QStringLiteral("110000")); // 东城区 under Beijing
    EXPECT_EQ(byCode.value(QStringLiteral("500229")).parentCode, QStringLiteral("500000")); // 城口县 under Chongqing
    EXPECT_EQ(byCode.value(QStringLiteral("429021")).region.nameEn, QStringLiteral("Shennongjia Forestry District"));
    EXPECT_EQ(byCode.value(QStringLiteral("422800")).region.nameEn,
              QStringLiteral("Enshi Tujia and Miao Autonomous Prefecture"));
    // Left out: pseudo prefectures, NBS-only development zones, placeholders.
    EXPECT_FALSE(byCode.contains(QStringLiteral("110100")));   // 市辖区
    EXPECT_FALSE(byCode.contains(QStringLiteral("419000")));   // 省直辖县级行政区划
    EXPECT_FALSE(byCode.contains(QStringLiteral("130171")));   // 石家庄高新技术产业开发区
    EXPECT_FALSE(byCode.contains(QStringLiteral("620201")));   // 嘉峪关 repeating itself
    EXPECT_EQ(byCode.value(QStringLiteral("441900")).region.level, Level::City); // 东莞, a city without counties
}

TEST_F(AdministrativeLevelsTest, AddingLevelsKeepsStoredRegionsAndIsIdempotent)
{
    auto store = create(QStringLiteral("levels.tsdb"), referenceData(*defaultData()));
    ASSERT_TRUE(store);
    // The user's own edits to a province and a city already there.
    Region zhejiang = *store->regions().byCode(QStringLiteral("330000"));
    zhejiang.nameEn = QStringLiteral("Zhejiang (edited)");
    zhejiang.agency = QStringLiteral("浙江省机关事务管理局");
    zhejiang.notes = QStringLiteral("the user's note");
    ASSERT_OK(store->regions().update(zhejiang));
    Region hangzhou;
    hangzhou.code = QStringLiteral("330100");
    hangzhou.nameZh = QStringLiteral("杭州");
    hangzhou.nameEn = QStringLiteral("My Hangzhou");
    hangzhou.level = Level::City;
    hangzhou.parentId = zhejiang.id;
    hangzhou.notes = QStringLiteral("added by hand");
    ASSERT_OK(store->regions().add(hangzhou));
    const QStringList before = regionRows(*store);

    auto first = AdministrativeLevels::addTo(*store);
    ASSERT_OK(first);
    const int shipped = int(AdministrativeLevels::allLevels()->size());
    EXPECT_EQ(first->present, before.size());
    EXPECT_EQ(first->added, shipped - before.size());

    // Every row that was there is byte for byte as it was.
    const QStringList after = regionRows(*store);
    for (const QString &row : before)
        EXPECT_TRUE(after.contains(row)) << qPrintable(row);
    EXPECT_EQ(after.size(), shipped);
    // A shipped county lands under the user's own Hangzhou.
    const Region xihu = *store->regions().byCode(QStringLiteral("330106"));
    EXPECT_EQ(xihu.parentId, store->regions().byCode(QStringLiteral("330100"))->id);
    EXPECT_EQ(xihu.level, Level::County);
    EXPECT_EQ(xihu.nameZh, QStringLiteral("西湖区"));

    auto second = AdministrativeLevels::addTo(*store);
    ASSERT_OK(second);
    EXPECT_EQ(second->added, 0);
    EXPECT_EQ(second->present, shipped);
    EXPECT_EQ(regionRows(*store), after);
    EXPECT_EQ(store->quickCheck().value(), QStringLiteral("ok"));
}

TEST_F(AdministrativeLevelsTest, AddingToTheFullDefaultDatabaseKeepsItsAssessments)
{
    auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("default.tsdb")));
    ASSERT_OK(opened);
    Store &store = **opened;
    const auto countsBefore = *store.counts();
    auto added = AdministrativeLevels::addTo(store);
    ASSERT_OK(added);
    EXPECT_EQ(added->present, 32);
    const auto countsAfter = *store.counts();
    EXPECT_EQ(countsAfter.regions, countsBefore.regions + added->added);
    EXPECT_EQ(countsAfter.assessments, countsBefore.assessments);
    EXPECT_EQ(countsAfter.policies, countsBefore.policies);
}

TEST_F(AdministrativeLevelsTest, AMissingParentAddsNothing)
{
    auto store = create(QStringLiteral("orphan.tsdb"), referenceData(*defaultData()));
    ASSERT_TRUE(store);
    const int before = int(store->regions().all()->size());
    Region county;
    county.code = QStringLiteral("330106");
    county.nameZh = QStringLiteral("西湖区");
    county.level = Level::County;
    Region city = county;
    city.code = QStringLiteral("330100");
    city.nameZh = QStringLiteral("杭州市");
    city.level = Level::City;
    // The city first; the county names a parent that exists nowhere.
    auto added = store->regions().addMissing({{city, QStringLiteral("330000")}, {county, QStringLiteral("339900")}});
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("339900"))) << qPrintable(added.error().message);
    EXPECT_EQ(store->regions().all()->size(), before); // the city was rolled back with it
}

TEST_F(AdministrativeLevelsTest, ANewDatabaseWithAllLevels)
{
    DataSet data = referenceData(*defaultData());
    data.regions = *AdministrativeLevels::allLevels();
    auto store = create(QStringLiteral("all.tsdb"), data);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->regions().all()->size(), data.regions.size());
    EXPECT_EQ(store->stages().all()->size(), 3);
    EXPECT_EQ(store->counts()->assessments, 0);
    auto again = AdministrativeLevels::addTo(*store);
    ASSERT_OK(again);
    EXPECT_EQ(again->added, 0);
}
