// Runs the real triangle-studio executable with a private home folder and
// checks what it prints and how it exits.

#include "support/TestData.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace triangle;

namespace {
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CommandLineTest : public ::testing::Test
{
protected:
    ProcessResult run(const QStringList &arguments, const QString &locale = QStringLiteral("en_US.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANG"), locale);
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        // As on a server or in CI: no display at all.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TRIANGLE_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString defaultDatabase() const
    {
        return m_home.filePath(QStringLiteral("data/TriangleStudio/triangle-studio/default.tsdb"));
    }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(CommandLineTest, VersionAndHelp)
{
    const ProcessResult version = run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("triangle-studio "))) << qPrintable(version.out);

    const ProcessResult help = run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("check"))) << qPrintable(help.out);
    EXPECT_TRUE(help.out.contains(QStringLiteral("summary")));

    const ProcessResult helpCheck = run({QStringLiteral("help"), QStringLiteral("check")});
    EXPECT_EQ(helpCheck.exitCode, 0);
    EXPECT_TRUE(helpCheck.out.contains(QStringLiteral("--db")));

    const ProcessResult helpUnknown = run({QStringLiteral("help"), QStringLiteral("nothing")});
    EXPECT_EQ(helpUnknown.exitCode, 2);
    EXPECT_TRUE(helpUnknown.err.contains(QStringLiteral("nothing")));
}

TEST_F(CommandLineTest, CheckCreatesAndSeedsTheDefaultDatabase)
{
    ASSERT_FALSE(QFile::exists(defaultDatabase()));
    const ProcessResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    EXPECT_TRUE(QFile::exists(defaultDatabase()));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Created the default database")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Schema version: 1")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Integrity:      ok")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Regions:        32")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Assessments:    9")));

    const ProcessResult again = run({QStringLiteral("check")});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_FALSE(again.out.contains(QStringLiteral("Created")));
}

TEST_F(CommandLineTest, CheckOfABadFileFailsWithOneClearLine)
{
    const QString text = m_home.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();

    const ProcessResult notDb = run({QStringLiteral("check"), QStringLiteral("--db"), text});
    EXPECT_EQ(notDb.exitCode, 1);
    EXPECT_EQ(notDb.err.count(QLatin1Char('\n')), 1) << qPrintable(notDb.err);
    EXPECT_TRUE(notDb.err.contains(QStringLiteral("notes.txt")));
    EXPECT_TRUE(notDb.err.contains(QStringLiteral("not a SQLite database")));

    const ProcessResult missing = run({QStringLiteral("check"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("none.tsdb"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("none.tsdb")))); // --db never creates
}

TEST_F(CommandLineTest, UsageErrorsExitWithTwo)
{
    const ProcessResult bogus = run({QStringLiteral("check"), QStringLiteral("--bogus")});
    EXPECT_EQ(bogus.exitCode, 2);
    EXPECT_TRUE(bogus.err.contains(QStringLiteral("bogus")));
}

TEST_F(CommandLineTest, SummaryListsTheArticlesCases)
{
    ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
    const ProcessResult summary = run({QStringLiteral("summary"), QStringLiteral("--db"), defaultDatabase()});
    EXPECT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("浙江省 Zhejiang (330000)")));
    EXPECT_TRUE(summary.out.contains(QStringLiteral("Advantage-led by Political")));
    EXPECT_TRUE(summary.out.contains(QStringLiteral("Advantage-led by Operational")));
}

TEST_F(CommandLineTest, WithoutADisplayTheAppSaysSoAndChecks)
{
    const ProcessResult app = run({});
    EXPECT_EQ(app.exitCode, 0) << qPrintable(app.err);
    EXPECT_TRUE(app.out.contains(QStringLiteral("No display found")));
    EXPECT_TRUE(app.out.contains(QStringLiteral("Regions:        32")));
    EXPECT_TRUE(app.out.contains(QStringLiteral("Advantage-led by Mission")));
}

TEST_F(CommandLineTest, SpeaksChineseInAChineseLocale)
{
    const ProcessResult summary = run({QStringLiteral("summary")}, QStringLiteral("zh_CN.UTF-8"));
    EXPECT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    EXPECT_TRUE(summary.out.contains(QStringLiteral("优势"))) << qPrintable(summary.out);
    EXPECT_FALSE(summary.out.contains(QStringLiteral("Advantage-led"))) << qPrintable(summary.out);
}
