// The expert panel end to end, as an analyst runs it from the command line
// (issue 22): packets for five experts, filled in by openpyxl as Excel or
// WPS would (tests/app/panel/fill-panel-packets.py), imported as a folder;
// the panel's statistics checked against an independent computation in
// Python (independent-panel-stats.py); a second round with feedback; the
// AHP weights with the inconsistent expert left out; a packet taken to
// another database refused with nothing written.

#include "support/CliRunner.h"
#include "support/Python.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace triangle;
using namespace triangle::test;

namespace {
const QString Experts = QStringLiteral("expert-a,expert-b,expert-c,expert-d-careless,expert-e-sloppy");

class PanelCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_python = pythonWithOpenpyxl(&m_why);
        auto opened = openOrCreateSeeded(database());
        ASSERT_OK(opened);
        int n = 0;
        for (const QString &key : Experts.split(QLatin1Char(','))) {
            Rater r;
            r.key = key;
            r.name = QStringLiteral("专家%1").arg(++n);
            r.organisation = QStringLiteral("某大学");
            r.field = QStringLiteral("公共管理");
            r.experienceYears = 10 + n;
            r.language = n == 2 ? Language::English : Language::Chinese;
            ASSERT_OK((*opened)->raters().add(r));
        }
    }

    QString database() const { return m_home.filePath(QStringLiteral("panel.tsdb")); }
    QString path(const QString &name) const { return m_home.filePath(name); }

    ProcessResult cli(const QStringList &arguments, const QString &db = {})
    {
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                 QStringList{arguments.first(), QStringLiteral("--db"), db.isEmpty() ? database() : db} + arguments.mid(1));
    }

    ProcessResult python(const QString &script, const QStringList &arguments)
    {
        QProcess p;
        p.start(m_python, QStringList{QStringLiteral(TRIANGLE_PANEL_SCRIPTS "/") + script} + arguments);
        EXPECT_TRUE(p.waitForFinished(120000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Makes round `round`'s packets, has them filled in and imports the folder.
    void runRound(int round, const QString &previousAnswers = {})
    {
        const QString made = path(QStringLiteral("out%1").arg(round)), back = path(QStringLiteral("back%1").arg(round));
        const ProcessResult packets = cli({QStringLiteral("packet"), QStringLiteral("--rater"), Experts, QStringLiteral("--regions"),
                                           QStringLiteral("330000,140000,510000"), QStringLiteral("--stage"), QStringLiteral("advantage"),
                                           QStringLiteral("--round"), QString::number(round), QStringLiteral("--deadline"),
                                           QStringLiteral("2027-01-15"), QStringLiteral("--comparisons"), QStringLiteral("-o"), made});
        ASSERT_EQ(packets.exitCode, 0) << qPrintable(packets.err);
        ASSERT_EQ(QDir(made).entryList({QStringLiteral("*.xlsx")}).size(), 5) << qPrintable(packets.out);
        QStringList fillArguments{made, back, path(QStringLiteral("answers%1.json").arg(round))};
        if (!previousAnswers.isEmpty())
            fillArguments.append(previousAnswers);
        const ProcessResult filled = python(QStringLiteral("fill-panel-packets.py"), fillArguments);
        ASSERT_EQ(filled.exitCode, 0) << qPrintable(filled.err);
        const ProcessResult imported = cli({QStringLiteral("import"), back});
        ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.out + imported.err);
        EXPECT_TRUE(imported.out.contains(QStringLiteral("Imported 5 packet(s), refused 0."))) << qPrintable(imported.out);
        m_importOutput = imported.out;
    }

    QJsonObject panelJson(const QString &file)
    {
        const ProcessResult run = cli({QStringLiteral("panel"), QStringLiteral("-o"), path(file)});
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        QFile f(path(file));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    void expectIndependentAgreement(const QString &answers, const QString &panel)
    {
        const ProcessResult check = python(QStringLiteral("independent-panel-stats.py"), {answers, path(panel)});
        EXPECT_EQ(check.exitCode, 0) << qPrintable(check.out + check.err);
        EXPECT_TRUE(check.out.contains(QStringLiteral("values agree"))) << qPrintable(check.out);
    }

    QTemporaryDir m_home;
    QString m_python, m_why;
    QString m_importOutput;
};

#define REQUIRE_PYTHON()                                                                                                           \
    if (m_python.isEmpty())                                                                                                        \
        GTEST_SKIP() << qPrintable(m_why);
} // namespace

TEST_F(PanelCommandsTest, FiveExpertsTwoRoundsAndTheirWeightsAgreeWithAnIndependentComputation)
{
    REQUIRE_PYTHON();
    ASSERT_NO_FATAL_FAILURE(runRound(1));
    // The careless expert's empty and out-of-range answers are reported by row and indicator.
    EXPECT_TRUE(m_importOutput.contains(QStringLiteral("Left empty"))) << qPrintable(m_importOutput);
    EXPECT_TRUE(m_importOutput.contains(QStringLiteral("Not stored: sheet"))) << qPrintable(m_importOutput);

    const QJsonObject first = panelJson(QStringLiteral("panel1.json"));
    const QJsonArray rounds = first.value(QStringLiteral("rounds")).toArray();
    ASSERT_EQ(rounds.size(), 1);
    const QJsonObject round1 = rounds.first().toObject();
    EXPECT_EQ(round1.value(QStringLiteral("experts")).toArray().size(), 5);
    EXPECT_EQ(round1.value(QStringLiteral("dimensions")).toArray().size(), 3);
    for (const QJsonValue &d : round1.value(QStringLiteral("dimensions")).toArray())
        EXPECT_TRUE(d.toObject().value(QStringLiteral("kendall_w")).isDouble()) << qPrintable(d.toObject().value(QStringLiteral("w_reason")).toString());
    ASSERT_NO_FATAL_FAILURE(expectIndependentAgreement(path(QStringLiteral("answers1.json")), QStringLiteral("panel1.json")));

    // The inconsistent expert is flagged and left out of some scope's weights.
    bool flagged = false, leftOut = false;
    for (const QJsonValue &c : first.value(QStringLiteral("consistency")).toArray())
        flagged |= c.toObject().value(QStringLiteral("expert")).toString() == QLatin1String("expert-e-sloppy")
                   && !c.toObject().value(QStringLiteral("passes")).toBool() && c.toObject().contains(QStringLiteral("repair"));
    for (const QJsonValue &w : first.value(QStringLiteral("weights")).toArray())
        leftOut |= w.toObject().value(QStringLiteral("experts_left_out")).toArray().contains(QStringLiteral("expert-e-sloppy"));
    EXPECT_TRUE(flagged);
    EXPECT_TRUE(leftOut);

    // Round 2, with the round-1 feedback in the packets.
    ASSERT_NO_FATAL_FAILURE(runRound(2, path(QStringLiteral("answers1.json"))));
    const QJsonObject both = panelJson(QStringLiteral("panel2.json"));
    ASSERT_EQ(both.value(QStringLiteral("rounds")).toArray().size(), 2);
    // Both rounds' answers in one file for the independent check.
    QJsonArray scores, comparisons;
    for (const QString &name : {QStringLiteral("answers1.json"), QStringLiteral("answers2.json")}) {
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &v : o.value(QStringLiteral("scores")).toArray())
            scores.append(v);
        for (const QJsonValue &v : o.value(QStringLiteral("comparisons")).toArray())
            comparisons.append(v);
    }
    QFile merged(path(QStringLiteral("answers.json")));
    ASSERT_TRUE(merged.open(QIODevice::WriteOnly));
    merged.write(QJsonDocument(QJsonObject{{QStringLiteral("scores"), scores}, {QStringLiteral("comparisons"), comparisons}}).toJson());
    merged.close();
    ASSERT_NO_FATAL_FAILURE(expectIndependentAgreement(path(QStringLiteral("answers.json")), QStringLiteral("panel2.json")));

    // The same summary as a table, Markdown and CSV.
    const ProcessResult table = cli({QStringLiteral("panel"), QStringLiteral("--round"), QStringLiteral("2")});
    ASSERT_EQ(table.exitCode, 0) << qPrintable(table.err);
    EXPECT_TRUE(table.out.contains(QStringLiteral("round 2"))) << qPrintable(table.out);
    EXPECT_TRUE(table.out.contains(QStringLiteral("Stop rule"))) << qPrintable(table.out);
    EXPECT_FALSE(table.out.contains(QStringLiteral("round 1:"))) << qPrintable(table.out);
    for (const QString &name : {QStringLiteral("panel.md"), QStringLiteral("panel.csv")}) {
        const ProcessResult written = cli({QStringLiteral("panel"), QStringLiteral("-o"), path(name)});
        ASSERT_EQ(written.exitCode, 0) << qPrintable(written.err);
        QFile f(path(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        EXPECT_TRUE(text.contains(name.endsWith(QLatin1String(".csv")) ? QStringLiteral("kendall_w") : QStringLiteral("| W |"))) << qPrintable(name);
    }
}

TEST_F(PanelCommandsTest, APacketTakenToAnotherDatabaseIsRefusedWithNothingWritten)
{
    REQUIRE_PYTHON();
    const ProcessResult made = cli({QStringLiteral("packet"), QStringLiteral("--rater"), QStringLiteral("expert-a"), QStringLiteral("--regions"),
                                    QStringLiteral("330000"), QStringLiteral("--stage"), QStringLiteral("advantage"), QStringLiteral("-o"),
                                    path(QStringLiteral("a.xlsx"))});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("made"))));
    ASSERT_TRUE(QFile::rename(path(QStringLiteral("a.xlsx")), path(QStringLiteral("made/a.xlsx"))));
    const ProcessResult filled = python(QStringLiteral("fill-panel-packets.py"),
                                        {path(QStringLiteral("made")), path(QStringLiteral("back")), path(QStringLiteral("answers.json"))});
    ASSERT_EQ(filled.exitCode, 0) << qPrintable(filled.err);

    const QString other = path(QStringLiteral("other.tsdb"));
    {
        auto opened = openOrCreateSeeded(other);
        ASSERT_OK(opened);
        Rater r;
        r.key = QStringLiteral("expert-a");
        r.name = QStringLiteral("专家1");
        ASSERT_OK((*opened)->raters().add(r));
    }
    const ProcessResult refused = cli({QStringLiteral("import"), path(QStringLiteral("back/a.xlsx"))}, other);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("another database"))) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Nothing was written"))) << qPrintable(refused.err);
    const ProcessResult otherPanel = cli({QStringLiteral("panel"), QStringLiteral("-o"), path(QStringLiteral("other.json"))}, other);
    ASSERT_EQ(otherPanel.exitCode, 0);
    QFile f(path(QStringLiteral("other.json")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("rounds")).toArray().isEmpty());

    // Into its own database it goes.
    const ProcessResult accepted = cli({QStringLiteral("import"), path(QStringLiteral("back/a.xlsx"))});
    EXPECT_EQ(accepted.exitCode, 0) << qPrintable(accepted.err);
}

