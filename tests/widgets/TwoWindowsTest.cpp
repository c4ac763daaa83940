// Two windows on one database file: each sees the other's edits, and an edit
// or an undo based on a value the other has since changed is never silently
// written over it.

#include "support/TestData.h"

#include "widgets/ExternalChangeWatcher.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"
#include "widgets/forms/RegionForm.h"
#include "widgets/records/RecordDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
class TwoWindowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(first.openDatabase(dir.filePath(QStringLiteral("shared.tsdb")), true));
        ASSERT_TRUE(second.openDatabase(dir.filePath(QStringLiteral("shared.tsdb"))));
        zhejiang = first.store()->regions().byCode(QStringLiteral("330000"))->id;
        const Id advantage = first.store()->stages().byKey(QStringLiteral("advantage"))->id;
        assessment = first.store()->assessments().at(zhejiang, advantage)->value().id;
    }
    Assessment storedIn(MainWindow &w) const { return *w.store()->assessments().byId(assessment); }
    RecordFilter ofZhejiang() const
    {
        RecordFilter f;
        f.regionId = zhejiang;
        return f;
    }
    Region regionIn(MainWindow &w) const { return *w.store()->regions().byId(zhejiang); }
    Policy firstPolicyIn(MainWindow &w) const { return w.store()->policies().all(ofZhejiang())->first(); }
    static bool poll(MainWindow &w) { return w.findChild<ExternalChangeWatcher *>()->poll(); }

    QTemporaryDir dir;
    MainWindow first;
    MainWindow second;
    Id zhejiang = NoId;
    Id assessment = NoId;
};

TEST_F(TwoWindowsTest, EachSeesTheOthersEditAndKeepsItsSelection)
{
    first.selectRegion(zhejiang);
    EXPECT_FALSE(poll(first)) << "nothing changed yet";
    ASSERT_TRUE(second.editor()->setScore(assessment, Dimension::Mission, 9.1));
    EXPECT_FALSE(poll(second)) << "a window's own edit is not news to it";
    ASSERT_TRUE(poll(first));
    EXPECT_EQ(first.currentRegion(), zhejiang);
    EXPECT_DOUBLE_EQ(storedIn(first).scores[Dimension::Mission], 9.1);
}

TEST_F(TwoWindowsTest, AnEditFromAStaleReadIsMergedWhereTheyDifferAndRefusedWhereTheyClash)
{
    const Assessment base = storedIn(first);
    ASSERT_TRUE(second.editor()->setScore(assessment, Dimension::Political, 4.4));

    // Different fields: both kept.
    Assessment mine = base;
    mine.scores[Dimension::Mission] = 9.5;
    ASSERT_TRUE(first.editor()->updateAssessment(mine, &base)) << qPrintable(first.editor()->lastError().message);
    EXPECT_DOUBLE_EQ(storedIn(first).scores[Dimension::Mission], 9.5);
    EXPECT_DOUBLE_EQ(storedIn(first).scores[Dimension::Political], 4.4);

    // The same field: refused without a handler to ask, theirs kept.
    const Assessment base2 = storedIn(first);
    ASSERT_TRUE(second.editor()->setScore(assessment, Dimension::Operational, 1.1));
    Assessment clash = base2;
    clash.scores[Dimension::Operational] = 9.9;
    first.editor()->setConflictHandler({});
    EXPECT_FALSE(first.editor()->updateAssessment(clash, &base2));
    EXPECT_EQ(first.editor()->lastError().kind, StoreError::Kind::ChangedElsewhere);
    EXPECT_DOUBLE_EQ(storedIn(first).scores[Dimension::Operational], 1.1);

    // Asked, the user keeps theirs.
    first.editor()->setConflictHandler([](const QString &) { return true; });
    EXPECT_TRUE(first.editor()->updateAssessment(clash, &base2));
    EXPECT_DOUBLE_EQ(storedIn(first).scores[Dimension::Operational], 9.9);
}

