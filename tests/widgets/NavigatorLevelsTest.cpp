// The navigator with every shipped level (~3,200 regions): the filter keeps a
// match's ancestors, opens only what holds matches and only while it fits;
// File › New Database offers provinces only or all levels.

#include "support/TestData.h"

#include "data/AdministrativeLevels.h"
#include "data/DefaultDatabase.h"
#include "widgets/MainWindow.h"
#include "widgets/RegionFilterModel.h"
#include "widgets/RegionTreeModel.h"
#include "widgets/files/NewDatabaseDialog.h"

#include <QRadioButton>
#include <QTreeView>

using namespace triangle;
using namespace triangle::test;

namespace {
class NavigatorLevelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DataSet data = referenceData(*defaultData());
        data.regions = *AdministrativeLevels::allLevels();
        auto created = createDatabase(m_dir.filePath(QStringLiteral("levels.tsdb")), data);
        ASSERT_OK(created);
        store = std::move(*created);
        regions.setStore(store.get());
        filter.setSourceModel(&regions);
        view.setModel(&filter);
        view.setUniformRowHeights(true);
    }
    void TearDown() override { regions.setStore(nullptr); }

    QModelIndex shown(const QString &code) const
    {
        return filter.mapFromSource(regions.indexOfRegion(store->regions().byCode(code)->id));
    }
    // The codes of the rows the view shows, top to bottom.
    QStringList visibleCodes()
    {
        QStringList codes;
        for (QModelIndex at = view.model()->index(0, 0); at.isValid(); at = view.indexBelow(at))
            codes << at.data(RegionTreeModel::CodeRole).toString();
        return codes;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    RegionTreeModel regions;
    RegionFilterModel filter;
    QTreeView view;
};
} // namespace

TEST_F(NavigatorLevelsTest, TheTreeHoldsEveryLevel)
{
    ASSERT_EQ(regions.rowCount(), 1); // the national level
    const QModelIndex china = regions.index(0, 0);
    EXPECT_EQ(regions.rowCount(china), 31);
    const QModelIndex zhejiang = regions.indexOfRegion(store->regions().byCode(QStringLiteral("330000"))->id);
    EXPECT_EQ(regions.rowCount(zhejiang), 11); // Zhejiang's 11 prefecture-level cities
    EXPECT_EQ(zhejiang.parent(), china);
    const QModelIndex beijing = regions.indexOfRegion(store->regions().byCode(QStringLiteral("110000"))->id);
    EXPECT_EQ(regions.rowCount(beijing), 16); // districts straight under the municipality
    EXPECT_EQ(regions.regionCount(), int(store->regions().all()->size()));
}

TEST_F(NavigatorLevelsTest, FilterKeepsAncestorsAndOpensWhatHoldsMatches)
{
    filter.setFilterText(QStringLiteral(" 西湖区 "));
    filter.revealMatches(&view);
    // 西湖区 of Hangzhou (330106) and of Nanchang (360103), and Wuhan's
    // 东西湖区 (420112), with their ancestors.
    EXPECT_EQ(visibleCodes(), (QStringList{QStringLiteral("100000"), QStringLiteral("330000"), QStringLiteral("330100"),
                                           QStringLiteral("330106"), QStringLiteral("360000"), QStringLiteral("360100"),
                                           QStringLiteral("360103"), QStringLiteral("420000"), QStringLiteral("420100"),
                                           QStringLiteral("420112")}));
    // A match is shown but not opened itself: Hangzhou holds more than 西湖区.
    filter.setFilterText(QStringLiteral("hangzhou"));
    filter.revealMatches(&view);
    EXPECT_TRUE(shown(QStringLiteral("330100")).isValid());
    EXPECT_FALSE(view.isExpanded(shown(QStringLiteral("330100"))));
    EXPECT_FALSE(shown(QStringLiteral("330106")).isValid()); // 西湖区 does not match "hangzhou"

    filter.setFilterText(QString());
    EXPECT_EQ(filter.rowCount(filter.index(0, 0)), 31);
}

TEST_F(NavigatorLevelsTest, ABroadFilterOpensOnlyWhatFits)
{
    filter.setFilterText(QStringLiteral("3"));
    filter.revealMatches(&view, 100);
    const QStringList codes = visibleCodes();
    EXPECT_LE(codes.size(), 100);
    EXPECT_TRUE(codes.contains(QStringLiteral("330000")));
    EXPECT_TRUE(view.isExpanded(shown(QStringLiteral("100000"))));
    // The cities of the provinces holding matches would be hundreds of rows.
    EXPECT_FALSE(view.isExpanded(shown(QStringLiteral("330000"))));

    // With a larger allowance the next level opens.
    filter.revealMatches(&view, 100000);
    EXPECT_TRUE(view.isExpanded(shown(QStringLiteral("330000"))));
}

TEST_F(NavigatorLevelsTest, AssessedOnlyFollowsNewAssessments)
{
    filter.setAssessedOnly(true);
    EXPECT_EQ(filter.rowCount(), 0); // nothing assessed in a new database
    Assessment a;
    a.regionId = store->regions().byCode(QStringLiteral("330106"))->id;
    a.stageId = store->stages().byKey(QStringLiteral("advantage"))->id;
    a.scores = makeScores(5, 5, 5);
    ASSERT_OK(store->assessments().add(a));
    ASSERT_TRUE(shown(QStringLiteral("330106")).isValid());
    EXPECT_TRUE(shown(QStringLiteral("330100")).isValid());
    EXPECT_FALSE(shown(QStringLiteral("330102")).isValid());
}

TEST(NewDatabaseDialogTest, OffersProvincesOnlyOrAllLevels)
{
    NewDatabaseDialog dialog;
    EXPECT_TRUE(dialog.provincesOnlyButton()->isChecked());
    EXPECT_FALSE(dialog.allLevels());
    dialog.allLevelsButton()->click();
    EXPECT_TRUE(dialog.allLevels());
}

TEST(NewDatabaseDialogTest, MainWindowCreatesEitherChoice)
{
    QTemporaryDir dir;
    MainWindow window;
    const QString provinces = dir.filePath(QStringLiteral("provinces.tsdb"));
    ASSERT_TRUE(window.createNewDatabase(provinces, false));
    EXPECT_EQ(window.store()->regions().all()->size(), 32);
    EXPECT_EQ(window.store()->counts()->assessments, 0);

    const QString all = dir.filePath(QStringLiteral("all.tsdb"));
    ASSERT_TRUE(window.createNewDatabase(all, true));
    EXPECT_EQ(window.store()->filePath(), all);
    EXPECT_EQ(window.store()->regions().all()->size(), AdministrativeLevels::allLevels()->size());
    EXPECT_EQ(window.navigator()->model()->rowCount(window.navigator()->model()->index(0, 0)), 31);
}
