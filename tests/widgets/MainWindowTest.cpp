// Drives the real main window on the offscreen platform: typing into the
// forms, undo and redo, refusals with their messages, cascading deletes.

#include "support/FieldMessages.h"
#include "support/FileChecks.h"
#include "support/FullDisk.h"
#include "support/MenuActions.h"
#include "support/MessageBoxes.h"
#include "support/TestData.h"

#include "data/DataFiles.h"
#include "data/DefaultDatabase.h"
#include "model/DomainNames.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"
#include "widgets/forms/AddRegionDialog.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/forms/RegionForm.h"
#include "widgets/records/RecordDialog.h"
#include "widgets/records/RecordsPanel.h"
#include "widgets/scorecard/ScorecardPanel.h"
#include "widgets/files/ExportFigureDialog.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "views/TriangleView.h"
#include "export/ViewFigures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QAbstractButton>
#include <QTabWidget>
#include <QLineEdit>
#include <QTest>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>


using namespace triangle;
using triangle::test::answerNextMessageBox;
using triangle::test::clickInNextMessageBox;
using triangle::test::menuAction;
using triangle::test::visibleMessages;

namespace {
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(path(), true));
        window.show();
        zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
        advantage = window.store()->stages().byKey(QStringLiteral("advantage"))->id;
        window.selectRegion(zhejiang);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("window.tsdb")); }

    // A data file of 50,000 milestones: an import that takes a while.
    QString writeLargeImport() const
    {
        const QString big = m_dir.filePath(QStringLiteral("big.json"));
        QFile f(big);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "triangle-studio", "milestones": [)");
        for (int i = 0; i < 50'000; ++i)
            f.write(QStringLiteral(R"(%1{"uid": "big-%2", "region": "330000", "date": "2020", "title_zh": "里程碑 %2", "dimensions": ["operational"]})")
                        .arg(i ? QStringLiteral(",") : QString())
                        .arg(i)
                        .toUtf8());
        f.write("]}");
        return big;
    }

    // What another program opening the file would read.
    double storedScore(Dimension d) const
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Store::open(path(), readOnly);
        EXPECT_TRUE(reader.ok());
        return reader ? (*reader)->assessments().at(zhejiang, advantage)->value().scores[d] : -1;
    }

    // Replaces the text of a field as a user would, then confirms it with Return.
    // Chinese text arrives whole, as from an input method.
    static void typeInto(QWidget *field, const QString &text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(field, text);
        else
            qobject_cast<QLineEdit *>(field)->insert(text);
        QTest::keyClick(field, Qt::Key_Return);
    }

    QTemporaryDir m_dir;
    MainWindow window;
    Id zhejiang = NoId;
    Id advantage = NoId;
};
} // namespace

TEST_F(MainWindowTest, TypedScoreIsSavedUndoneAndRedone)
{
    AssessmentForm *form = window.assessmentForm();
    form->setStage(advantage);
    QDoubleSpinBox *political = form->scoreField(Dimension::Political);
    ASSERT_TRUE(political->isEnabled());
    const double before = storedScore(Dimension::Political);

    typeInto(political, QStringLiteral("7.4"));
    EXPECT_DOUBLE_EQ(storedScore(Dimension::Political), 7.4);

    window.editor()->undoStack()->undo();
    EXPECT_DOUBLE_EQ(storedScore(Dimension::Political), before);
    EXPECT_DOUBLE_EQ(political->value(), before); // the form follows the store

    window.editor()->undoStack()->redo();
    EXPECT_DOUBLE_EQ(storedScore(Dimension::Political), 7.4);
}

TEST_F(MainWindowTest, ClosingLosesNothingThatWasSaved)
{
    window.assessmentForm()->setStage(advantage);
    typeInto(window.assessmentForm()->scoreField(Dimension::Mission), QStringLiteral("9.1"));
    window.close();
    MainWindow reopened;
    ASSERT_TRUE(reopened.openDatabase(path()));
    EXPECT_DOUBLE_EQ(reopened.store()->assessments().at(zhejiang, advantage)->value().scores[Dimension::Mission], 9.1);
}

