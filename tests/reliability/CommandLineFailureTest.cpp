// The command line when things go wrong: a mistyped command or option is a
// usage error that names the nearest right one; a read-only folder is not
// called damage; a command that fails or only reads leaves nothing new
// behind; an import whose log cannot be emptied says which file to keep.

#include "support/FullDisk.h"
#include "support/CliRunner.h"
#include "support/FileChecks.h"
#include "support/TestData.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>


using namespace triangle;
using namespace triangle::test;

namespace {
class CommandLineFailureTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // One database with the default data, made through the command line.
        ASSERT_EQ(run({QStringLiteral("check")}).exitCode, 0);
        ASSERT_TRUE(QFile::copy(defaultDatabase(), database()));
    }

    ProcessResult run(const QStringList &arguments) { return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments); }
    QString defaultDatabase() const { return m_home.filePath(QStringLiteral("data/TriangleStudio/triangle-studio/default.tsdb")); }
    QString database() const { return m_work.filePath(QStringLiteral("F.tsdb")); }
    QString work(const QString &name) const { return m_work.filePath(name); }

    // A data file of one milestone of Zhejiang's, `uid`.
    QString writeMilestoneInput(const QString &uid)
    {
        const QString input = work(QStringLiteral("more.json"));
        QFile f(input);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"format": "triangle-studio", "milestones": [{"uid": "%1", "region": "330000", "date": "2019", "title_zh": "x", "dimensions": ["operational"]}]})")
                    .arg(uid)
                    .toUtf8());
        return input;
    }

    // The command run on a drive that fails `fails` ("reads", "writes" or
    // "database-writes") for the database `file`: tests/reliability/io/FailingDisk,
    // preloaded into the executable.
    ProcessResult runOnFailingDisk(const QStringList &arguments, const QString &file, const QString &fails)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(TRIANGLE_FAILING_DISK_MODULE));
        env.insert(QStringLiteral("TRIANGLE_FAILING_DISK"), file);
        env.insert(QStringLiteral("TRIANGLE_FAILING_DISK_FAILS"), fails);
        // A sanitizer build wants its runtime first of the libraries loaded.
        const QString asan = QProcessEnvironment::systemEnvironment().value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral(":verify_asan_link_order=0"));
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments, QStringLiteral("en_US.UTF-8"), env);
    }

    QTemporaryDir m_home;
    QTemporaryDir m_work;
};

void expectOneLineUsageError(const ProcessResult &r, const QStringList &named)
{
    EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err) << qPrintable(r.out);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
    for (const QString &word : named)
        EXPECT_TRUE(r.err.contains(word)) << qPrintable(word) << " not in: " << qPrintable(r.err);
}
} // namespace

// The example of issue #13: this printed the summary and exited 0.
TEST_F(CommandLineFailureTest, AMistypedCommandIsAUsageErrorNamingTheNearestCommand)
{
    const QString svg = work(QStringLiteral("x.svg"));
    const QStringList rest{QStringLiteral("--regions"), QStringLiteral("330000"), QStringLiteral("-o"), svg};
    expectOneLineUsageError(run(QStringList{QStringLiteral("figrue"), QStringLiteral("--db"), database()} + rest),
                            {QStringLiteral("“figrue”"), QStringLiteral("“figure”")});
    expectOneLineUsageError(run(QStringList{QStringLiteral("--db"), database(), QStringLiteral("figrue")} + rest),
                            {QStringLiteral("“figrue”"), QStringLiteral("“figure”")});
    expectOneLineUsageError(run(QStringList{QStringLiteral("figrue")} + rest), {QStringLiteral("“figrue”"), QStringLiteral("“figure”")});
    expectOneLineUsageError(run({QStringLiteral("sumary")}), {QStringLiteral("“sumary”"), QStringLiteral("“summary”")});
    expectOneLineUsageError(run({QStringLiteral("exprot"), QStringLiteral("-o"), work(QStringLiteral("x.json"))}),
                            {QStringLiteral("“export”")});
    expectOneLineUsageError(run({QStringLiteral("help"), QStringLiteral("chek")}), {QStringLiteral("“chek”"), QStringLiteral("“check”")});
    EXPECT_FALSE(QFile::exists(svg));
    EXPECT_FALSE(QFile::exists(work(QStringLiteral("x.json"))));
}