// In a Chinese session an English-speaking expert still gets an English
// packet, a Chinese-speaking one a Chinese packet; the panel speaks Chinese.
TEST_F(PanelCommandsTest, PacketsSpeakTheExpertsLanguageAndThePanelTheUsers)
{
    REQUIRE_PYTHON();
    const QString zh = QStringLiteral("zh_CN.UTF-8");
    const ProcessResult made = runTriangleStudio(
        QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
        {QStringLiteral("packet"), QStringLiteral("--db"), database(), QStringLiteral("--rater"), QStringLiteral("expert-a,expert-b"),
         QStringLiteral("--regions"), QStringLiteral("330000"), QStringLiteral("--stage"), QStringLiteral("advantage"),
         QStringLiteral("-o"), path(QStringLiteral("sent"))},
        zh);
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    EXPECT_TRUE(made.out.contains(QStringLiteral("已为"))) << qPrintable(made.out);
    const QStringList files = QDir(path(QStringLiteral("sent"))).entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 2);
    // expert-b (专家2) reads English, expert-a (专家1) Chinese.
    auto sheets = [&](const QString &file) {
        const ProcessResult names = python(QStringLiteral("../../store/fill-packet.py"),
                                           {QStringLiteral("--inspect"), path(QStringLiteral("sent/")) + file});
        EXPECT_EQ(names.exitCode, 0) << qPrintable(names.err);
        return names.out;
    };
    const QString english = sheets(files.filter(QStringLiteral("专家2")).value(0));
    const QString chinese = sheets(files.filter(QStringLiteral("专家1")).value(0));
    EXPECT_TRUE(english.contains(QStringLiteral("\"Instructions\""))) << qPrintable(english);
    EXPECT_TRUE(chinese.contains(QStringLiteral("说明"))) << qPrintable(chinese);
    EXPECT_TRUE(files.filter(QStringLiteral("round 1")).size() == 1 && files.filter(QStringLiteral("第1轮")).size() == 1)
        << qPrintable(files.join(QLatin1Char(' ')));

    const ProcessResult panel = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                                  {QStringLiteral("panel"), QStringLiteral("--db"), database()}, zh);
    ASSERT_EQ(panel.exitCode, 0) << qPrintable(panel.err);
    EXPECT_TRUE(panel.out.contains(QStringLiteral("专家组"))) << qPrintable(panel.out);
    EXPECT_TRUE(panel.out.contains(QStringLiteral("评分包"))) << qPrintable(panel.out);
}

