#include "RenderTestSupport.h"

#include "data/DefaultDatabase.h"
#include "render/FigureBuilder.h"
#include "render/Palette.h"
#include "render/TimelineRenderer.h"
#include "support/TestData.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
const QSize Size(900, 600);
const QRectF Area(30, 20, 820, 540); // an inset area: the renderer must stay inside it
constexpr int Tolerance = 8;
const QColor Band(0xEBEBEB);

constexpr Id ZhejiangPolicy = 11, ShanxiMilestone = 22, ShanxiPolicy = 33;

TimelineFigure knownFigure()
{
    TimelineFigure figure;
    figure.title = QStringLiteral("Policies and milestones");
    figure.footnote = QStringLiteral("Source: test data.");
    figure.fromYear = 2010;
    figure.toYear = 2020;
    figure.lanes = {
        {QStringLiteral("Zhejiang"),
         {{Evidence::Kind::Policy, ZhejiangPolicy, PartialDate::ofYear(2012), QStringLiteral("A policy"), {Dimension::Mission}}}},
        {QStringLiteral("Shanxi"),
         {{Evidence::Kind::Milestone, ShanxiMilestone, PartialDate::ofMonth(2018, 6), QStringLiteral("A milestone"), {Dimension::Political}},
          {Evidence::Kind::Policy, ShanxiPolicy, PartialDate::ofYear(2014), QStringLiteral("Both"),
           {Dimension::Mission, Dimension::Operational}}}},
    };
    figure.stages = {{QStringLiteral("Advantage"), 2016, 2018}, {QStringLiteral("Later"), 2030, 2031}};
    return figure;
}

struct Drawn
{
    QImage image;
    TimelineLayout layout;
};

Drawn draw(const TimelineFigure &figure, const QRectF &area = Area)
{
    Drawn drawn{QImage(Size, QImage::Format_ARGB32), {}};
    drawn.image.fill(Qt::transparent);
    QPainter painter(&drawn.image);
    drawn.layout = TimelineRenderer::render(painter, area, figure, RenderOptions{});
    return drawn;
}

const TimelineLayout::Marker *markerWithId(const TimelineLayout &layout, Id id)
{
    for (const TimelineLayout::Marker &m : layout.markers) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

int countNear(const QImage &image, const QColor &color, const QRectF &rect)
{
    int n = 0;
    for (const QPoint &p : pixelsNear(image, color, Tolerance)) {
        if (rect.contains(QPointF(p) + QPointF(0.5, 0.5)))
            ++n;
    }
    return n;
}
} // namespace

TEST(TimelineRendererTest, PaintsNothingOutsideItsArea)
{
    EXPECT_EQ(paintedOutside(draw(knownFigure()).image, Area), 0);
    const QRectF tiny(10, 10, 160, 120); // drawn smaller, as a thumbnail, rather than spill
    EXPECT_EQ(paintedOutside(draw(knownFigure(), tiny).image, tiny), 0);
}

