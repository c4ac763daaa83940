// Drives the Scorecard and Sensitivity tabs of the real main window on the
// offscreen platform: an analyst opens Zhejiang, sees how its advantage-stage
// mission score of 8.0 comes from its indicators, adds a second rater's
// reading by typing into the scorecard, sees the spread, and checks how robust
// "mission-led" is to the weights.

#include "support/NoisyRaters.h"
#include "support/TestData.h"

#include "analysis/AgreementText.h"
#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/RaterRepository.h"
#include "store/ScorecardQueries.h"
#include "widgets/MainWindow.h"
#include "widgets/MethodDialog.h"
#include "widgets/editing/Editor.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/scorecard/IndicatorDialog.h"
#include "widgets/scorecard/IndicatorSetDialog.h"
#include "widgets/scorecard/RaterDialog.h"
#include "widgets/scorecard/ScorecardModel.h"
#include "widgets/scorecard/ScorecardPanel.h"
#include "widgets/scorecard/SensitivityPanel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace triangle;

namespace {
class ScorecardPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("scorecard.tsdb")), true));
        window.show();
        store = window.store();
        zhejiang = store->regions().byCode(QStringLiteral("330000"))->id;
        advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
        window.selectRegion(zhejiang);
        window.tabs()->setCurrentWidget(window.scorecardPanel());
        panel = window.scorecardPanel();
        panel->setStage(advantage);
    }

    Assessment assessment() const { return store->assessments().at(zhejiang, advantage)->value(); }

    QModelIndex missionIndicator(int row, int column) const
    {
        const QModelIndex mission = panel->model()->index(index(Dimension::Mission), 0);
        return panel->model()->index(row, column, mission);
    }

    // Types a score into the scorecard as a user would: select, edit, type, Return.
    void typeScore(const QModelIndex &index, const QString &text)
    {
        // The previous editor is deleted later: let it go before opening the next.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTreeView *view = panel->view();
        view->setCurrentIndex(index);
        view->edit(index);
        auto *spin = view->findChild<QDoubleSpinBox *>();
        ASSERT_NE(spin, nullptr);
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        // The delegate commits on Return through a queued call.
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dir;
    MainWindow window;
    Store *store = nullptr;
    ScorecardPanel *panel = nullptr;
    Id zhejiang = NoId, advantage = NoId;
};
} // namespace

TEST_F(ScorecardPanelTest, ShowsHowZhejiangsMissionScoreOf8ComesFromItsIndicators)
{
    ScorecardModel *model = panel->model();
    const QModelIndex mission = model->index(index(Dimension::Mission), 0);
    ASSERT_EQ(model->rowCount(mission), 4);
    // Four indicators, each a quarter of the dimension, their scores averaging 8.0.
    double sum = 0.0;
    for (int row = 0; row < 4; ++row) {
        EXPECT_EQ(missionIndicator(row, ScorecardModel::WeightColumn).data().toString(), QStringLiteral("25 %"));
        sum += missionIndicator(row, ScorecardModel::ScoreColumn).data(Qt::EditRole).toDouble();
        EXPECT_FALSE(missionIndicator(row, ScorecardModel::LevelColumn).data().toString().isEmpty());
    }
    EXPECT_NEAR(sum / 4.0, 8.0, 1e-9);
    EXPECT_EQ(model->index(index(Dimension::Mission), ScorecardModel::ScoreColumn).data().toString(), QStringLiteral("8.00"));
    EXPECT_TRUE(panel->deriveBox(Dimension::Mission)->isChecked());
    EXPECT_TRUE(panel->summaryLabel(Dimension::Mission)->text().contains(QStringLiteral("8.0"))) << qPrintable(panel->summaryLabel(Dimension::Mission)->text());
    // The rubric anchors, with their descriptions, are offered for the level.
    EXPECT_GE(missionIndicator(0, ScorecardModel::LevelColumn).data(ScorecardModel::RubricRole).toList().size(), 4);
}

