// The report prints each region's causal chain with the quotes, their
// locations and the check against the dates (issue 21 §6): on the shipped
// data, Zhejiang's pull sentence and Shanxi's "cannot tell".

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "export/ReportPages.h"

using namespace triangle;
using namespace triangle::test;

namespace {
QString contentHtml(const ReportContent &content)
{
    QString html;
    for (const ReportSection &section : content.sections) {
        for (const ReportBlock &block : section.blocks)
            html += block.html;
    }
    return html;
}
} // namespace

TEST(ReportCausalLinksTest, EachRegionPagePrintsItsChainWithQuoteLocationAndCheck)
{
    QTemporaryDir dir;
    auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
    ASSERT_OK(opened);
    const Store &store = **opened;
    const Id zhejiang = store.regions().byCode(QStringLiteral("330000"))->id;
    const Id shanxi = store.regions().byCode(QStringLiteral("140000"))->id;
    const Id beijing = store.regions().byCode(QStringLiteral("110000"))->id;
    auto content = reportContent(store, {zhejiang, shanxi, beijing}, {});
    ASSERT_OK(content);
    const QString html = contentHtml(*content);
    EXPECT_EQ(html.count(QStringLiteral("<h3>Causal links</h3>")), 2) << "none for Beijing, which has no link";
    EXPECT_TRUE(html.contains(QStringLiteral("由此,在使命愿景的驱动下"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("§四(二)1")));
    EXPECT_TRUE(html.contains(QStringLiteral("3 after, 0 cannot tell, 0 contradict the dates"))) << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("0 after, 2 cannot tell, 0 contradict the dates")));
    EXPECT_TRUE(html.contains(QStringLiteral("reform launched province-wide → 2018 · Pilot Scheme for Advancing the Reform "
                                             "and Development of Offices Affairs Work in the New Era: after")))
        << qPrintable(html);
}
