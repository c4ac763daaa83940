// Region groups in the desktop application: every edit through the Editor's
// undo stack, the group dialog's member picker, and the groups dock beside
// the region tree showing a group's aggregate triangle in the diagrams.

#include "support/SeededEditor.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "render/TriangleFigure.h"
#include "views/TriangleView.h"
#include "widgets/MainWindow.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/editing/Editor.h"
#include "widgets/groups/GroupDialog.h"
#include "widgets/groups/GroupsNavigator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
using EditorGroupsTest = SeededEditorTest;
} // namespace

TEST_F(EditorGroupsTest, AddEditAndDeleteAreEachOneUndoableStep)
{
    RegionGroup group;
    group.key = QStringLiteral("coast");
    group.nameZh = QStringLiteral("沿海");
    group.nameEn = QStringLiteral("Coast");
    group.memberIds = {code("330000"), code("320000")};
    const auto id = editor.addGroup(group);
    ASSERT_TRUE(id) << qPrintable(errors.join(QLatin1Char('\n')));
    EXPECT_EQ(store->groups().byId(*id)->memberIds.size(), 2);

    editor.undoStack()->undo();
    EXPECT_FALSE(store->groups().byId(*id).ok());
    editor.undoStack()->redo();
    ASSERT_OK(store->groups().byId(*id)); // back under the same id
    EXPECT_EQ(store->groups().byId(*id)->nameEn, QStringLiteral("Coast"));

    RegionGroup edited = *store->groups().byId(*id);
    edited.memberIds << code("440000");
    edited.source = QStringLiteral("《规划》");
    ASSERT_TRUE(editor.updateGroup(edited));
    EXPECT_EQ(store->groups().byId(*id)->memberIds.size(), 3);
    editor.undoStack()->undo();
    EXPECT_EQ(store->groups().byId(*id)->memberIds.size(), 2);
    EXPECT_TRUE(store->groups().byId(*id)->source.isEmpty());
    editor.undoStack()->redo();

    const RegionGroup before = *store->groups().byId(*id);
    ASSERT_TRUE(editor.removeGroup(*id));
    EXPECT_FALSE(store->groups().byId(*id).ok());
    editor.undoStack()->undo();
    EXPECT_EQ(*store->groups().byId(*id), before);
    EXPECT_TRUE(errors.isEmpty()) << qPrintable(errors.join(QLatin1Char('\n')));
}

TEST_F(EditorGroupsTest, ARefusedGroupIsNotOnTheStack)
{
    RegionGroup duplicate;
    duplicate.key = QStringLiteral("yrd"); // shipped
    duplicate.nameZh = QStringLiteral("重复");
    const int steps = editor.undoStack()->count();
    EXPECT_FALSE(editor.addGroup(duplicate));
    EXPECT_EQ(editor.undoStack()->count(), steps);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("yrd")));
}

TEST_F(EditorGroupsTest, TheAggregateChoiceIsUndoable)
{
    ASSERT_TRUE(editor.setGroupAggregate(GroupAggregate::Median));
    EXPECT_EQ(*store->groups().aggregate(), GroupAggregate::Median);
    editor.undoStack()->undo();
    EXPECT_EQ(*store->groups().aggregate(), GroupAggregate::Mean);
}

TEST(GroupDialogTest, PicksMembersWithAFilterAndNeedsAChineseName)
{
    QList<Region> regions;
    for (const auto &[code, zh, en] : {std::tuple("310000", "上海市", "Shanghai"), std::tuple("320000", "江苏省", "Jiangsu"),
                                       std::tuple("330000", "浙江省", "Zhejiang")}) {
        Region r = makeRegion(QLatin1StringView(code), QString::fromUtf8(zh), Level::Province, 1);
        r.nameEn = QLatin1StringView(en);
        r.id = QString::fromLatin1(code).toLongLong();
        regions << r;
    }
    RegionGroup group;
    group.memberIds = {310000};
    GroupDialog dialog(group, regions);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()); // no Chinese name yet
    dialog.nameZhEdit()->setText(QStringLiteral("两省一市"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_FALSE(dialog.group().key.isEmpty()); // a key is proposed

    dialog.filterEdit()->setText(QStringLiteral("zhe"));
    int shown = 0;
    for (int row = 0; row < dialog.memberList()->count(); ++row)
        shown += dialog.memberList()->item(row)->isHidden() ? 0 : 1;
    EXPECT_EQ(shown, 1);
    dialog.memberList()->item(2)->setCheckState(Qt::Checked);
    dialog.filterEdit()->clear();
    EXPECT_FALSE(dialog.memberList()->item(1)->isHidden());
    EXPECT_EQ(dialog.group().memberIds, (QList<Id>{310000, 330000}));
}

namespace {
class GroupsWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(window.openDatabase(m_dir.filePath(QStringLiteral("window.tsdb")), true));
        window.show();
    }
    QTemporaryDir m_dir;
    MainWindow window;
};
} // namespace

