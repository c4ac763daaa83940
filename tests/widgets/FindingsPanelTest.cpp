// Drives the Findings tab of the real main window: the article's cases with
// their verdicts, the numbers behind a selected verdict, and a score typed in
// the assessment form changing a verdict at once.

#include "support/TestData.h"

#include "model/DomainNames.h"
#include "widgets/MainWindow.h"
#include "widgets/MethodDialog.h"
#include "widgets/editing/Editor.h"
#include "widgets/findings/FindingsModel.h"
#include "widgets/findings/FindingsPanel.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/forms/RegionForm.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QStyle>
#include <QLabel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

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
    EXPECT_TRUE(cell(zhejiang, Claim::DynamicBalance).data().toString().startsWith(QStringLiteral("planned, not observed\n")));
    EXPECT_TRUE(cell(zhejiang, Claim::TractionFromEvidence).data().toString().startsWith(QStringLiteral("cannot tell\n")));
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
    EXPECT_TRUE(details.contains(QStringLiteral("Balance at the advantage stage"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("0.725"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("balanced when lowest / highest ≥ 0.80"))) << "the threshold is named";
    EXPECT_TRUE(details.contains(findingsRuleText())) << "and the rules' version";
    emit table->activated(cell(zhejiang, Claim::DynamicBalance));
    EXPECT_EQ(window.currentRegion(), zhejiang);
    // The scores behind it, and for the evidence reading the dated records.
    EXPECT_TRUE(details.contains(QStringLiteral("5.8"))) << qPrintable(details);
    table->setCurrentIndex(cell(zhejiang, Claim::TractionFromEvidence));
    const QString evidence = window.findingsPanel()->details()->toPlainText();
    EXPECT_TRUE(evidence.contains(QStringLiteral("2019"))) << qPrintable(evidence);
    EXPECT_TRUE(evidence.contains(QStringLiteral("Mission: year half the records are reached"))) << qPrintable(evidence);
}

// The trial saw the stable keys ("mission.records", "BalanceChangeMargin"):
// readers get the names of the dimensions, measures and thresholds instead.
TEST_F(FindingsPanelTest, TheDetailsNameNumbersAndThresholdsForReadersNotByKey)
{
    QTableView *table = window.findingsPanel()->table();
    for (Claim claim : AllClaims) {
        table->setCurrentIndex(cell(zhejiang, claim));
        const QString details = window.findingsPanel()->details()->toPlainText();
        for (const char *key : {"mission.", "political.", "operational.", "balance.", "BalanceChangeMargin", "EvolutionFallTolerance"})
            EXPECT_FALSE(details.contains(QLatin1StringView(key))) << key << " in " << qPrintable(details);
    }
    table->setCurrentIndex(cell(zhejiang, Claim::TractionFromEvidence));
    EXPECT_TRUE(window.findingsPanel()->details()->toPlainText().contains(QStringLiteral("Mission: dated policies and milestones")));
}

// "0 of 4 claims supported" read as failure when three lacked data: the
// region's verdicts are counted apart beside the one selected.
TEST_F(FindingsPanelTest, TheDetailsCountTheRegionsVerdictsApart)
{
    window.findingsPanel()->table()->setCurrentIndex(cell(zhejiang, Claim::DynamicBalance));
    const QString details = window.findingsPanel()->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("0 supported, 0 not supported, 0 not enough data, 1 cannot tell, 3 planned, not observed"))) << qPrintable(details);
    EXPECT_EQ(cell(zhejiang, Claim::DynamicBalance).siblingAtColumn(0).data(Qt::ToolTipRole).toString(),
              QStringLiteral("0 supported, 0 not supported, 0 not enough data, 1 cannot tell, 3 planned, not observed"));
}