// How many of the scores and indicator values cite evidence, following a link removed (issue 21 §10).
TEST_F(MainWindowTest, AssessmentFormCountsTheEvidenceBehindTheScores)
{
    AssessmentForm *form = window.assessmentForm();
    form->setStage(advantage);
    EXPECT_TRUE(form->coverageLabel()->text().contains(QStringLiteral("3 of 3"))) << qPrintable(form->coverageLabel()->text());
    EXPECT_TRUE(form->coverageLabel()->text().contains(QStringLiteral("11 of 13"))) << qPrintable(form->coverageLabel()->text());
    // One fact in several dimensions (issue 21 §11): Zhejiang's 2018 pilot scheme among four.
    EXPECT_TRUE(form->coverageLabel()->text().contains(
        QStringLiteral("Warning: Zhejiang, Advantage triangle: “policy:zj-2018-pilot-plan” is counted in mission (")))
        << qPrintable(form->coverageLabel()->text());
    EXPECT_EQ(form->coverageLabel()->text().count(QStringLiteral("Warning:")), 4);

    auto links = window.store()->evidence().forAssessment(form->assessmentId());
    ASSERT_TRUE(links.ok());
    for (const Evidence &e : *links) {
        if (e.dimension == Dimension::Mission) {
            ASSERT_TRUE(window.store()->evidence().remove(e.id).ok());
        }
    }
    EXPECT_TRUE(form->coverageLabel()->text().contains(QStringLiteral("2 of 3"))) << qPrintable(form->coverageLabel()->text());
}

TEST_F(MainWindowTest, InvalidCodeIsRefusedWithAMessageAtTheField)
{
    RegionForm *form = window.regionForm();
    auto *code = form->findChildren<QLineEdit *>().first(); // the first field is the code
    ASSERT_EQ(code->text(), QStringLiteral("330000"));

    typeInto(code, QStringLiteral("33AB00"));
    QStringList messages = visibleMessages(form);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("six digits"))) << qPrintable(messages.first());
    EXPECT_TRUE(window.store()->regions().byCode(QStringLiteral("330000")).ok());
    EXPECT_EQ(window.editor()->undoStack()->count(), 0);

    typeInto(code, QStringLiteral("140000")); // Shanxi's
    messages = visibleMessages(form);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("山西省"))) << qPrintable(messages.first());
    EXPECT_EQ(window.store()->regions().byId(zhejiang)->code, QStringLiteral("330000"));
}

TEST_F(MainWindowTest, ImpossibleDateIsRefusedInTheDialog)
{
    Milestone m;
    m.regionId = zhejiang;
    RecordDialog dialog(window.editor(), m, &window);
    typeInto(dialog.field(QStringLiteral("date")), QStringLiteral("2023-13-40"));
    typeInto(dialog.field(QStringLiteral("title_zh")), QStringLiteral("新里程碑"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected); // still open
    const QStringList messages = visibleMessages(&dialog);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("date"))) << qPrintable(messages.first());
    const int before = window.store()->counts()->milestones;

    typeInto(dialog.field(QStringLiteral("date")), QStringLiteral("2024-03"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(window.store()->counts()->milestones, before + 1);
    EXPECT_EQ(window.store()->milestones().byId(dialog.savedId())->date, PartialDate::ofMonth(2024, 3));
}

// Issue 21 §5: the record dialog says which dimension a record counts for
// and whether its date was placed from context; a dimension it does not bear
// on is refused at its field.
TEST_F(MainWindowTest, TheRecordDialogSetsWhatARecordCountsForAndAnImputedDate)
{
    Milestone m;
    m.regionId = zhejiang;
    RecordDialog dialog(window.editor(), m, &window);
    typeInto(dialog.field(QStringLiteral("date")), QStringLiteral("2019"));
    typeInto(dialog.field(QStringLiteral("title_zh")), QStringLiteral("集中办公"));
    QCheckBox *mission = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text() == dimensionName(Dimension::Mission))
            mission = box;
    }
    ASSERT_NE(mission, nullptr);
    mission->setChecked(true); // bears on mission only
    auto *primary = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("primary_dimension")));
    ASSERT_NE(primary, nullptr);
    primary->setCurrentIndex(primary->findData(int(Dimension::Operational)));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected) << "operational is not a dimension it bears on";
    const QStringList messages = visibleMessages(&dialog);
    ASSERT_EQ(messages.size(), 1) << qPrintable(messages.join(QLatin1Char('|')));
    EXPECT_TRUE(messages.first().contains(QStringLiteral("operational"))) << qPrintable(messages.first());

    primary->setCurrentIndex(primary->findData(int(Dimension::Mission)));
    QCheckBox *imputed = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
        if (box->text().contains(QStringLiteral("context")))
            imputed = box;
    }
    ASSERT_NE(imputed, nullptr);
    imputed->setChecked(true);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Milestone saved = *window.store()->milestones().byId(dialog.savedId());
    EXPECT_EQ(saved.primaryDimension, Dimension::Mission);
    EXPECT_TRUE(saved.dateImputed);
}