TEST(TimelineRendererTest, MarkerOfTheRightColourInTheRightLaneAndYear)
{
    const auto [image, layout] = draw(knownFigure());
    ASSERT_EQ(layout.lanes.size(), 2);
    ASSERT_EQ(layout.markers.size(), 3);

    const auto *policy = markerWithId(layout, ZhejiangPolicy);
    ASSERT_NE(policy, nullptr);
    EXPECT_EQ(policy->kind, Evidence::Kind::Policy);
    EXPECT_EQ(policy->lane, 0);
    EXPECT_TRUE(layout.lanes[0].contains(policy->rect.center()));
    EXPECT_NEAR(policy->rect.center().x(), layout.xOf(2012.5), 1.0); // a year-precise date sits mid-year
    EXPECT_GT(countNear(image, dimensionColor(Dimension::Mission), policy->rect), 20);
    EXPECT_EQ(countNear(image, dimensionColor(Dimension::Political), policy->rect), 0);

    const auto *milestone = markerWithId(layout, ShanxiMilestone);
    ASSERT_NE(milestone, nullptr);
    EXPECT_EQ(milestone->kind, Evidence::Kind::Milestone);
    EXPECT_TRUE(layout.lanes[1].contains(milestone->rect.center()));
    EXPECT_NEAR(milestone->rect.center().x(), layout.xOf(PartialDate::ofMonth(2018, 6).toFractionalYear()), 1.0);
    EXPECT_GT(countNear(image, dimensionColor(Dimension::Political), milestone->rect), 20);

    // A record bearing on two dimensions shows both colours.
    const auto *both = markerWithId(layout, ShanxiPolicy);
    ASSERT_NE(both, nullptr);
    EXPECT_GT(countNear(image, dimensionColor(Dimension::Mission), both->rect), 5);
    EXPECT_GT(countNear(image, dimensionColor(Dimension::Operational), both->rect), 5);
    EXPECT_EQ(countNear(image, dimensionColor(Dimension::Political), both->rect), 0);

    // The political milestone is Shanxi's: none of its colour in Zhejiang's lane.
    EXPECT_EQ(countNear(image, dimensionColor(Dimension::Political), layout.lanes[0]), 0);
}

TEST(TimelineRendererTest, StageBandsShadeTheirYears)
{
    const auto [image, layout] = draw(knownFigure());
    ASSERT_EQ(layout.stageBands.size(), 2);
    const QRectF band = layout.stageBands[0];
    EXPECT_NEAR(band.left(), layout.xOf(2016), 0.5);
    EXPECT_NEAR(band.right(), layout.xOf(2019), 0.5); // the end year is inclusive
    EXPECT_DOUBLE_EQ(band.top(), layout.plot.top());
    EXPECT_DOUBLE_EQ(band.bottom(), layout.plot.bottom());
    EXPECT_GT(countNear(image, Band, band), band.width() * band.height() * 0.5);
    // Outside the band no shading (only the odd antialiased grid-line pixel
    // of that grey); a band beyond the years is not drawn.
    const QRectF before(QPointF(layout.xOf(2010.2), layout.plot.top()), QPointF(layout.xOf(2011.8), layout.plot.bottom()));
    EXPECT_LT(countNear(image, Band, before), before.width() * before.height() * 0.05);
    EXPECT_TRUE(layout.stageBands[1].isNull());
}

TEST(TimelineRendererTest, HitTestMapsMarkersToRecords)
{
    const TimelineLayout layout = draw(knownFigure()).layout;
    for (Id id : {ZhejiangPolicy, ShanxiMilestone, ShanxiPolicy}) {
        const auto *marker = markerWithId(layout, id);
        ASSERT_NE(marker, nullptr);
        const auto *hit = layout.markerAt(marker->rect.center());
        ASSERT_NE(hit, nullptr);
        EXPECT_EQ(hit->id, id);
    }
    EXPECT_EQ(layout.markerAt(layout.plot.topLeft() + QPointF(1, 1)), nullptr);
}

TEST(TimelineRendererTest, RecordsOutsideTheYearsAreLeftOut)
{
    TimelineFigure figure = knownFigure();
    figure.lanes[0].items << TimelineFigure::Item{Evidence::Kind::Policy, 99, PartialDate::ofYear(2030), QStringLiteral("Late"), {}};
    const auto [image, layout] = draw(figure);
    EXPECT_EQ(markerWithId(layout, 99), nullptr);
    EXPECT_EQ(paintedOutside(image, Area), 0);
}

class TimelineBuilderTest : public StoreTest
{
};

