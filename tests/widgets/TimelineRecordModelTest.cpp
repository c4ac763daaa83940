// The policy and milestone table's model keeps up with single edits by
// re-reading only the rows they touched, and with anything larger by reading
// everything again; either way it shows what is stored.

#include "support/TestData.h"

#include "widgets/records/TimelineRecordFilter.h"
#include "widgets/records/TimelineRecordModel.h"


using namespace triangle;
using namespace triangle::test;

namespace {
class TimelineRecordModelTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        for (int year : {2017, 2012, 2019}) {
            auto added = store->milestones().add(
                makeMilestone(zhejiang, QStringLiteral("浙江 %1").arg(year), PartialDate::ofYear(year)));
            ASSERT_OK(added);
            ids << *added;
        }
        model.setStore(store.get());
        filter.setSourceModel(&model);
        filter.sort(TimelineRecordModel::DateColumn);
    }

    // The Chinese titles of the rows in the filter's order (the title
    // column shows the one in the interface's language).
    QStringList titles() const
    {
        QStringList shown;
        for (int row = 0; row < filter.rowCount(); ++row)
            shown << model.milestoneAt(filter.mapToSource(filter.index(row, 0)).row())->titleZh;
        return shown;
    }

    // How often the model was reset (read again in full) from now on.
    int countResets()
    {
        QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [this] { ++resets; });
        return resets;
    }

    QList<Id> ids;
    int resets = 0;
    TimelineRecordModel model{Evidence::Kind::Milestone};
    TimelineRecordFilter filter;
};
} // namespace

TEST_F(TimelineRecordModelTest, SavingOneMilestoneUpdatesItsRowWithoutAReset)
{
    countResets();
    Milestone m = *store->milestones().byId(ids[0]);
    m.titleZh = QStringLiteral("最多跑一次");
    m.date = PartialDate::ofYear(2010);
    ASSERT_OK(store->milestones().update(m));

    EXPECT_EQ(resets, 0);
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("最多跑一次"), QStringLiteral("浙江 2012"), QStringLiteral("浙江 2019")}))
        << "the row moved to its new date";
    EXPECT_EQ(model.milestoneAt(model.rowOfId(ids[0]))->titleZh, QStringLiteral("最多跑一次"));
}

TEST_F(TimelineRecordModelTest, AddingAndDeletingAMilestoneInsertsAndRemovesItsRow)
{
    countResets();
    auto added = store->milestones().add(makeMilestone(zhejiang, QStringLiteral("浙江 2015"), PartialDate::ofYear(2015)));
    ASSERT_OK(added);
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("浙江 2012"), QStringLiteral("浙江 2015"), QStringLiteral("浙江 2017"),
                                     QStringLiteral("浙江 2019")}));
    ASSERT_OK(store->milestones().remove(ids[1]));
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("浙江 2015"), QStringLiteral("浙江 2017"), QStringLiteral("浙江 2019")}));
    EXPECT_EQ(model.rowOfId(ids[1]), -1);
    EXPECT_EQ(model.milestoneAt(model.rowOfId(*added))->titleZh, QStringLiteral("浙江 2015"));
    EXPECT_EQ(model.milestoneAt(model.rowOfId(ids[2]))->titleZh, QStringLiteral("浙江 2019")) << "rows after the gap";
    EXPECT_EQ(resets, 0);
}

TEST_F(TimelineRecordModelTest, AMilestoneOutsideTheScopeStaysOut)
{
    model.setRegions({zhejiang});
    ASSERT_OK(store->milestones().add(makeMilestone(shanxi, QStringLiteral("山西 2018"), PartialDate::ofYear(2018))));
    EXPECT_EQ(model.rowCount(), 3);
    // Moved out of the scope: its row goes.
    Milestone m = *store->milestones().byId(ids[0]);
    m.regionId = shanxi;
    ASSERT_OK(store->milestones().update(m));
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(TimelineRecordModelTest, MilestonesDeletedWithTheirRegionAreReadAgainInFull)
{
    ASSERT_OK(store->milestones().add(makeMilestone(shanxi, QStringLiteral("山西 2018"), PartialDate::ofYear(2018))));
    ASSERT_EQ(model.rowCount(), 4);
    countResets();
    ASSERT_OK(store->regions().remove(shanxi));
    EXPECT_GE(resets, 1);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(TimelineRecordModelTest, SortsByTitleAndFiltersByFoldedText)
{
    ASSERT_OK(store->milestones().add(makeMilestone(zhejiang, QStringLiteral("Alpha"), PartialDate::ofYear(2020))));
    ASSERT_OK(store->milestones().add(makeMilestone(zhejiang, QStringLiteral("beta"), PartialDate::ofYear(2011))));
    // Shown in English ("English Alpha"…), the same order either way.
    filter.sort(TimelineRecordModel::TitleColumn);
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("浙江 2012"),
                                     QStringLiteral("浙江 2017"), QStringLiteral("浙江 2019")}))
        << "case-insensitive, as before";
    filter.setText(QStringLiteral("ALP"));
    EXPECT_EQ(titles(), QStringList{QStringLiteral("Alpha")});
    filter.setText(QStringLiteral("2019"));
    EXPECT_EQ(titles(), QStringList{QStringLiteral("浙江 2019")});
    filter.setText({});
    filter.setYearRange(2012, 2017);
    EXPECT_EQ(titles(), (QStringList{QStringLiteral("浙江 2012"), QStringLiteral("浙江 2017")}));
}