TEST_F(TwoWindowsTest, UndoNeverRevertsTheOthersNewerChange)
{
    ASSERT_TRUE(first.editor()->setScore(assessment, Dimension::Mission, 9.0));
    ASSERT_TRUE(second.editor()->setScore(assessment, Dimension::Mission, 7.7));
    first.editor()->undoStack()->undo();
    EXPECT_EQ(first.editor()->lastError().kind, StoreError::Kind::ChangedElsewhere);
    EXPECT_DOUBLE_EQ(storedIn(first).scores[Dimension::Mission], 7.7);
    QApplication::processEvents();
    EXPECT_EQ(first.editor()->undoStack()->count(), 0) << "the history that no longer matches the file is cleared";
}

TEST_F(TwoWindowsTest, ARegionEditFromAStaleReadIsMergedOrRefusedFieldByField)
{
    const Region base = regionIn(first);
    Region theirs = base;
    theirs.notes = QStringLiteral("另一窗口的备注");
    ASSERT_TRUE(second.editor()->updateRegion(theirs));

    Region mine = base;
    mine.agency = QStringLiteral("浙江省机关事务管理局（新）");
    ASSERT_TRUE(first.editor()->updateRegion(mine, &base)) << qPrintable(first.editor()->lastError().message);
    EXPECT_EQ(regionIn(first).agency, mine.agency);
    EXPECT_EQ(regionIn(first).notes, theirs.notes) << "the other window's note is not written over";

    const Region base2 = regionIn(first);
    Region theirs2 = base2;
    theirs2.nameEn = QStringLiteral("Zhejiang (theirs)");
    ASSERT_TRUE(second.editor()->updateRegion(theirs2));
    Region clash = base2;
    clash.nameEn = QStringLiteral("Zhejiang (mine)");
    first.editor()->setConflictHandler({});
    EXPECT_FALSE(first.editor()->updateRegion(clash, &base2));
    EXPECT_EQ(first.editor()->lastError().kind, StoreError::Kind::ChangedElsewhere);
    EXPECT_TRUE(first.editor()->lastError().message.contains(QStringLiteral("English name"))) << qPrintable(first.editor()->lastError().message);
    EXPECT_EQ(regionIn(first).nameEn, theirs2.nameEn);

    QString asked;
    first.editor()->setConflictHandler([&asked](const QString &question) {
        asked = question;
        return true;
    });
    EXPECT_TRUE(first.editor()->updateRegion(clash, &base2));
    EXPECT_TRUE(asked.contains(QStringLiteral("this region"))) << qPrintable(asked);
    EXPECT_EQ(regionIn(first).nameEn, clash.nameEn);
}

TEST_F(TwoWindowsTest, APolicyOrMilestoneEditFromAStaleReadKeepsTheOthersChange)
{
    const Policy base = firstPolicyIn(first);
    Policy theirs = base;
    theirs.reference = QStringLiteral("https://example.org/theirs");
    ASSERT_TRUE(second.editor()->updatePolicy(theirs));
    Policy mine = base;
    mine.summary = QStringLiteral("我的摘要");
    ASSERT_TRUE(first.editor()->updatePolicy(mine, &base));
    const Policy stored = *first.store()->policies().byId(base.id);
    EXPECT_EQ(stored.summary, mine.summary);
    EXPECT_EQ(stored.reference, theirs.reference);

    const Milestone read = first.store()->milestones().all(ofZhejiang())->first();
    Milestone theirsM = read;
    theirsM.titleEn = QStringLiteral("Theirs");
    ASSERT_TRUE(second.editor()->updateMilestone(theirsM));
    Milestone clash = read;
    clash.titleEn = QStringLiteral("Mine");
    first.editor()->setConflictHandler({});
    EXPECT_FALSE(first.editor()->updateMilestone(clash, &read));
    EXPECT_EQ(first.store()->milestones().byId(read.id)->titleEn, theirsM.titleEn);
}

