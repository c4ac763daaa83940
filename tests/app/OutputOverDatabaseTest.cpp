// No command writes its output over the database it reads, whatever the
// output is called: the database's own name (with an output's extension), a
// symbolic or hard link to it, or a link to where its -wal goes.

#include "support/CliRunner.h"
#include "support/FileChecks.h"

#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace triangle;
using namespace triangle::test;

namespace {
class OutputOverDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0); }

    ProcessResult run(const QStringList &arguments) { return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments); }
    QString work(const QString &name) const { return m_work.filePath(name); }

    // The default data copied to `name` in the work folder.
    QString database(const QString &name)
    {
        const QString path = work(name);
        EXPECT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
        EXPECT_TRUE(QFile::copy(m_home.filePath(QStringLiteral("data/TriangleStudio/triangle-studio/default.tsdb")), path));
        return path;
    }

    // Runs `arguments` on `db`; it must fail naming `named`, and leave `db` as it was.
    void expectRefused(const QString &db, const QStringList &arguments, const QString &named)
    {
        const QByteArray before = fileHash(db);
        ASSERT_FALSE(before.isEmpty());
        const ProcessResult r = run(arguments + QStringList{QStringLiteral("--db"), db});
        EXPECT_EQ(r.exitCode, 1) << qPrintable(arguments.join(QLatin1Char(' '))) << "\n" << qPrintable(r.out);
        EXPECT_TRUE(r.err.contains(QStringLiteral("open database"))) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(named)) << qPrintable(r.err);
        EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << qPrintable(r.err);
        EXPECT_FALSE(r.out.contains(QStringLiteral("Wrote"))) << qPrintable(r.out);
        EXPECT_EQ(fileHash(db), before) << qPrintable(db);
    }

    QTemporaryDir m_home;
    QTemporaryDir m_work;
};

const QString Zhejiang = QStringLiteral("330000");
} // namespace

TEST_F(OutputOverDatabaseTest, ADatabaseNamedLikeTheOutputIsNotWrittenOver)
{
    const QString o = QStringLiteral("-o");
    const QString regions = QStringLiteral("--regions");
    const QList<std::pair<QString, QStringList>> cases = {
        {QStringLiteral("study.json"), {QStringLiteral("export")}},
        {QStringLiteral("study.xlsx"), {QStringLiteral("export")}},
        {QStringLiteral("study.png"), {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), regions, Zhejiang}},
        {QStringLiteral("study.svg"), {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("compare"), regions, Zhejiang}},
        {QStringLiteral("study.pdf"), {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("timeline"), regions, Zhejiang}},
        {QStringLiteral("study.html"), {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), regions, Zhejiang}},
        {QStringLiteral("report.pdf"), {QStringLiteral("report"), regions, Zhejiang}},
        {QStringLiteral("report.odt"), {QStringLiteral("report"), regions, Zhejiang}},
        {QStringLiteral("report.docx"), {QStringLiteral("report"), regions, Zhejiang}},
        {QStringLiteral("study.csv"), {QStringLiteral("sensitivity"), regions, Zhejiang, QStringLiteral("--stage"), QStringLiteral("advantage")}},
        {QStringLiteral("study.json"), {QStringLiteral("findings"), regions, Zhejiang}},
    };
    for (const auto &[name, arguments] : cases) {
        const QString db = database(name);
        expectRefused(db, arguments + QStringList{o, db}, name);
        QFile::remove(db);
    }
}

TEST_F(OutputOverDatabaseTest, AFigurePerRegionIsNotWrittenOverTheDatabase)
{
    const QString db = database(QStringLiteral("figures/330000-evolution.svg"));
    expectRefused(db,
                  {QStringLiteral("figure"), QStringLiteral("--view"), QStringLiteral("evolution"), QStringLiteral("--each-region"),
                   QStringLiteral("--regions"), Zhejiang, QStringLiteral("-o"), work(QStringLiteral("figures/{code}-{view}.svg"))},
                  QStringLiteral("330000-evolution.svg"));
}

TEST_F(OutputOverDatabaseTest, ACsvFolderIsNotWrittenOverADatabaseInIt)
{
    const QString db = database(QStringLiteral("tables/regions.csv"));
    expectRefused(db, {QStringLiteral("export"), QStringLiteral("-o"), work(QStringLiteral("tables.csv"))}, QStringLiteral("regions.csv"));
}

TEST_F(OutputOverDatabaseTest, ALinkToTheDatabaseOrItsLogIsNotWrittenThrough)
{
    const QString db = database(QStringLiteral("F.tsdb"));
    const QString link = work(QStringLiteral("link.json"));
    ASSERT_TRUE(QFile::link(db, link));
    expectRefused(db, {QStringLiteral("export"), QStringLiteral("-o"), link}, QStringLiteral("link.json"));

    const QString hard = work(QStringLiteral("hard.pdf"));
    ASSERT_EQ(::link(QFile::encodeName(db).constData(), QFile::encodeName(hard).constData()), 0);
    expectRefused(db, {QStringLiteral("report"), QStringLiteral("--regions"), Zhejiang, QStringLiteral("-o"), hard}, QStringLiteral("hard.pdf"));

    // Where SQLite keeps the log: JSON there would be taken for one.
    const QString log = work(QStringLiteral("log.json"));
    ASSERT_TRUE(QFile::link(db + QStringLiteral("-wal"), log));
    expectRefused(db, {QStringLiteral("export"), QStringLiteral("-o"), log}, QStringLiteral("log.json"));
    EXPECT_FALSE(QFile::exists(db + QStringLiteral("-wal")));
}
