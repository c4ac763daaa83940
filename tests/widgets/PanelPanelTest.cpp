// Drives the Expert Panel tab of the real main window on the offscreen
// platform (issue 22): an analyst adds two experts through the dialog, makes
// their scoring packets into a folder, imports them back, and reads the
// rounds: a first round where the two rank every item in reverse (W = 0, the
// stop rule not met, items flagged) and a second where they agree exactly
// (W = 1, every CV 0, the stop rule met). The returned answers are filled
// through the core's reader and importPacket (the workbook's own filling is
// tested with openpyxl in the core's tests). Then the AHP editor: an
// inconsistent 3 × 3, its CR flagged with the repair hint, the suggestion
// applied, and undo.

#include "support/TestData.h"

#include "Translations.h"
#include "analysis/Ahp.h"
#include "data/PacketFiles.h"
#include "data/ScoringPacketReader.h"
#include "store/Backups.h"
#include "store/PanelRepository.h"
#include "store/RegionRepository.h"
#include "store/RaterRepository.h"
#include "store/StageRepository.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"
#include "widgets/panel/AhpMatrixEditor.h"
#include "widgets/panel/ConvergenceChart.h"
#include "widgets/panel/MakePacketsDialog.h"
#include "widgets/panel/PanelPanel.h"
#include "widgets/scorecard/RaterDialog.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using namespace triangle;

namespace {
class PanelPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("panel.tsdb")), true));
        window.resize(1280, 800);
        window.show();
        store = window.store();
        advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
        panel = window.panelPanel();
        ASSERT_NE(panel, nullptr);
        window.tabs()->setCurrentWidget(panel);
        QApplication::processEvents();
    }

    // Adds an expert through Add Expert… as a user would fill the dialog.
    void addExpertThroughTheDialog(const QString &name, const QString &field, int years, Language language)
    {
        bool filled = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<RaterDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            dialog->findChild<QLineEdit *>(QStringLiteral("raterName"))->setText(name);
            dialog->findChild<QLineEdit *>(QStringLiteral("raterOrganisation"))->setText(QStringLiteral("某大学"));
            dialog->findChild<QLineEdit *>(QStringLiteral("raterField"))->setText(field);
            // The key the dialog makes is the time to the second: two added in one second need their own.
            dialog->findChild<QLineEdit *>(QStringLiteral("raterKey"))->setText(QStringLiteral("expert-%1").arg(++m_added));
            dialog->findChild<QSpinBox *>(QStringLiteral("raterYears"))->setValue(years);
            auto *languageBox = dialog->findChild<QComboBox *>(QStringLiteral("raterLanguage"));
            languageBox->setCurrentIndex(languageBox->findData(int(language)));
            filled = true;
            dialog->accept();
        });
        panel->addExpert();
        ASSERT_TRUE(filled);
        ASSERT_NE(expertNamed(name), NoId) << qPrintable(window.editor()->lastError().message);
    }

    Id expertNamed(const QString &name) const
    {
        for (const Rater &r : *store->raters().all())
            if (r.name == name)
                return r.id;
        return NoId;
    }

    // Make Packets… for `experts` only, at the advantage stage, `round`, into
    // `folder`; the report box that follows is closed. Returns its text.
    QString makePacketsThroughTheDialog(const QList<Id> &experts, int round, const QString &folder)
    {
        QString report;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<MakePacketsDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            dialog->stageBox()->setCurrentIndex(dialog->stageBox()->findData(QVariant::fromValue(advantage)));
            QListWidget *list = dialog->expertList();
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(experts.contains(list->item(i)->data(Qt::UserRole).value<Id>()) ? Qt::Checked
                                                                                                             : Qt::Unchecked);
            dialog->roundBox()->setValue(round);
            dialog->deadlineEdit()->setText(QStringLiteral("2027-01-15"));
            dialog->folderEdit()->setText(folder);
            // The report box opens once the packets are written.
            QTimer::singleShot(0, &window, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                ASSERT_NE(box, nullptr);
                report = box->text();
                box->accept();
            });
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        panel->makePacketsDialog();
        return report;
    }

    // Reads a packet file back as returned, with every item scored by `score`
    // (its index among the packet's items), and imports it.
    void returnFilled(const QString &path, const std::function<double(int)> &score)
    {
        QString error;
        auto returned = readScoringPacket(path, &error);
        ASSERT_TRUE(returned.has_value()) << qPrintable(error);
        for (int k = 0; k < returned->answers.size(); ++k)
            returned->answers[k].score = score(k);
        auto report = store->panel().importPacket(*returned, path);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
        QApplication::processEvents();
    }

    QString cellText(QTableWidget *table, int row, int column) const
    {
        QTableWidgetItem *item = table->item(row, column);
        return item ? item->text() : QString();
    }

    int rowOf(QTableWidget *table, int column, const QString &text) const
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (cellText(table, r, column) == text)
                return r;
        return -1;
    }

    QTemporaryDir m_dir;
    MainWindow window;
    Store *store = nullptr;
    PanelPanel *panel = nullptr;
    Id advantage = NoId;
    int m_added = 0;
};

