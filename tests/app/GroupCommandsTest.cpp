// Region groups on the command line: `groups`, group:KEY and group:NAME in
// --regions, group triangles and roll-ups in `summary`, and an unknown group
// refused with one line naming it.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include <QFile>
#include <QFileInfo>

using namespace triangle;
using namespace triangle::test;

namespace {
class GroupCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0); }

    ProcessResult run(const QStringList &arguments, const QString &locale = QStringLiteral("en_US.UTF-8"))
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments, locale);
    }

    ProcessResult figure(const QString &view, const QString &regions, const QString &out)
    {
        return run({QStringLiteral("figure"), QStringLiteral("--view"), view, QStringLiteral("--regions"), regions,
                    QStringLiteral("--stages"), QStringLiteral("advantage"), QStringLiteral("--lang"), QStringLiteral("en"),
                    QStringLiteral("-o"), m_home.filePath(out)});
    }

    QString read(const QString &name) const
    {
        QFile f(m_home.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(GroupCommandsTest, GroupsListsKeysNamesMembersAndSources)
{
    const ProcessResult check = run({QStringLiteral("check")});
    EXPECT_TRUE(check.out.contains(QStringLiteral("Schema version: %1").arg(latestSchemaVersion()))) << qPrintable(check.out);
    EXPECT_TRUE(check.out.contains(QStringLiteral("Region groups:  7"))) << qPrintable(check.out);

    const ProcessResult groups = run({QStringLiteral("groups")});
    EXPECT_EQ(groups.exitCode, 0) << qPrintable(groups.err);
    EXPECT_TRUE(groups.out.contains(QStringLiteral("group:yrd  长三角  Yangtze River Delta"))) << qPrintable(groups.out);
    EXPECT_TRUE(groups.out.contains(QStringLiteral("members (4): 310000 上海市, 320000 江苏省, 330000 浙江省, 340000 安徽省")))
        << qPrintable(groups.out);
    EXPECT_TRUE(groups.out.contains(QStringLiteral("《京津冀协同发展规划纲要》")));
    EXPECT_TRUE(groups.out.contains(QStringLiteral("group:yellow-river")));
    EXPECT_TRUE(groups.out.contains(QStringLiteral("mean of its assessed members")));
}

TEST_F(GroupCommandsTest, SummaryGivesGroupTrianglesAndRollUpsBesideOwnTriangles)
{
    const ProcessResult summary = run({QStringLiteral("summary")});
    EXPECT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    // The national level is not assessed; its roll-up comes from the three assessed provinces.
    EXPECT_TRUE(summary.out.contains(QStringLiteral("全国 China (national) (100000)"))) << qPrintable(summary.out);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("Advantage triangle, roll-up: "))) << qPrintable(summary.out);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("sub-regions: mean of 3 of 31 assessed, range "))) << qPrintable(summary.out);
    // 长三角: only Zhejiang is assessed, so its triangle is Zhejiang's, without a range.
    const qsizetype yrd = summary.out.indexOf(QStringLiteral("长三角 Yangtze River Delta (group:yrd)"));
    ASSERT_GE(yrd, 0) << qPrintable(summary.out);
    const QString yrdPart = summary.out.mid(yrd, summary.out.indexOf(QStringLiteral("group:jjj")) - yrd);
    EXPECT_TRUE(yrdPart.contains(QStringLiteral("8.0 / 5.8 / 6.3; area 57.7"))) << qPrintable(yrdPart);
    EXPECT_TRUE(yrdPart.contains(QStringLiteral("members: mean of 1 of 4 assessed\n"))) << qPrintable(yrdPart);
    // Neither stands for its members (issue 21 §10), and the national roll-up
    // at the advantage stage is even though each province is led by another dimension.
    EXPECT_TRUE(yrdPart.contains(QStringLiteral("warning: Only 1 of 4 members are assessed: it does not represent the other 3.")))
        << qPrintable(yrdPart);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("sub-regions: mean of 3 of 31 assessed, range 5.7–8.0 / 5.6–8.5 / 6.0–8.5\n"
                                                    "      warning: Only 3 of 31 members are assessed: it does not represent the other 28.\n"
                                                    "      Its form, Balanced, high, is the aggregate triangle's: no assessed member has it.")))
        << qPrintable(summary.out);
    // 黄河流域: Shanxi and Sichuan, with their range.
    EXPECT_TRUE(summary.out.contains(QStringLiteral("members: mean of 2 of 9 assessed, range "))) << qPrintable(summary.out);
    // 京津冀: none of its members is assessed.
    EXPECT_TRUE(summary.out.contains(QStringLiteral("no member assessed (3 member"))) << qPrintable(summary.out);
}