TEST_F(ScorecardPanelTest, ASecondRatersReadingMovesTheDerivedScoreAndShowsTheSpread)
{
    const auto second = window.editor()->addRater({NoId, QStringLiteral("second"), QStringLiteral("Second analyst"), QStringLiteral("CUEB"), {}, {}, Language::Chinese});
    ASSERT_TRUE(second);
    panel->setRater(*second);
    ASSERT_EQ(panel->model()->raterId(), *second);
    // The second rater reads every mission indicator at 7.0.
    for (int row = 0; row < 4; ++row)
        typeScore(missionIndicator(row, ScorecardModel::ScoreColumn), QStringLiteral("7"));
    auto values = store->indicatorValues().forAssessment(zhejiang, advantage);
    ASSERT_OK(values);
    int seconds = 0;
    for (const IndicatorValue &v : *values)
        seconds += v.raterId == *second ? 1 : 0;
    EXPECT_EQ(seconds, 4);
    // Mean of 8.0 and 7.0.
    EXPECT_DOUBLE_EQ(assessment().scores[Dimension::Mission], 7.5);
    EXPECT_TRUE(panel->summaryLabel(Dimension::Mission)->text().contains(QStringLiteral("7.00–8.00")))
        << qPrintable(panel->summaryLabel(Dimension::Mission)->text());
    EXPECT_FALSE(panel->agreementLabel()->text().isEmpty());

    // Every typed score is one undoable step: undo takes the fourth value away.
    auto valuesBy = [&](Id rater) {
        int n = 0;
        for (const IndicatorValue &v : *store->indicatorValues().forAssessment(zhejiang, advantage))
            n += v.raterId == rater ? 1 : 0;
        return n;
    };
    window.editor()->undoStack()->undo();
    EXPECT_EQ(valuesBy(*second), 3);
    window.editor()->undoStack()->redo();
    EXPECT_EQ(valuesBy(*second), 4);
    EXPECT_DOUBLE_EQ(assessment().scores[Dimension::Mission], 7.5);

    // The median of two is their mean; the choice is stored in the database.
    panel->aggregateChooser()->setCurrentIndex(1);
    emit panel->aggregateChooser()->activated(1);
    EXPECT_EQ(*store->raters().aggregate(), RaterAggregate::Median);
}

TEST_F(ScorecardPanelTest, AScoreTypedByHandIsMarkedAndTheDerivedOneCanBeRestored)
{
    window.assessmentForm()->setStage(advantage);
    QDoubleSpinBox *field = window.assessmentForm()->scoreField(Dimension::Mission);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, QStringLiteral("9.2"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(assessment().scores[Dimension::Mission], 9.2);
    EXPECT_EQ(assessment().origin[Dimension::Mission], ScoreOrigin::Hand);
    // The scorecard says so and shows the derived value beside it.
    EXPECT_FALSE(panel->deriveBox(Dimension::Mission)->isChecked());
    const QString summary = panel->summaryLabel(Dimension::Mission)->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("9.2")) && summary.contains(QStringLiteral("8.00"))) << qPrintable(summary);

    panel->deriveBox(Dimension::Mission)->click();
    EXPECT_EQ(assessment().origin[Dimension::Mission], ScoreOrigin::Derived);
    EXPECT_DOUBLE_EQ(assessment().scores[Dimension::Mission], 8.0);
    window.editor()->undoStack()->undo();
    EXPECT_DOUBLE_EQ(assessment().scores[Dimension::Mission], 9.2);
}

TEST_F(ScorecardPanelTest, ClearingAnIndicatorScoreReDerivesWithoutIt)
{
    const QModelIndex first = missionIndicator(0, ScorecardModel::ScoreColumn);
    const double firstScore = first.data(Qt::EditRole).toDouble();
    panel->view()->setFocus();
    panel->view()->setCurrentIndex(first);
    panel->clearCurrentScore();
    // The other three indicators carry the score: (32 − first) / 3, on the 0.1 grid.
    EXPECT_NEAR(assessment().scores[Dimension::Mission], std::round((32.0 - firstScore) / 3.0 * 10.0) / 10.0, 1e-9);
    EXPECT_EQ(panel->view()->currentIndex().data(ScorecardModel::IndicatorIdRole), first.data(ScorecardModel::IndicatorIdRole));
    window.editor()->undoStack()->undo();
    EXPECT_DOUBLE_EQ(assessment().scores[Dimension::Mission], 8.0);
}

