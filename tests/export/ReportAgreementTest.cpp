// The report's method page gives the raters' agreement stage by stage, each
// with its interval and verdict, and the figure pooled over stages only in a
// row labelled so (issue 21 §9): with three raters whose stages lie far
// apart, the pooled alpha alone would read "reliable" where no stage is.

#include "support/NoisyRaters.h"
#include "support/TestData.h"

#include "analysis/AgreementText.h"
#include "export/ReportPages.h"
#include "model/DomainNames.h"
#include "store/ScorecardQueries.h"

using namespace triangle;
using namespace triangle::test;

namespace {
class ReportAgreementTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        addBasics();
        addNoisyRaters(*store, {zhejiang, shanxi}, {initial, advantage, target});
    }

    // The method page's text.
    QString methodHtml()
    {
        auto content = reportContent(*store, {zhejiang, shanxi}, {});
        EXPECT_OK(content);
        QString html;
        if (content && content->sections.size() > 1) {
            for (const ReportBlock &block : content->sections[1].blocks)
                html += block.html;
        }
        return html;
    }
};

// The table row that starts with `label`.
QString rowOf(const QString &html, const QString &label)
{
    const qsizetype at = html.indexOf(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()));
    if (at < 0)
        return {};
    return html.mid(at, html.indexOf(QStringLiteral("</tr>"), at) - at);
}
} // namespace

TEST_F(ReportAgreementTest, MethodPageGivesEachStagesAlphaIntervalAndVerdict)
{
    auto expected = raterAgreementByStageFor(*store, {zhejiang, shanxi});
    ASSERT_OK(expected);
    const QString html = methodHtml();
    for (qsizetype s = 0; s < expected->stages.size(); ++s) {
        const Stage &stage = expected->stages[s];
        const QString row = rowOf(html, localizedName(stage.nameZh, stage.nameEn));
        ASSERT_FALSE(row.isEmpty()) << qPrintable(html);
        const ScopedAgreement &at = expected->agreement.perStage[s];
        for (const AgreementEstimate *e : {&at.all, &at.byDimension[Dimension::Operational]}) {
            EXPECT_TRUE(row.contains(alphaNumber(*e->alpha.alpha))) << qPrintable(row);
            EXPECT_TRUE(row.contains(alphaIntervalText(e->interval))) << qPrintable(row);
        }
        EXPECT_TRUE(row.contains(alphaVerdictName(AlphaVerdict::Unreliable))) << qPrintable(row);
    }
    EXPECT_TRUE(html.contains(QString::number(AlphaBootstrapResamples))) << "the resamples are stated";
}

TEST_F(ReportAgreementTest, PooledAlphaIsShownOnlyInItsLabelledRow)
{
    auto expected = raterAgreementByStageFor(*store, {zhejiang, shanxi});
    ASSERT_OK(expected);
    const QString html = methodHtml();
    const QString pooled = alphaNumber(*expected->agreement.pooled.all.alpha.alpha);
    const QString row = rowOf(html, pooledOverStagesName());
    ASSERT_FALSE(row.isEmpty()) << qPrintable(html);
    EXPECT_TRUE(row.contains(pooled)) << qPrintable(row);
    EXPECT_TRUE(row.contains(alphaVerdictName(AlphaVerdict::Reliable))) << qPrintable(row);
    EXPECT_EQ(html.count(pooled), row.count(pooled)) << "the pooled figure appears nowhere else: " << qPrintable(html);
}