TEST_F(TimelineBuilderTest, NationalLaneOnTopWhenItHasRecords)
{
    addBasics();
    Policy national = makePolicy(this->national, QStringLiteral("National rule"), PartialDate::ofYear(2012));
    national.dimensions = {Dimension::Political};
    ASSERT_OK(store->policies().add(national));
    ASSERT_OK(store->milestones().add(makeMilestone(zhejiang, QStringLiteral("Platform"), PartialDate::ofMonth(2018, 3))));

    auto figure = FigureBuilder(*store).timeline({zhejiang, shanxi});
    ASSERT_OK(figure);
    ASSERT_EQ(figure->lanes.size(), 3);
    EXPECT_EQ(figure->lanes[0].items.size(), 1);
    EXPECT_EQ(figure->lanes[0].items[0].dims, DimensionSet({Dimension::Political}));
    EXPECT_EQ(figure->lanes[1].items.size(), 1);
    EXPECT_EQ(figure->lanes[1].items[0].kind, Evidence::Kind::Milestone);
    EXPECT_TRUE(figure->lanes[2].items.isEmpty());
    EXPECT_EQ(figure->stages.size(), 3);
    EXPECT_EQ(figure->fromYear, 2011);
    EXPECT_EQ(figure->toYear, 2025);

    // Without national records there is no national lane; with no records at all, nothing to show.
    auto withoutNational = FigureBuilder(*store).timeline({zhejiang}, 2015, 2020);
    ASSERT_OK(withoutNational);
    EXPECT_EQ(withoutNational->lanes.size(), 1);
    EXPECT_FALSE(FigureBuilder(*store).timeline({shanxi}, 2015, 2020).ok());
}

// Where a lane is too crowded to mark every record, those cited as evidence
// and laws and regulations are marked first.
TEST_F(TimelineBuilderTest, RecordsCitedAsEvidenceAndLawsAreNotable)
{
    addBasics();
    Policy law = makePolicy(zhejiang, QStringLiteral("A law"), PartialDate::ofYear(2014));
    law.kind = PolicyKind::Law;
    auto lawId = store->policies().add(law);
    ASSERT_OK(lawId);
    Policy plan = makePolicy(zhejiang, QStringLiteral("A plan"), PartialDate::ofYear(2015));
    plan.kind = PolicyKind::Plan;
    ASSERT_OK(store->policies().add(plan));
    auto cited = store->milestones().add(makeMilestone(zhejiang, QStringLiteral("Cited"), PartialDate::ofYear(2016)));
    ASSERT_OK(cited);
    ASSERT_OK(store->milestones().add(makeMilestone(zhejiang, QStringLiteral("Plain"), PartialDate::ofYear(2017))));
    auto assessment = store->assessments().add(makeAssessment(zhejiang, advantage, 8.0, 5.8, 6.3));
    ASSERT_OK(assessment);
    ASSERT_OK(store->evidence().add(Evidence{NoId, *assessment, Dimension::Mission, Evidence::Kind::Milestone, *cited}));

    auto figure = FigureBuilder(*store).timeline({zhejiang});
    ASSERT_OK(figure);
    ASSERT_EQ(figure->lanes.size(), 1);
    ASSERT_EQ(figure->lanes[0].items.size(), 4);
    QList<std::pair<Evidence::Kind, Id>> notable;
    for (const TimelineFigure::Item &item : figure->lanes[0].items) {
        if (item.notable)
            notable << std::pair(item.kind, item.id);
    }
    EXPECT_EQ(notable, (QList<std::pair<Evidence::Kind, Id>>{{Evidence::Kind::Policy, *lawId}, {Evidence::Kind::Milestone, *cited}}));
}

