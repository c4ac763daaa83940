// Every edit through the Editor is written at once, undoable and redoable;
// refused edits change nothing and are not put on the stack.

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "widgets/editing/Editor.h"
#include "store/RecordSnapshot.h"

#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
class EditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(path());
        ASSERT_OK(opened);
        store = std::move(*opened);
        editor.setStore(store.get());
        QObject::connect(&editor, &Editor::failed, [this](const StoreError &e) { errors << e.message; });
    }
    QString path() const { return m_dir.filePath(QStringLiteral("edit.tsdb")); }
    Assessment assessmentOf(const char *code, const char *stage) const
    {
        const Id region = store->regions().byCode(QLatin1StringView(code))->id;
        const Id stageId = store->stages().byKey(QLatin1StringView(stage))->id;
        return store->assessments().at(region, stageId)->value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    Editor editor;
    QStringList errors;
};
} // namespace

TEST_F(EditorTest, ScoreChangeIsStoredAtOnceAndUndoable)
{
    const Assessment before = assessmentOf("330000", "advantage");
    ASSERT_TRUE(editor.setScore(before.id, Dimension::Political, 7.2));
    EXPECT_EQ(assessmentOf("330000", "advantage").scores[Dimension::Political], 7.2);
    EXPECT_EQ(editor.undoStack()->count(), 1);
    EXPECT_TRUE(editor.undoStack()->undoText().contains(QStringLiteral("7.2")));

    // Reopening the file shows the change: it was written, not held in memory.
    {
        auto reader = Store::open(path());
        ASSERT_OK(reader);
        EXPECT_EQ((*reader)->assessments().byId(before.id)->scores[Dimension::Political], 7.2);
    }

    editor.undoStack()->undo();
    EXPECT_EQ(assessmentOf("330000", "advantage"), before);
    editor.undoStack()->redo();
    EXPECT_EQ(assessmentOf("330000", "advantage").scores[Dimension::Political], 7.2);
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(EditorTest, InvalidScoreIsRefusedAndNotOnTheStack)
{
    const Assessment before = assessmentOf("140000", "initial");
    EXPECT_FALSE(editor.setScore(before.id, Dimension::Mission, 10.5));
    EXPECT_EQ(editor.undoStack()->count(), 0);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("10.5")));
    EXPECT_EQ(assessmentOf("140000", "initial"), before);
}

TEST_F(EditorTest, UnchangedEditPushesNothing)
{
    const Region zhejiang = *store->regions().byCode(QStringLiteral("330000"));
    EXPECT_TRUE(editor.updateRegion(zhejiang));
    EXPECT_EQ(editor.undoStack()->count(), 0);
}

TEST_F(EditorTest, DuplicateCodeIsRefused)
{
    Region shanxi = *store->regions().byCode(QStringLiteral("140000"));
    shanxi.code = QStringLiteral("330000");
    EXPECT_FALSE(editor.updateRegion(shanxi));
    EXPECT_EQ(editor.undoStack()->count(), 0);
    EXPECT_EQ(store->regions().byCode(QStringLiteral("140000"))->nameZh, QStringLiteral("山西省"));
}

TEST_F(EditorTest, CascadingDeleteAndItsUndo)
{
    const EntityCounts before = *store->counts();
    const Id sichuan = store->regions().byCode(QStringLiteral("510000"))->id;
    const EntityCounts going = snapshotRegion(*store, sichuan)->counts();
    ASSERT_GT(going.assessments, 0);

    ASSERT_TRUE(editor.removeRegion(sichuan));
    EXPECT_FALSE(store->regions().byId(sichuan).ok());
    EXPECT_EQ(store->counts()->evidence, before.evidence - going.evidence);

    editor.undoStack()->undo();
    EXPECT_EQ(*store->counts(), before);
    EXPECT_EQ(store->regions().byId(sichuan)->code, QStringLiteral("510000"));

    editor.undoStack()->redo();
    EXPECT_FALSE(store->regions().byId(sichuan).ok());
}

TEST_F(EditorTest, AddedPolicyAndItsEvidenceUndoInOrder)
{
    const Assessment a = assessmentOf("330000", "target");
    Policy p = makePolicy(a.regionId, QStringLiteral("浙江省数字机关建设规划"), PartialDate::ofYear(2024));
    p.dimensions = {Dimension::Mission};
    const auto policyId = editor.addPolicy(p);
    ASSERT_TRUE(policyId);
    const auto link = editor.linkEvidence({NoId, a.id, Dimension::Mission, Evidence::Kind::Policy, *policyId});
    ASSERT_TRUE(link);
    const int evidenceWithLink = store->counts()->evidence;

    editor.undoStack()->undo(); // unlink
    EXPECT_EQ(store->counts()->evidence, evidenceWithLink - 1);
    editor.undoStack()->undo(); // remove the policy
    EXPECT_FALSE(store->policies().byId(*policyId).ok());
    editor.undoStack()->redo(); // the policy again, same id
    EXPECT_EQ(store->policies().byId(*policyId)->titleZh, p.titleZh);
    editor.undoStack()->redo(); // and its link
    EXPECT_EQ(store->counts()->evidence, evidenceWithLink);
}

TEST_F(EditorTest, UndoingAnAddTakesLinksMadeSinceAndRedoBringsThemBack)
{
    const Assessment a = assessmentOf("140000", "target");
    const auto milestoneId = editor.addMilestone(makeMilestone(a.regionId, QStringLiteral("新里程碑"), PartialDate::ofYear(2024)));
    ASSERT_TRUE(milestoneId);
    // Linked outside the undo history (as an import would): undoing the add must still take it.
    ASSERT_OK(store->evidence().add({NoId, a.id, Dimension::Operational, Evidence::Kind::Milestone, *milestoneId}));
    const int evidence = store->counts()->evidence;
    editor.undoStack()->undo();
    EXPECT_EQ(store->counts()->evidence, evidence - 1);
    editor.undoStack()->redo();
    EXPECT_EQ(store->counts()->evidence, evidence);
}