// A new policy's level follows its region's (a province's policy is
// provincial, not 全国) until the analyst picks one; an existing policy's stays.
TEST_F(MainWindowTest, NewPolicyTakesItsRegionsLevelUntilOneIsPicked)
{
    Policy p;
    p.regionId = zhejiang;
    RecordDialog dialog(window.editor(), p, &window);
    auto *level = qobject_cast<QComboBox *>(dialog.field(QStringLiteral("level")));
    ASSERT_NE(level, nullptr);
    EXPECT_EQ(Level(level->currentData().toInt()), Level::Province);
    auto *region = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("region")));
    region->setText(QStringLiteral("100000"));
    EXPECT_EQ(Level(level->currentData().toInt()), Level::National);

    level->setCurrentIndex(level->findData(int(Level::City)));
    emit level->activated(level->currentIndex()); // as a click on an item does
    region->setText(QStringLiteral("330000"));
    EXPECT_EQ(Level(level->currentData().toInt()), Level::City);

    Policy stored = p;
    stored.id = 1;
    stored.level = Level::National; // as typed by the analyst for a national law filed under a province
    RecordDialog editing(window.editor(), stored, &window);
    auto *storedLevel = qobject_cast<QComboBox *>(editing.field(QStringLiteral("level")));
    EXPECT_EQ(Level(storedLevel->currentData().toInt()), Level::National);
}

// The stage chosen on Assessments or on Scorecard is the one both show: the
// other page does not open on a stage of its own.
TEST_F(MainWindowTest, StageChosenOnOnePageIsTheOneTheOtherShows)
{
    auto *formStage = window.assessmentForm()->findChild<QComboBox *>(QStringLiteral("stage"));
    auto *cardStage = window.scorecardPanel()->findChild<QComboBox *>(QStringLiteral("stage"));
    ASSERT_NE(formStage, nullptr);
    ASSERT_NE(cardStage, nullptr);
    auto choose = [](QComboBox *box, Id stage) {
        box->setCurrentIndex(box->findData(stage));
        emit box->activated(box->currentIndex()); // as a click on the item does
    };
    const Id target = window.store()->stages().byKey(QStringLiteral("target"))->id;
    choose(cardStage, target);
    EXPECT_EQ(window.assessmentForm()->stageId(), target);
    choose(formStage, advantage);
    EXPECT_EQ(window.scorecardPanel()->currentStage(), advantage);
    EXPECT_EQ(window.assessmentForm()->stageId(), advantage);
}

TEST_F(MainWindowTest, CascadingDeleteSaysWhatGoesAndUndoBringsItBack)
{
    const EntityCounts before = *window.store()->counts();
    QString asked;
    ASSERT_TRUE(window.deleteRegion(zhejiang, [&](const QString &question) {
        asked = question;
        return true;
    }));
    EXPECT_TRUE(asked.contains(QStringLiteral("3 assessment"))) << qPrintable(asked);
    EXPECT_TRUE(asked.contains(QStringLiteral("evidence"))) << qPrintable(asked);
    EXPECT_FALSE(window.store()->regions().byId(zhejiang).ok());

    window.editor()->undoStack()->undo();
    EXPECT_EQ(*window.store()->counts(), before);
    EXPECT_EQ(window.store()->regions().byId(zhejiang)->nameZh, QStringLiteral("浙江省"));
}

TEST_F(MainWindowTest, DeclinedDeleteChangesNothing)
{
    const EntityCounts before = *window.store()->counts();
    EXPECT_FALSE(window.deleteRegion(zhejiang, [](const QString &) { return false; }));
    EXPECT_EQ(*window.store()->counts(), before);
    EXPECT_EQ(window.editor()->undoStack()->count(), 0);
}

TEST_F(MainWindowTest, BadDatabaseShowsTheStoresErrorAndKeepsTheOpenOne)
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    // The warning box is modal: answer it as a user would.
    QString shown;
    answerNextMessageBox(&window, &shown);
    EXPECT_FALSE(window.openDatabase(text));
    EXPECT_TRUE(shown.contains(QStringLiteral("not a SQLite database"))) << qPrintable(shown);
    EXPECT_EQ(window.store()->filePath(), path());
}

