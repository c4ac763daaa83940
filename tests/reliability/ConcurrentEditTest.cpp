// Two processes edit the same assessment 1,000 times between them, each
// edit based on what that process last read. No update may be lost: every
// accepted edit of a field must have been made on the value the field held
// when it was written, so the accepted edits of each field form one unbroken
// chain from the first value to the one in the file, and an edit that came
// too late was refused as a conflict instead.

#include "support/TestData.h"

#include "store/AssessmentRepository.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>

using namespace triangle;
using namespace triangle::test;

namespace {
constexpr int EditsPerProcess = 500;
const QString First = QStringLiteral("first");

struct Accepted
{
    QString base;
    QString value;
};

class ConcurrentEditTest : public StoreTest
{
protected:
    QProcess *startDriver(Id assessment, const QString &tag, quint32 seed)
    {
        auto *process = new QProcess(&m_owner);
        process->start(QStringLiteral(TRIANGLE_CONCURRENT_EDIT_DRIVER),
                       {path(), QString::number(assessment), tag, QString::number(EditsPerProcess), QString::number(seed)});
        return process;
    }

    // Reads a finished driver's lines: its accepted changes per field, and
    // how many of its edits were refused.
    void collect(QProcess *process, QHash<QString, QList<Accepted>> &accepted, int &conflicts, int &acceptedEdits)
    {
        ASSERT_TRUE(process->waitForFinished(300'000));
        ASSERT_EQ(process->exitCode(), 0) << process->readAllStandardError().constData();
        const QStringList lines = QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QStringList words = line.split(QLatin1Char(' '));
            if (words.value(0) == QStringLiteral("conflict")) {
                ++conflicts;
            } else {
                ASSERT_EQ(words.size(), 4) << qPrintable(line);
                accepted[words[1]].append({words[2], words[3]});
                if (words[1] == QStringLiteral("mission"))
                    ++acceptedEdits;
            }
        }
    }

    QObject m_owner;
};

// Follows the chain of a field's accepted edits from `First`; returns how
// many it passed and where it ended. Two accepted edits on one base would be
// a lost update: the later one overwrote a value it had not seen.
std::pair<int, QString> followChain(const QList<Accepted> &edits)
{
    QHash<QString, QString> next;
    for (const Accepted &edit : edits) {
        EXPECT_FALSE(next.contains(edit.base)) << "two accepted edits were made on " << qPrintable(edit.base);
        next.insert(edit.base, edit.value);
    }
    int steps = 0;
    QString at = First;
    while (next.contains(at) && steps <= edits.size()) {
        at = next.value(at);
        ++steps;
    }
    return {steps, at};
}
} // namespace

TEST_F(ConcurrentEditTest, TwoProcessesEditingOneAssessmentLoseNoUpdate)
{
    addBasics();
    Assessment assessment = makeAssessment(zhejiang, advantage, 7, 5, 6);
    assessment.rationale[Dimension::Mission] = First;
    assessment.rationale[Dimension::Political] = First;
    auto added = store->assessments().add(assessment);
    ASSERT_OK(added);
    store.reset(); // the two drivers hold the file now

    const quint32 seed = QRandomGenerator::global()->generate();
    SCOPED_TRACE(seed);
    QProcess *a = startDriver(*added, QStringLiteral("a"), seed);
    QProcess *b = startDriver(*added, QStringLiteral("b"), seed + 1);
    QHash<QString, QList<Accepted>> accepted;
    int conflicts = 0, acceptedEdits = 0;
    collect(a, accepted, conflicts, acceptedEdits);
    collect(b, accepted, conflicts, acceptedEdits);

    // Every edit was either accepted or refused as a conflict.
    EXPECT_EQ(acceptedEdits + conflicts, 2 * EditsPerProcess);
    EXPECT_GT(acceptedEdits, 0);

    auto reopened = Store::open(path());
    ASSERT_OK(reopened);
    auto stored = (*reopened)->assessments().byId(*added);
    ASSERT_OK(stored);
    for (Dimension dimension : {Dimension::Mission, Dimension::Political}) {
        const QString field = dimension == Dimension::Mission ? QStringLiteral("mission") : QStringLiteral("political");
        const auto [steps, last] = followChain(accepted.value(field));
        EXPECT_EQ(steps, accepted.value(field).size()) << qPrintable(field) << ": an accepted edit is off the chain";
        EXPECT_EQ(last, stored->rationale[dimension]) << qPrintable(field);
    }
    std::printf("%d edits accepted, %d refused as conflicts (seed %u)\n", acceptedEdits, conflicts, seed);
}
