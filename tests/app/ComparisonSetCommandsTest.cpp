// Comparison sets on the command line: imported with the data, listed by
// `groups`, named as set:KEY or set:NAME in --regions (standing for their
// members in the set's order), and an unknown set refused with one line
// naming it.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include <QFile>

using namespace triangle;
using namespace triangle::test;

namespace {
class ComparisonSetCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
        // Sichuan before Zhejiang before Shanxi: not the codes' order.
        const QString file = m_home.filePath(QStringLiteral("sets.json"));
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"json({"format": "triangle-studio", "version": 4,
            "comparison_sets": [{"key": "三个案例", "name": "三个案例", "note": "the article's cases",
                                 "members": ["510000", "330000", "140000"]}]})json");
        f.close();
        const ProcessResult imported = run({QStringLiteral("import"), file});
        ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
        ASSERT_TRUE(imported.out.contains(QStringLiteral("1 comparison set"))) << qPrintable(imported.out);
        ASSERT_TRUE(run({QStringLiteral("check")}).out.contains(QStringLiteral("Comparison sets: 1")));
    }

    ProcessResult run(const QStringList &arguments, const QString &locale = QStringLiteral("en_US.UTF-8"))
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments, locale);
    }

    QString read(const QString &name) const
    {
        QFile f(m_home.filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(ComparisonSetCommandsTest, GroupsListsTheSetsWithTheirMembersInOrder)
{
    const ProcessResult groups = run({QStringLiteral("groups")});
    EXPECT_EQ(groups.exitCode, 0) << qPrintable(groups.err);
    EXPECT_TRUE(groups.out.contains(QStringLiteral("set:三个案例  三个案例"))) << qPrintable(groups.out);
    EXPECT_TRUE(groups.out.contains(QStringLiteral("members (3): 510000 四川省, 330000 浙江省, 140000 山西省")))
        << qPrintable(groups.out);
}

TEST_F(ComparisonSetCommandsTest, RegionsTakeASetInItsOrder)
{
    const ProcessResult web = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"),
                                   QStringLiteral("--regions"), QStringLiteral("set:三个案例"), QStringLiteral("--stages"),
                                   QStringLiteral("advantage"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"),
                                   m_home.filePath(QStringLiteral("set.echarts.json"))});
    ASSERT_EQ(web.exitCode, 0) << qPrintable(web.err);
    const QString option = read(QStringLiteral("set.echarts.json"));
    const qsizetype sichuan = option.indexOf(QStringLiteral("Sichuan"));
    const qsizetype zhejiang = option.indexOf(QStringLiteral("Zhejiang"));
    const qsizetype shanxi = option.indexOf(QStringLiteral("Shanxi"));
    ASSERT_GE(sichuan, 0) << qPrintable(option.left(2000));
    EXPECT_LT(sichuan, zhejiang) << qPrintable(option.left(2000));
    EXPECT_LT(zhejiang, shanxi) << qPrintable(option.left(2000));

    // Commands that work region by region take its members too, by the set's name.
    const ProcessResult findings = run({QStringLiteral("findings"), QStringLiteral("--regions"), QStringLiteral("set:三个案例")});
    EXPECT_EQ(findings.exitCode, 0) << qPrintable(findings.err);
    EXPECT_TRUE(findings.out.contains(QStringLiteral("Sichuan"))) << qPrintable(findings.out);
    EXPECT_FALSE(findings.out.contains(QStringLiteral("Guangdong"))) << qPrintable(findings.out);
}

TEST_F(ComparisonSetCommandsTest, AnUnknownSetFailsWithOneLineNamingIt)
{
    const ProcessResult compare = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"),
                                       QStringLiteral("--regions"), QStringLiteral("330000,set:nowhere"), QStringLiteral("-o"),
                                       m_home.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(compare.exitCode, 1);
    EXPECT_TRUE(compare.err.contains(QStringLiteral("unknown comparison set “nowhere”"))) << qPrintable(compare.err);
    EXPECT_EQ(compare.err.count(QLatin1Char('\n')), 1) << qPrintable(compare.err);
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("x.png"))));

    const ProcessResult report = run({QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("set:三个"),
                                      QStringLiteral("-o"), m_home.filePath(QStringLiteral("r.pdf"))});
    EXPECT_EQ(report.exitCode, 1);
    EXPECT_TRUE(report.err.contains(QStringLiteral("三个"))) << qPrintable(report.err);
}