// Users have no copy of the source repository: the header links to the
// Method help, opened at the claims, which says how each claim is tested.
TEST_F(FindingsPanelTest, TheHeaderOpensTheMethodHelpAtTheClaims)
{
    QLabel *intro = window.findingsPanel()->intro();
    EXPECT_FALSE(intro->text().contains(QStringLiteral("docs/"))) << qPrintable(intro->text());
    EXPECT_FALSE(intro->text().contains(QStringLiteral(".md"))) << qPrintable(intro->text());
    ASSERT_TRUE(intro->text().contains(QStringLiteral("<a href"))) << qPrintable(intro->text());
    emit intro->linkActivated(QStringLiteral("#claims"));
    auto *dialog = window.findingsPanel()->findChild<MethodDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    QCoreApplication::processEvents();
    EXPECT_GT(dialog->text()->verticalScrollBar()->value(), 0) << "scrolled to the claims, past the formulas";
    // A second click brings the same help back to the claims rather than opening another.
    dialog->text()->verticalScrollBar()->setValue(0);
    emit intro->linkActivated(QStringLiteral("#claims"));
    QCoreApplication::processEvents();
    EXPECT_EQ(window.findingsPanel()->findChildren<MethodDialog *>().size(), 1);
    EXPECT_GT(dialog->text()->verticalScrollBar()->value(), 0);
    dialog->close();
}

TEST(MethodDialogTest, ExplainsEachClaimWhatItNeedsAndEachVerdict)
{
    const QString html = MethodDialog::methodHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("name=\"claims\""))) << "the anchor the Findings tab opens";
    for (Claim claim : AllClaims)
        EXPECT_TRUE(html.contains(QStringLiteral("<b>%1</b> tests").arg(claimName(claim)))) << qPrintable(claimName(claim));
    for (Verdict verdict : {Verdict::Supported, Verdict::NotSupported, Verdict::NotEnoughData, Verdict::CannotTell})
        EXPECT_TRUE(html.contains(verdictName(verdict))) << qPrintable(verdictName(verdict));
    EXPECT_EQ(html.count(QStringLiteral("It needs")), 4) << "what data each claim reads";
    EXPECT_TRUE(html.contains(findingsRuleText())) << "the rules' version";
    EXPECT_TRUE(html.contains(evolutionFallToleranceLabel()));
    EXPECT_TRUE(html.contains(QStringLiteral("the balance ratio 0.50–0.95"))) << "the thresholds' sweeps, as tried";
}

// In Chinese the header showed the English word "Findings": its translation
// kept the name of a section of docs/method.md, which the header quoted.
TEST_F(FindingsPanelTest, InChineseTheHeaderQuotesNoEnglishSectionTitle)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/triangle_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    setUiLanguage(Language::Chinese);
    const FindingsPanel panel(window.editor());
    const QString header = panel.intro()->text();
    QCoreApplication::removeTranslator(&chinese);
    setUiLanguage(Language::English);
    EXPECT_FALSE(header.contains(QStringLiteral("Findings"))) << qPrintable(header);
    EXPECT_FALSE(header.contains(QStringLiteral("docs/method.md"))) << qPrintable(header);
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
    // The fall is to the planned target: what the plan would give, not an observed failure.
    EXPECT_EQ(Verdict(cell(zhejiang, Claim::ContinuousEvolution).data(FindingsModel::VerdictRole).toInt()), Verdict::Planned);
    EXPECT_TRUE(cell(zhejiang, Claim::ContinuousEvolution).data(Qt::ToolTipRole).toString().contains(QStringLiteral("would be not supported")));
    EXPECT_TRUE(cell(zhejiang, Claim::ContinuousEvolution).data(Qt::ToolTipRole).toString().contains(QStringLiteral("-0.8")));
}