// The panel's AHP weights become a weight set that can be put in force
// (issue 22's "derives AHP weights with a flagged inconsistent expert left
// out"): the set holds the group's weights, names who was left out, and
// once active the indicators carry them.
TEST_F(PanelCommandsTest, ThePanelsAhpWeightsBecomeAWeightSetPutInForce)
{
    REQUIRE_PYTHON();
    ASSERT_NO_FATAL_FAILURE(runRound(1));
    const QJsonObject panel = panelJson(QStringLiteral("panel.json"));
    const ProcessResult made = cli({QStringLiteral("weights"), QStringLiteral("--from-panel"), QStringLiteral("专家组 AHP")});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    EXPECT_TRUE(made.out.contains(QStringLiteral("left out: 专家5"))) << qPrintable(made.out);
    const ProcessResult activated = cli({QStringLiteral("weights"), QStringLiteral("--activate"), QStringLiteral("专家组 AHP")});
    ASSERT_EQ(activated.exitCode, 0) << qPrintable(activated.err);

    // The indicators now carry the group's weights of each dimension the panel compared.
    auto opened = Store::open(database(), OpenOptions{true});
    ASSERT_OK(opened);
    int checked = 0;
    for (const QJsonValue &w : panel.value(QStringLiteral("weights")).toArray()) {
        const QJsonObject group = w.toObject();
        if (group.value(QStringLiteral("scope")).toString() == QLatin1String("dimensions"))
            continue;
        const QJsonObject weights = group.value(QStringLiteral("weights")).toObject();
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            auto indicator = (*opened)->indicators().byKey(it.key());
            ASSERT_OK(indicator);
            EXPECT_NEAR(indicator->weight, it.value().toDouble(), 5e-4) << qPrintable(it.key());
            ++checked;
        }
    }
    EXPECT_EQ(checked, (*opened)->indicators().all()->size());
}


// The report in Chinese carries the panel's page: read back from the PDF by
// poppler's pdftotext, the page's heading, a round, W and the inconsistent
// expert left out of the group's weights.
TEST_F(PanelCommandsTest, TheReportInChineseStatesThePanel)
{
    REQUIRE_PYTHON();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "poppler's pdftotext is not installed";
    ASSERT_NO_FATAL_FAILURE(runRound(1));
    const QString pdf = path(QStringLiteral("报告.pdf"));
    const ProcessResult report = cli({QStringLiteral("report"), QStringLiteral("--regions"), QStringLiteral("330000,140000,510000"),
                                      QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("-o"), pdf});
    ASSERT_EQ(report.exitCode, 0) << qPrintable(report.err);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(words.contains(QStringLiteral("专家组"))) << "the panel's page";
    EXPECT_TRUE(words.contains(QStringLiteral("第 1 轮"))) << "a round";
    EXPECT_TRUE(words.contains(QStringLiteral("肯德尔"))) << "Kendall's W explained";
    EXPECT_TRUE(words.contains(QStringLiteral("排除（比较不完整或 CR 超过限值）：专家5"))) << "the inconsistent expert left out";
}
