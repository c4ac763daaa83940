// Drives the real main window on the offscreen platform: typing into the
// forms, undo and redo, refusals with their messages, cascading deletes.

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/forms/RegionForm.h"
#include "widgets/records/RecordDialog.h"
#include "widgets/records/RecordsPanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QUndoStack>

using namespace triangle;

namespace {
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(path(), true));
        window.show();
        zhejiang = window.store()->regionByCode(QStringLiteral("330000"))->id;
        advantage = window.store()->stageByKey(QStringLiteral("advantage"))->id;
        window.selectRegion(zhejiang);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("window.tsdb")); }

    // What another program opening the file would read.
    double storedScore(Dimension d) const
    {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Store::open(path(), readOnly);
        EXPECT_TRUE(reader.ok());
        return reader ? (*reader)->assessment(zhejiang, advantage)->value().scores[d] : -1;
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

    static QStringList visibleMessages(QWidget *root)
    {
        QStringList out;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            // Shown, even when its tab is not the current one.
            if (!label->isHidden() && label->styleSheet().contains(QStringLiteral("#C0392B")))
                out << label->text();
        }
        return out;
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
    EXPECT_DOUBLE_EQ(reopened.store()->assessment(zhejiang, advantage)->value().scores[Dimension::Mission], 9.1);
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
    EXPECT_TRUE(window.store()->regionByCode(QStringLiteral("330000")).ok());
    EXPECT_EQ(window.editor()->undoStack()->count(), 0);

    typeInto(code, QStringLiteral("140000")); // Shanxi's
    messages = visibleMessages(form);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().contains(QStringLiteral("山西省"))) << qPrintable(messages.first());
    EXPECT_EQ(window.store()->region(zhejiang)->code, QStringLiteral("330000"));
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
    EXPECT_EQ(window.store()->milestone(dialog.savedId())->date, PartialDate::ofMonth(2024, 3));
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
    EXPECT_FALSE(window.store()->region(zhejiang).ok());

    window.editor()->undoStack()->undo();
    EXPECT_EQ(*window.store()->counts(), before);
    EXPECT_EQ(window.store()->region(zhejiang)->nameZh, QStringLiteral("浙江省"));
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
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    EXPECT_FALSE(window.openDatabase(text));
    EXPECT_TRUE(shown.contains(QStringLiteral("not a SQLite database"))) << qPrintable(shown);
    EXPECT_EQ(window.store()->filePath(), path());
}
