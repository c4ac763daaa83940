// A region group's figure says how many of its members the triangle is drawn
// from: the trial read "4 members" on a figure made from one assessed member.

#include "data/DefaultDatabase.h"
#include "render/FigureBuilder.h"
#include "support/TestData.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
class GroupFigureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
    }

    Id code(const char *c) const { return store->regions().byCode(QLatin1StringView(c))->id; }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
};
} // namespace

TEST_F(GroupFigureTest, AGroupWithOneAssessedMemberOfFourSaysOneOfFourAssessed)
{
    RegionGroup group;
    group.key = QStringLiteral("east");
    group.nameEn = QStringLiteral("East");
    group.nameZh = QStringLiteral("华东");
    // Zhejiang is assessed; Beijing, Shanghai and Jiangsu are not.
    group.memberIds = {code("110000"), code("310000"), code("320000"), code("330000")};
    auto id = store->groups().add(group);
    ASSERT_OK(id);
    auto figure = FigureBuilder(*store).groupEvolution(*id);
    ASSERT_OK(figure);
    EXPECT_TRUE(figure->subtitle.contains(QStringLiteral("1 of 4 assessed"))) << qPrintable(figure->subtitle);
    EXPECT_FALSE(figure->subtitle.contains(QStringLiteral("4 members"))) << qPrintable(figure->subtitle);
    // Issue 21 §10: the footnote warns that one member does not represent four,
    // and that the aggregate's form need not be any member's.
    EXPECT_TRUE(figure->footnote.contains(QStringLiteral("Drawn from 1 of 4 members only"))) << qPrintable(figure->footnote);
    EXPECT_TRUE(figure->footnote.contains(QStringLiteral("not necessarily the form of any member"))) << qPrintable(figure->footnote);
}

TEST_F(GroupFigureTest, ARollUpSaysHowManyOfItsSubRegionsAreAssessed)
{
    // The country's roll-up: the three assessed provinces of all its children.
    auto figure = FigureBuilder(*store).rollUpEvolution(code("100000"));
    ASSERT_OK(figure);
    auto children = store->groups().childRegionIds(code("100000"));
    ASSERT_OK(children);
    EXPECT_TRUE(figure->subtitle.contains(QStringLiteral("3 of %1 assessed").arg(children->size()))) << qPrintable(figure->subtitle);
    // Three provinces of the country's 30-odd do not make the country's triangle.
    EXPECT_TRUE(figure->footnote.contains(QStringLiteral("Drawn from 3 of %1 members only").arg(children->size()))) << qPrintable(figure->footnote);
}
