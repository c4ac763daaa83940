// Stage edits through the Editor: a stage's names, years and status
// (observed or planned) are one undoable edit, merged with another program's
// changes. The key stays: the findings read the initial, advantage and target
// stages by it.

#include "support/SeededEditor.h"
#include "support/TestData.h"

#include "model/DomainNames.h"
#include "widgets/editing/Editor.h"

#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
using EditorStagesTest = SeededEditorTest;

Stage stageOf(const Store &store, const char *key) { return *store.stages().byKey(QLatin1StringView(key)); }
} // namespace

TEST_F(EditorStagesTest, MarkingAStageObservedIsOneUndoableStep)
{
    Stage target = stageOf(*store, "target");
    ASSERT_TRUE(target.planned) << "the shipped target stage is planned";
    const int steps = editor.undoStack()->count();
    target.planned = false;
    ASSERT_TRUE(editor.updateStage(target)) << qPrintable(errors.join(QLatin1Char('\n')));
    EXPECT_EQ(editor.undoStack()->count(), steps + 1);
    EXPECT_FALSE(stageOf(*store, "target").planned);
    EXPECT_EQ(editor.undoStack()->undoText(), QStringLiteral("Edit stage %1").arg(localizedName(target.nameZh, target.nameEn)));
    editor.undoStack()->undo();
    EXPECT_TRUE(stageOf(*store, "target").planned);
    editor.undoStack()->redo();
    EXPECT_FALSE(stageOf(*store, "target").planned);
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));
}

TEST_F(EditorStagesTest, AnEndYearBeforeTheStartIsRefusedAndNotOnTheStack)
{
    const Stage before = stageOf(*store, "advantage");
    Stage edited = before;
    edited.endYear = before.startYear - 1;
    const int steps = editor.undoStack()->count();
    EXPECT_FALSE(editor.updateStage(edited));
    EXPECT_EQ(editor.undoStack()->count(), steps);
    EXPECT_EQ(stageOf(*store, "advantage"), before);
    EXPECT_EQ(editor.lastError().kind, StoreError::Kind::Invalid);
    ASSERT_EQ(editor.lastError().problems.size(), 1);
    EXPECT_EQ(editor.lastError().problems.first().field, QStringLiteral("end_year"));
}

TEST_F(EditorStagesTest, TheKeysTheFindingsReadCannotBeRenamedButAnAnalystsStageCan)
{
    for (const char *key : {"initial", "advantage", "target"}) {
        Stage renamed = stageOf(*store, key);
        renamed.key = QStringLiteral("goal");
        const int steps = editor.undoStack()->count();
        EXPECT_FALSE(editor.updateStage(renamed)) << key;
        EXPECT_EQ(editor.undoStack()->count(), steps);
        EXPECT_TRUE(editor.lastError().message.contains(QLatin1StringView(key))) << qPrintable(editor.lastError().message);
        EXPECT_TRUE(store->stages().byKey(QLatin1StringView(key)).ok());
    }
    Stage later;
    later.key = QStringLiteral("2030");
    later.nameZh = QStringLiteral("远景三角");
    later.startYear = 2030;
    later.endYear = 2035;
    later.sortOrder = 4;
    auto id = store->stages().add(later);
    ASSERT_OK(id);
    later.id = *id;
    later.key = QStringLiteral("vision");
    EXPECT_TRUE(editor.updateStage(later)) << qPrintable(editor.lastError().message);
    EXPECT_EQ(store->stages().byKey(QStringLiteral("vision"))->id, *id);
}

// Another program's change since the dialog read the stage: kept where the
// user changed nothing, asked about (refused here, with no one to ask) where
// both changed the same field.
TEST_F(EditorStagesTest, AnEditFromAStaleReadKeepsTheOthersChangeAndRefusesAClash)
{
    const Stage base = stageOf(*store, "target");
    Stage theirs = base;
    theirs.nameEn = QStringLiteral("Target (theirs)");
    ASSERT_OK(store->stages().update(theirs)); // as another program would

    Stage mine = base;
    mine.planned = false;
    ASSERT_TRUE(editor.updateStage(mine, &base)) << qPrintable(editor.lastError().message);
    EXPECT_FALSE(stageOf(*store, "target").planned);
    EXPECT_EQ(stageOf(*store, "target").nameEn, theirs.nameEn);

    const Stage base2 = stageOf(*store, "target");
    Stage theirs2 = base2;
    theirs2.endYear = 2026;
    ASSERT_OK(store->stages().update(theirs2));
    Stage clash = base2;
    clash.endYear = 2030;
    EXPECT_FALSE(editor.updateStage(clash, &base2));
    EXPECT_EQ(editor.lastError().kind, StoreError::Kind::ChangedElsewhere);
    EXPECT_TRUE(editor.lastError().message.contains(QStringLiteral("end year"))) << qPrintable(editor.lastError().message);
    EXPECT_EQ(stageOf(*store, "target").endYear, 2026);
}
