// The report's expert panel page (issue 22): absent without a panel; with
// one, the experts, each round's W with its p-value and α, the stop rule,
// the items above the CV limit, and an inconsistent expert flagged with the
// comparison to repair and left out of the group's weights.

#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "export/ReportPages.h"

using namespace triangle;
using namespace triangle::test;

namespace {
QString contentHtml(const ReportContent &content)
{
    QString html;
    for (const ReportSection &section : content.sections)
        for (const ReportBlock &block : section.blocks)
            html += block.html;
    return html;
}

// What the reader of a filled packet would give: each expert scores every
// item `base` plus a spread by item; comparisons all equal, or for an
// inconsistent expert 9 and 1/9 in turn.
ReturnedPacket answered(const ScoringPacket &packet, double base, bool consistent)
{
    ReturnedPacket r{packet.packetId, packet.databaseId, packet.raterId, packet.raterKey, packet.round,
                     packet.stageId, packet.stageKey, {}, {}, {}, {}};
    int row = 3;
    for (const PacketItem &item : packet.items) {
        const double score = std::round((base + double((item.indicatorId * 7 + item.regionId) % 40) / 10.0) * 10.0) / 10.0;
        r.answers.append({row++, item.regionId, item.regionKey, item.indicatorId, item.indicatorKey, score, {}, {}});
    }
    row = 3;
    for (const PacketComparison &c : packet.comparisons) {
        double value = 1.0; // every item as important as every other: perfectly consistent
        if (!consistent)
            value = row % 2 == 1 ? 9.0 : 1.0 / 9.0;
        r.comparisons.append({row++, c.scope, c.firstKey, c.secondKey, value});
    }
    return r;
}
} // namespace

TEST(ReportPanelTest, NoPanelNoPage)
{
    QTemporaryDir dir;
    auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
    ASSERT_OK(opened);
    const Id zhejiang = (*opened)->regions().byCode(QStringLiteral("330000"))->id;
    auto content = reportContent(**opened, {zhejiang}, {});
    ASSERT_OK(content);
    EXPECT_FALSE(contentHtml(*content).contains(QStringLiteral("<h2>Expert panel</h2>")));
}

TEST(ReportPanelTest, ThePanelPageStatesRoundsConvergenceAndConsistency)
{
    QTemporaryDir dir;
    auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("default.tsdb")));
    ASSERT_OK(opened);
    Store &store = **opened;
    const Id zhejiang = store.regions().byCode(QStringLiteral("330000"))->id;
    const Id shanxi = store.regions().byCode(QStringLiteral("140000"))->id;
    const Id advantage = store.stages().byKey(QStringLiteral("advantage"))->id;
    for (int e = 0; e < 4; ++e) {
        Rater r;
        r.key = QStringLiteral("expert-%1").arg(e);
        r.name = QStringLiteral("专家%1").arg(e);
        r.organisation = QStringLiteral("某研究院");
        r.field = QStringLiteral("机关事务管理");
        r.experienceYears = 8 + e;
        auto id = store.raters().add(r);
        ASSERT_OK(id);
        auto packet = store.panel().createPacket({*id, advantage, {zhejiang, shanxi}, 1, {}, true});
        ASSERT_OK(packet);
        ASSERT_OK(store.panel().importPacket(answered(*packet, 3.0 + e * 0.2, e != 3)));
    }
    auto content = reportContent(store, {zhejiang, shanxi}, {});
    ASSERT_OK(content);
    const QString html = contentHtml(*content);
    ASSERT_TRUE(html.contains(QStringLiteral("<h2>Expert panel</h2>")));
    EXPECT_TRUE(html.contains(QStringLiteral("专家0"))) << "the experts";
    EXPECT_TRUE(html.contains(QStringLiteral("机关事务管理")));
    EXPECT_TRUE(html.contains(QStringLiteral("Advantage triangle, round 1: 4 experts")));
    EXPECT_TRUE(html.contains(QStringLiteral("Stop rule (CV ≤ 0.25, W significant at 0.05)")));
    EXPECT_TRUE(html.contains(QStringLiteral("items whose CV is above 0.25")));
    EXPECT_TRUE(html.contains(QStringLiteral("breaks consistency most"))) << "the repair hint for the inconsistent expert";
    EXPECT_TRUE(html.contains(QStringLiteral("Left out (comparisons incomplete or CR above the limit): 专家3.")));
    EXPECT_TRUE(html.contains(QStringLiteral("<th>W</th>")));
}