// Issue 21 §4 and §8: beside every verdict, what the data rest on and how
// often the verdict holds when the weights are redrawn; the details give the
// shares, the draws and the curve over κ.
TEST_F(FindingsPanelTest, EveryVerdictShowsItsDataBasisAndItsShareUnderRedrawnWeights)
{
    FindingsModel *model = window.findingsPanel()->model();
    const QModelIndex evidence = cell(zhejiang, Claim::TractionFromEvidence);
    EXPECT_TRUE(evidence.data().toString().contains(QStringLiteral("illustrative"))) << qPrintable(evidence.data().toString());
    if (model->isComputingUncertainty()) {
        QSignalSpy ready(model, &FindingsModel::uncertaintyReady);
        ASSERT_TRUE(ready.wait(30000));
    }
    const QString shown = evidence.data().toString();
    // The shipped cases are scored by one rater from the indicators: the
    // weights are redrawn, the raters are not.
    EXPECT_TRUE(shown.contains(QStringLiteral("of weight draws"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("rater resamples"))) << qPrintable(shown);
    // A planned verdict: what the plan's values give under the draws.
    EXPECT_TRUE(cell(zhejiang, Claim::DynamicBalance).data().toString().contains(QStringLiteral("plan: supported in")))
        << qPrintable(cell(zhejiang, Claim::DynamicBalance).data().toString());

    window.findingsPanel()->table()->setCurrentIndex(evidence);
    const QString details = window.findingsPanel()->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Data: illustrative"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("of 1000 weight draws"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("one rater"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("Over κ"))) << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("200"))) << "the curve's last κ";

    // An analyst who marks the region's data observed sees it at once.
    Region region = *window.store()->regions().byId(zhejiang);
    region.basis = DataBasis::Observed;
    ASSERT_TRUE(window.editor()->updateRegion(region));
    EXPECT_TRUE(cell(zhejiang, Claim::TractionFromEvidence).data().toString().contains(QStringLiteral("observed")));
}

// The constants were set between the shipped values: the details say over
// which values of each the verdict holds, and what lies beyond.
TEST_F(FindingsPanelTest, TheDetailsSayOverWhichThresholdsTheVerdictHolds)
{
    window.findingsPanel()->table()->setCurrentIndex(cell(zhejiang, Claim::DynamicBalance));
    const QString details = window.findingsPanel()->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("Under other thresholds"))) << qPrintable(details);
    // Zhejiang's advantage triangle reads 0.725 (lowest / highest): at a
    // threshold of 0.72 or below it is balanced, and the claim fails whatever the plan says.
    EXPECT_TRUE(details.contains(QStringLiteral("balanced from a lowest / highest of\n0.80\nholds for 0.73–0.95; not supported at 0.72")))
        << qPrintable(details);
    // Its spread there is 2.2 points: from a margin of 2.3 it is balanced too.
    EXPECT_TRUE(details.contains(QStringLiteral("balanced within a spread of (points)\n1.0\nholds for 0.0–2.2; not supported at 2.3")))
        << qPrintable(details);
    EXPECT_TRUE(details.contains(QStringLiteral("“balanced high” from a mean of\n6.0\nholds over every value tried (4.0–8.0)")))
        << qPrintable(details);
}

// "Advantage traction (dated evide…": at the window's size the long claim
// names were cut in the header. Each header line fits its column.
TEST_F(FindingsPanelTest, EveryClaimsNameFitsItsColumnHeader)
{
    window.resize(1280, 800);
    QTableView *table = window.findingsPanel()->table();
    QCoreApplication::processEvents();
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    // The header's own margins and the sort indicator's room, as QHeaderView pads a section.
    const int padding = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    for (int column = 1; column < table->model()->columnCount(); ++column) {
        const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
        for (const QString &line : text.split(QLatin1Char('\n')))
            EXPECT_LE(metrics.horizontalAdvance(line) + padding, header->sectionSize(column))
                << qPrintable(line) << " is cut in a column " << header->sectionSize(column) << " px wide";
        EXPECT_EQ(table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(),
                  claimName(AllClaims[std::size_t(column - 1)]))
            << "the whole name in the tooltip";
    }
}
