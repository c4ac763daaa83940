// Crash trials: triangle-crash-driver imports a file and then makes a series
// of edits through the Editor, saying after each commit that it committed;
// it is killed with SIGKILL at a random moment. The database must then pass
// SQLite's quick_check and hold exactly the committed work: the state after
// the last edit reported as committed, or after the one in flight (which may
// have committed before its line was written), and nothing in between.
//
// TRIANGLE_CRASH_TRIALS (default 20) and TRIANGLE_CRASH_SEED (default: from
// the clock, printed) choose the trials; tests/reliability/run-crash-trials.sh
// runs many.

#include "crash/CrashScript.h"
#include "support/TestData.h"

#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataReader.h"
#include "widgets/editing/Editor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace triangle;
using namespace triangle::test;

namespace {
constexpr int Milestones = 800; // an import that takes a while
constexpr int Edits = 1000;

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// The digests of the states a trial may end in: before the import, after
// it, and after each edit, made by replaying the script on a copy. Asked in
// increasing order, it replays once.
class ExpectedStates
{
public:
    ExpectedStates(const QString &base, const QString &work, const QByteArray &importJson)
        : m_base(base), m_work(work), m_importJson(importJson)
    {
        restart();
        before = m_before;
    }

    QByteArray before;
    // After the import and `edits` edits.
    QByteArray after(int edits)
    {
        if (const auto known = m_digests.constFind(edits); known != m_digests.cend())
            return *known;
        if (edits < m_done)
            restart();
        while (m_done < edits) {
            EXPECT_FALSE(crash::makeEdit(*m_editor, m_done).isEmpty()) << "replaying edit " << m_done;
            ++m_done;
        }
        const QByteArray digest = crash::contentDigest(*m_store);
        m_digests.insert(edits, digest);
        return digest;
    }

private:
    void restart()
    {
        m_editor.reset();
        m_store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_work + suffix);
        EXPECT_TRUE(QFile::copy(m_base, m_work));
        auto opened = Store::open(m_work);
        EXPECT_TRUE(opened.ok());
        m_store = std::move(*opened);
        m_before = crash::contentDigest(*m_store);
        const JsonDataReader::Output read = JsonDataReader::read(m_importJson, QStringLiteral("import.json"));
        EXPECT_TRUE(read.problems.isEmpty());
        EXPECT_TRUE(DataImporter::import(*m_store, read.data, ConflictPolicy::Fail).ok());
        m_editor = std::make_unique<Editor>();
        m_editor->setStore(m_store.get());
        m_done = 0;
    }

    QString m_base, m_work;
    QByteArray m_importJson;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Editor> m_editor;
    int m_done = 0;
    QByteArray m_before;
    QHash<int, QByteArray> m_digests;
};

struct Outcome
{
    bool importCommitted = false;
    int editsCommitted = 0;
    bool done = false;
};

Outcome readOutcome(const QByteArray &output)
{
    Outcome o;
    for (const QByteArray &line : output.split('\n')) {
        if (line == "committed import")
            o.importCommitted = true;
        else if (line.startsWith("committed edit "))
            ++o.editsCommitted;
        else if (line == "done")
            o.done = true;
    }
    return o;
}
} // namespace