// Round 1: expert A scores 2 … 8 down the items, B the reverse (11 − A).
double roundOneA(int k) { return 2.0 + k % 7; }
double roundOneB(int k) { return 11.0 - roundOneA(k); }
} // namespace

TEST_F(PanelPanelTest, TwoExpertsAddedThroughTheDialogAreListedWithTheirFieldYearsAndLanguage)
{
    addExpertThroughTheDialog(QStringLiteral("张三"), QStringLiteral("公共管理"), 12, Language::Chinese);
    addExpertThroughTheDialog(QStringLiteral("Li Si"), QStringLiteral("Political science"), 7, Language::English);
    const Id li = expertNamed(QStringLiteral("Li Si"));
    ASSERT_NE(li, NoId);
    const Rater stored = *store->raters().byId(li);
    EXPECT_EQ(stored.field, QStringLiteral("Political science"));
    EXPECT_EQ(stored.experienceYears, 7);
    EXPECT_EQ(stored.language, Language::English);

    QTableWidget *experts = panel->expertsTable();
    const int row = rowOf(experts, 0, QStringLiteral("Li Si"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(cellText(experts, row, 2), QStringLiteral("Political science"));
    EXPECT_EQ(cellText(experts, row, 3), QStringLiteral("7"));
    EXPECT_EQ(cellText(experts, row, 4), QStringLiteral("English"));
    EXPECT_EQ(cellText(experts, row, 5), QStringLiteral("0")) << "no packet sent yet";
    EXPECT_GE(rowOf(experts, 0, QStringLiteral("张三")), 0);

    // Adding is one undo step.
    window.editor()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(expertNamed(QStringLiteral("Li Si")), NoId);
    EXPECT_LT(rowOf(experts, 0, QStringLiteral("Li Si")), 0);

    // Editing keeps the other fields and changes the years.
    const Id zhang = expertNamed(QStringLiteral("张三"));
    experts->setCurrentCell(rowOf(experts, 0, QStringLiteral("张三")), 0);
    QTimer::singleShot(0, &window, [] {
        auto *dialog = qobject_cast<RaterDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->findChild<QSpinBox *>(QStringLiteral("raterYears"))->setValue(20);
        dialog->accept();
    });
    panel->editExpert();
    EXPECT_EQ(store->raters().byId(zhang)->experienceYears, 20);
    EXPECT_EQ(store->raters().byId(zhang)->field, QStringLiteral("公共管理"));
}

TEST_F(PanelPanelTest, PacketsAreWrittenOneFilePerExpertAndTheRoundsShowWCvAndTheStopVerdict)
{
    addExpertThroughTheDialog(QStringLiteral("张三"), QStringLiteral("公共管理"), 12, Language::Chinese);
    addExpertThroughTheDialog(QStringLiteral("Li Si"), QStringLiteral("Political science"), 7, Language::English);
    const Id zhang = expertNamed(QStringLiteral("张三"));
    const Id li = expertNamed(QStringLiteral("Li Si"));
    const Stage stage = *store->stages().byId(advantage);

    // Round 1: one file per expert, named by packetFileName.
    const QString folder1 = m_dir.filePath(QStringLiteral("round1"));
    const QString report = makePacketsThroughTheDialog({zhang, li}, 1, folder1);
    EXPECT_TRUE(report.contains(QStringLiteral("Packets written: 2."))) << qPrintable(report);
    const QString zhangFile = QDir(folder1).filePath(packetFileName(*store->raters().byId(zhang), stage, 1));
    const QString liFile = QDir(folder1).filePath(packetFileName(*store->raters().byId(li), stage, 1));
    EXPECT_TRUE(QFileInfo::exists(zhangFile)) << qPrintable(zhangFile);
    EXPECT_TRUE(QFileInfo::exists(liFile)) << qPrintable(liFile);
    EXPECT_EQ(QDir(folder1).entryList({QStringLiteral("*.xlsx")}, QDir::Files).size(), 2);
    EXPECT_EQ(panel->packetsTable()->rowCount(), 2);
    EXPECT_EQ(cellText(panel->packetsTable(), 0, 5), QStringLiteral("not yet"));
    EXPECT_TRUE(panel->packetsTable()->item(0, 3)->toolTip().contains(QStringLiteral("Zhejiang")))
        << qPrintable(panel->packetsTable()->item(0, 3)->toolTip());

    // Imported through Import Returned Packets… as they came back, unfilled,
    // the folder chosen: nothing stored, and the import says so packet by
    // packet. The question first says that a backup, not Undo, restores.
    QString question, described;
    const int backupsBefore = int(QDir(Backups::userFolderFor(store->filePath())).entryList(QDir::Files).size());
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        question = box->text();
        QTimer::singleShot(0, &window, [&] {
            auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(files, nullptr);
            files->selectFile(folder1);
            QTimer::singleShot(0, &window, [&] {
                auto *result = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                ASSERT_NE(result, nullptr);
                auto *text = result->findChild<QTextBrowser *>();
                ASSERT_NE(text, nullptr);
                described = text->toPlainText();
                result->accept();
            });
            static_cast<QDialog *>(files)->accept(); // QFileDialog::accept, as the Choose button would
        });
        for (QAbstractButton *button : box->buttons())
            if (button->text() == QStringLiteral("Choose a Fol&der…"))
                button->click();
    });
    panel->importPacketsDialog();
    EXPECT_TRUE(question.contains(QStringLiteral("cannot be taken back with Edit › Undo"))) << qPrintable(question);
    EXPECT_TRUE(question.contains(QStringLiteral("backup"))) << qPrintable(question);
    EXPECT_GT(QDir(Backups::userFolderFor(store->filePath())).entryList(QDir::Files).size(), backupsBefore) << "a backup was taken first";
    EXPECT_TRUE(described.contains(QStringLiteral("Packets imported: 2; refused: 0."))) << qPrintable(described);
    EXPECT_TRUE(described.contains(QFileInfo(liFile).fileName())) << qPrintable(described);
    EXPECT_TRUE(described.contains(QStringLiteral("0 of 48 items filled"))) << qPrintable(described);
    // A file that is no packet is refused with its name.
    QFile junk(m_dir.filePath(QStringLiteral("notes.xlsx")));
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("not a workbook");
    junk.close();
    const PanelPanel::PacketsImported refused = panel->importPackets({junk.fileName()});
    ASSERT_EQ(refused.refused.size(), 1);
    EXPECT_TRUE(PanelPanel::describeImported(refused).contains(QStringLiteral("notes.xlsx")));

    // Filled: the two rank every item in exact reverse.
    returnFilled(zhangFile, roundOneA);
    returnFilled(liFile, roundOneB);
    window.tabs()->setCurrentWidget(panel);
    panel->sections()->setCurrentIndex(1);
    panel->setStage(advantage);
    QApplication::processEvents();
    ASSERT_EQ(panel->roundBox()->count(), 1);
    EXPECT_EQ(panel->roundBox()->currentData().toInt(), 1);
    const QString round1 = panel->roundLabel()->text();
    EXPECT_TRUE(round1.contains(QStringLiteral("2 experts answered"))) << qPrintable(round1);
    // Largest CV: scores 2 and 9, mean 5.5, sample SD 7 / √2 = 4.95, CV 0.90.
    EXPECT_TRUE(round1.contains(QStringLiteral("largest CV 0.90"))) << qPrintable(round1);
    // Reversed rankings: every rank sum is n + 1, S = 0, W = 0.
    QTableWidget *dimensions = panel->dimensionsTable();
    ASSERT_GE(dimensions->rowCount(), 2);
    for (int r = 0; r + 1 < dimensions->rowCount(); ++r)
        EXPECT_EQ(cellText(dimensions, r, 1), QStringLiteral("0.00")) << qPrintable(cellText(dimensions, r, 0));
    EXPECT_TRUE(panel->stopLabel()->text().contains(QStringLiteral("Stop rule not met"))) << qPrintable(panel->stopLabel()->text());
    // W is named among the unmet conditions, with an item's CV.
    const QString unmet = panel->unmetList()->toPlainText();
    EXPECT_TRUE(unmet.contains(QStringLiteral("0.90, above 0.25"))) << qPrintable(unmet);
    EXPECT_TRUE(unmet.contains(QStringLiteral("Kendall's W of"))) << qPrintable(unmet);
    // The item with scores 2 and 9 is flagged (CV 0.90 > 0.25).
    QTableWidget *items = panel->itemsTable();
    const int flagged = rowOf(items, 4, QStringLiteral("0.90"));
    ASSERT_GE(flagged, 0);
    EXPECT_FALSE(cellText(items, flagged, 5).isEmpty());
    EXPECT_EQ(cellText(items, flagged, 2), QStringLiteral("5.5"));
    // Scores 5 and 6 (A = 5 at k = 3): CV = 0.707 / 5.5 = 0.13, not flagged.
    const int calm = rowOf(items, 4, QStringLiteral("0.13"));
    ASSERT_GE(calm, 0);
    EXPECT_TRUE(cellText(items, calm, 5).isEmpty());
    // The experts' packets are counted as sent and returned.
    QTableWidget *experts = panel->expertsTable();
    EXPECT_EQ(cellText(experts, rowOf(experts, 0, QStringLiteral("Li Si")), 5), QStringLiteral("1"));
    EXPECT_EQ(cellText(experts, rowOf(experts, 0, QStringLiteral("Li Si")), 6), QStringLiteral("1"));

    // Round 2, made with the dialog's default round, answered alike.
    const QString folder2 = m_dir.filePath(QStringLiteral("round2"));
    bool defaultRoundIsTwo = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<MakePacketsDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->stageBox()->setCurrentIndex(dialog->stageBox()->findData(QVariant::fromValue(advantage)));
        defaultRoundIsTwo = dialog->roundBox()->value() == 2;
        // The regions ticked at first: those assessed at the stage (the seed's
        // Zhejiang, Shanxi and one more), not Beijing, which is not.
        QList<Id> ticked;
        for (int i = 0; i < dialog->regionList()->count(); ++i)
            if (dialog->regionList()->item(i)->checkState() == Qt::Checked)
                ticked << dialog->regionList()->item(i)->data(Qt::UserRole).value<Id>();
        EXPECT_EQ(ticked.size(), 3);
        EXPECT_TRUE(ticked.contains(store->regions().byCode(QStringLiteral("330000"))->id));
        EXPECT_TRUE(ticked.contains(store->regions().byCode(QStringLiteral("140000"))->id));
        EXPECT_FALSE(ticked.contains(store->regions().byCode(QStringLiteral("110000"))->id));
        dialog->reject();
    });
    panel->makePacketsDialog();
    EXPECT_TRUE(defaultRoundIsTwo) << "the round after the last with answers";
    makePacketsThroughTheDialog({zhang, li}, 2, folder2);
    returnFilled(QDir(folder2).filePath(packetFileName(*store->raters().byId(zhang), stage, 2)), roundOneA);
    returnFilled(QDir(folder2).filePath(packetFileName(*store->raters().byId(li), stage, 2)), roundOneA);
    ASSERT_EQ(panel->roundBox()->count(), 2);
    panel->setRound(2);
    QApplication::processEvents();
    // Identical answers: W = 1 in every dimension, every CV 0, the stop rule met.
    for (int r = 0; r + 1 < dimensions->rowCount(); ++r)
        EXPECT_EQ(cellText(dimensions, r, 1), QStringLiteral("1.00")) << qPrintable(cellText(dimensions, r, 0));
    EXPECT_TRUE(panel->roundLabel()->text().contains(QStringLiteral("largest CV 0.00"))) << qPrintable(panel->roundLabel()->text());
    EXPECT_TRUE(panel->stopLabel()->text().contains(QStringLiteral("Stop rule met"))) << qPrintable(panel->stopLabel()->text());
    // The chart has both rounds: W rising from 0 to 1, the largest CV falling.
    const QList<ConvergenceChart::Series> &series = panel->chart()->series();
    ASSERT_FALSE(series.isEmpty());
    EXPECT_EQ(series.first().values, (QList<std::optional<double>>{0.0, 1.0}));
    ASSERT_EQ(series.last().values.size(), 2);
    EXPECT_NEAR(*series.last().values[0], 7.0 / std::sqrt(2.0) / 5.5, 1e-9);
    EXPECT_NEAR(*series.last().values[1], 0.0, 1e-12);

    const QString shot = QStringLiteral("/tmp/panelui-rounds-en.png");
    EXPECT_TRUE(window.grab().save(shot));
    panel->setRound(1);
    QApplication::processEvents();
    EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/panelui-round1-en.png")));
    panel->sections()->setCurrentIndex(2);
    QApplication::processEvents();
    EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/panelui-packets-en.png")));
}