TEST_F(MainWindowTest, ExportDialogWritesTheFigureAndRemembersItsSettings)
{
    FigureRequest request;
    request.regions = {zhejiang};
    auto paint = viewFigurePaint(*window.store(), request);
    ASSERT_TRUE(paint.ok());
    const QString file = m_dir.filePath(QStringLiteral("figure.png"));
    {
        ExportFigureDialog dialog(*paint, QStringLiteral("figure"), &window);
        dialog.setPath(file);
        auto *dpi = dialog.findChild<QSpinBox *>();
        ASSERT_TRUE(dpi);
        dpi->setValue(150);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_NEAR(image.width(), 160 / 25.4 * 150, 1.0); // the default 160 mm at 150 DPI
    ExportFigureDialog again(*paint, QStringLiteral("figure"), &window);
    EXPECT_EQ(again.settings().dpi, 150);
    EXPECT_EQ(QFileInfo(again.path()).absolutePath(), m_dir.path());
}

TEST_F(MainWindowTest, ExportDialogWritesAWebPageOfTrianglesOnly)
{
    FigureRequest request;
    request.regions = {zhejiang};
    auto paint = viewFigurePaint(*window.store(), request);
    auto figures = viewTriangleFigures(*window.store(), request);
    ASSERT_TRUE(paint.ok() && figures.ok());
    const QString page = m_dir.filePath(QStringLiteral("figure.html"));
    {
        // Without the figures as data (a timeline, say) there is no web page, and the dialog says so.
        ExportFigureDialog dialog(*paint, QStringLiteral("figure"), &window);
        dialog.setPath(page);
        dialog.accept();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
        EXPECT_FALSE(QFile::exists(page));
        EXPECT_EQ(visibleMessages(&dialog).size(), 1);
    }
    ExportFigureDialog dialog(*paint, QStringLiteral("figure"), &window);
    dialog.setWebFigures(*figures);
    dialog.setPath(page);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    QFile file(page);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray html = file.readAll();
    EXPECT_TRUE(html.contains("echarts.init("));
    EXPECT_TRUE(html.contains("Zhejiang: the strategic triangle across stages"));
}

TEST_F(MainWindowTest, ImportOfABadFileChangesNothingAndAGoodOneLands)
{
    const EntityCounts before = *window.store()->counts();
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "triangle-studio", "regions": [{"code": "440000", "name_zh": "广东省", "level": "province", "parent": "999999"}]})");
    f.close();
    QString text, details;
    answerNextMessageBox(&window, &text, &details);
    EXPECT_FALSE(window.importData(bad, 0));
    EXPECT_TRUE(details.contains(QStringLiteral("999999"))) << qPrintable(details);
    EXPECT_EQ(*window.store()->counts(), before);

    const QString good = m_dir.filePath(QStringLiteral("good.json"));
    f.setFileName(good);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "triangle-studio", "regions": [{"code": "440100", "name_zh": "广州市", "level": "city", "parent": "440000"}]})");
    f.close();
    // 440000 (Guangdong) is in the default data, so the parent resolves against the database.
    QString unexpected;
    answerNextMessageBox(&window, &unexpected); // so that a failure fails the test instead of waiting for a click
    EXPECT_TRUE(window.importData(good, 0));
    EXPECT_TRUE(unexpected.isEmpty()) << qPrintable(unexpected);
    EXPECT_EQ(window.store()->counts()->regions, before.regions + 1);
}

// A vertex dragged on the evolution diagram changes the stored score, as one
// undoable edit; undo puts the old score back in the file.
TEST_F(MainWindowTest, DraggingAVertexChangesTheStoredScoreAndUndoRestoresIt)
{
    window.resize(1280, 800);
    QApplication::processEvents();
    DiagramsPanel *diagrams = window.diagramsPanel();
    diagrams->showPage(DiagramsPanel::EvolutionPage);
    auto *tabs = window.findChild<QTabWidget *>();
    ASSERT_TRUE(tabs);
    tabs->setCurrentWidget(diagrams);
    TriangleView *view = diagrams->evolutionView();
    view->resize(900, 600);
    QApplication::processEvents();
    const double before = storedScore(Dimension::Political);

    // The advantage stage is the second series of Zhejiang's evolution.
    const TriangleLayout layout = view->layout();
    ASSERT_GE(layout.vertices.size(), 2);
    const QPoint from = layout.vertices[1][Dimension::Political].toPoint();
    const QPoint to = layout.geometry.vertex(Dimension::Political, 7.0).toPoint();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);

    const double after = storedScore(Dimension::Political);
    EXPECT_NEAR(after, 7.0, 0.11);
    EXPECT_NE(after, before);
    EXPECT_EQ(window.editor()->undoStack()->count(), 1);
    window.editor()->undoStack()->undo();
    EXPECT_DOUBLE_EQ(storedScore(Dimension::Political), before);
}

