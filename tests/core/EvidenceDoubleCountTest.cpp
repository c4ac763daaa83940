// One fact counted in several dimensions (issue 21 §11): a record cited by
// indicator values of more than one dimension of one region and stage is
// found and named; one cited within a single dimension is not.

#include "model/EvidenceDoubleCount.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
const QString Standards = QStringLiteral("milestone:sc-duty-standards-283");
const QString Pilot = QStringLiteral("policy:sc-2018-standardisation-pilot");
const QString Platform = QStringLiteral("policy:sc-integrated-service-platform");

EvidenceCitation cite(const QString &record, Dimension d, const char *indicator)
{
    return {record, d, QString::fromUtf8(indicator)};
}
} // namespace

TEST(EvidenceDoubleCountTest, FindsARecordCitedInTwoDimensions)
{
    const QList<DoubleCount> found = findDoubleCounts({
        cite(Standards, Dimension::Political, "Provincial legislation"),
        cite(Standards, Dimension::Operational, "Standardisation"),
        cite(Standards, Dimension::Operational, "Process re-engineering"),
        // Two operational indicators citing one record count once: one dimension.
        cite(Platform, Dimension::Operational, "Digitalisation"),
        cite(Platform, Dimension::Operational, "Centralisation"),
    });
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].record, Standards);
    EXPECT_EQ(found[0].dimensionCount(), 2);
    EXPECT_TRUE(found[0].indicators[Dimension::Mission].isEmpty());
    EXPECT_EQ(found[0].indicators[Dimension::Political], QStringList{QStringLiteral("Provincial legislation")});
    EXPECT_EQ(found[0].indicators[Dimension::Operational],
              (QStringList{QStringLiteral("Standardisation"), QStringLiteral("Process re-engineering")}));
}

TEST(EvidenceDoubleCountTest, KeepsTheOrderOfFirstCitationAndNamesEachIndicatorOnce)
{
    const QList<DoubleCount> found = findDoubleCounts({
        cite(Pilot, Dimension::Operational, "Standardisation"),
        cite(Standards, Dimension::Operational, "Standardisation"),
        cite(Pilot, Dimension::Political, "Leadership"),
        cite(Standards, Dimension::Mission, "Vision"),
        cite(Standards, Dimension::Political, "Provincial legislation"),
        // A second rater's value of the same indicator cites it again.
        cite(Standards, Dimension::Political, "Provincial legislation"),
    });
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found[0].record, Pilot);
    EXPECT_EQ(found[1].record, Standards);
    EXPECT_EQ(found[1].dimensionCount(), 3);
    EXPECT_EQ(found[1].indicators[Dimension::Political], QStringList{QStringLiteral("Provincial legislation")});
}

TEST(EvidenceDoubleCountTest, NothingWhenEachRecordStaysInOneDimension)
{
    EXPECT_TRUE(findDoubleCounts({}).isEmpty());
    EXPECT_TRUE(findDoubleCounts({cite(Standards, Dimension::Operational, "Standardisation"),
                                  cite(Standards, Dimension::Operational, "Process re-engineering"),
                                  cite(Pilot, Dimension::Political, "Leadership")})
                    .isEmpty());
}

TEST(EvidenceDoubleCountTest, SaysWhereAndInWhichDimensions)
{
    DoubleCount two{Standards, {}};
    two.indicators[Dimension::Political] = {QStringLiteral("Provincial legislation")};
    two.indicators[Dimension::Operational] = {QStringLiteral("Standardisation"), QStringLiteral("Process re-engineering")};
    EXPECT_EQ(doubleCountText(two, QStringLiteral("Sichuan"), QStringLiteral("advantage")),
              QStringLiteral("Sichuan, advantage: “milestone:sc-duty-standards-283” is counted in political (Provincial "
                             "legislation) and operational (Standardisation, Process re-engineering)"));

    DoubleCount three = two;
    three.indicators[Dimension::Mission] = {QStringLiteral("Vision")};
    EXPECT_EQ(doubleCountText(three, QStringLiteral("Sichuan"), QStringLiteral("advantage")),
              QStringLiteral("Sichuan, advantage: “milestone:sc-duty-standards-283” is counted in mission (Vision), political "
                             "(Provincial legislation) and operational (Standardisation, Process re-engineering)"));
}
