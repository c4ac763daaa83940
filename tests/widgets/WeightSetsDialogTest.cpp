// The Weight Sets dialog (issue 22) driven offscreen on the shipped data: a
// set kept, one derived from the data that cannot be put in force (its
// button says why), one combined that can; activating it is one undo step;
// the comparison table gives each region the rank the stored scores give,
// with the changes highlighted.

#include "support/TestData.h"

#include "analysis/TriangleMetrics.h"
#include "data/DefaultDatabase.h"
#include "widgets/editing/Editor.h"
#include "widgets/scorecard/WeightSetsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace triangle;
using namespace triangle::test;

namespace {
class WeightSetsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(m_dir.filePath(QStringLiteral("weights.tsdb")));
        ASSERT_OK(opened);
        store = std::move(opened).value();
        editor.setStore(store.get());
        advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
    }

    Id setNamed(const QString &name) const { return store->weightSets().byName(name)->id; }

    QTemporaryDir m_dir;
    std::unique_ptr<Store> store;
    Editor editor;
    Id advantage = NoId;
};
} // namespace

TEST_F(WeightSetsDialogTest, DerivesCombinesActivatesAsOneUndoStepAndCompares)
{
    WeightSetsDialog dialog(&editor);
    dialog.show();
    EXPECT_EQ(dialog.setsTable()->rowCount(), 0);
    EXPECT_TRUE(dialog.stateLabel()->text().contains(QStringLiteral("No weight sets yet"))) << qPrintable(dialog.stateLabel()->text());

    ASSERT_TRUE(dialog.keepWeightsInForce(QStringLiteral("analyst")));
    ASSERT_TRUE(dialog.deriveFromData(WeightSetMethod::Entropy, advantage, QStringLiteral("ent")));
    EXPECT_EQ(dialog.setsTable()->rowCount(), 2);
    // The entropy set weighs indicators without values at 0: its button says why it cannot be activated.
    dialog.selectSets({setNamed(QStringLiteral("ent"))});
    EXPECT_FALSE(dialog.activateButton()->isEnabled());
    EXPECT_TRUE(dialog.activateButton()->toolTip().contains(QStringLiteral("公众支持与社会监督")))
        << qPrintable(dialog.activateButton()->toolTip());

    ASSERT_TRUE(dialog.combine(setNamed(QStringLiteral("analyst")), setNamed(QStringLiteral("ent")), CombineRule::Linear, 0.5,
                               QStringLiteral("mix")));
    const Id mix = setNamed(QStringLiteral("mix"));
    const QList<Indicator> before = *store->indicators().all();
    const Id zhejiang = store->regions().byCode(QStringLiteral("330000"))->id;
    const Assessment scoredBefore = **store->assessments().at(zhejiang, advantage);
    dialog.selectSets({mix});
    ASSERT_TRUE(dialog.activateButton()->isEnabled());
    const int steps = editor.undoStack()->count();
    QTest::mouseClick(dialog.activateButton(), Qt::LeftButton);
    EXPECT_TRUE(store->weightSets().byId(mix)->active);
    const WeightSet mixSet = *store->weightSets().byId(mix);
    for (const Indicator &i : *store->indicators().all())
        EXPECT_DOUBLE_EQ(i.weight, mixSet.weights.value(i.id)) << qPrintable(i.key);
    EXPECT_EQ(editor.undoStack()->count(), steps + 1); // one step
    EXPECT_NE(store->assessments().at(zhejiang, advantage)->value().scores, scoredBefore.scores);
    // The table marks the set in force.
    bool marked = false;
    for (int row = 0; row < dialog.setsTable()->rowCount(); ++row) {
        if (dialog.setsTable()->item(row, 0)->text() == QStringLiteral("mix"))
            marked = !dialog.setsTable()->item(row, 2)->text().isEmpty();
    }
    EXPECT_TRUE(marked);

    // The comparison: under mix (in force), the rank the stored scores give.
    dialog.stageChooser()->setCurrentIndex(dialog.stageChooser()->findData(advantage));
    dialog.selectSets({setNamed(QStringLiteral("analyst")), mix});
    QTableWidget *table = dialog.comparisonTable();
    ASSERT_EQ(table->rowCount(), 3);
    ASSERT_EQ(table->columnCount(), 6); // region, two × (rank, form), changes
    QHash<QString, double> area;
    for (const char *code : {"140000", "330000", "510000"}) {
        const Region r = *store->regions().byCode(QLatin1StringView(code));
        area.insert(localizedName(r.nameZh, r.nameEn),
                    triangleArea(store->assessments().at(r.id, advantage)->value().scores));
    }
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString region = table->item(row, 0)->text();
        ASSERT_TRUE(area.contains(region)) << qPrintable(region);
        int rank = 1;
        for (double other : std::as_const(area))
            rank += other > area.value(region) ? 1 : 0;
        EXPECT_EQ(table->item(row, 3)->text().toInt(), rank) << qPrintable(region);
        // A rank that differs between the sets is highlighted, one that does not is not.
        const bool changed = table->item(row, 1)->text() != table->item(row, 3)->text();
        EXPECT_EQ(table->item(row, 3)->background().style() != Qt::NoBrush, changed) << qPrintable(region);
        EXPECT_EQ(table->item(row, 5)->text().contains(QStringLiteral("rank")), changed) << qPrintable(region);
    }

    // One undo puts every weight and score back; the set is no longer in force.
    editor.undoStack()->undo();
    for (const Indicator &i : *store->indicators().all()) {
        const auto was = std::find_if(before.cbegin(), before.cend(), [&](const Indicator &b) { return b.id == i.id; });
        EXPECT_DOUBLE_EQ(i.weight, was->weight) << qPrintable(i.key);
    }
    EXPECT_EQ(store->assessments().at(zhejiang, advantage)->value().scores, scoredBefore.scores);
    EXPECT_FALSE(store->weightSets().byId(mix)->active);
    EXPECT_TRUE(dialog.stateLabel()->text().contains(QStringLiteral("edited by hand"))) << qPrintable(dialog.stateLabel()->text());

    // Not in force any more, it can be removed.
    dialog.selectSets({mix});
    ASSERT_TRUE(dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.setsTable()->rowCount(), 2);
    EXPECT_FALSE(store->weightSets().byName(QStringLiteral("mix")).ok());
}

TEST_F(WeightSetsDialogTest, TheSetInForceCannotBeRemoved)
{
    WeightSetsDialog dialog(&editor);
    ASSERT_TRUE(dialog.keepWeightsInForce(QStringLiteral("analyst")));
    dialog.selectSets({setNamed(QStringLiteral("analyst"))});
    ASSERT_TRUE(dialog.activateSelected());
    dialog.selectSets({setNamed(QStringLiteral("analyst"))});
    EXPECT_FALSE(dialog.removeButton()->isEnabled());
    EXPECT_FALSE(dialog.removeSelected());
    EXPECT_TRUE(dialog.messageLabel()->text().contains(QStringLiteral("in force"))) << qPrintable(dialog.messageLabel()->text());
}