TEST_F(TimelineBuilderTest, DimensionSeriesHasAScoreOrAGapPerStage)
{
    addBasics();
    ASSERT_OK(store->assessments().add(makeAssessment(zhejiang, initial, 3.4, 3.0, 3.1)));
    ASSERT_OK(store->assessments().add(makeAssessment(zhejiang, target, 8.6, 8.3, 8.4)));
    auto data = FigureBuilder(*store).dimensionSeries({zhejiang, shanxi});
    ASSERT_OK(data);
    EXPECT_EQ(data->stages.size(), 3);
    ASSERT_EQ(data->regions.size(), 1); // Shanxi has no assessment
    ASSERT_EQ(data->regions[0].scores.size(), 3);
    EXPECT_TRUE(data->regions[0].scores[0].has_value());
    EXPECT_FALSE(data->regions[0].scores[1].has_value());
    EXPECT_DOUBLE_EQ((*data->regions[0].scores[2])[Dimension::Political], 8.3);
    EXPECT_FALSE(data->subtitle.isEmpty()); // names the region left out
}

// Zhejiang's records crowd 2016–2020: labels that do not fit beside their
// markers are staggered onto rows above and below, with leader lines.
TEST(TimelineDefaultDataTest, ZhejiangsLaneLabelsAtLeastHalfItsItemsAtTheExportSizes)
{
    QTemporaryDir dir;
    auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
    ASSERT_OK(opened);
    const Store &store = **opened;
    auto figure = FigureBuilder(store).timeline({store.regions().byCode(QStringLiteral("330000"))->id});
    ASSERT_OK(figure);
    ASSERT_EQ(figure->lanes.size(), 2); // the national level, then Zhejiang
    // The command line's default, 160 × 120 mm, and the export dialog's, 540 × 405 pt, at 300 DPI.
    for (const QSizeF sizePt : {QSizeF(160 / 25.4 * 72, 120 / 25.4 * 72), QSizeF(540, 405)}) {
        constexpr int Dpi = 300;
        const QSize pixels(qRound(sizePt.width() / 72 * Dpi), qRound(sizePt.height() / 72 * Dpi));
        QImage image(pixels, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        RenderOptions options;
        options.dpi = Dpi;
        options.printing = true;
        const TimelineLayout layout = TimelineRenderer::render(painter, QRectF(QPointF(), pixels), *figure, options);
        painter.end();

        QList<const TimelineLayout::Marker *> zhejiang;
        for (const TimelineLayout::Marker &m : layout.markers) {
            if (m.lane == 1)
                zhejiang << &m;
        }
        ASSERT_EQ(zhejiang.size(), figure->lanes[1].items.size());
        const auto labelled = std::count_if(zhejiang.cbegin(), zhejiang.cend(), [](const auto *m) { return !m->label.isNull(); });
        EXPECT_GE(2 * labelled, zhejiang.size()) << labelled << " of " << zhejiang.size() << " at " << pixels.width() << " px";

        // No label covers another label or any marker, each stays in its lane,
        // and no leader line runs through another record's label.
        for (const TimelineLayout::Marker &m : layout.markers) {
            if (m.label.isNull())
                continue;
            EXPECT_TRUE(layout.lanes[m.lane].contains(m.label));
            for (const TimelineLayout::Marker &other : layout.markers) {
                EXPECT_FALSE(m.label.intersects(other.rect)) << m.id << " over " << other.id;
                if (&other == &m)
                    continue;
                if (!other.label.isNull()) {
                    EXPECT_FALSE(m.label.intersects(other.label)) << m.id << " and " << other.id;
                }
                if (!other.leader.isNull()) {
                    const QRectF line = QRectF(other.leader.p1(), other.leader.p2()).normalized().adjusted(-0.4, 0, 0.4, 0);
                    EXPECT_FALSE(m.label.intersects(line)) << other.id << "'s leader through " << m.id;
                }
            }
            // A leader joins its marker to its label.
            if (!m.leader.isNull()) {
                EXPECT_NEAR(m.leader.p1().x(), m.rect.center().x(), 0.5);
                EXPECT_TRUE(m.label.adjusted(-1, -1, 1, 1).contains(m.leader.p2()));
            }
        }
        EXPECT_EQ(paintedOutside(image, QRectF(QPointF(), pixels)), 0);
    }
}