TEST_F(GroupCommandsTest, CompareDrawsAGroupAsOneTriangleWithItsMembersRange)
{
    // By key and by Chinese name, beside a region.
    const ProcessResult svg = figure(QStringLiteral("compare"), QStringLiteral("330000,group:黄河流域"), QStringLiteral("groups.svg"));
    ASSERT_EQ(svg.exitCode, 0) << qPrintable(svg.err);
    const QString drawn = read(QStringLiteral("groups.svg"));
    EXPECT_TRUE(drawn.contains(QStringLiteral("Yellow River Basin"))) << "the group is one series";
    EXPECT_TRUE(drawn.contains(QStringLiteral("Members&apos;")) || drawn.contains(QStringLiteral("Members'")))
        << "the band's key names the members' range";
    EXPECT_FALSE(drawn.contains(QStringLiteral("Shanxi"))) << "members are not drawn one by one";

    const ProcessResult web = figure(QStringLiteral("compare"), QStringLiteral("group:yellow-river"), QStringLiteral("groups.echarts.json"));
    ASSERT_EQ(web.exitCode, 0) << qPrintable(web.err);
    const QString option = read(QStringLiteral("groups.echarts.json"));
    EXPECT_TRUE(option.contains(QStringLiteral("Yellow River Basin (mean of 2/9)"))) << qPrintable(option.left(2000));
    EXPECT_TRUE(option.contains(QStringLiteral("Members' range")));

    // The evolution view draws the group's aggregate at each stage; the balance map its members.
    EXPECT_EQ(figure(QStringLiteral("evolution"), QStringLiteral("group:Yellow River Basin"), QStringLiteral("evolution.png")).exitCode, 0);
    const ProcessResult balance = figure(QStringLiteral("balance"), QStringLiteral("group:yellow-river"), QStringLiteral("balance.svg"));
    ASSERT_EQ(balance.exitCode, 0) << qPrintable(balance.err);
    EXPECT_TRUE(read(QStringLiteral("balance.svg")).contains(QStringLiteral("Shanxi")));
}

TEST_F(GroupCommandsTest, AnUnknownGroupFailsWithOneLineNamingIt)
{
    const ProcessResult compare = figure(QStringLiteral("compare"), QStringLiteral("330000,group:nowhere"), QStringLiteral("x.png"));
    EXPECT_EQ(compare.exitCode, 1);
    EXPECT_TRUE(compare.err.contains(QStringLiteral("unknown region group “nowhere”"))) << qPrintable(compare.err);
    EXPECT_EQ(compare.err.count(QLatin1Char('\n')), 1) << qPrintable(compare.err);
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("x.png"))));

    const ProcessResult report = run({QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("group:长三"),
                                      QStringLiteral("-o"), m_home.filePath(QStringLiteral("r.pdf"))});
    EXPECT_EQ(report.exitCode, 1);
    EXPECT_TRUE(report.err.contains(QStringLiteral("长三"))) << qPrintable(report.err);
}

TEST_F(GroupCommandsTest, CommandsThatWorkRegionByRegionTakeAGroupsMembers)
{
    const ProcessResult findings = run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("group:chengyu")});
    EXPECT_EQ(findings.exitCode, 0) << qPrintable(findings.err);
    EXPECT_TRUE(findings.out.contains(QStringLiteral("Sichuan"))) << qPrintable(findings.out);
}
