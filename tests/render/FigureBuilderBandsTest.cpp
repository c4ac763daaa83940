// The raters' bands that FigureBuilder gives the figures: one region's
// evolution and, from one read, every region of a stage (the grid's thumbnails).

#include "data/DefaultDatabase.h"
#include "model/DomainNames.h"
#include "render/FigureBuilder.h"
#include "support/TestData.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace triangle;

namespace {
class FigureBuilderBandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
        zhejiang = store->regions().byCode(QStringLiteral("330000"))->id;
        shanxi = store->regions().byCode(QStringLiteral("140000"))->id;
        advantage = store->stages().byKey(QStringLiteral("advantage"))->id;
    }

    // A second rater reads each of Zhejiang's mission indicators at `score`.
    void addSecondMissionReading(double score)
    {
        auto rater = store->raters().add({NoId, QStringLiteral("second"), QStringLiteral("Second analyst"), {}, {}, {}, Language::Chinese});
        ASSERT_OK(rater);
        for (const Indicator &i : *store->indicators().all()) {
            if (i.dimension == Dimension::Mission)
                ASSERT_OK(store->indicatorValues().add({NoId, zhejiang, advantage, i.id, *rater, score, {}}));
        }
    }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Id zhejiang = NoId;
    Id shanxi = NoId;
    Id advantage = NoId;
};

TEST_F(FigureBuilderBandsTest, OneRaterGivesNoBand)
{
    auto bands = FigureBuilder(*store).raterBandsAt(advantage);
    ASSERT_OK(bands);
    EXPECT_TRUE(bands->isEmpty());
}

TEST_F(FigureBuilderBandsTest, TheStagesBandsMatchTheEvolutionFiguresBand)
{
    addSecondMissionReading(7.0);
    const FigureBuilder figures(*store);
    auto bands = figures.raterBandsAt(advantage);
    ASSERT_OK(bands);
    ASSERT_EQ(bands->size(), 1); // Zhejiang only: nobody else has a second rater
    ASSERT_TRUE(bands->contains(zhejiang));
    const RaterBands zj = bands->value(zhejiang);
    ASSERT_TRUE(zj[Dimension::Mission].has_value());
    // The article reading derives 8.0, the second rater 7.0.
    EXPECT_DOUBLE_EQ(zj[Dimension::Mission]->low, 7.0);
    EXPECT_DOUBLE_EQ(zj[Dimension::Mission]->high, 8.0);
    EXPECT_FALSE(zj[Dimension::Political].has_value());
    EXPECT_FALSE(zj[Dimension::Operational].has_value());

    auto evolution = figures.evolution(zhejiang, {advantage});
    ASSERT_OK(evolution);
    ASSERT_EQ(evolution->series.size(), 1);
    const auto &band = evolution->series[0].spread[Dimension::Mission];
    ASSERT_TRUE(band.has_value());
    EXPECT_DOUBLE_EQ(band->low, zj[Dimension::Mission]->low);
    EXPECT_DOUBLE_EQ(band->high, zj[Dimension::Mission]->high);
}

TEST_F(FigureBuilderBandsTest, AScoreSetByHandHasNoBandWhateverTheRatersSaid)
{
    addSecondMissionReading(7.0);
    Assessment a = **store->assessments().at(zhejiang, advantage);
    a.origin[Dimension::Mission] = ScoreOrigin::Hand;
    ASSERT_OK(store->assessments().update(a));
    auto bands = FigureBuilder(*store).raterBandsAt(advantage);
    ASSERT_OK(bands);
    EXPECT_FALSE(bands->contains(zhejiang));
    EXPECT_FALSE(bands->contains(shanxi));
}

// A dimension nobody has scored is not a score of 0: an assessment with one
// is drawn in no figure, neither its region's evolution nor a comparison.
TEST_F(FigureBuilderBandsTest, AnAssessmentWithAnUnscoredDimensionIsNotDrawn)
{
    // Guangdong has no indicator values, so nothing derives its political score.
    const Id guangdong = store->regions().byCode(QStringLiteral("440000"))->id;
    Assessment a;
    a.regionId = guangdong;
    a.stageId = advantage;
    a.scores = {6.0, 0.0, 5.0};
    a.origin[Dimension::Political] = ScoreOrigin::Unscored;
    ASSERT_OK(store->assessments().add(a));
    const FigureBuilder figures(*store);
    EXPECT_FALSE(figures.evolution(guangdong).ok()); // "not assessed at any stage"
    auto comparison = figures.comparison({zhejiang, guangdong}, advantage);
    ASSERT_OK(comparison);
    EXPECT_EQ(comparison->series.size(), 1); // Zhejiang's alone
    auto dimensions = figures.dimensionSeries({zhejiang, guangdong}, {advantage});
    ASSERT_OK(dimensions);
    EXPECT_EQ(dimensions->regions.size(), 1); // Guangdong is not assessed: no bars of 6 / 0 / 5
}
} // namespace

// The shipped scores' source note is written in both languages; a figure's
// footnote carries the reader's language only.
TEST_F(FigureBuilderBandsTest, FootnoteCarriesTheSourceNoteInTheUiLanguageOnly)
{
    const Language before = uiLanguage();
    for (Language language : {Language::English, Language::Chinese}) {
        setUiLanguage(language);
        auto figure = FigureBuilder(*store).evolution(zhejiang);
        ASSERT_OK(figure);
        const QString note = figure->footnote;
        const bool english = language == Language::English;
        EXPECT_EQ(note.contains(QStringLiteral("not measured data")), english) << qPrintable(note);
        EXPECT_EQ(note.contains(QStringLiteral("非实测数据")), !english) << qPrintable(note);
    }
    setUiLanguage(before);
    // The notes end in a full stop before the file is named, and only one.
    const QString note = FigureBuilder(*store).evolution(zhejiang)->footnote;
    EXPECT_TRUE(note.contains(QStringLiteral("not measured data. Triangle Studio"))) << qPrintable(note);
    Assessment a = store->assessments().at(zhejiang, advantage)->value();
    a.sourceNote = QStringLiteral("Interviews in 2024.");
    ASSERT_OK(store->assessments().update(a));
    const QString two = FigureBuilder(*store).evolution(zhejiang)->footnote;
    EXPECT_TRUE(two.contains(QStringLiteral("Interviews in 2024. Triangle")) || two.contains(QStringLiteral("Interviews in 2024; ")))
        << qPrintable(two);
    EXPECT_FALSE(two.contains(QStringLiteral(".;"))) << qPrintable(two);
    EXPECT_FALSE(two.contains(QStringLiteral(".."))) << qPrintable(two);
}