TEST_F(PanelPanelTest, TheStopRuleIsEditedInPlaceAndUndone)
{
    panel->sections()->setCurrentIndex(4);
    QApplication::processEvents();
    panel->maxCvBox()->setValue(0.3);
    EXPECT_DOUBLE_EQ(store->panel().settings()->maxCoefficientOfVariation, 0.3);
    panel->aggregationBox()->setCurrentIndex(panel->aggregationBox()->findData(QStringLiteral("aip")));
    EXPECT_EQ(store->panel().settings()->ahpAggregation, QStringLiteral("aip"));
    panel->minimumWBox()->setChecked(true);
    ASSERT_TRUE(store->panel().settings()->minimumW.has_value());
    window.editor()->undoStack()->undo();
    window.editor()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(store->panel().settings()->ahpAggregation, QStringLiteral("aij"));
    EXPECT_FALSE(store->panel().settings()->minimumW.has_value());
    EXPECT_DOUBLE_EQ(panel->maxCvBox()->value(), 0.3) << "the page shows what is stored";
    EXPECT_EQ(panel->aggregationBox()->currentData().toString(), QStringLiteral("aij"));
}

TEST_F(PanelPanelTest, AnInconsistentMatrixIsFlaggedAndMendedByTheSuggestionAndUndoRestoresIt)
{
    addExpertThroughTheDialog(QStringLiteral("张三"), QStringLiteral("公共管理"), 12, Language::Chinese);
    const Id zhang = expertNamed(QStringLiteral("张三"));
    panel->sections()->setCurrentIndex(3);
    panel->editComparisons();
    AhpMatrixEditor *editor = panel->comparisonsEditor();
    ASSERT_NE(editor, nullptr);
    editor->setExpert(zhang);
    editor->setRound(1);
    editor->setScope(QStringLiteral("dimensions"));
    ASSERT_EQ(editor->size(), 3);
    // Mission 3× political, political 3× operational, yet operational 3×
    // mission: a circulant matrix, so the weights are equal and λmax is its
    // row sum 1 + 3 + 1/3; CI = (λmax − 3) / 2 = 2/3; CR = CI / RI(3) = 0.58.
    editor->choose(0, 1, 3.0);
    editor->choose(1, 2, 3.0);
    EXPECT_TRUE(editor->consistencyLabel()->text().contains(QStringLiteral("2 of the 3 comparisons")))
        << qPrintable(editor->consistencyLabel()->text());
    editor->choose(0, 2, 1.0 / 3.0);
    EXPECT_EQ(window.editor()->undoStack()->count(), 4) << "the expert, then one step per comparison";
    const AhpResult &result = editor->result();
    ASSERT_EQ(result.weights.size(), 3);
    EXPECT_NEAR(result.weights[0], 1.0 / 3.0, 1e-9);
    EXPECT_NEAR(result.lambdaMax, 1.0 + 3.0 + 1.0 / 3.0, 1e-9);
    ASSERT_TRUE(result.consistencyRatio.has_value());
    EXPECT_NEAR(*result.consistencyRatio, (2.0 / 3.0) / 0.58, 1e-9);
    EXPECT_TRUE(editor->consistencyLabel()->text().contains(QStringLiteral("inconsistent")));
    EXPECT_TRUE(editor->consistencyLabel()->text().contains(QStringLiteral("CR 1.149")))
        << qPrintable(editor->consistencyLabel()->text());
    // The lower triangle shows the reciprocals.
    EXPECT_EQ(editor->table()->item(1, 0)->text(), QStringLiteral("1/3"));
    EXPECT_EQ(editor->table()->item(2, 0)->text(), QStringLiteral("3"));
    // Any one of the three, made consistent with the other two (1/9 or 9),
    // brings CR to 0: the hint names it and its value.
    ASSERT_TRUE(result.repair.has_value());
    const AhpRepair repair = *result.repair;
    const QString hint = editor->hintLabel()->text();
    EXPECT_TRUE(hint.contains(QStringLiteral("breaks consistency most"))) << qPrintable(hint);
    EXPECT_TRUE(hint.contains(QStringLiteral("would bring CR to 0.00"))) << qPrintable(hint);
    EXPECT_NEAR(repair.ratioAfter, 0.0, 1e-9);
    ASSERT_TRUE(editor->applyButton()->isEnabled());
    auto *cell = qobject_cast<QComboBox *>(editor->table()->cellWidget(repair.row, repair.column));
    ASSERT_NE(cell, nullptr);
    const QString before = cell->currentText();

    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    ASSERT_TRUE(editor->result().consistencyRatio.has_value());
    EXPECT_NEAR(*editor->result().consistencyRatio, 0.0, 1e-9);
    EXPECT_TRUE(editor->consistencyLabel()->text().contains(QStringLiteral("consistent")));
    EXPECT_FALSE(editor->consistencyLabel()->text().contains(QStringLiteral("inconsistent")));
    EXPECT_FALSE(editor->applyButton()->isEnabled());
    EXPECT_EQ(cell->currentText(), AhpMatrixEditor::saatyText(repair.suggestedValue));
    // The consistency page agrees.
    QApplication::processEvents();
    ASSERT_EQ(panel->consistencyTable()->rowCount(), 1);
    EXPECT_EQ(panel->consistencyTable()->item(0, 5)->text(), QStringLiteral("consistent"));

    // Ctrl+Z in the editor's own window is the window's Undo.
    editor->activateWindow();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QApplication::processEvents();
    EXPECT_EQ(cell->currentText(), before);
    EXPECT_NEAR(*editor->result().consistencyRatio, (2.0 / 3.0) / 0.58, 1e-9);
    EXPECT_TRUE(editor->applyButton()->isEnabled());
    EXPECT_TRUE(panel->consistencyTable()->item(0, 5)->text().contains(QStringLiteral("breaks consistency most")));

    editor->resize(760, 420);
    EXPECT_TRUE(editor->grab().save(QStringLiteral("/tmp/panelui-ahp-en.png")));
    panel->sections()->setCurrentIndex(3);
    QApplication::processEvents();
    EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/panelui-consistency-en.png")));
}