TEST_F(CommandLineFailureTest, AnOptionTheCommandDoesNotTakeIsAUsageErrorNamingTheNearestOption)
{
    expectOneLineUsageError(run({QStringLiteral("check"), QStringLiteral("--dbb"), database()}),
                            {QStringLiteral("“--dbb”"), QStringLiteral("“--db”")});
    expectOneLineUsageError(run({QStringLiteral("figure"), QStringLiteral("--veiw"), QStringLiteral("compare")}),
                            {QStringLiteral("“--veiw”"), QStringLiteral("“--view”")});
    // --regions belongs to other commands, not to check.
    expectOneLineUsageError(run({QStringLiteral("check"), QStringLiteral("--regions"), QStringLiteral("330000")}),
                            {QStringLiteral("“--regions”")});
    // The desktop application takes only --db and a file.
    expectOneLineUsageError(run({QStringLiteral("--bogus")}), {QStringLiteral("“--bogus”")});
    expectOneLineUsageError(run({QStringLiteral("--db"), database(), QStringLiteral("--regions"), QStringLiteral("330000")}),
                            {QStringLiteral("“--regions”")});
}

TEST_F(CommandLineFailureTest, AFileNamedWhereACommandWouldBeIsADatabaseForTheApplication)
{
    // No display: the application checks and summarises the file it was given.
    const ProcessResult existing = run({database()});
    EXPECT_EQ(existing.exitCode, 0) << qPrintable(existing.err);
    EXPECT_TRUE(existing.out.contains(QStringLiteral("No display found")));
    EXPECT_TRUE(existing.out.contains(QStringLiteral("Regions:        32"))) << qPrintable(existing.out);

    // A .tsdb name that does not exist yet is a database too, not a command.
    const ProcessResult missing = run({work(QStringLiteral("new.tsdb"))});
    EXPECT_EQ(missing.exitCode, 1) << qPrintable(missing.err);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << qPrintable(missing.err);

    // An existing file of any name, too (here: one that is no database).
    const QString notes = work(QStringLiteral("notes"));
    QFile f(notes);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();
    const ProcessResult text = run({notes});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_TRUE(text.err.contains(QStringLiteral("not a SQLite database"))) << qPrintable(text.err);
}

TEST_F(CommandLineFailureTest, CheckInAReadOnlyPathSaysSoAndLeavesTheFileAlone)
{
    QDir(m_work.path()).mkdir(QStringLiteral("locked"));
    const QString file = work(QStringLiteral("locked/F.tsdb"));
    ASSERT_TRUE(QFile::copy(database(), file));
    const QByteArray before = fileHash(file);
    ReadOnlyPath folder(QFileInfo(file).absolutePath());
    if (!folder.ok())
        GTEST_SKIP() << "cannot make a folder read-only for this user here";

    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    folder.release();
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_EQ(check.err.count(QLatin1Char('\n')), 1) << qPrintable(check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("F.tsdb")));
    EXPECT_TRUE(check.err.contains(QStringLiteral("folder is read-only"))) << qPrintable(check.err);
    EXPECT_FALSE(check.err.contains(QStringLiteral("damaged"))) << qPrintable(check.err);
    EXPECT_EQ(fileHash(file), before);
}

TEST_F(CommandLineFailureTest, CommandsThatOnlyReadLeaveNoWalOrShmBehind)
{
    const QByteArray before = fileHash(database());
    const QStringList entries = folderListing(m_work.path());
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--db"), database()}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("summary"), QStringLiteral("--db"), database()}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("findings"), QStringLiteral("--db"), database()}).exitCode, 0);
    EXPECT_EQ(folderListing(m_work.path()), entries);
    // A failed read (an unknown region) leaves nothing either.
    EXPECT_EQ(run({QStringLiteral("findings"), QStringLiteral("--db"), database(), QStringLiteral("--regions"), QStringLiteral("999999")}).exitCode, 1);
    EXPECT_EQ(folderListing(m_work.path()), entries);
    EXPECT_EQ(fileHash(database()), before);
}

