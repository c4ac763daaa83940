#include "model/Validation.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
bool mentions(const FieldProblems &problems, const QString &field)
{
    for (const FieldProblem &p : problems) {
        if (p.field == field)
            return true;
    }
    return false;
}
} // namespace

TEST(ValidationTest, ScoresMustBeOnTheScaleInTenths)
{
    EXPECT_TRUE(isValidScore(0));
    EXPECT_TRUE(isValidScore(10));
    EXPECT_TRUE(isValidScore(7.3));
    EXPECT_FALSE(isValidScore(10.1));
    EXPECT_FALSE(isValidScore(-0.1));
    EXPECT_FALSE(isValidScore(7.25));
    EXPECT_FALSE(isValidScore(std::nan("")));
}

TEST(ValidationTest, RegionCodeIsSixDigits)
{
    EXPECT_TRUE(isValidRegionCode(QStringLiteral("330000")));
    EXPECT_FALSE(isValidRegionCode(QStringLiteral("33000")));
    EXPECT_FALSE(isValidRegionCode(QStringLiteral("33000a")));
    EXPECT_FALSE(isValidRegionCode(QStringLiteral("３３００００"))); // full-width digits
}

TEST(ValidationTest, RegionNeedsNameAndParentUnlessNational)
{
    Region r;
    r.code = QStringLiteral("330000");
    r.level = Level::Province;
    const FieldProblems problems = validateRegion(r);
    EXPECT_TRUE(mentions(problems, QStringLiteral("name_zh")));
    EXPECT_TRUE(mentions(problems, QStringLiteral("parent")));

    r.nameZh = QStringLiteral("全国");
    r.level = Level::National;
    EXPECT_TRUE(validateRegion(r).isEmpty());
}

TEST(ValidationTest, AssessmentNamesEachBadScore)
{
    Assessment a;
    a.regionId = 1;
    a.stageId = 1;
    a.scores = makeScores(11, 5, 5.05);
    const FieldProblems problems = validateAssessment(a);
    EXPECT_TRUE(mentions(problems, QStringLiteral("scores.mission")));
    EXPECT_FALSE(mentions(problems, QStringLiteral("scores.political")));
    EXPECT_TRUE(mentions(problems, QStringLiteral("scores.operational")));
}

TEST(ValidationTest, PolicyNeedsTitleAndValidDate)
{
    Policy p;
    p.regionId = 1;
    p.titleZh = QStringLiteral("   ");
    const FieldProblems problems = validatePolicy(p);
    EXPECT_TRUE(mentions(problems, QStringLiteral("title_zh")));
    EXPECT_TRUE(mentions(problems, QStringLiteral("date")));
}

TEST(ValidationTest, StageEndMayNotPrecedeStart)
{
    Stage s;
    s.key = QStringLiteral("k");
    s.nameZh = QStringLiteral("阶段");
    s.startYear = 2020;
    s.endYear = 2016;
    EXPECT_TRUE(mentions(validateStage(s), QStringLiteral("end_year")));
}
