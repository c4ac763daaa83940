// A region with tens of thousands of milestones: its timeline counts them
// per year and dimension and marks a few a year, so the figure stays small
// and readable however many records there are.

#include "export/FigureExporter.h"
#include "render/TimelineRenderer.h"

#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
constexpr int Milestones = 31000;
constexpr int FromYear = 2011, ToYear = 2025;

// One county with `count` milestones spread over 2011–2025, a few of them
// cited as evidence, beside a lane of two policies.
TimelineFigure crowdedFigure(int count)
{
    TimelineFigure figure;
    figure.title = QStringLiteral("Policies and milestones over time");
    figure.fromYear = FromYear;
    figure.toYear = ToYear;
    TimelineFigure::Lane county{QStringLiteral("A county"), {}};
    for (int i = 0; i < count; ++i) {
        const int year = FromYear + i % (ToYear - FromYear + 1);
        DimensionSet dims;
        dims.insert(AllDimensions[i % 3]);
        if (i % 7 == 0)
            dims.insert(AllDimensions[(i + 1) % 3]);
        county.items.append({Evidence::Kind::Milestone, Id(i + 1), PartialDate::ofMonth(year, 1 + i % 12),
                             QStringLiteral("Milestone number %1 of the county").arg(i + 1), dims, i % 5000 == 4999});
    }
    TimelineFigure::Lane province{QStringLiteral("The province"),
                                  {{Evidence::Kind::Policy, 900001, PartialDate::ofYear(2015), QStringLiteral("A plan"), {}},
                                   {Evidence::Kind::Policy, 900002, PartialDate::ofYear(2019), QStringLiteral("A law"), {}}}};
    figure.lanes = {province, county};
    figure.stages = {{QStringLiteral("Advantage"), 2016, 2020}};
    return figure;
}

FigurePaint paintOf(const TimelineFigure &figure)
{
    return [figure](QPainter &p, const QRectF &area, const RenderOptions &o) { TimelineRenderer::render(p, area, figure, o); };
}

TimelineLayout layoutOf(const TimelineFigure &figure)
{
    QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    return TimelineRenderer::render(painter, QRectF(image.rect()), figure, {});
}
} // namespace

TEST(TimelineDensityTest, ThirtyOneThousandMilestonesMakeAnSvgUnderTwoMebibytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crowded.svg"));
    ExportSettings settings;
    settings.sizePt = QSizeF(160 / 25.4 * 72, 120 / 25.4 * 72);
    ASSERT_EQ(exportFigure(paintOf(crowdedFigure(Milestones)), settings, path), QString());
    const qint64 size = QFileInfo(path).size();
    EXPECT_GT(size, 10 * 1024); // a figure, not an empty page
    EXPECT_LT(size, 2 * 1024 * 1024) << size << " bytes";
}

TEST(TimelineDensityTest, ACrowdedLaneCountsEveryRecordAndMarksAFewAYear)
{
    const TimelineFigure figure = crowdedFigure(Milestones);
    const TimelineLayout layout = layoutOf(figure);
    ASSERT_EQ(layout.markedPerLane.size(), 2);
    EXPECT_EQ(layout.markedPerLane[0], 2); // the province's lane marks both its policies
    const int years = ToYear - FromYear + 1;
    EXPECT_GT(layout.markedPerLane[1], 0);
    EXPECT_LE(layout.markedPerLane[1], years * TimelineRenderer::MarkedPerYear);

    // A cell per year and dimension, and together they count every dimension a record bears on.
    ASSERT_EQ(layout.density.size(), years * DimensionCount);
    qint64 counted = 0;
    for (const TimelineLayout::DensityCell &cell : layout.density) {
        EXPECT_EQ(cell.lane, 1);
        EXPECT_TRUE(layout.lanes[1].contains(cell.rect.center()));
        counted += cell.count;
    }
    qint64 expected = 0;
    for (const TimelineFigure::Item &item : figure.lanes[1].items)
        expected += item.dims.size();
    EXPECT_EQ(counted, expected);

    // The cited records are among those marked.
    QList<Id> marked;
    for (const TimelineLayout::Marker &m : layout.markers)
        marked << m.id;
    for (const TimelineFigure::Item &item : figure.lanes[1].items) {
        if (item.notable) {
            EXPECT_TRUE(marked.contains(item.id)) << item.id;
        }
    }
}

TEST(TimelineDensityTest, ALaneWithinTheLimitMarksEveryRecord)
{
    const TimelineLayout layout = layoutOf(crowdedFigure(TimelineRenderer::DenseLaneItems));
    EXPECT_TRUE(layout.density.isEmpty());
    EXPECT_EQ(layout.markedPerLane.value(1), TimelineRenderer::DenseLaneItems);
}