TEST_F(CommandLineFailureTest, AFailedImportIntoANewDatabaseLeavesNoFileAndNoFolder)
{
    // Valid as a file, refused by the importer: the region is not in the database.
    const QString input = work(QStringLiteral("bad.json"));
    QFile f(input);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "triangle-studio", "milestones": [{"uid": "m1", "region": "999999", "date": "2019", "title_zh": "x", "dimensions": ["operational"]}]})");
    f.close();
    const QStringList entries = folderListing(m_work.path());
    const ProcessResult imported = run({QStringLiteral("import"), QStringLiteral("--db"), work(QStringLiteral("new/deeper/x.tsdb")), input});
    EXPECT_EQ(imported.exitCode, 1) << qPrintable(imported.out);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("999999"))) << qPrintable(imported.err);
    EXPECT_EQ(folderListing(m_work.path()), entries);
}

// A pipe is never opened (that would wait for a writer forever): it is
// refused, named, whether given itself or found in a CSV folder; so is a
// device (/dev/zero, through a link named like a data file); nothing is imported.
TEST_F(CommandLineFailureTest, AnImportOfAPipeRefusesItWithoutWaiting)
{
    const QString pipe = work(QStringLiteral("data.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    ASSERT_TRUE(QDir().mkpath(work(QStringLiteral("tables"))));
    const QString tablePipe = work(QStringLiteral("tables/regions.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(tablePipe).constData(), 0600), 0);
    const QByteArray before = fileHash(database());
    const QString zero = work(QStringLiteral("zero.json"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), zero));
    for (const auto &[input, named] : {std::pair{pipe, QStringLiteral("data.json")}, std::pair{work(QStringLiteral("tables")), QStringLiteral("regions.csv")},
                                       std::pair{zero, QStringLiteral("zero.json")}}) {
        const ProcessResult imported = run({QStringLiteral("import"), QStringLiteral("--db"), database(), input});
        EXPECT_EQ(imported.exitCode, 1) << qPrintable(imported.out);
        EXPECT_TRUE(imported.err.contains(named)) << qPrintable(imported.err);
        EXPECT_TRUE(imported.err.contains(QStringLiteral("not a regular file"))) << qPrintable(imported.err);
    }
    EXPECT_EQ(fileHash(database()), before);
}

// A figure per region that fails takes back the folders it made and left
// empty. Here Shanxi's file cannot be written (a folder holds its place), and
// the folder made for Zhejiang's stays empty.
TEST_F(CommandLineFailureTest, AFailedFigurePerRegionLeavesNoFolderItMade)
{
    ASSERT_TRUE(QDir().mkpath(work(QStringLiteral("figures/140000/figure.svg"))));
    const QStringList entries = folderListing(m_work.path());
    const ProcessResult r = run({QStringLiteral("figure"), QStringLiteral("--db"), database(), QStringLiteral("--view"),
                                 QStringLiteral("evolution"), QStringLiteral("--each-region"), QStringLiteral("--regions"),
                                 QStringLiteral("140000,330000"), QStringLiteral("-o"), work(QStringLiteral("figures/{code}/figure.svg"))});
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.out);
    EXPECT_TRUE(r.err.contains(QStringLiteral("140000"))) << qPrintable(r.err);
    EXPECT_EQ(folderListing(m_work.path()), entries);
}

// A file name that is not UTF-8 (byte 0xFF) cannot reach the program intact
// (Qt reads arguments as UTF-8): the command says so rather than that an
// existing file does not exist. The name is made and passed by the shell.
TEST_F(CommandLineFailureTest, AFileNameThatIsNotUtf8IsSaidToBeSo)
{
    const QByteArray named = QFile::encodeName(work(QStringLiteral("a"))) + "\xff.tsdb";
    ASSERT_EQ(::rename(QFile::encodeName(database()).constData(), named.constData()), 0);
    const ProcessResult r = runTriangleStudio(QStringLiteral("/bin/sh"), m_home.path(),
                                              {QStringLiteral("-c"), QStringLiteral("exec \"$0\" check --db \"$1$(printf '\\377').tsdb\""),
                                               QStringLiteral(TRIANGLE_EXECUTABLE), work(QStringLiteral("a"))});
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.out);
    EXPECT_EQ(r.err.trimmed().count(QLatin1Char('\n')), 0) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not valid UTF-8"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("0xFF"))) << qPrintable(r.err);
    EXPECT_FALSE(r.err.contains(QStringLiteral("does not exist"))) << qPrintable(r.err);
}

// An output named by a pipe is refused, and the pipe left as it was: it is
// never replaced by a regular file (as root, QSaveFile would rename over a
// device such as /dev/zero the same way).
TEST_F(CommandLineFailureTest, AnOutputThatIsAPipeIsRefusedNotReplaced)
{
    const QString pipe = work(QStringLiteral("out.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const ProcessResult r = run({QStringLiteral("sensitivity"), QStringLiteral("--db"), database(), QStringLiteral("--regions"),
                                 QStringLiteral("330000"), QStringLiteral("--stage"), QStringLiteral("advantage"), QStringLiteral("-o"), pipe});
    EXPECT_EQ(r.exitCode, 1) << qPrintable(r.out);
    EXPECT_TRUE(r.err.contains(QStringLiteral("out.csv"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a regular file"))) << qPrintable(r.err);
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(pipe).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST_F(CommandLineFailureTest, AnImportEndsWithTheLogEmptiedOrSaysWhichFileToKeep)
{
    const QString input = writeMilestoneInput(QStringLiteral("alone"));
    const ProcessResult alone = run({QStringLiteral("import"), QStringLiteral("--db"), database(), input});
    EXPECT_EQ(alone.exitCode, 0) << qPrintable(alone.err);
    EXPECT_TRUE(alone.err.isEmpty()) << qPrintable(alone.err);
    EXPECT_FALSE(QFile::exists(database() + QStringLiteral("-wal")));

    // Another program in the middle of a read: the log cannot be emptied.
    const QString name = QStringLiteral("reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(database());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM regions")) && q.next());
        writeMilestoneInput(QStringLiteral("while-reading"));
        const ProcessResult blocked = run({QStringLiteral("import"), QStringLiteral("--db"), database(), input});
        EXPECT_EQ(blocked.exitCode, 0) << qPrintable(blocked.err);
        EXPECT_TRUE(blocked.out.contains(QStringLiteral("Imported into"))) << qPrintable(blocked.out);
        EXPECT_EQ(blocked.err.count(QLatin1Char('\n')), 1) << qPrintable(blocked.err);
        EXPECT_TRUE(blocked.err.contains(QStringLiteral("Everything is saved"))) << qPrintable(blocked.err);
        EXPECT_TRUE(blocked.err.contains(QStringLiteral("F.tsdb-wal"))) << qPrintable(blocked.err);
        EXPECT_GT(QFileInfo(database() + QStringLiteral("-wal")).size(), 0);
        q.finish();
        q.exec(QStringLiteral("COMMIT"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), database()});
    EXPECT_TRUE(check.out.contains(QStringLiteral("Milestones:     %1").arg(shippedMilestones() + 2))) << qPrintable(check.out);
}

// A drive that fails: each command says "input/output error", never "damaged",
// and what was stored before is all there once the drive is sound.
TEST_F(CommandLineFailureTest, CheckOnADriveThatFailsToReadSaysInputOutputErrorNotDamaged)
{
    const QByteArray before = fileHash(database());
    const ProcessResult check = runOnFailingDisk({QStringLiteral("check"), QStringLiteral("--db"), database()}, database(),
                                                 QStringLiteral("reads"));
    EXPECT_EQ(check.exitCode, 1) << qPrintable(check.out);
    EXPECT_EQ(check.err.count(QLatin1Char('\n')), 1) << qPrintable(check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("F.tsdb"))) << qPrintable(check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("input/output error"))) << qPrintable(check.err);
    EXPECT_FALSE(check.err.contains(QStringLiteral("damaged"))) << qPrintable(check.err);
    EXPECT_EQ(fileHash(database()), before);
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--db"), database()}).exitCode, 0);
}

