// The report dialog (issue 20 §3): the regions ticked and their order are what
// the report gets, the choice and the format are remembered for next time, and
// a preset (a comparison set, passed in by the caller) ticks its regions in order.

#include "widgets/files/ReportDialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
QList<ReportDialog::RegionChoice> threeProvinces()
{
    return {{1, QStringLiteral("330000"), QStringLiteral("浙江省 330000")},
            {2, QStringLiteral("140000"), QStringLiteral("山西省 140000")},
            {3, QStringLiteral("510000"), QStringLiteral("四川省 510000")}};
}

class ReportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("report")); }
};
} // namespace

TEST_F(ReportDialogTest, OffersTheRegionsTickedInTheGivenOrder)
{
    ReportDialog dialog(threeProvinces(), 2);
    EXPECT_EQ(dialog.chosenRegions(), (QList<Id>{1, 2}));
    EXPECT_EQ(dialog.format(), ReportFormat::Pdf);
}

TEST_F(ReportDialogTest, MovingARegionChangesTheReportsOrder)
{
    ReportDialog dialog(threeProvinces(), 3);
    auto *list = dialog.findChild<QListWidget *>();
    ASSERT_TRUE(list);
    list->setCurrentRow(2); // Sichuan
    dialog.moveCurrent(-1);
    dialog.moveCurrent(-1);
    EXPECT_EQ(dialog.chosenRegions(), (QList<Id>{3, 1, 2}));
    list->item(1)->setCheckState(Qt::Unchecked); // Zhejiang left out
    EXPECT_EQ(dialog.chosenRegions(), (QList<Id>{3, 2}));
}

TEST_F(ReportDialogTest, RemembersTheChoiceAndTheFormat)
{
    {
        ReportDialog dialog(threeProvinces(), 3);
        dialog.choose({3, 2});
        dialog.setFormat(ReportFormat::Odt);
        dialog.accept();
    }
    ReportDialog again(threeProvinces(), 3);
    EXPECT_EQ(again.chosenRegions(), (QList<Id>{3, 2}));
    EXPECT_EQ(again.format(), ReportFormat::Odt);
}

TEST_F(ReportDialogTest, NoRegionTickedCannotBeWritten)
{
    ReportDialog dialog(threeProvinces(), 0);
    QPushButton *write = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Write")))
            write = b;
    }
    ASSERT_TRUE(write);
    EXPECT_FALSE(write->isEnabled());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
}

TEST_F(ReportDialogTest, APresetTicksItsRegionsInItsOrder)
{
    ReportDialog dialog(threeProvinces(), 3);
    dialog.setPresets({{QStringLiteral("West and centre"), {3, 2}}});
    auto *presets = dialog.findChild<QComboBox *>();
    ASSERT_TRUE(presets);
    ASSERT_EQ(presets->count(), 2);
    presets->setCurrentIndex(1);
    emit presets->activated(1);
    EXPECT_EQ(dialog.chosenRegions(), (QList<Id>{3, 2}));
}

