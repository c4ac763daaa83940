// `triangle-studio figure --view traction`: the real executable, with a
// private home folder and no display, as a script would run it.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>

using namespace triangle;
using namespace triangle::test;

namespace {
class FigureCommandTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments);
    }
    ProcessResult figure(const QStringList &extra) { return run(QStringList{QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("traction")} + extra); }
    QString file(const char *name) const { return m_home.filePath(QLatin1StringView(name)); }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(FigureCommandTest, TractionWritesPngSvgAndPdf)
{
    const ProcessResult png = figure({QStringLiteral("--regions"), QStringLiteral("330000"), QStringLiteral("--dpi"), QStringLiteral("100"),
                                      QStringLiteral("--size"), QStringLiteral("6x4in"), QStringLiteral("-o"), file("zhejiang.png")});
    ASSERT_EQ(png.exitCode, 0) << qPrintable(png.err);
    EXPECT_TRUE(png.out.contains(QStringLiteral("zhejiang.png"))) << qPrintable(png.out);
    EXPECT_EQ(QImage(file("zhejiang.png")).size(), QSize(600, 400));

    const ProcessResult svg = figure({QStringLiteral("--regions"), QStringLiteral("140000,510000"), QStringLiteral("-o"), file("two.svg")});
    ASSERT_EQ(svg.exitCode, 0) << qPrintable(svg.err);
    QFile f(file("two.svg"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Shanxi: cumulative evidence")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sichuan: cumulative evidence"))); // the panels are narrow: the title wraps

    const ProcessResult pdf = figure({QStringLiteral("--regions"), QStringLiteral("510000"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                      QStringLiteral("-o"), file("sichuan.pdf")});
    ASSERT_EQ(pdf.exitCode, 0) << qPrintable(pdf.err);
    QFile p(file("sichuan.pdf"));
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_EQ(p.read(5), QByteArray("%PDF-"));
    EXPECT_GT(QFileInfo(file("sichuan.pdf")).size(), 1000);
}

TEST_F(FigureCommandTest, TractionRefusalsSayWhy)
{
    // A region without dated records of its own: exit 1, one line saying so.
    const ProcessResult none = figure({QStringLiteral("--regions"), QStringLiteral("110000"), QStringLiteral("-o"), file("beijing.png")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_EQ(none.err.count(QLatin1Char('\n')), 1) << qPrintable(none.err);
    EXPECT_FALSE(QFile::exists(file("beijing.png")));
    const ProcessResult unknown = figure({QStringLiteral("--regions"), QStringLiteral("999999"), QStringLiteral("-o"), file("x.png")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999999")));
    // The view is listed where the command describes itself and in a wrong --view's message.
    const ProcessResult help = run({QStringLiteral("figure"), QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("traction"))) << qPrintable(help.out);
    const ProcessResult wrong = run({QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("pie"), QStringLiteral("--regions"),
                                     QStringLiteral("330000"), QStringLiteral("-o"), file("x.png")});
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("traction"))) << qPrintable(wrong.err);
}