// Issue 21 §11: the indicators the article names without provincial evidence
// are there, shown as not scored, and the dimension says how few it rests on.
TEST_F(ScorecardPanelTest, AnIndicatorNobodyScoredIsShownAndTheDimensionSaysSo)
{
    ScorecardModel *model = panel->model();
    const QModelIndex political = model->index(index(Dimension::Political), 0);
    ASSERT_EQ(model->rowCount(political), 5);
    const QModelIndex publicSupport = model->index(4, ScorecardModel::LevelColumn, political);
    EXPECT_EQ(publicSupport.data().toString(), QStringLiteral("not scored"));
    EXPECT_TRUE(model->index(4, ScorecardModel::NameColumn, political)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("gives no provincial evidence")));
    // Untranslated here: the source's "indicator(s)" (the English file says "indicators").
    EXPECT_TRUE(model->index(index(Dimension::Political), ScorecardModel::NoteColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("one rater; 4 of 5 indicator")));
    EXPECT_TRUE(model->index(index(Dimension::Operational), ScorecardModel::NoteColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("one rater; 5 of 7 indicator")));
    EXPECT_EQ(model->index(index(Dimension::Mission), ScorecardModel::NoteColumn).data().toString(), QStringLiteral("one rater"));
}

TEST_F(ScorecardPanelTest, TheIndicatorSetShowsNormalisedWeightsAndReordersUndoably)
{
    IndicatorSetDialog dialog(window.editor());
    QTreeWidget *tree = dialog.tree();
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *mission = tree->topLevelItem(0);
    ASSERT_EQ(mission->childCount(), 4);
    EXPECT_EQ(mission->child(0)->text(3), QStringLiteral("25.0 %"));
    const QString firstName = mission->child(0)->text(0);
    tree->setCurrentItem(mission->child(0));
    dialog.moveCurrent(+1);
    EXPECT_EQ(tree->topLevelItem(0)->child(1)->text(0), firstName);
    window.editor()->undoStack()->undo();
    EXPECT_EQ(tree->topLevelItem(0)->child(0)->text(0), firstName);
}

TEST_F(ScorecardPanelTest, SensitivityTabSaysHowRobustMissionLedIs)
{
    window.tabs()->setCurrentWidget(window.sensitivityPanel());
    SensitivityPanel *sensitivity = window.sensitivityPanel();
    ASSERT_EQ(sensitivity->result().regions.size(), 3);
    QTableWidget *table = sensitivity->table();
    ASSERT_EQ(table->rowCount(), 3);
    bool foundZhejiang = false;
    for (const SensitivityRegionResult &r : sensitivity->result().regions) {
        if (r.regionId != zhejiang)
            continue;
        foundZhejiang = true;
        EXPECT_EQ(r.baselineLeading, Dimension::Mission);
        EXPECT_TRUE(r.weightsApply);
        // Mission leads by 1.7 points: no reasonable reweighting of four
        // indicators takes the lead away (rate computed, not assumed: < 5 %).
        EXPECT_LT(r.leadingChangeRate, 0.05);
    }
    EXPECT_TRUE(foundZhejiang);
    EXPECT_EQ(sensitivity->result().draws, 10000);
}

// With the shipped data's one rater, agreement cannot be computed for any of
// the four scopes, for one reason: the sentence says so once, not four times.
TEST_F(ScorecardPanelTest, AgreementNotComputableForOneReasonIsSaidOnce)
{
    const QString text = panel->agreementLabel()->text();
    EXPECT_EQ(text.count(QStringLiteral("not computable")), 1) << qPrintable(text);
    const QString reason = text.mid(text.indexOf(QStringLiteral("not computable")));
    EXPECT_GT(reason.size(), QStringLiteral("not computable").size() + 5) << "the reason is given: " << qPrintable(text);
}