// Another program holding the file locked: the message says so and offers to
// try again; once the lock is gone, Retry opens the file.
TEST_F(MainWindowTest, ADatabaseLockedByAnotherProgramOpensOnRetry)
{
    const QString other = m_dir.filePath(QStringLiteral("locked.tsdb"));
    ASSERT_TRUE(openOrCreateSeeded(other).ok());
    {
        auto lock = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("another program"));
        lock.setDatabaseName(other);
        ASSERT_TRUE(lock.open());
        QSqlQuery(lock).exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        ASSERT_TRUE(QSqlQuery(lock).exec(QStringLiteral("BEGIN EXCLUSIVE"))) << "the other program takes the lock";
    }
    QString shown;
    QStringList buttons;
    clickInNextMessageBox(&window, QStringLiteral("Retry"), &shown, &buttons, [] {
        // The other program finishes before the user retries.
        QSqlDatabase::database(QStringLiteral("another program")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("another program"));
    });
    ASSERT_TRUE(window.openDatabase(other));
    EXPECT_TRUE(shown.contains(QStringLiteral("another"))) << qPrintable(shown);
    EXPECT_TRUE(buttons.join(QLatin1Char(' ')).contains(QStringLiteral("Retry"))) << qPrintable(buttons.join(QLatin1Char(' ')));
    EXPECT_EQ(window.store()->filePath(), other);
    EXPECT_FALSE(window.store()->isReadOnly());
}

// On a full disk (a real one, where the tests may mount a small file system)
// the message says so and offers to try again; with room made, Retry opens it.
TEST_F(MainWindowTest, ADatabaseOnAFullDiskOpensOnRetryOnceThereIsRoom)
{
    test::FullDisk disk;
    if (!disk.ok())
        GTEST_SKIP() << "mounting a small file system (a tmpfs) needs root here";
    const QString other = disk.filePath(QStringLiteral("full.tsdb"));
    ASSERT_TRUE(QFile::copy(path(), other));
    ASSERT_TRUE(disk.fill());
    QString shown;
    QStringList buttons;
    clickInNextMessageBox(&window, QStringLiteral("Retry"), &shown, &buttons, [&disk] { disk.makeRoom(); });
    ASSERT_TRUE(window.openDatabase(other));
    EXPECT_TRUE(shown.contains(QStringLiteral("is full"))) << qPrintable(shown);
    EXPECT_TRUE(buttons.join(QLatin1Char(' ')).contains(QStringLiteral("Retry"))) << qPrintable(buttons.join(QLatin1Char(' ')));
    EXPECT_EQ(window.store()->filePath(), other);
}

// A file the user may not change opens read-only when they choose so: it
// reads as ever, says read-only in the title, and refuses edits with a reason.
TEST_F(MainWindowTest, AFileTheUserMayNotChangeOpensReadOnlyOnRequest)
{
    const QString other = m_dir.filePath(QStringLiteral("shared.tsdb"));
    ASSERT_TRUE(openOrCreateSeeded(other).ok());
    test::ReadOnlyPath readOnly(other);
    if (!readOnly.ok())
        GTEST_SKIP() << "cannot make a file read-only for this user here";
    QString shown;
    clickInNextMessageBox(&window, QStringLiteral("Read-Only"), &shown);
    ASSERT_TRUE(window.openDatabase(other));
    EXPECT_TRUE(shown.contains(QStringLiteral("read-only"))) << qPrintable(shown);
    ASSERT_TRUE(window.store()->isReadOnly());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("read-only"))) << qPrintable(window.windowTitle());
    const Id region = window.store()->regions().byCode(QStringLiteral("330000"))->id;
    Region changed = *window.store()->regions().byId(region);
    changed.notes = QStringLiteral("changed");
    EXPECT_FALSE(window.editor()->updateRegion(changed));
    EXPECT_EQ(window.editor()->lastError().kind, StoreError::Kind::ReadOnly);
}

// A large import runs beside a live window (its event loop keeps turning) and
// Cancel, pressed while it runs, leaves the database as it was.
TEST_F(MainWindowTest, ALargeImportKeepsTheWindowLiveAndCancelLeavesNothing)
{
    const QString big = writeLargeImport();
    const EntityCounts before = *window.store()->counts();
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(10);
    bool pressedCancel = false;
    QTimer::singleShot(150, &window, [&] {
        if (auto *progress = window.findChild<QProgressDialog *>()) {
            progress->cancel();
            pressedCancel = true;
        }
    });
    EXPECT_FALSE(window.importData(big, 0));
    ASSERT_TRUE(pressedCancel) << "the import ended before Cancel could be pressed";
    EXPECT_GE(ticks, 5) << "the window's event loop turned while the file was read and imported";
    EXPECT_EQ(*window.store()->counts(), before);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")))
        << qPrintable(window.statusBar()->currentMessage());
}

