// Two windows on one database file: each sees the other's edits, and an edit
// or an undo based on a value the other has since changed is never silently
// written over it.

#include "support/TestData.h"

#include "widgets/ExternalChangeWatcher.h"
#include "widgets/MainWindow.h"
#include "widgets/editing/Editor.h"

#include <QApplication>
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
} // namespace
