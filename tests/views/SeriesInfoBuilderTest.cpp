#include "data/DefaultDatabase.h"
#include "render/FigureBuilder.h"
#include "support/TestData.h"
#include "views/SeriesInfoBuilder.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
// The seeded default database: the article's three cases, with evidence.
class SeriesInfoBuilderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("default.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
    }

    Id regionId(const QString &code) const { return store->regions().byCode(code)->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
};

TEST_F(SeriesInfoBuilderTest, EvolutionRunsParallelToTheFigure)
{
    const Id zhejiang = regionId(QStringLiteral("330000"));
    const auto figure = FigureBuilder(*store).evolution(zhejiang);
    const auto info = SeriesInfoBuilder(*store).evolution(zhejiang);
    ASSERT_OK(figure);
    ASSERT_OK(info);
    ASSERT_EQ(info->size(), figure->series.size());
    ASSERT_EQ(info->size(), 3);
    const auto assessments = store->assessments().forRegion(zhejiang);
    for (int i = 0; i < info->size(); ++i) {
        const SeriesInfo &s = (*info)[i];
        EXPECT_EQ(s.assessmentId, (*assessments)[i].id);
        EXPECT_EQ(s.rationale, (*assessments)[i].rationale);
        EXPECT_TRUE(figure->series[i].label.startsWith(s.stageName)) << qPrintable(figure->series[i].label);
        EXPECT_TRUE(s.editable);
        EXPECT_GT(s.evidenceCount[Dimension::Mission] + s.evidenceCount[Dimension::Political] + s.evidenceCount[Dimension::Operational], 0);
    }
    // The initial stage's evidence, as the default data links it.
    int linked = 0;
    for (const Evidence &e : *store->evidence().forAssessment((*info)[0].assessmentId))
        linked += e.dimension == Dimension::Political ? 1 : 0;
    EXPECT_EQ((*info)[0].evidenceCount[Dimension::Political], linked);
}

TEST_F(SeriesInfoBuilderTest, ComparisonSkipsRegionsTheFigureSkips)
{
    const QList<Id> regions{regionId(QStringLiteral("330000")), regionId(QStringLiteral("110000")),
                            regionId(QStringLiteral("140000")), regionId(QStringLiteral("510000"))};
    const Id advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
    const auto figure = FigureBuilder(*store).comparison(regions, advantage);
    const auto info = SeriesInfoBuilder(*store).comparison(regions, advantage);
    ASSERT_OK(figure);
    ASSERT_OK(info);
    ASSERT_EQ(info->size(), figure->series.size());
    for (int i = 0; i < info->size(); ++i)
        EXPECT_EQ((*info)[i].regionName, figure->series[i].label);
}
} // namespace