// With several raters, the agreement at the stage shown comes with its 95 %
// interval and Krippendorff's verdict, and it is that stage's, not pooled.
TEST_F(ScorecardPanelTest, AgreementAtTheStageGivesItsIntervalAndVerdict)
{
    QList<Id> regions, stages;
    for (const QString &code : {QStringLiteral("330000"), QStringLiteral("140000"), QStringLiteral("510000")})
        regions << store->regions().byCode(code)->id;
    for (const Stage &stage : *store->stages().all())
        stages << stage.id;
    test::addNoisyRaters(*store, regions, stages);
    panel->setStage(stages.first());
    panel->setStage(advantage);
    QCoreApplication::processEvents();

    auto scored = regionsWithIndicatorValues(*store, advantage);
    ASSERT_OK(scored);
    auto expected = raterAgreementFor(*store, *scored, advantage);
    ASSERT_OK(expected);
    ASSERT_TRUE(expected->all.verdict.has_value());
    const QString text = panel->agreementLabel()->text();
    EXPECT_TRUE(text.contains(agreementText(expected->all))) << qPrintable(text);
    EXPECT_TRUE(text.contains(alphaIntervalText(expected->all.interval))) << qPrintable(text);
    EXPECT_TRUE(text.contains(alphaVerdictName(*expected->all.verdict))) << qPrintable(text);
    EXPECT_TRUE(text.contains(agreementText(expected->byDimension[Dimension::Political]))) << qPrintable(text);
    auto pooled = raterAgreementFor(*store, *scored);
    ASSERT_OK(pooled);
    EXPECT_FALSE(text.contains(agreementText(pooled->all))) << qPrintable(text);
}

// Help › Method says how agreement is shown: per stage, pooled only beside,
// with the interval's resamples and seed and Krippendorff's thresholds.
TEST(MethodDialogAgreementTest, SaysAgreementIsPerStageWithItsIntervalAndThresholds)
{
    const QString html = MethodDialog::methodHtml();
    const qsizetype at = html.indexOf(QStringLiteral("<b>Agreement</b>"));
    ASSERT_GE(at, 0) << qPrintable(html);
    const QString agreement = html.mid(at, html.indexOf(QStringLiteral("</p>"), at) - at);
    EXPECT_TRUE(agreement.contains(QStringLiteral("stage by stage"))) << qPrintable(agreement);
    EXPECT_TRUE(agreement.contains(QStringLiteral("Pooled over stages"))) << qPrintable(agreement);
    EXPECT_TRUE(agreement.contains(QString::number(AlphaBootstrapResamples))) << qPrintable(agreement);
    EXPECT_TRUE(agreement.contains(QString::number(AlphaReliableMin, 'f', 3))) << qPrintable(agreement);
    EXPECT_TRUE(agreement.contains(QString::number(AlphaTentativeMin, 'f', 3))) << qPrintable(agreement);
}

// Add Rater is wide enough for its title (a window manager cuts a title wider
// than the window) and shows the whole generated key.
TEST_F(ScorecardPanelTest, AddRaterDialogShowsItsTitleAndItsKeyWhole)
{
    RaterDialog dialog(Rater{}, &window);
    dialog.show();
    QCoreApplication::processEvents();
    const QFontMetrics metrics = dialog.fontMetrics();
    EXPECT_GE(dialog.width(), metrics.horizontalAdvance(dialog.windowTitle()) + 100) << dialog.width();
    for (QLineEdit *field : dialog.findChildren<QLineEdit *>()) {
        EXPECT_GE(field->contentsRect().width(), metrics.horizontalAdvance(field->text()) + 8)
            << qPrintable(field->text()) << " in a field " << field->contentsRect().width() << " px wide";
    }
}

// Two raters added one after the other are offered different keys, even
// within one second (the second was refused as a duplicate before).
TEST_F(ScorecardPanelTest, AddRaterOffersANewKeyEachTime)
{
    RaterDialog first(Rater{}, &window);
    RaterDialog second(Rater{}, &window);
    const QString a = first.findChild<QLineEdit *>(QStringLiteral("raterKey"))->text();
    const QString b = second.findChild<QLineEdit *>(QStringLiteral("raterKey"))->text();
    EXPECT_NE(a, b);
    EXPECT_TRUE(a.startsWith(QStringLiteral("rater-"))) << qPrintable(a);
}

// The rubric editor gives the Chinese and the English descriptions the same
// width: the English one took it all before.
TEST_F(ScorecardPanelTest, RubricEditorSharesTheWidthBetweenTheLanguages)
{
    const Indicator shipped = store->indicators().all()->first();
    IndicatorDialog dialog(shipped, &window);
    dialog.show();
    QCoreApplication::processEvents();
    auto *rubric = dialog.findChild<QTableWidget *>();
    ASSERT_NE(rubric, nullptr);
    const int zh = rubric->columnWidth(3), en = rubric->columnWidth(4);
    EXPECT_GE(zh, en - 2) << zh << " px for 中文, " << en << " px for English";
    EXPECT_GE(zh, rubric->viewport()->width() / 4);
}