TEST_F(TwoWindowsTest, TypingInTheRegionFormSurvivesTheOthersEditAndIsMergedWithIt)
{
    first.selectRegion(zhejiang);
    auto *agency = first.regionForm()->findChild<QLineEdit *>(QStringLiteral("agency"));
    ASSERT_NE(agency, nullptr);
    first.show();
    QApplication::setActiveWindow(&first);
    agency->setFocus();
    QApplication::processEvents();
    ASSERT_TRUE(first.regionForm()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(agency, Qt::Key_End);
    QTest::keyClicks(agency, QStringLiteral(" (typed)"));
    const QString typed = agency->text();

    Region theirs = regionIn(second);
    theirs.notes = QStringLiteral("另一窗口的备注");
    ASSERT_TRUE(second.editor()->updateRegion(theirs));
    ASSERT_TRUE(poll(first));
    EXPECT_EQ(agency->text(), typed) << "what the user is typing stays";

    QTest::keyClick(agency, Qt::Key_Return);
    EXPECT_EQ(regionIn(first).agency, typed);
    EXPECT_EQ(regionIn(first).notes, theirs.notes);
    EXPECT_EQ(agency->text(), typed);
}

TEST_F(TwoWindowsTest, APolicyDialogSavesOnlyWhatTheUserChangedOverTheOthersEdit)
{
    const Policy read = firstPolicyIn(first);
    RecordDialog dialog(first.editor(), read, &first);
    auto *titleEn = qobject_cast<QLineEdit *>(dialog.field(QStringLiteral("title_en")));
    ASSERT_NE(titleEn, nullptr);
    titleEn->setText(QStringLiteral("Typed in the dialog"));

    Policy theirs = firstPolicyIn(second);
    theirs.issuer = QStringLiteral("另一窗口写的发文机关");
    ASSERT_TRUE(second.editor()->updatePolicy(theirs));

    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(first.editor()->lastError().message);
    const Policy stored = *first.store()->policies().byId(read.id);
    EXPECT_EQ(stored.titleEn, QStringLiteral("Typed in the dialog"));
    EXPECT_EQ(stored.issuer, theirs.issuer) << "the dialog's unchanged issuer field does not write over theirs";
}

TEST_F(TwoWindowsTest, AGroupIndicatorOrRaterEditFromAStaleReadKeepsTheOthersChange)
{
    const RegionGroup group = first.store()->groups().byKey(QStringLiteral("yrd")).value();
    RegionGroup theirs = group;
    theirs.note = QStringLiteral("另一窗口的说明");
    ASSERT_TRUE(second.editor()->updateGroup(theirs));
    RegionGroup mine = group;
    mine.memberIds.removeOne(zhejiang);
    ASSERT_TRUE(first.editor()->updateGroup(mine, &group)) << qPrintable(first.editor()->lastError().message);
    const RegionGroup stored = *first.store()->groups().byId(group.id);
    EXPECT_EQ(stored.note, theirs.note);
    EXPECT_FALSE(stored.memberIds.contains(zhejiang));

    const Indicator indicator = first.store()->indicators().all()->first();
    Indicator theirsI = indicator;
    theirsI.weight = indicator.weight + 1;
    ASSERT_TRUE(second.editor()->updateIndicator(theirsI));
    Indicator clash = indicator;
    clash.weight = indicator.weight + 2;
    first.editor()->setConflictHandler({});
    EXPECT_FALSE(first.editor()->updateIndicator(clash, &indicator));
    EXPECT_TRUE(first.editor()->lastError().message.contains(QStringLiteral("weight"))) << qPrintable(first.editor()->lastError().message);
    EXPECT_DOUBLE_EQ(first.store()->indicators().byId(indicator.id)->weight, theirsI.weight);

    const Rater rater = first.store()->raters().all()->first();
    Rater theirsR = rater;
    theirsR.organisation = QStringLiteral("另一机构");
    ASSERT_TRUE(second.editor()->updateRater(theirsR));
    Rater mineR = rater;
    mineR.name = QStringLiteral("改过的名字");
    ASSERT_TRUE(first.editor()->updateRater(mineR, &rater));
    EXPECT_EQ(first.store()->raters().byId(rater.id)->organisation, theirsR.organisation);
    EXPECT_EQ(first.store()->raters().byId(rater.id)->name, mineR.name);
}
} // namespace