TEST(CrashTrialTest, KilledAtRandomTheDatabaseHoldsExactlyTheCommittedWork)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.tsdb"));
    ASSERT_OK(openOrCreateSeeded(base));
    const QByteArray importJson = crash::importData(Milestones);
    const QString input = dir.filePath(QStringLiteral("import.json"));
    {
        QFile f(input);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(importJson);
    }
    ExpectedStates expected(base, dir.filePath(QStringLiteral("replay.tsdb")), importJson);

    const int trials = environmentNumber("TRIANGLE_CRASH_TRIALS", 20);
    const quint32 seed = quint32(environmentNumber("TRIANGLE_CRASH_SEED", int(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff)));
    QRandomGenerator random(seed);
    std::printf("crash trials: seed %u (TRIANGLE_CRASH_SEED=%u repeats them)\n", seed, seed);

    auto start = [&](const QString &db, QProcess &process) {
        process.setProgram(QStringLiteral(TRIANGLE_CRASH_DRIVER));
        process.setArguments({db, input, QString::number(Edits)});
        process.start();
        return process.waitForStarted();
    };

    // One run to the end: how long the work takes, and that it ends in the last state.
    qint64 fullRunMs = 0;
    QByteArray fullDigest;
    {
        const QString db = dir.filePath(QStringLiteral("full.tsdb"));
        ASSERT_TRUE(QFile::copy(base, db));
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        ASSERT_TRUE(start(db, process));
        ASSERT_TRUE(process.waitForFinished(60000));
        fullRunMs = timer.elapsed();
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
        const Outcome o = readOutcome(process.readAllStandardOutput());
        ASSERT_TRUE(o.done);
        ASSERT_EQ(o.editsCommitted, Edits);
        auto store = Store::open(db);
        ASSERT_OK(store);
        fullDigest = crash::contentDigest(**store);
    }

    struct Trial
    {
        QString name;
        Outcome outcome;
        QByteArray digest;
    };
    QList<Trial> done;
    for (int trial = 0; trial < trials; ++trial) {
        const QString db = dir.filePath(QStringLiteral("trial.tsdb"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(db + suffix);
        ASSERT_TRUE(QFile::copy(base, db));
        // Uniform over the whole run, the process start included.
        const int killAfterMs = int(random.bounded(quint32(fullRunMs + 1)));
        QProcess process;
        ASSERT_TRUE(start(db, process));
        QThread::msleep(ulong(killAfterMs));
        process.kill(); // SIGKILL
        process.waitForFinished(10000);
        Trial t{QStringLiteral("trial %1 (kill after %2 ms, seed %3)").arg(trial).arg(killAfterMs).arg(seed),
                readOutcome(process.readAllStandardOutput()), {}};

        auto store = Store::open(db); // as the application opens it next time
        ASSERT_OK(store);
        ASSERT_EQ(*(*store)->quickCheck(), QStringLiteral("ok")) << qPrintable(t.name);
        t.digest = crash::contentDigest(**store);
        done << t;
    }

    // Checked in the order of the work done, so that the script is replayed once.
    std::sort(done.begin(), done.end(), [](const Trial &a, const Trial &b) {
        return std::pair(a.outcome.importCommitted, a.outcome.editsCommitted) < std::pair(b.outcome.importCommitted, b.outcome.editsCommitted);
    });
    int killedInImport = 0, killedInEdits = 0, finished = 0, inFlightCommitted = 0, maxEdits = 0;
    for (const Trial &t : done) {
        const Outcome &o = t.outcome;
        if (o.done) {
            ++finished;
            EXPECT_EQ(t.digest, expected.after(Edits)) << qPrintable(t.name);
        } else if (!o.importCommitted) {
            ++killedInImport;
            const bool asBefore = t.digest == expected.before;
            const bool imported = t.digest == expected.after(0);
            EXPECT_TRUE(asBefore || imported) << qPrintable(t.name) << ": neither as before nor with the whole import";
            inFlightCommitted += imported ? 1 : 0;
        } else {
            ++killedInEdits;
            const int k = o.editsCommitted;
            maxEdits = std::max(maxEdits, k);
            const bool reported = t.digest == expected.after(k);
            const bool inFlight = !reported && k < Edits && t.digest == expected.after(k + 1);
            EXPECT_TRUE(reported || inFlight) << qPrintable(t.name) << ": not the state after " << k << " or " << k + 1
                                              << " committed edits";
            inFlightCommitted += inFlight ? 1 : 0;
        }
    }
    EXPECT_EQ(fullDigest, expected.after(Edits)) << "the run to the end";
    std::printf("crash trials: %d trials, full run %lld ms; killed during the import %d, during the edits %d "
                "(at most %d edits committed), after the end %d; the work in flight had committed in %d\n",
                trials, fullRunMs, killedInImport, killedInEdits, maxEdits, finished, inFlightCommitted);
    EXPECT_GT(killedInImport + killedInEdits, 0) << "no trial killed the driver mid-work";
}
