// `triangle-studio agreement` as scripts use it: the raters' agreement per
// stage and scope as a table, CSV and JSON, the pooled rows labelled, the
// numbers those of the store's own reading, rounded to three decimals.

#include "support/CliRunner.h"
#include "support/NoisyRaters.h"
#include "support/TestData.h"

#include "analysis/AgreementText.h"
#include "store/ScorecardQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace triangle;
using namespace triangle::test;

namespace {
class AgreementCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        OpenOptions create;
        create.createIfMissing = true;
        auto opened = Store::open(database(), create);
        ASSERT_OK(opened);
        std::unique_ptr<Store> store = std::move(*opened);
        QList<Id> stages;
        for (const Stage &s : {makeStage(QStringLiteral("initial"), 2011, 2011, 1), makeStage(QStringLiteral("advantage"), 2016, 2020, 2),
                               makeStage(QStringLiteral("target"), 2025, 2025, 3)}) {
            auto id = store->stages().add(s);
            ASSERT_OK(id);
            stages << *id;
        }
        auto national = store->regions().add(makeRegion(QStringLiteral("100000"), QStringLiteral("全国"), Level::National, NoId));
        ASSERT_OK(national);
        QList<Id> regions;
        for (const auto &[code, name] : {std::pair{"330000", "浙江省"}, std::pair{"140000", "山西省"}}) {
            auto id = store->regions().add(makeRegion(QLatin1StringView(code), QString::fromUtf8(name), Level::Province, *national));
            ASSERT_OK(id);
            regions << *id;
        }
        addNoisyRaters(*store, regions, stages);
        auto expected = raterAgreementByStageFor(*store, regions);
        ASSERT_OK(expected);
        agreement = *expected;
    }

    QString database() const { return m_home.filePath(QStringLiteral("noisy.tsdb")); }

    ProcessResult agreementCommand(const QStringList &extra)
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                 QStringList{QStringLiteral("agreement"), QStringLiteral("--db"), database()} + extra);
    }

    QTemporaryDir m_home;
    StageAgreements agreement;
};

// No float noise: every number three decimals at the most.
const QRegularExpression LongDecimal(QStringLiteral("\\d\\.\\d{4,}"));
} // namespace

TEST_F(AgreementCommandTest, TableGivesEachStageAndThePooledRowsLabelled)
{
    const ProcessResult r = agreementCommand({});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    // Each stage's line over all indicators: α, its interval and the verdict, as the store reads them.
    for (qsizetype s = 0; s < agreement.stages.size(); ++s) {
        const AgreementEstimate &all = agreement.agreement.perStage[s].all;
        const QString key = QStringLiteral("(%1)").arg(agreement.stages[s].key);
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(key); });
        ASSERT_NE(line, lines.cend()) << qPrintable(r.out);
        EXPECT_TRUE(line->contains(alphaNumber(*all.alpha.alpha))) << qPrintable(*line);
        EXPECT_TRUE(line->contains(alphaIntervalText(all.interval))) << qPrintable(*line);
        EXPECT_TRUE(line->contains(QStringLiteral("unreliable"))) << qPrintable(*line);
    }
    const auto pooled = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("Pooled over stages")); });
    ASSERT_NE(pooled, lines.cend()) << qPrintable(r.out);
    EXPECT_TRUE(pooled->contains(alphaNumber(*agreement.agreement.pooled.all.alpha.alpha))) << qPrintable(*pooled);
    EXPECT_TRUE(pooled->endsWith(QStringLiteral("reliable"))) << qPrintable(*pooled);
    EXPECT_TRUE(r.out.contains(QString::number(AlphaBootstrapResamples))) << "the resamples are stated";
    EXPECT_FALSE(LongDecimal.match(r.out).hasMatch()) << qPrintable(r.out);
}