// The shipped rater's name and organisation are written in both languages:
// the rater list shows the UI language's (English here) only.
TEST_F(ScorecardPanelTest, RaterListShowsTheNameInTheUiLanguageOnly)
{
    const QString shown = panel->raterChooser()->itemText(0);
    EXPECT_TRUE(shown.contains(QStringLiteral("Analyst"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("分析者"))) << qPrintable(shown);
}

// Issue 20: a new assessment scored through its indicators read "set by hand:
// 0.0" until a Derived box was ticked. Nobody typed that 0.0: a new assessment
// is unscored, scoring an indicator derives its dimension, and a typed score,
// even 0, is the analyst's own.
TEST_F(ScorecardPanelTest, ANewAssessmentIsUnscoredUntilItsIndicatorsOrTheAnalystScoreIt)
{
    const Id guangdong = store->regions().byCode(QStringLiteral("440000"))->id;
    ASSERT_FALSE(store->assessments().at(guangdong, advantage)->has_value());
    window.selectRegion(guangdong);
    AssessmentForm *form = window.assessmentForm();
    window.tabs()->setCurrentWidget(form);
    form->setStage(advantage);
    QPushButton *add = nullptr;
    for (auto *button : form->findChildren<QPushButton *>()) {
        if (button->text().contains(QStringLiteral("Add an Assessment")))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    add->click();
    auto added = store->assessments().at(guangdong, advantage);
    ASSERT_TRUE(added.ok() && added->has_value());
    for (Dimension d : AllDimensions) {
        EXPECT_EQ((*added)->origin[d], ScoreOrigin::Unscored) << qPrintable(dimensionKey(d));
        EXPECT_TRUE(form->originLabel(d)->text().contains(QStringLiteral("not scored yet"))) << qPrintable(form->originLabel(d)->text());
        EXPECT_FALSE(form->originLabel(d)->text().contains(QStringLiteral("by hand")));
        EXPECT_EQ(form->scoreField(d)->text(), QStringLiteral("not scored"));
    }
    // Not a triangle yet: no figure or finding reads it.
    EXPECT_FALSE(store->assessments().at(guangdong, advantage, AssessmentRepository::Scope::ScoredOnly)->has_value());

    // Scoring one mission indicator on the Scorecard derives the mission score.
    window.tabs()->setCurrentWidget(panel);
    panel->setStage(advantage);
    EXPECT_TRUE(panel->deriveBox(Dimension::Mission)->isChecked());
    EXPECT_TRUE(panel->summaryLabel(Dimension::Mission)->text().contains(QStringLiteral("not scored yet")));
    ASSERT_NO_FATAL_FAILURE(typeScore(missionIndicator(0, ScorecardModel::ScoreColumn), QStringLiteral("6.5")));
    const Assessment scored = store->assessments().at(guangdong, advantage)->value_or(Assessment{});
    EXPECT_EQ(scored.origin[Dimension::Mission], ScoreOrigin::Derived);
    EXPECT_DOUBLE_EQ(scored.scores[Dimension::Mission], 6.5);
    EXPECT_EQ(scored.origin[Dimension::Political], ScoreOrigin::Unscored);
    form->setStage(advantage);
    EXPECT_TRUE(form->originLabel(Dimension::Mission)->text().contains(QStringLiteral("derived from 1 of 4 indicator")))
        << qPrintable(form->originLabel(Dimension::Mission)->text());

    // A typed 0 is a score, set by hand.
    window.tabs()->setCurrentWidget(form);
    QDoubleSpinBox *political = form->scoreField(Dimension::Political);
    political->setFocus();
    QTest::keyClick(political, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(political, QStringLiteral("0"));
    QTest::keyClick(political, Qt::Key_Return);
    const Assessment typed = store->assessments().at(guangdong, advantage)->value();
    EXPECT_EQ(typed.origin[Dimension::Political], ScoreOrigin::Hand);
    EXPECT_DOUBLE_EQ(typed.scores[Dimension::Political], 0.0);
    EXPECT_EQ(typed.origin[Dimension::Operational], ScoreOrigin::Unscored);
}
