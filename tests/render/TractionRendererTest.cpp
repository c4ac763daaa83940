#include "RenderTestSupport.h"

#include "analysis/Findings.h"
#include "data/DefaultDatabase.h"
#include "render/FigureBuilder.h"
#include "render/FigureStyle.h"
#include "render/Palette.h"
#include "render/TractionRenderer.h"
#include "support/TestData.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
const QSize Size(900, 600);
const QRectF Area(30, 20, 820, 540); // an inset area: the renderer must stay inside it
constexpr int Tolerance = 10;

DatedRecord record(int year, DimensionSet dims)
{
    return DatedRecord{PartialDate::ofYear(year), dims, std::nullopt, false};
}

// Mission: 2015, 2016, 2016, 2019 (half of 4 by 2016). Political: 2018, 2019
// (half of 2 by 2018). Operational: 2015, 2019, 2019 (half of 3 by 2019).
QList<DatedRecord> handMadeRecords()
{
    return {record(2015, {Dimension::Mission, Dimension::Operational}),
            record(2016, {Dimension::Mission}),
            record(2016, {Dimension::Mission}),
            record(2018, {Dimension::Political}),
            record(2019, {Dimension::Mission, Dimension::Political, Dimension::Operational}),
            record(2019, {Dimension::Operational})};
}

TractionFigure figureFrom(const QList<DatedRecord> &records, std::optional<Dimension> leader)
{
    const CumulativeEvidence evidence = cumulativeEvidence(records);
    TractionFigure figure;
    figure.title = QStringLiteral("Test region: cumulative evidence by dimension");
    figure.subtitle = QStringLiteral("Mission leads");
    figure.footnote = QStringLiteral("A record bearing on several dimensions counts for each. Dates: test data.");
    figure.halfwayFormat = QStringLiteral("half by %1");
    figure.countAxisTitle = QStringLiteral("Records (cumulative)");
    figure.years = evidence.years;
    for (Dimension d : AllDimensions) {
        figure.curves[d] = {dimensionKey(d), evidence.cumulative[d], evidence.totals[d], evidence.halfwayYear[d], leader == d};
    }
    figure.stages = {{QStringLiteral("Advantage"), 2016, 2018}, {QStringLiteral("Later"), 2030, 2031}};
    return figure;
}

Rendering<TractionLayout> draw(const TractionFigure &figure, const QRectF &area = Area, int dpi = 96)
{
    Rendering<TractionLayout> drawn{QImage(Size, QImage::Format_ARGB32), {}};
    drawn.image.fill(Qt::transparent);
    QPainter painter(&drawn.image);
    RenderOptions options;
    options.dpi = dpi;
    drawn.layout = TractionRenderer::render(painter, area, figure, options);
    return drawn;
}

bool near(QRgb pixel, const QColor &color)
{
    return qAlpha(pixel) == 255 && std::abs(qRed(pixel) - color.red()) <= Tolerance
        && std::abs(qGreen(pixel) - color.green()) <= Tolerance && std::abs(qBlue(pixel) - color.blue()) <= Tolerance;
}

// The thickest vertical run of `color` across the columns from x0 to x1,
// within `reach` pixels of y: how wide a horizontal line of that colour is drawn.
int thickness(const QImage &image, const QColor &color, int x0, int x1, int y, int reach)
{
    int best = 0;
    for (int x = x0; x <= x1; ++x) {
        int run = 0;
        for (int yy = y - reach; yy <= y + reach; ++yy) {
            run = near(image.pixel(x, yy), color) ? run + 1 : 0;
            best = std::max(best, run);
        }
    }
    return best;
}

int countNear(const QImage &image, const QColor &color, const QRectF &rect)
{
    int n = 0;
    for (int y = int(rect.top()); y <= int(rect.bottom()); ++y) {
        for (int x = int(rect.left()); x <= int(rect.right()); ++x) {
            if (image.rect().contains(x, y) && near(image.pixel(x, y), color))
                ++n;
        }
    }
    return n;
}
} // namespace

TEST(TractionRendererTest, PaintsNothingOutsideItsArea)
{
    const TractionFigure figure = figureFrom(handMadeRecords(), Dimension::Mission);
    EXPECT_EQ(paintedOutside(draw(figure).image, Area), 0);
    const QRectF tiny(10, 10, 180, 130); // drawn smaller, as a thumbnail, rather than spill
    EXPECT_EQ(paintedOutside(draw(figure, tiny).image, tiny), 0);
    const QRectF print(40, 40, 700, 500); // at print resolution the sizes grow; still inside
    EXPECT_EQ(paintedOutside(draw(figure, print, 300).image, print), 0);
}

