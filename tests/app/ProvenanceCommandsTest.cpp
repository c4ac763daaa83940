// Every command that computes results names what computed them (issue 21
// §10): the app's version, the rules' version and the data's fingerprint,
// which is the SHA-256 of the database exported as JSON; the summary says
// how much of each assessment rests on linked evidence.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "analysis/Findings.h"
#include "data/DataFingerprint.h"
#include "data/DefaultDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace triangle;
using namespace triangle::test;

namespace {
class ProvenanceCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(database());
        ASSERT_OK(opened);
        auto hash = dataFingerprint(**opened);
        ASSERT_OK(hash);
        fingerprint = *hash;
    }

    QString database() const { return m_home.filePath(QStringLiteral("study.tsdb")); }
    QString output(const QString &name) const { return m_home.filePath(name); }

    ProcessResult run(const QStringList &arguments)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                 QStringList{arguments.first(), QStringLiteral("--db"), database()} + arguments.mid(1));
    }

    QJsonObject writtenJson(const QString &name) const
    {
        QFile file(output(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QStringList writtenCsv(const QString &name) const
    {
        QFile file(output(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
        return QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts);
    }

    QString provenanceLine() const
    {
        return QStringLiteral("Triangle Studio %1 · rules v%2 · data %3")
            .arg(QStringLiteral(TRIANGLE_VERSION))
            .arg(FindingsRuleVersion)
            .arg(fingerprint.left(12));
    }

    void expectProvenance(const QJsonObject &root) const
    {
        const QJsonObject p = root.value(QStringLiteral("provenance")).toObject();
        EXPECT_EQ(p.value(QStringLiteral("app_version")).toString(), QStringLiteral(TRIANGLE_VERSION));
        EXPECT_EQ(p.value(QStringLiteral("rule_version")).toInt(), FindingsRuleVersion);
        EXPECT_EQ(p.value(QStringLiteral("data_hash")).toString(), fingerprint);
    }

    // Every row ends in the app's version, [the rules' version,] the fingerprint.
    void expectProvenanceColumns(const QStringList &lines, const QString &tail) const
    {
        ASSERT_GE(lines.size(), 2);
        EXPECT_TRUE(lines.first().endsWith(tail)) << qPrintable(lines.first());
        for (const QString &line : lines.mid(1))
            EXPECT_TRUE(line.endsWith(fingerprint)) << qPrintable(line);
    }

    QTemporaryDir m_home;
    QString fingerprint;
};
} // namespace

TEST_F(ProvenanceCommandsTest, TheFingerprintIsTheSha256OfTheExportedJson)
{
    const ProcessResult exported = run({QStringLiteral("export"), QStringLiteral("-o"), output(QStringLiteral("data.json"))});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    QFile file(output(QStringLiteral("data.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()), fingerprint);
}

TEST_F(ProvenanceCommandsTest, SummaryStartsWithTheProvenanceAndCountsTheEvidence)
{
    const ProcessResult summary = run({QStringLiteral("summary")});
    ASSERT_EQ(summary.exitCode, 0) << qPrintable(summary.err);
    EXPECT_TRUE(summary.out.startsWith(provenanceLine() + QLatin1Char('\n'))) << qPrintable(summary.out);
    // Shanxi's target scores: no policy linked to its mission score, 6 of its 13 values cite one.
    const qsizetype shanxi = summary.out.indexOf(QStringLiteral("(140000)"));
    const qsizetype target = summary.out.indexOf(QStringLiteral("Target"), shanxi);
    ASSERT_GE(shanxi, 0);
    ASSERT_GE(target, 0);
    EXPECT_EQ(summary.out.indexOf(QStringLiteral("evidence: 2 of 3 dimensions, 6 of 13 indicator values"), target),
              summary.out.indexOf(QStringLiteral("evidence:"), target))
        << qPrintable(summary.out);
    EXPECT_GE(summary.out.indexOf(QStringLiteral("evidence: 2 of 3 dimensions, 6 of 13 indicator values"), target), 0);
    // One fact in several dimensions (issue 21 §11), under Sichuan's advantage triangle.
    EXPECT_TRUE(summary.out.contains(QStringLiteral("      warning: Sichuan, Advantage triangle: “milestone:sc-duty-standards-283” is counted "
                                                    "in political (Provincial legislation) and operational (Standardisation, "
                                                    "Process re-engineering and integrated service)\n")))
        << qPrintable(summary.out);
    EXPECT_EQ(summary.out.count(QStringLiteral("” is counted in ")), 17) << "every record cited in two dimensions, once per stage";
}

TEST_F(ProvenanceCommandsTest, FindingsNameTheProvenance)
{
    const ProcessResult table = run({QStringLiteral("findings"), QStringLiteral("--draws"), QStringLiteral("10")});
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.startsWith(provenanceLine() + QLatin1Char('\n'))) << qPrintable(table.out);

    for (const char *name : {"findings.json", "findings.csv"}) {
        const ProcessResult written = run({QStringLiteral("findings"), QStringLiteral("--draws"), QStringLiteral("10"),
                                           QStringLiteral("-o"), output(QLatin1StringView(name))});
        ASSERT_EQ(written.exitCode, 0) << qPrintable(written.err);
    }
    expectProvenance(writtenJson(QStringLiteral("findings.json")));
    expectProvenanceColumns(writtenCsv(QStringLiteral("findings.csv")), QStringLiteral(",app_version,data_hash"));
}

TEST_F(ProvenanceCommandsTest, SensitivityAndAgreementNameTheProvenance)
{
    for (const QString &command : {QStringLiteral("sensitivity"), QStringLiteral("agreement")}) {
        const QStringList options{QStringLiteral("--regions"), QStringLiteral("all"), QStringLiteral("-o")};
        const ProcessResult table = run(QStringList{command, QStringLiteral("--regions"), QStringLiteral("all")});
        ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
        EXPECT_TRUE(table.out.startsWith(provenanceLine() + QLatin1Char('\n'))) << qPrintable(table.out);
        for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral(".csv")}) {
            const ProcessResult written = run(QStringList{command} + options + QStringList{output(command + suffix)});
            ASSERT_EQ(written.exitCode, 0) << qPrintable(written.err);
        }
        expectProvenance(writtenJson(command + QStringLiteral(".json")));
        expectProvenanceColumns(writtenCsv(command + QStringLiteral(".csv")), QStringLiteral(",app_version,rule_version,data_hash"));
    }
}