// A label with a mnemonic ("&Code:") needs a buddy, or it shows the "&"
// ("代码(&C)"): QFormLayout sets one only for a widget field, not a layout.
TEST_F(MainWindowTest, EveryLabelWithAMnemonicLeadsToItsField)
{
    const auto labelsShowingAmpersands = [](QWidget *root) {
        QStringList shown;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            const QString text = label->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (label->textFormat() != Qt::RichText && !Qt::mightBeRichText(text) && amp >= 0 && amp + 1 < text.size()
                && text.at(amp + 1) != QLatin1Char('&') && !label->buddy())
                shown << text;
        }
        return shown;
    };
    EXPECT_EQ(labelsShowingAmpersands(&window), QStringList()) << "the window: the Profile tab, the forms, the docks";
    for (const Evidence::Kind kind : {Evidence::Kind::Policy, Evidence::Kind::Milestone}) {
        std::unique_ptr<RecordDialog> dialog;
        if (kind == Evidence::Kind::Policy) {
            Policy p;
            p.regionId = zhejiang;
            dialog = std::make_unique<RecordDialog>(window.editor(), p, &window);
        } else {
            Milestone m;
            m.regionId = zhejiang;
            dialog = std::make_unique<RecordDialog>(window.editor(), m, &window);
        }
        EXPECT_EQ(labelsShowingAmpersands(dialog.get()), QStringList()) << "the policy and milestone dialogs";
    }
    FigureRequest request;
    request.regions = {zhejiang};
    auto paint = viewFigurePaint(*window.store(), request);
    ASSERT_TRUE(paint.ok());
    ExportFigureDialog exportDialog(*paint, QStringLiteral("figure"), &window);
    EXPECT_EQ(labelsShowingAmpersands(&exportDialog), QStringList()) << "the Export Figure dialog";
    AddRegionDialog addRegion(window.editor(), *window.store()->regions().byId(zhejiang), &window);
    EXPECT_EQ(labelsShowingAmpersands(&addRegion), QStringList()) << "the Add Region dialog";
}

// Export Figure suggests a name for what is on show, not always "CODE-evolution".
TEST_F(MainWindowTest, ExportFigureSuggestsANameForTheDiagramOnShow)
{
    QAction *exportFigure = menuAction(window, QStringLiteral("Export Figure…"));
    ASSERT_NE(exportFigure, nullptr);
    const auto suggested = [&] {
        QString path;
        QTimer::singleShot(0, &window, [&path] {
            auto *dialog = qobject_cast<ExportFigureDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                path = QFileInfo(dialog->path()).fileName();
                dialog->reject();
            }
        });
        exportFigure->trigger();
        return path;
    };
    window.selectRegion(zhejiang);
    window.tabs()->setCurrentWidget(window.diagramsPanel());
    window.diagramsPanel()->showPage(DiagramsPanel::EvolutionPage);
    EXPECT_TRUE(suggested().startsWith(QStringLiteral("330000-evolution"))) << qPrintable(suggested());
    window.diagramsPanel()->showPage(DiagramsPanel::ComparePage);
    const QString compare = suggested();
    EXPECT_TRUE(compare.contains(QStringLiteral("-compare"))) << qPrintable(compare);
    EXPECT_FALSE(compare.contains(QStringLiteral("evolution"))) << qPrintable(compare);
}

// The Export Figure dialog follows the kind of file typed: no PNG pixel count
// for an SVG, and Browse opens on the SVG filter.
TEST_F(MainWindowTest, ExportFigureDialogFollowsTheKindTyped)
{
    FigureRequest request;
    request.regions = {zhejiang};
    auto paint = viewFigurePaint(*window.store(), request);
    ASSERT_TRUE(paint.ok());
    ExportFigureDialog dialog(*paint, QStringLiteral("figure"), &window);
    const auto sizeLine = [&dialog] {
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral(" mm")))
                return label->text();
        }
        return QString();
    };
    dialog.setPath(m_dir.filePath(QStringLiteral("figure.png")));
    EXPECT_TRUE(sizeLine().contains(QStringLiteral("pixels"))) << qPrintable(sizeLine());
    dialog.setPath(m_dir.filePath(QStringLiteral("figure.svg")));
    EXPECT_FALSE(sizeLine().contains(QStringLiteral("PNG"))) << qPrintable(sizeLine());

    QString filter;
    QTimer::singleShot(0, &dialog, [&filter] {
        if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            filter = files->selectedNameFilter();
            files->reject();
        }
    });
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Browse…"))
            button->click();
    }
    EXPECT_TRUE(filter.contains(QStringLiteral("*.svg"))) << qPrintable(filter);
}