TEST(TractionRendererTest, HalfwayMarkersSitAtTheirYears)
{
    const auto [image, layout] = draw(figureFrom(handMadeRecords(), Dimension::Mission));
    // The axis runs from a year before the first record (2014) to the end of the last year (2020).
    EXPECT_DOUBLE_EQ(layout.fromYear, 2014);
    EXPECT_DOUBLE_EQ(layout.toYear, 2020);
    const auto xAt = [&](double year) { return layout.plot.left() + (year - 2014) / 6.0 * layout.plot.width(); };
    const auto yAt = [&](double count) { return layout.plot.bottom() - count / layout.maxCount * layout.plot.height(); };
    EXPECT_GE(layout.maxCount, 4);

    const std::array<std::pair<Dimension, std::pair<int, int>>, 3> expected{{
        {Dimension::Mission, {2016, 3}}, {Dimension::Political, {2018, 1}}, {Dimension::Operational, {2019, 3}}}};
    for (const auto &[d, yearCount] : expected) {
        ASSERT_TRUE(layout.halfway[d].has_value()) << dimensionKey(d).toStdString();
        EXPECT_NEAR(layout.halfway[d]->x(), xAt(yearCount.first), 0.5) << dimensionKey(d).toStdString();
        EXPECT_NEAR(layout.halfway[d]->y(), yAt(yearCount.second), 0.5) << dimensionKey(d).toStdString();
        // The marker is there in its colour, and the drop line below it down to the axis.
        const QPointF at = *layout.halfway[d];
        EXPECT_GT(countNear(image, dimensionColor(d), QRectF(at - QPointF(3, 3), at + QPointF(3, 3))), 12) << dimensionKey(d).toStdString();
        if (layout.plot.bottom() - at.y() > 40) {
            const QRectF drop(at.x() - 2, at.y() + 15, 4, layout.plot.bottom() - at.y() - 20);
            EXPECT_GT(countNear(image, dimensionColor(d), drop), drop.height() * 0.3) << dimensionKey(d).toStdString();
        }
        // Its year is labelled, inside the area.
        EXPECT_FALSE(layout.halfwayLabels[d].isNull());
        EXPECT_TRUE(Area.contains(layout.halfwayLabels[d]));
    }
    // The labels overlap neither each other nor the markers.
    for (Dimension a : AllDimensions) {
        for (Dimension b : AllDimensions) {
            if (a != b) {
                EXPECT_FALSE(layout.halfwayLabels[a].intersects(layout.halfwayLabels[b]));
            }
            EXPECT_FALSE(layout.halfwayLabels[a].contains(*layout.halfway[b]));
        }
    }
}

TEST(TractionRendererTest, StepsRiseAtEachYearToItsCount)
{
    const TractionFigure figure = figureFrom(handMadeRecords(), std::nullopt);
    const TractionLayout layout = draw(figure).layout;
    ASSERT_EQ(layout.points[Dimension::Mission].size(), figure.years.size());
    EXPECT_NEAR(layout.points[Dimension::Mission][0].y(), layout.yOf(1), 0.01);
    EXPECT_NEAR(layout.points[Dimension::Mission].last().y(), layout.yOf(4), 0.01);
    EXPECT_NEAR(layout.points[Dimension::Political][2].y(), layout.yOf(0), 0.01); // nothing before 2018
    EXPECT_EQ(layout.yearAt(layout.xOf(2016.5)), 2016);
    EXPECT_EQ(layout.yearAt(layout.xOf(2014.5)), std::nullopt); // the year of zero before the first
    EXPECT_EQ(layout.yearAt(layout.plot.right()), 2019);
}

