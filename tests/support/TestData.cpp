#include "TestData.h"

#include "data/DefaultDatabase.h"

namespace triangle::test {

void StoreTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    OpenOptions options;
    options.createIfMissing = true;
    auto opened = Store::open(path(), options);
    ASSERT_OK(opened);
    store = std::move(*opened);
}

void StoreTest::addBasics()
{
    auto n = store->regions().add(makeRegion(QStringLiteral("100000"), QStringLiteral("全国"), Level::National, NoId));
    ASSERT_OK(n);
    national = *n;
    auto z = store->regions().add(makeRegion(QStringLiteral("330000"), QStringLiteral("浙江省"), Level::Province, national));
    ASSERT_OK(z);
    zhejiang = *z;
    auto s = store->regions().add(makeRegion(QStringLiteral("140000"), QStringLiteral("山西省"), Level::Province, national));
    ASSERT_OK(s);
    shanxi = *s;
    auto i = store->stages().add(makeStage(QStringLiteral("initial"), 2011, 2011, 1));
    auto a = store->stages().add(makeStage(QStringLiteral("advantage"), 2016, 2020, 2));
    auto t = store->stages().add(makeStage(QStringLiteral("target"), 2025, 2025, 3));
    ASSERT_OK(i);
    ASSERT_OK(a);
    ASSERT_OK(t);
    initial = *i;
    advantage = *a;
    target = *t;
}

void addWhatTheSeedLacks(Store &store)
{
    const auto zhejiang = store.regions().byCode(QStringLiteral("330000"));
    ASSERT_OK(zhejiang);
    auto hangzhou = store.regions().add(makeRegion(QStringLiteral("330100"), QStringLiteral("杭州市"), Level::City, zhejiang->id));
    ASSERT_OK(hangzhou);
    Milestone m = makeMilestone(zhejiang->id, QStringLiteral("=“引号”, commas, and\nnew lines"), PartialDate::ofDay(2024, 2, 29));
    m.uid = QStringLiteral("zj-2024-leap-day"); // fixed, so that a file made from it once compares
    m.quantity = Quantity{0.5, QString()};
    ASSERT_OK(store.milestones().add(m));
    // A comparison set whose order is not the codes' order, its note in need of quoting.
    ComparisonSet set;
    set.name = QStringLiteral("杭州 and two provinces");
    set.key = comparisonSetKeyFromName(set.name);
    set.note = QStringLiteral("=“quoted”, commas,\nnew lines");
    set.memberIds = {*hangzhou, store.regions().byCode(QStringLiteral("140000"))->id, zhejiang->id};
    ASSERT_OK(store.comparisonSets().add(set));
}

int shippedMilestones()
{
    static const int count = [] {
        auto data = defaultData();
        return data ? int(data->milestones.size()) : -1;
    }();
    return count;
}

Region makeRegion(const QString &code, const QString &nameZh, Level level, Id parent)
{
    Region r;
    r.code = code;
    r.nameZh = nameZh;
    r.nameEn = QStringLiteral("Region ") + code;
    r.level = level;
    r.parentId = parent;
    r.agency = QStringLiteral("机关事务管理局");
    r.notes = QStringLiteral("notes");
    return r;
}

Stage makeStage(const QString &key, int start, int end, int order)
{
    Stage s;
    s.key = key;
    s.nameZh = key + QStringLiteral("三角");
    s.nameEn = key + QStringLiteral(" triangle");
    s.startYear = start;
    s.endYear = end;
    s.sortOrder = order;
    return s;
}

Policy makePolicy(Id region, const QString &title, PartialDate date)
{
    Policy p;
    p.regionId = region;
    p.titleZh = title;
    p.titleEn = QStringLiteral("English ") + title;
    p.issuer = QStringLiteral("国务院");
    p.date = date;
    p.level = Level::National;
    p.kind = PolicyKind::Regulation;
    p.dimensions = {Dimension::Political, Dimension::Operational};
    p.summary = QStringLiteral("summary");
    p.reference = QStringLiteral("reference");
    return p;
}

Milestone makeMilestone(Id region, const QString &title, PartialDate date)
{
    Milestone m;
    m.regionId = region;
    m.titleZh = title;
    m.titleEn = QStringLiteral("English ") + title;
    m.description = QStringLiteral("description");
    m.date = date;
    m.dimensions = {Dimension::Operational};
    m.quantity = Quantity{283, QStringLiteral("项")};
    return m;
}

Assessment makeAssessment(Id region, Id stage, double m, double p, double o)
{
    Assessment a;
    a.regionId = region;
    a.stageId = stage;
    a.scores = makeScores(m, p, o);
    a.rationale[Dimension::Mission] = QStringLiteral("使命理由");
    a.rationale[Dimension::Political] = QStringLiteral("政治理由");
    a.rationale[Dimension::Operational] = QStringLiteral("运作理由");
    a.sourceNote = QStringLiteral("an analyst's reading");
    return a;
}

} // namespace triangle::test