// A stage of one year reads "2011", not "2011–2011".
TEST_F(MainWindowTest, TheStageChoiceShowsAOneYearStageOnce)
{
    window.selectRegion(zhejiang);
    auto *stages = window.assessmentForm()->findChild<QComboBox *>(QStringLiteral("stage"));
    ASSERT_NE(stages, nullptr);
    QStringList items;
    for (int i = 0; i < stages->count(); ++i)
        items << stages->itemText(i);
    EXPECT_TRUE(items.join(QLatin1Char('|')).contains(QStringLiteral("(2011)"))) << qPrintable(items.join(QLatin1Char('|')));
    EXPECT_FALSE(items.join(QLatin1Char('|')).contains(QStringLiteral("2011–2011"))) << qPrintable(items.join(QLatin1Char('|')));
    EXPECT_TRUE(items.join(QLatin1Char('|')).contains(QStringLiteral("(2016–2020)"))) << qPrintable(items.join(QLatin1Char('|')));
}

// Each redo key is bound once: one bound twice is "ambiguous" and does nothing.
TEST_F(MainWindowTest, CtrlShiftZAndCtrlYRedo)
{
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    const double before = storedScore(Dimension::Political);
    const Id assessment = window.store()->assessments().at(zhejiang, advantage)->value().id;
    ASSERT_TRUE(window.editor()->setScore(assessment, Dimension::Political, before == 7.5 ? 6.5 : 7.5));
    const double after = storedScore(Dimension::Political);
    for (const QKeyCombination redo : {QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z),
                                       QKeyCombination(Qt::ControlModifier, Qt::Key_Y)}) {
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        ASSERT_DOUBLE_EQ(storedScore(Dimension::Political), before) << "Ctrl+Z undid";
        QTest::keyClick(&window, redo.key(), redo.keyboardModifiers());
        EXPECT_DOUBLE_EQ(storedScore(Dimension::Political), after) << qPrintable(QKeySequence(redo).toString()) << " redid";
    }
}

// Before the progress dialog shows (after half a second) the window takes no
// input either: typing and shortcuts wait until the work is done.
TEST_F(MainWindowTest, TheWindowTakesNoInputWhileAnImportRuns)
{
    const QString big = writeLargeImport();
    auto *field = window.findChild<RegionForm *>()->findChild<QLineEdit *>(QStringLiteral("name_en"));
    ASSERT_NE(field, nullptr);
    const QString text = field->text();
    Region changed = *window.store()->regions().byId(zhejiang);
    changed.notes = QStringLiteral("an edit for Ctrl+Z to undo");
    ASSERT_TRUE(window.editor()->updateRegion(changed));
    const int undoable = window.editor()->undoStack()->index();
    bool typed = false;
    QString textDuring;
    bool busyCursor = false;
    QTimer::singleShot(50, &window, [&] {
        EXPECT_EQ(window.findChild<QProgressDialog *>()->isVisible(), false) << "too late to test the first half second";
        busyCursor = QApplication::overrideCursor() != nullptr;
        QTest::keyClicks(field, QStringLiteral("typed"));
        textDuring = field->text();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        typed = true;
        window.findChild<QProgressDialog *>()->cancel();
    });
    EXPECT_FALSE(window.importData(big, 0));
    ASSERT_TRUE(typed) << "the import ended before the keys could be pressed";
    EXPECT_TRUE(busyCursor);
    EXPECT_EQ(textDuring, text) << "typed into the form during the import";
    EXPECT_EQ(field->text(), text);
    EXPECT_EQ(window.editor()->undoStack()->index(), undoable) << "Ctrl+Z undid an edit during the import";
    EXPECT_EQ(QApplication::overrideCursor(), nullptr);

    // Afterwards the same keys arrive.
    QTest::keyClicks(field, QStringLiteral("typed"));
    EXPECT_EQ(field->text(), text + QStringLiteral("typed"));
}

