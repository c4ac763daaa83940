// The first look: the workspace opens on what the database holds and the
// assessed regions as small triangles; the navigator marks assessed regions
// and can list only them; a region's overview leads with its evolution.

#include "support/TestData.h"

#include "widgets/MainWindow.h"
#include "widgets/RegionTreeModel.h"
#include "widgets/forms/TrianglePreview.h"
#include "widgets/overview/DatabaseOverview.h"

#include <QCheckBox>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTreeView>

using namespace triangle;

namespace {
class OverviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("overview.tsdb")), true));
        window.show();
    }

    // Every region the navigator shows, depth first.
    QList<Id> shownRegions(const QModelIndex &parent = {}) const
    {
        QList<Id> out;
        const QAbstractItemModel *model = window.navigator()->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            out << index.data(RegionTreeModel::IdRole).toLongLong();
            out << shownRegions(index);
        }
        return out;
    }

    QTemporaryDir m_dir;
    MainWindow window;
};
} // namespace

TEST_F(OverviewTest, OpensOnTheDatabaseWithItsAssessedRegionsAsTriangles)
{
    DatabaseOverview *overview = window.databaseOverview();
    EXPECT_TRUE(overview->isVisible());
    EXPECT_TRUE(overview->summary()->text().contains(QStringLiteral("3 of them assessed"))) << qPrintable(overview->summary()->text());
    QListWidget *regions = overview->regions();
    ASSERT_EQ(regions->count(), 3);
    for (int i = 0; i < regions->count(); ++i) {
        EXPECT_FALSE(regions->item(i)->icon().isNull());
        // The verdicts counted apart: "0 of 4 supported" read as failure when three only lacked data.
        const QString text = regions->item(i)->text();
        EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\d supported[^\\n]*\\n\\d not supported\\n\\d not enough data"))))
            << qPrintable(text);
        EXPECT_FALSE(text.contains(QStringLiteral("claims supported"))) << qPrintable(text);
    }
    // Choosing one opens the region.
    emit regions->itemActivated(regions->item(0));
    EXPECT_NE(window.currentRegion(), NoId);
    EXPECT_FALSE(overview->isVisible());
}

TEST_F(OverviewTest, TheNavigatorMarksAssessedRegionsAndCanListOnlyThem)
{
    const Id zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
    const Id beijing = window.store()->regions().byCode(QStringLiteral("110000"))->id;
    EXPECT_EQ(shownRegions().size(), 32);
    window.assessedOnlyBox()->setChecked(true);
    const QList<Id> shown = shownRegions();
    // The three cases and the national level that holds them.
    EXPECT_EQ(shown.size(), 4);
    EXPECT_TRUE(shown.contains(zhejiang));
    EXPECT_FALSE(shown.contains(beijing));
    window.assessedOnlyBox()->setChecked(false);
    EXPECT_EQ(shownRegions().size(), 32);
}

TEST_F(OverviewTest, ARegionsOverviewLeadsWithItsEvolutionTriangle)
{
    window.selectRegion(window.store()->regions().byCode(QStringLiteral("140000"))->id);
    EXPECT_EQ(window.evolutionPreview()->figure().series.size(), 3);
    EXPECT_TRUE(window.evolutionPreview()->isVisible());
}