TEST(TractionRendererTest, TheLeadingDimensionsLineIsThicker)
{
    // Mission holds at 3 from 2016 to 2019, alone at that height. At twice
    // the screen's resolution, so that lines are several pixels wide.
    auto missionWidth = [](std::optional<Dimension> leader) {
        const auto [image, layout] = draw(figureFrom(handMadeRecords(), leader), Area, 192);
        const int y = int(std::lround(layout.yOf(3)));
        return std::pair(thickness(image, dimensionColor(Dimension::Mission), int(layout.xOf(2016.3)), int(layout.xOf(2016.7)), y, 12),
                         layout.lineWidth[Dimension::Mission]);
    };
    const auto [leading, leadingWidth] = missionWidth(Dimension::Mission);
    const auto [plain, plainWidth] = missionWidth(std::nullopt);
    EXPECT_GT(leadingWidth, plainWidth * 1.8);
    EXPECT_GE(plain, 3);
    EXPECT_GE(leading, plain * 1.8) << leading << " vs " << plain;

    // The others keep their width when mission leads.
    const auto leaderLayout = draw(figureFrom(handMadeRecords(), Dimension::Mission)).layout;
    const auto plainLayout = draw(figureFrom(handMadeRecords(), std::nullopt)).layout;
    EXPECT_DOUBLE_EQ(leaderLayout.lineWidth[Dimension::Political], plainLayout.lineWidth[Dimension::Political]);
}

TEST(TractionRendererTest, ChineseTextRenders)
{
    auto titlePixels = [](const QString &title) {
        TractionFigure figure = figureFrom(handMadeRecords(), Dimension::Mission);
        figure.title = title;
        figure.halfwayFormat = QStringLiteral("%1年过半");
        figure.countAxisTitle = QStringLiteral("累计记录数");
        figure.curves[Dimension::Mission].label = QStringLiteral("使命（优势维度）");
        const auto [image, layout] = draw(figure);
        return image.copy(QRect(int(Area.left()), int(Area.top()), int(Area.width()), int(layout.plot.top() - Area.top()) / 2));
    };
    const QImage zhejiang = titlePixels(QStringLiteral("浙江：各维度累计证据"));
    const QImage sichuan = titlePixels(QStringLiteral("四川：各维度累计证据"));
    EXPECT_GT(pixelsNear(zhejiang, FigureStyle().text, 40).size(), 60);
    // Real glyphs, not the same missing-glyph box for every character.
    EXPECT_NE(zhejiang, sichuan);
}

TEST(TractionRendererTest, AFigureWithoutYearsDrawsItsTitleOnly)
{
    TractionFigure figure;
    figure.title = QStringLiteral("Select a region");
    const auto [image, layout] = draw(figure);
    EXPECT_EQ(paintedOutside(image, Area), 0);
    EXPECT_FALSE(layout.halfway[Dimension::Mission].has_value());
    EXPECT_GT(pixelsNear(image, FigureStyle().text, 40).size(), 20);
}

class TractionBuilderTest : public StoreTest
{
};

TEST_F(TractionBuilderTest, CountsTheRegionsOwnRecordsAndNamesTheLeader)
{
    addBasics();
    ASSERT_OK(store->assessments().add(makeAssessment(zhejiang, advantage, 8.0, 5.8, 6.3)));
    Policy policy = makePolicy(zhejiang, QStringLiteral("Plan"), PartialDate::ofYear(2017));
    policy.dimensions = {Dimension::Mission, Dimension::Operational};
    policy.reference = QStringLiteral("The article, §4");
    ASSERT_OK(store->policies().add(policy));
    Milestone milestone = makeMilestone(zhejiang, QStringLiteral("Platform"), PartialDate::ofMonth(2019, 5));
    milestone.dimensions = {Dimension::Operational};
    ASSERT_OK(store->milestones().add(milestone));
    Policy national = makePolicy(this->national, QStringLiteral("National rule"), PartialDate::ofYear(2012));
    national.dimensions = {Dimension::Political};
    ASSERT_OK(store->policies().add(national)); // not Zhejiang's own: not counted

    auto figure = FigureBuilder(*store).traction(zhejiang);
    ASSERT_OK(figure);
    EXPECT_EQ(figure->years, (QList<int>{2017, 2018, 2019}));
    EXPECT_EQ(figure->curves[Dimension::Mission].cumulative, (QList<int>{1, 1, 1}));
    EXPECT_EQ(figure->curves[Dimension::Operational].cumulative, (QList<int>{1, 1, 2}));
    EXPECT_EQ(figure->curves[Dimension::Political].total, 0);
    EXPECT_EQ(figure->curves[Dimension::Operational].halfwayYear, 2017);
    EXPECT_TRUE(figure->curves[Dimension::Mission].leading);
    EXPECT_FALSE(figure->curves[Dimension::Operational].leading);
    EXPECT_TRUE(figure->title.contains(QStringLiteral("cumulative evidence by dimension"))) << qPrintable(figure->title);
    EXPECT_TRUE(figure->curves[Dimension::Mission].label.contains(QStringLiteral("leading")));
    EXPECT_TRUE(figure->footnote.contains(QStringLiteral("several dimensions"))) << qPrintable(figure->footnote);
    EXPECT_TRUE(figure->footnote.contains(QStringLiteral("The article, §4"))) << qPrintable(figure->footnote);
    EXPECT_EQ(figure->stages.size(), 3);

    EXPECT_FALSE(FigureBuilder(*store).traction(shanxi).ok()); // no records of its own
}