TEST_F(GroupsWindowTest, TheGroupsDockListsTheShippedGroupsAndShowsOnesTriangle)
{
    GroupsNavigator *groups = window.groupsNavigator();
    ASSERT_NE(groups, nullptr);
    ASSERT_EQ(groups->list()->count(), 7);
    const Id yellowRiver = window.store()->groups().byKey(QStringLiteral("yellow-river"))->id;
    // The dock says how many members are assessed, as the group's figure does.
    const RegionGroup river = *window.store()->groups().byId(yellowRiver);
    QString riverItem;
    for (int row = 0; row < groups->list()->count(); ++row) {
        if (groups->list()->item(row)->text().contains(river.nameEn))
            riverItem = groups->list()->item(row)->text();
    }
    EXPECT_TRUE(riverItem.contains(QStringLiteral("(2 of %1 assessed)").arg(river.memberIds.size()))) << qPrintable(riverItem);
    groups->selectGroup(yellowRiver);
    EXPECT_EQ(window.tabs()->currentWidget(), window.diagramsPanel());
    EXPECT_EQ(window.diagramsPanel()->currentGroup(), yellowRiver);
    const TriangleFigure &evolution = window.diagramsPanel()->evolutionView()->figure();
    ASSERT_FALSE(evolution.series.isEmpty());
    EXPECT_TRUE(evolution.series.first().spreadOfMembers);
    EXPECT_TRUE(evolution.title.contains(window.store()->groups().byId(yellowRiver)->nameEn)
                || evolution.title.contains(QStringLiteral("黄河流域")))
        << qPrintable(evolution.title);

    // The compare page: its assessed members (Shanxi, Sichuan) and the aggregate over them.
    window.diagramsPanel()->showPage(DiagramsPanel::ComparePage);
    const TriangleFigure &compare = window.diagramsPanel()->compareView()->figure();
    ASSERT_EQ(compare.series.size(), 3);
    EXPECT_FALSE(compare.series[0].spreadOfMembers);
    EXPECT_TRUE(compare.series[2].spreadOfMembers);
    EXPECT_EQ(window.diagramsPanel()->currentRequest().groups, QList<Id>{yellowRiver});

    // An edit of the group keeps it shown; choosing a region shows the region.
    RegionGroup renamed = *window.store()->groups().byId(yellowRiver);
    renamed.nameEn = QStringLiteral("Yellow River provinces");
    ASSERT_TRUE(window.editor()->updateGroup(renamed));
    EXPECT_EQ(window.diagramsPanel()->currentGroup(), yellowRiver);
    EXPECT_TRUE(window.diagramsPanel()->compareView()->figure().series.last().label.contains(QStringLiteral("Yellow River provinces")))
        << qPrintable(window.diagramsPanel()->compareView()->figure().series.last().label);
    window.selectRegion(window.store()->regions().byCode(QStringLiteral("330000"))->id);
    EXPECT_EQ(window.diagramsPanel()->currentGroup(), NoId);
}

TEST_F(GroupsWindowTest, AParentNotAssessedItselfShowsItsRollUp)
{
    window.selectRegion(window.store()->regions().byCode(QStringLiteral("100000"))->id);
    window.diagramsPanel()->showPage(DiagramsPanel::EvolutionPage);
    const TriangleFigure &figure = window.diagramsPanel()->evolutionView()->figure();
    ASSERT_EQ(figure.series.size(), 3); // a roll-up at each stage, from the three assessed provinces
    EXPECT_TRUE(figure.series.first().spreadOfMembers);
    EXPECT_EQ(figure.series.first().raterCount, 3);
    EXPECT_TRUE(figure.title.contains(QStringLiteral("roll-up")) || figure.title.contains(QStringLiteral("汇总")))
        << qPrintable(figure.title);
}