TEST_F(CommandLineFailureTest, AnImportOnADriveThatFailsToWriteImportsNothing)
{
    const QString counts = run({QStringLiteral("check"), QStringLiteral("--db"), database()}).out;
    const QString input = writeMilestoneInput(QStringLiteral("on-a-failing-drive"));
    const ProcessResult imported =
        runOnFailingDisk({QStringLiteral("import"), QStringLiteral("--db"), database(), input}, database(), QStringLiteral("writes"));
    EXPECT_EQ(imported.exitCode, 1) << qPrintable(imported.out);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("input/output error"))) << qPrintable(imported.err);
    EXPECT_FALSE(imported.err.contains(QStringLiteral("damaged"))) << qPrintable(imported.err);
    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), database()});
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    EXPECT_EQ(check.out, counts) << "the import left something";
}

// The import is committed to the log; only moving it into the database fails.
TEST_F(CommandLineFailureTest, AnImportWhoseLogCannotBeWrittenIntoTheDatabaseSaysWhichFileToKeep)
{
    const QString input = writeMilestoneInput(QStringLiteral("kept-in-the-log"));
    const ProcessResult imported = runOnFailingDisk({QStringLiteral("import"), QStringLiteral("--db"), database(), input},
                                                    database(), QStringLiteral("database-writes"));
    EXPECT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported into"))) << qPrintable(imported.out);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("Everything is saved"))) << qPrintable(imported.err);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("F.tsdb-wal"))) << qPrintable(imported.err);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("input/output error"))) << qPrintable(imported.err);
    EXPECT_GT(QFileInfo(database() + QStringLiteral("-wal")).size(), 0);
    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), database()});
    EXPECT_TRUE(check.out.contains(QStringLiteral("Milestones:     %1").arg(shippedMilestones() + 1))) << qPrintable(check.out);
}