// The page's new strings from a strings file (context, source, 中文 per
// line, tab-separated), to look at the page in Chinese before they are merged
// into the translations: PANEL_STRINGS_TSV names the file.
class TsvTranslator : public QTranslator
{
public:
    TsvTranslator(const QString &path, QObject *parent) : QTranslator(parent)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            const QStringList parts = line.split(QLatin1Char('\t'));
            if (parts.size() == 3 && !parts[2].isEmpty())
                m_strings.insert(parts[0] + QLatin1Char('\x04') + parts[1], parts[2]);
        }
    }
    bool isEmpty() const override { return m_strings.isEmpty(); }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_strings.value(QString::fromUtf8(context) + QLatin1Char('\x04') + QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_strings;
};

// The page in Chinese, with two rounds of answers: the window's own strings
// translated where the translation has them, the data's Chinese names drawn
// (fonts-noto-cjk). Screenshots under /tmp for a person to look at.
TEST(PanelPanelChineseTest, ThePageRendersInChinese)
{
    const Language before = uiLanguage();
    installTranslations(*QCoreApplication::instance(), Language::Chinese);
    if (const QString strings = qEnvironmentVariable("PANEL_STRINGS_TSV"); !strings.isEmpty())
        QCoreApplication::installTranslator(new TsvTranslator(strings, QCoreApplication::instance())); // removed below
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 800);
        ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("panel.tsdb")), true));
        window.show();
        Store *store = window.store();
        PanelPanel *panel = window.panelPanel();
        window.tabs()->setCurrentWidget(panel);
        const Id advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
        QList<Id> experts;
        for (const auto &[key, name, language] : {std::tuple{"zhang", "张三", Language::Chinese}, std::tuple{"li", "Li Si", Language::English}}) {
            Rater r;
            r.key = QString::fromUtf8(key);
            r.name = QString::fromUtf8(name);
            r.field = QStringLiteral("公共管理");
            r.experienceYears = 10;
            r.language = language;
            const auto id = window.editor()->addRater(r);
            ASSERT_TRUE(id.has_value());
            experts << *id;
        }
        MakePacketsDialog dialog(*store, advantage);
        for (int round : {1, 2}) {
            MakePacketsDialog::Choice choice = dialog.choice();
            choice.experts = experts;
            choice.round = round;
            choice.folder = dir.filePath(QStringLiteral("round%1").arg(round));
            const PanelPanel::PacketsWritten written = panel->writePackets(choice);
            ASSERT_EQ(written.files.size(), 2);
            for (int e = 0; e < 2; ++e) {
                QString error;
                auto returned = readScoringPacket(written.files[e], &error);
                ASSERT_TRUE(returned.has_value()) << qPrintable(error);
                for (int k = 0; k < returned->answers.size(); ++k)
                    returned->answers[k].score = e == 0 || round == 2 ? roundOneA(k) : roundOneB(k);
                ASSERT_TRUE(store->panel().importPacket(*returned, written.files[e]).ok());
            }
        }
        panel->sections()->setCurrentIndex(1);
        panel->setStage(advantage);
        panel->setRound(1);
        QApplication::processEvents();
        EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/panelui-rounds-zh.png")));
        panel->sections()->setCurrentIndex(0);
        QApplication::processEvents();
        EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/panelui-experts-zh.png")));
        panel->sections()->setCurrentIndex(4);
        QApplication::processEvents();
        EXPECT_TRUE(window.grab().save(QStringLiteral("/tmp/panelui-settings-zh.png")));
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    setUiLanguage(before);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}