// Closing the window while an import runs, before its dialog shows, quits the
// application, and quitting ends every event loop, the import's too: the
// import is cancelled and waited for, and nothing of it is stored.
TEST_F(MainWindowTest, QuittingDuringAnImportCancelsItAndStoresNothing)
{
    const QString big = writeLargeImport();
    const EntityCounts before = *window.store()->counts();
    std::optional<bool> imported;
    QTimer::singleShot(0, &window, [&] {
        QTimer::singleShot(50, &window, [&] { window.close(); }); // the last window: the application quits
        imported = window.importData(big, 0);
    });
    QTimer::singleShot(60000, [] { QCoreApplication::exit(1); }); // had it not quit
    ASSERT_EQ(QApplication::exec(), 0);
    ASSERT_TRUE(imported.has_value());
    EXPECT_FALSE(*imported);
    EXPECT_EQ(*window.store()->counts(), before);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")))
        << qPrintable(window.statusBar()->currentMessage());
}

// File › Export Data writes the database through a connection of its own,
// beside the window: the file reads back with every record; a target that
// cannot be written gets a warning and leaves nothing.
TEST_F(MainWindowTest, ExportDataWritesEveryRecordOrSaysWhyNot)
{
    const QString out = m_dir.filePath(QStringLiteral("all.json"));
    // One answer for the one box expected below; a box here would take it first.
    QString shown;
    answerNextMessageBox(&window, &shown);
    ASSERT_TRUE(window.exportData(out));
    EXPECT_TRUE(shown.isEmpty()) << qPrintable(shown);
    const DataReadOutput read = readDataPath(out);
    ASSERT_TRUE(read.problems.isEmpty());
    EXPECT_EQ(read.data.regions.size(), window.store()->counts()->regions);
    EXPECT_EQ(read.data.milestones.size(), window.store()->counts()->milestones);

    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    EXPECT_FALSE(window.exportData(m_dir.filePath(QStringLiteral("blocker/data.csv"))));
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("blocker/data"))));
}

// The window's exports never write over its own database, also through a
// link whose name looks like an output's (compared by inode: a descriptor
// opened on the database here would drop the window's SQLite locks).
TEST_F(MainWindowTest, ExportsAreNotWrittenOverTheOpenDatabase)
{
    using test::inodeOf;
    const quint64 before = inodeOf(path());
    ASSERT_NE(before, 0u);
    const QString link = m_dir.filePath(QStringLiteral("window.json"));
    ASSERT_TRUE(QFile::link(path(), link));
    QString shown;
    answerNextMessageBox(&window, &shown);
    EXPECT_FALSE(window.exportData(link));
    EXPECT_TRUE(shown.contains(QStringLiteral("open database"))) << qPrintable(shown);
    EXPECT_EQ(inodeOf(path()), before);

    FigureRequest request;
    request.regions = {zhejiang};
    auto paint = viewFigurePaint(*window.store(), request);
    ASSERT_TRUE(paint.ok());
    const QString figure = m_dir.filePath(QStringLiteral("window.png"));
    ASSERT_TRUE(QFile::link(path(), figure));
    ExportFigureDialog dialog(*paint, QStringLiteral("figure"), &window);
    dialog.setDatabase(window.store()->filePath());
    dialog.setPath(figure);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const QStringList messages = visibleMessages(&dialog);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("open database"))) << qPrintable(messages.first());
    EXPECT_EQ(inodeOf(path()), before);
    EXPECT_TRUE(window.store()->counts().ok());
}

// The Overview's profile reads in the UI language only: the shipped notes keep
// the article's case in both (issue 20 §4: zh_CN showed the English too).
TEST_F(MainWindowTest, TheOverviewProfileShowsTheNotesInTheUiLanguageOnly)
{
    const Language before = uiLanguage();
    setUiLanguage(Language::Chinese);
    window.selectRegion(window.store()->regions().byCode(QStringLiteral("140000"))->id);
    window.selectRegion(zhejiang);
    const QString chinese = window.findChild<QLabel *>(QStringLiteral("profile"))->text();
    setUiLanguage(before);
    window.selectRegion(window.store()->regions().byCode(QStringLiteral("140000"))->id);
    window.selectRegion(zhejiang);
    const QString english = window.findChild<QLabel *>(QStringLiteral("profile"))->text();
    EXPECT_TRUE(chinese.contains(QStringLiteral("张帆文章中"))) << qPrintable(chinese);
    EXPECT_FALSE(chinese.contains(QStringLiteral("Zhang Fan's case"))) << qPrintable(chinese);
    EXPECT_TRUE(english.contains(QStringLiteral("Zhang Fan's case"))) << qPrintable(english);
}
