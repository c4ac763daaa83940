// Drives the Findings tab of the real main window: the article's cases with
// their verdicts, the numbers behind a selected verdict, and a score typed in
// the assessment form changing a verdict at once.

#include "support/TestData.h"

#include "widgets/MainWindow.h"
#include "widgets/findings/FindingsModel.h"
#include "widgets/findings/FindingsPanel.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/forms/RegionForm.h"

#include <QDoubleSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace triangle;

namespace {
class FindingsPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("findings.tsdb")), true));
        window.show();
        zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
        window.tabs()->setCurrentWidget(window.findingsPanel());
    }

    QModelIndex cell(Id region, Claim claim) const
    {
        FindingsModel *model = window.findingsPanel()->model();
        return model->index(model->rowOfRegion(region), 1 + int(claim));
    }

    QTemporaryDir m_dir;
    MainWindow window;
    Id zhejiang = NoId;
};
} // namespace

TEST_F(FindingsPanelTest, ListsTheAssessedRegionsWithAVerdictInWordsPerClaim)
{
    FindingsModel *model = window.findingsPanel()->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->columnCount(), 5);
    EXPECT_EQ(cell(zhejiang, Claim::DynamicBalance).data().toString(), QStringLiteral("supported"));
    EXPECT_EQ(cell(zhejiang, Claim::TractionFromEvidence).data().toString(), QStringLiteral("not supported"));
    EXPECT_FALSE(cell(zhejiang, Claim::DynamicBalance).data(Qt::DecorationRole).isNull()) << "an icon beside the word";
}

// Moving through the verdicts shows their numbers and leaves the region the
// window edits as it was; activating one (double-click, Enter) opens its region.
TEST_F(FindingsPanelTest, SelectingAVerdictShowsItsNumbersAndActivatingItOpensTheRegion)
{
    QTableView *table = window.findingsPanel()->table();
    const Id before = window.currentRegion();
    table->setCurrentIndex(cell(zhejiang, Claim::DynamicBalance));
    EXPECT_EQ(window.currentRegion(), before) << "a current row is no choice of region";
    const QString details = window.findingsPanel()->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("balance.advantage"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("0.725"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("BalanceChangeMargin"))) << "the threshold is named";
    emit table->activated(cell(zhejiang, Claim::DynamicBalance));
    EXPECT_EQ(window.currentRegion(), zhejiang);
    // The scores behind it, and for the evidence reading the dated records.
    EXPECT_TRUE(details.contains(QStringLiteral("5.8"))) << qPrintable(details);
    table->setCurrentIndex(cell(zhejiang, Claim::TractionFromEvidence));
    const QString evidence = window.findingsPanel()->details()->toPlainText();
    EXPECT_TRUE(evidence.contains(QStringLiteral("2019"))) << qPrintable(evidence);
    EXPECT_TRUE(evidence.contains(QStringLiteral("mission.halfway-year")));
}

TEST_F(FindingsPanelTest, AScoreTypedInTheFormChangesTheVerdictAtOnce)
{
    window.selectRegion(zhejiang);
    AssessmentForm *form = window.assessmentForm();
    form->setStage(window.store()->stages().byKey(QStringLiteral("advantage"))->id);
    QDoubleSpinBox *mission = form->scoreField(Dimension::Mission);
    mission->setFocus();
    QTest::keyClick(mission, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(mission, QStringLiteral("9.5")); // above the target stage's 8.7: a fall
    QTest::keyClick(mission, Qt::Key_Return);
    EXPECT_EQ(cell(zhejiang, Claim::ContinuousEvolution).data().toString(), QStringLiteral("not supported"));
    EXPECT_TRUE(cell(zhejiang, Claim::ContinuousEvolution).data(Qt::ToolTipRole).toString().contains(QStringLiteral("-0.8")));
}