// The example of issue #13: `check` on a full disk said the file was damaged.
// SQLite says "disk I/O error" there (it cannot make the -shm file); the
// command says the disk is full.
TEST_F(CommandLineFailureTest, CheckOnAFullDiskSaysTheDiskIsFull)
{
    FullDisk disk;
    if (!disk.ok())
        GTEST_SKIP() << "mounting a small file system (a tmpfs) needs root here";
    const QString file = disk.filePath(QStringLiteral("F.tsdb"));
    ASSERT_TRUE(QFile::copy(database(), file));
    ASSERT_TRUE(disk.fill());
    const QStringList entries = folderListing(disk.filePath(QStringLiteral(".")));
    const ProcessResult check = run({QStringLiteral("check"), QStringLiteral("--db"), file});
    // Nothing left beside it: before, an empty -wal and a 3-byte -shm.
    EXPECT_EQ(folderListing(disk.filePath(QStringLiteral("."))), entries);
    EXPECT_EQ(check.exitCode, 1) << qPrintable(check.out);
    EXPECT_EQ(check.err.count(QLatin1Char('\n')), 1) << qPrintable(check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("F.tsdb"))) << qPrintable(check.err);
    EXPECT_TRUE(check.err.contains(QStringLiteral("disk holding it is full"))) << qPrintable(check.err);
    EXPECT_FALSE(check.err.contains(QStringLiteral("damaged"))) << qPrintable(check.err);
    EXPECT_FALSE(check.err.contains(QStringLiteral("input/output"))) << qPrintable(check.err);
    disk.makeRoom();
    EXPECT_EQ(run({QStringLiteral("check"), QStringLiteral("--db"), file}).exitCode, 0);
}