TEST_F(AgreementCommandTest, WritesJsonWithEveryStageScopeAndThePooledRowsApart)
{
    const QString json = m_home.filePath(QStringLiteral("agreement.json"));
    const ProcessResult r = agreementCommand({QStringLiteral("--regions"), QStringLiteral("330000,140000"), QStringLiteral("-o"), json});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_FALSE(LongDecimal.match(QString::fromUtf8(bytes)).hasMatch()) << bytes.constData();
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QStringLiteral("interval")).toObject().value(QStringLiteral("resamples")).toInt(), AlphaBootstrapResamples);
    const QJsonArray stages = root.value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 3);
    for (qsizetype s = 0; s < stages.size(); ++s) {
        const QJsonObject stage = stages[s].toObject();
        EXPECT_EQ(stage.value(QStringLiteral("stage")).toString(), agreement.stages[s].key);
        const QJsonArray scopes = stage.value(QStringLiteral("scopes")).toArray();
        ASSERT_EQ(scopes.size(), 4);
        EXPECT_EQ(scopes[1].toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("mission"));
        const QJsonObject all = scopes[0].toObject();
        const AgreementEstimate &expected = agreement.agreement.perStage[s].all;
        EXPECT_EQ(all.value(QStringLiteral("scope")).toString(), QStringLiteral("all"));
        EXPECT_EQ(QString::number(all.value(QStringLiteral("alpha")).toDouble(), 'f', 3), alphaNumber(*expected.alpha.alpha));
        EXPECT_EQ(QString::number(all.value(QStringLiteral("ci_low")).toDouble(), 'f', 3), alphaNumber(*expected.interval.low));
        EXPECT_EQ(all.value(QStringLiteral("pairable_units")).toInt(), expected.alpha.pairableUnits);
        EXPECT_EQ(all.value(QStringLiteral("verdict")).toString(), QStringLiteral("unreliable"));
    }
    const QJsonArray pooled = root.value(QStringLiteral("pooled_over_stages")).toObject().value(QStringLiteral("scopes")).toArray();
    ASSERT_EQ(pooled.size(), 4);
    EXPECT_EQ(pooled[0].toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("reliable"));
}

TEST_F(AgreementCommandTest, WritesCsvWithStableKeys)
{
    const QString csv = m_home.filePath(QStringLiteral("agreement.csv"));
    const ProcessResult r = agreementCommand({QStringLiteral("-o"), csv});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_FALSE(LongDecimal.match(text).hasMatch()) << qPrintable(text);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 1 + 4 * 4); // three stages and the pooled rows, four scopes each
    EXPECT_EQ(lines[0], QStringLiteral("stage,pooled_over_stages,scope,alpha,ci_low,ci_high,pairable_units,pairable_values,verdict,"
                                       "reason,resamples,seed,app_version,rule_version,data_hash"));
    const AgreementEstimate &initial = agreement.agreement.perStage[0].all;
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("initial,false,all,%1,%2,%3,%4,%5,unreliable,,%6,%7,")
                                        .arg(alphaNumber(*initial.alpha.alpha), alphaNumber(*initial.interval.low),
                                             alphaNumber(*initial.interval.high))
                                        .arg(initial.alpha.pairableUnits)
                                        .arg(initial.alpha.pairableValues)
                                        .arg(AlphaBootstrapResamples)
                                        .arg(AlphaBootstrapSeed)))
        << qPrintable(lines[1]); // then the provenance columns (ProvenanceCommandsTest)
    EXPECT_TRUE(lines[13].startsWith(QStringLiteral(",true,all,%1,").arg(alphaNumber(*agreement.agreement.pooled.all.alpha.alpha))))
        << qPrintable(lines[13]);
}

TEST_F(AgreementCommandTest, RefusesBadRequestsWithOneLine)
{
    struct Case
    {
        QStringList arguments;
        int exitCode;
        QString named;
    };
    const QList<Case> cases{
        {{QStringLiteral("-o"), m_home.filePath(QStringLiteral("x.txt"))}, 2, QStringLiteral("x.txt")},
        {{QStringLiteral("--region"), QStringLiteral("330000")}, 2, QStringLiteral("--regions")},
        {{QStringLiteral("--regions"), QStringLiteral("330000,999999")}, 1, QStringLiteral("999999")},
        {{QStringLiteral("-o"), m_home.filePath(QStringLiteral("link.csv"))}, 1, QStringLiteral("noisy.tsdb")},
    };
    // Named as a CSV file, but the database: not written over.
    ASSERT_TRUE(QFile::link(database(), m_home.filePath(QStringLiteral("link.csv"))));
    for (const Case &c : cases) {
        const ProcessResult r = agreementCommand(c.arguments);
        EXPECT_EQ(r.exitCode, c.exitCode) << qPrintable(c.arguments.join(QLatin1Char(' ')));
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(c.named)) << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
    }
    EXPECT_FALSE(QFile::exists(m_home.filePath(QStringLiteral("x.txt"))));
    const ProcessResult help = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), {QStringLiteral("help"), QStringLiteral("agreement")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--regions"))) << qPrintable(help.out);
}

// The shipped data has one rater: every figure is "not computable", said with its reason, and the command succeeds.
TEST_F(AgreementCommandTest, OneRaterIsNotComputableWithItsReason)
{
    const ProcessResult check = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), {QStringLiteral("check")});
    ASSERT_EQ(check.exitCode, 0) << qPrintable(check.err);
    const ProcessResult r = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), {QStringLiteral("agreement")});
    EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_TRUE(r.out.contains(QStringLiteral("not computable (1)"))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QStringLiteral("(1) ")));
    EXPECT_FALSE(r.out.contains(QStringLiteral("(2) "))) << "one reason, said once";
}