TEST_F(GroupsWindowTest, AnAssessedParentShowsItsSubRegionsRollUpBesideItsOwnTriangles)
{
    Store *store = window.store();
    const Id zhejiang = store->regions().byCode(QStringLiteral("330000"))->id;
    const Id advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
    for (const auto &[code, mission] : {std::pair{"330100", 9.0}, std::pair{"330200", 5.0}}) {
        Region city;
        city.code = QLatin1StringView(code);
        city.nameZh = QStringLiteral("市") + city.code;
        city.level = Level::City;
        city.parentId = zhejiang;
        const auto cityId = window.editor()->addRegion(city);
        ASSERT_TRUE(cityId) << qPrintable(window.editor()->lastError().message);
        Assessment a;
        a.regionId = *cityId;
        a.stageId = advantage;
        a.scores = DimensionScores{mission, 6.0, 7.0};
        ASSERT_TRUE(window.editor()->addAssessment(a)) << qPrintable(window.editor()->lastError().message);
    }

    window.selectRegion(zhejiang);
    DiagramsPanel *panel = window.diagramsPanel();
    panel->showPage(DiagramsPanel::EvolutionPage);
    const TriangleFigure &own = panel->evolutionView()->figure();
    ASSERT_EQ(own.series.size(), 3) << "Zhejiang's own triangle at each stage";
    EXPECT_FALSE(own.series.first().spreadOfMembers);
    ASSERT_TRUE(panel->rollUpView()->isVisibleTo(panel));
    const TriangleFigure &rolled = panel->rollUpView()->figure();
    ASSERT_EQ(rolled.series.size(), 1) << "the two cities are assessed at one stage";
    EXPECT_TRUE(rolled.series.first().spreadOfMembers);
    EXPECT_DOUBLE_EQ(rolled.series.first().scores[Dimension::Mission], 7.0); // the mean of 9 and 5
    ASSERT_TRUE(rolled.series.first().spread[Dimension::Mission].has_value());
    EXPECT_DOUBLE_EQ(rolled.series.first().spread[Dimension::Mission]->low, 5.0);
    EXPECT_DOUBLE_EQ(rolled.series.first().spread[Dimension::Mission]->high, 9.0);
    EXPECT_TRUE(rolled.subtitle.contains(QStringLiteral("mean of its assessed sub-regions"))) << qPrintable(rolled.subtitle);

    window.selectRegion(store->regions().byCode(QStringLiteral("140000"))->id); // Shanxi: no sub-region
    EXPECT_FALSE(panel->rollUpView()->isVisibleTo(panel));
}

TEST_F(GroupsWindowTest, DeletingAGroupFromTheDockIsUndoable)
{
    GroupsNavigator *groups = window.groupsNavigator();
    const RegionGroup jjj = *window.store()->groups().byKey(QStringLiteral("jjj"));
    groups->selectGroup(jjj.id);
    QString asked;
    ASSERT_TRUE(groups->deleteCurrentGroup([&](const QString &question) {
        asked = question;
        return true;
    }));
    EXPECT_TRUE(asked.contains(QStringLiteral("京津冀")) || asked.contains(QStringLiteral("Beijing")));
    EXPECT_EQ(groups->list()->count(), 6);
    window.editor()->undoStack()->undo();
    EXPECT_EQ(groups->list()->count(), 7);
    EXPECT_EQ(*window.store()->groups().byKey(QStringLiteral("jjj")), jjj);

    // The aggregate choice from the dock goes through the undo stack too.
    groups->aggregateBox()->setCurrentIndex(1);
    emit groups->aggregateBox()->activated(1);
    EXPECT_EQ(*window.store()->groups().aggregate(), GroupAggregate::Median);
    window.editor()->undoStack()->undo();
    EXPECT_EQ(*window.store()->groups().aggregate(), GroupAggregate::Mean);
    EXPECT_EQ(groups->aggregateBox()->currentIndex(), 0);
}

// Ctrl-clicking a second group compares the groups with each other: one
// aggregate triangle each, with its members' range, and no member drawn.
TEST_F(GroupsWindowTest, SelectingSeveralGroupsComparesThem)
{
    GroupsNavigator *groups = window.groupsNavigator();
    const Id yrd = window.store()->groups().byKey(QStringLiteral("yrd"))->id;
    const Id west = window.store()->groups().byKey(QStringLiteral("west"))->id;
    groups->selectGroup(yrd);
    QListWidget *list = groups->list();
    // What a Ctrl+click on the second group does: select it too, then make it current.
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        if (item->isSelected())
            continue;
        list->setCurrentItem(item, QItemSelectionModel::Select);
        if (groups->selectedGroups().contains(west))
            break;
        list->setCurrentItem(item, QItemSelectionModel::Deselect);
    }
    ASSERT_EQ(groups->selectedGroups().size(), 2);
    EXPECT_TRUE(groups->selectedGroups().contains(yrd));
    EXPECT_TRUE(groups->selectedGroups().contains(west));

    EXPECT_EQ(window.tabs()->currentWidget(), window.diagramsPanel());
    EXPECT_EQ(window.diagramsPanel()->currentPage(), DiagramsPanel::ComparePage);
    const FigureRequest request = window.diagramsPanel()->currentRequest();
    EXPECT_TRUE(request.regions.isEmpty());
    EXPECT_EQ(request.groups.size(), 2);
    const TriangleFigure &compare = window.diagramsPanel()->compareView()->figure();
    ASSERT_EQ(compare.series.size(), 2) << "Zhejiang stands for the delta, Sichuan for the west";
    EXPECT_TRUE(compare.series[0].spreadOfMembers || compare.series[1].spreadOfMembers);

    // Choosing a region afterwards shows regions again.
    window.selectRegion(window.store()->regions().byCode(QStringLiteral("330000"))->id);
    EXPECT_FALSE(window.diagramsPanel()->currentRequest().regions.isEmpty());
    EXPECT_TRUE(window.diagramsPanel()->currentRequest().groups.isEmpty());
}