TEST(TractionDefaultDataTest, TheThreeCasesLeadWithTheirOwnDimension)
{
    QTemporaryDir dir;
    auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
    ASSERT_OK(opened);
    const Store &store = **opened;
    const std::array<std::pair<const char *, Dimension>, 3> cases{
        {{"330000", Dimension::Mission}, {"140000", Dimension::Political}, {"510000", Dimension::Operational}}};
    for (const auto &[code, leader] : cases) {
        auto figure = FigureBuilder(store).traction(store.regions().byCode(QLatin1StringView(code))->id);
        ASSERT_OK(figure);
        for (Dimension d : AllDimensions)
            EXPECT_EQ(figure->curves[d].leading, d == leader) << code;
        const auto [image, layout] = draw(*figure);
        EXPECT_EQ(paintedOutside(image, Area), 0) << code;
    }
}

// The causal links (issue 21 §6): listed under the chart along their chains,
// each with its check, inside the area; a link whose pulled record comes first
// says that it contradicts the dates.
TEST_F(TractionBuilderTest, ListsTheCausalChainWithEachCheck)
{
    addBasics();
    Policy plan = makePolicy(zhejiang, QStringLiteral("Plan"), PartialDate::ofYear(2018));
    plan.dimensions = {Dimension::Mission};
    const Id planId = *store->policies().add(plan);
    Milestone pilot = makeMilestone(zhejiang, QStringLiteral("Pilot"), PartialDate::ofMonth(2023, 1));
    pilot.dimensions = {Dimension::Operational};
    const Id pilotId = *store->milestones().add(pilot);
    Milestone earlier = makeMilestone(zhejiang, QStringLiteral("Network"), PartialDate::ofYear(2016));
    earlier.dimensions = {Dimension::Operational};
    const Id earlierId = *store->milestones().add(earlier);
    RecordLink drove{NoId, zhejiang, {Evidence::Kind::Policy, planId}, {Evidence::Kind::Milestone, pilotId},
                     QStringLiteral("由此"), QStringLiteral("§4.2.1"), {}};
    ASSERT_OK(store->recordLinks().add(drove));
    RecordLink backwards{NoId, zhejiang, {Evidence::Kind::Milestone, pilotId}, {Evidence::Kind::Milestone, earlierId},
                         QStringLiteral("带动"), {}, {}};
    ASSERT_OK(store->recordLinks().add(backwards));

    auto figure = FigureBuilder(*store).traction(zhejiang);
    ASSERT_OK(figure);
    ASSERT_EQ(figure->causalLinks.size(), 2);
    EXPECT_EQ(figure->causalLinks[0].check, QStringLiteral("after"));
    EXPECT_EQ(figure->causalLinks[0].from, QStringLiteral("2018 · English Plan"));
    EXPECT_EQ(figure->causalLinks[0].to, QStringLiteral("2023-01 · English Pilot"));
    EXPECT_EQ(figure->causalLinks[0].source, QStringLiteral("§4.2.1"));
    EXPECT_EQ(figure->causalLinks[1].check, QStringLiteral("before: the link contradicts the dates"));
    EXPECT_EQ(figure->causalLinks[1].to, QStringLiteral("2016 · English Network"));
    EXPECT_TRUE(figure->causalLinksHeading.contains(QStringLiteral("1 after, 0 cannot tell, 1 contradict"))) << qPrintable(figure->causalLinksHeading);
    EXPECT_TRUE(figure->footnote.contains(QStringLiteral("must come after"))) << qPrintable(figure->footnote);

    const auto [image, layout] = draw(*figure);
    EXPECT_EQ(paintedOutside(image, Area), 0);
    ASSERT_EQ(layout.causalLinkLines.size(), 3);
    EXPECT_GT(layout.causalLinkLines.first().top(), layout.plot.bottom()); // under the chart
    const QImage line = image.copy(layout.causalLinkLines[1].toRect());
    EXPECT_GT(pixelsNear(line, FigureStyle().secondaryText, 40).size(), 20); // the line is drawn
}
