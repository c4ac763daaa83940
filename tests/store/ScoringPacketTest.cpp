// Scoring packets (issue 22): the workbook the app writes for one expert's
// Delphi round, filled in with openpyxl (not with the app's own writer) as an
// expert's spreadsheet program would, and read back — scores typed or given by
// an anchor, empty ones, out-of-range and off-grid ones named by row and
// indicator, notes, reasons, pairwise comparisons. openpyxl also checks the
// workbook's structure (validations, protection without a password, hidden
// keys, unlocked inputs); LibreOffice converts it and the packet survives;
// a packet whose structure was altered is refused; a file that is no packet
// is a clear error.

#include "data/DataSet.h"
#include "data/DataWorkbook.h"
#include "data/ScoringPacketReader.h"
#include "support/Python.h"
#include "data/ScoringPacketWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTranslator>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace triangle;
using triangle::test::pythonWithOpenpyxl;

namespace {

#define REQUIRE_OPENPYXL(python)                                                                                                   \
    QString why;                                                                                                                   \
    const QString python = pythonWithOpenpyxl(&why);                                                                               \
    if (python.isEmpty())                                                                                                          \
        GTEST_SKIP() << qPrintable(why);

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runScript(const QString &python, const QStringList &arguments)
{
    QProcess process;
    process.start(python, QStringList{QStringLiteral(TRIANGLE_PACKET_FILL_SCRIPT)} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

PacketIndicator indicator(Id id, const char *key, Dimension dimension, const QString &name)
{
    PacketIndicator i;
    i.indicatorId = id;
    i.key = QString::fromLatin1(key);
    i.dimension = dimension;
    i.name = name;
    i.definition = name + QStringLiteral("的定义：政府文件是否明确提出。");
    i.observation = QStringLiteral("查阅省级政府公开文件");
    i.anchors = {{0, QStringLiteral("未提及"), QStringLiteral("文件中没有相关表述")},
                 {3, QStringLiteral("零星提及"), QString()},
                 {7, QStringLiteral("法规施行"), QStringLiteral("已有法规或规章施行")},
                 {10, QStringLiteral("全面落实"), QStringLiteral("全面落实并有评估")}};
    return i;
}

// 2 regions × 3 indicators, Chinese names; round 2 adds the panel's feedback.
ScoringPacket samplePacket(int round, bool comparisons)
{
    ScoringPacket p;
    p.packetId = QStringLiteral("6f1c2a5e-0d4b-4c1e-9a57-3f2b8d9e7a10");
    p.databaseId = QStringLiteral("0b8e4c3a-1111-4a2b-8c9d-aabbccddeeff");
    p.language = Language::Chinese;
    p.raterId = 4;
    p.raterKey = QStringLiteral("expert-04");
    p.raterName = QStringLiteral("张伟");
    p.round = round;
    p.stageId = 2;
    p.stageKey = QStringLiteral("s13");
    p.stageName = QStringLiteral("“十三五”时期");
    p.deadline = round == 1 ? QString() : QStringLiteral("2027-01-15");
    p.createdAt = QStringLiteral("2026-12-08T03:00:00Z");
    p.indicators = {indicator(11, "mission_statement", Dimension::Mission, QStringLiteral("使命陈述")),
                    indicator(12, "leadership", Dimension::Political, QStringLiteral("领导小组")),
                    indicator(13, "funding", Dimension::Operational, QStringLiteral("专项资金"))};
    const QList<std::tuple<Id, QString, QString>> regions = {{1, QStringLiteral("330000"), QStringLiteral("浙江省")},
                                                             {2, QStringLiteral("140000"), QStringLiteral("山西省")}};
    for (const auto &[id, key, name] : regions) {
        for (const PacketIndicator &i : p.indicators) {
            PacketItem item;
            item.regionId = id;
            item.regionKey = key;
            item.regionName = name;
            item.indicatorId = i.indicatorId;
            item.indicatorKey = i.key;
            if (round >= 2)
                item.feedback = PacketFeedback{6.0, 5.0, 7.5, 5, 4.0};
            p.items << item;
        }
    }
    if (comparisons) {
        p.comparisons = {{QStringLiteral("dimensions"), QStringLiteral("mission"), QStringLiteral("使命管理"), QStringLiteral("political"),
                          QStringLiteral("政治管理"), std::nullopt},
                         {QStringLiteral("dimensions"), QStringLiteral("mission"), QStringLiteral("使命管理"), QStringLiteral("operational"),
                          QStringLiteral("运营管理"), std::nullopt},
                         {QStringLiteral("political"), QStringLiteral("leadership"), QStringLiteral("领导小组"), QStringLiteral("funding"),
                          QStringLiteral("专项资金"), std::nullopt}};
    }
    return p;
}

QJsonObject cell(const QString &sheet, int row, const QString &column, const QJsonValue &value)
{
    return {{QStringLiteral("sheet"), sheet}, {QStringLiteral("row"), row}, {QStringLiteral("column"), column}, {QStringLiteral("value"), value}};
}

// Writes `packet`, lets openpyxl fill it with `answers` ({"cells": …, "alter": …}), returns the filled file.
QString written(const QTemporaryDir &dir, const ScoringPacket &packet, const QString &name = QStringLiteral("packet.xlsx"))
{
    const QString path = dir.filePath(name);
    const QString error = writeScoringPacket(packet, path);
    EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
    return path;
}

QString filled(const QString &python, const QTemporaryDir &dir, const QString &in, const QJsonObject &answers)
{
    const QString json = dir.filePath(QStringLiteral("answers.json"));
    QFile file(json);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(answers).toJson());
    file.close();
    const QString out = dir.filePath(QStringLiteral("filled.xlsx"));
    QFile::remove(out);
    const Run run = runScript(python, {in, out, json});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    return out;
}

ReturnedPacket readBack(const QString &path)
{
    QString error;
    const auto packet = readScoringPacket(path, &error);
    EXPECT_TRUE(packet.has_value()) << qPrintable(error);
    return packet.value_or(ReturnedPacket{});
}

const PacketAnswer *answerAt(const ReturnedPacket &packet, int row)
{
    for (const PacketAnswer &a : packet.answers) {
        if (a.sheetRow == row)
            return &a;
    }
    return nullptr;
}

bool hasProblem(const ReturnedPacket &packet, int row, const QString &indicatorKey, const QString &fragment)
{
    return std::any_of(packet.problems.cbegin(), packet.problems.cend(), [&](const PacketProblem &p) {
        return p.row == row && p.indicatorKey == indicatorKey && p.message.contains(fragment);
    });
}

QString problemsText(const ReturnedPacket &packet)
{
    QStringList lines;
    for (const PacketProblem &p : packet.problems)
        lines << QStringLiteral("%1 row %2 %3: %4").arg(p.sheet).arg(p.row).arg(p.indicatorKey, p.message);
    return (lines + packet.structureErrors).join(QLatin1Char('\n'));
}

QJsonObject inspected(const QString &python, const QString &path)
{
    const Run run = runScript(python, {QStringLiteral("--inspect"), path});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject sheetOf(const QJsonObject &workbook, const QString &name)
{
    for (const QJsonValue &sheet : workbook.value(QStringLiteral("sheets")).toArray()) {
        if (sheet.toObject().value(QStringLiteral("name")).toString() == name)
            return sheet.toObject();
    }
    ADD_FAILURE() << "no sheet " << qPrintable(name);
    return {};
}

// Rows of the Scores sheet: items from row 3, region by region, indicators in order.
constexpr int ZhejiangMission = 3, ZhejiangLeadership = 4, ZhejiangFunding = 5, ShanxiMission = 6, ShanxiLeadership = 7,
              ShanxiFunding = 8;

} // namespace

// Round 1, filled by openpyxl: a typed score, an anchor only, an empty row, a
// score out of range, text with a decimal comma, a score off the 0.1 grid, a
// note; comparisons "1/3", 5 and one off Saaty's scale.
TEST(ScoringPacketTest, ReadsBackWhatOpenpyxlFilledIn)
{
    REQUIRE_OPENPYXL(python);
    QTemporaryDir dir;
    const QString in = written(dir, samplePacket(1, true));
    const QString scores = QStringLiteral("Scores");
    const QString comparisons = QStringLiteral("Comparisons");
    const QJsonArray cells = {
        cell(scores, ZhejiangMission, QStringLiteral("score"), 7.5),
        cell(scores, ZhejiangMission, QStringLiteral("note"), QStringLiteral("省政府工作报告明确提出")),
        cell(scores, ZhejiangLeadership, QStringLiteral("anchor"), QStringLiteral("7 — 法规施行")),
        cell(scores, ShanxiMission, QStringLiteral("score"), 11),
        cell(scores, ShanxiLeadership, QStringLiteral("score"), QStringLiteral("6,5")),
        cell(scores, ShanxiFunding, QStringLiteral("score"), 4.25),
        cell(comparisons, 3, QStringLiteral("value"), QStringLiteral("1/3")),
        cell(comparisons, 4, QStringLiteral("value"), 5),
        cell(comparisons, 5, QStringLiteral("value"), QStringLiteral("12")),
    };
    const ReturnedPacket packet = readBack(filled(python, dir, in, {{QStringLiteral("cells"), cells}}));
    EXPECT_TRUE(packet.structureErrors.isEmpty()) << qPrintable(packet.structureErrors.join(QLatin1Char('\n')));
    EXPECT_EQ(packet.packetId, QStringLiteral("6f1c2a5e-0d4b-4c1e-9a57-3f2b8d9e7a10"));
    EXPECT_EQ(packet.databaseId, QStringLiteral("0b8e4c3a-1111-4a2b-8c9d-aabbccddeeff"));
    EXPECT_EQ(packet.raterId, 4);
    EXPECT_EQ(packet.raterKey, QStringLiteral("expert-04"));
    EXPECT_EQ(packet.round, 1);
    EXPECT_EQ(packet.stageId, 2);
    EXPECT_EQ(packet.stageKey, QStringLiteral("s13"));
    ASSERT_EQ(packet.answers.size(), 6);

    const PacketAnswer *typed = answerAt(packet, ZhejiangMission);
    ASSERT_NE(typed, nullptr);
    EXPECT_EQ(typed->regionId, 1);
    EXPECT_EQ(typed->regionKey, QStringLiteral("330000"));
    EXPECT_EQ(typed->indicatorId, 11);
    EXPECT_EQ(typed->indicatorKey, QStringLiteral("mission_statement"));
    EXPECT_EQ(typed->score, 7.5);
    EXPECT_EQ(typed->note, QStringLiteral("省政府工作报告明确提出"));

    EXPECT_EQ(answerAt(packet, ZhejiangLeadership)->score, 7.0); // the anchor's score
    EXPECT_EQ(answerAt(packet, ZhejiangLeadership)->indicatorKey, QStringLiteral("leadership"));
    EXPECT_FALSE(answerAt(packet, ZhejiangFunding)->score.has_value()); // left empty
    EXPECT_FALSE(answerAt(packet, ShanxiMission)->score.has_value());   // 11: out of range
    EXPECT_EQ(answerAt(packet, ShanxiLeadership)->score, 6.5);          // "6,5" as text
    EXPECT_FALSE(answerAt(packet, ShanxiFunding)->score.has_value());   // 4.25: off the grid

    EXPECT_EQ(packet.problems.size(), 3) << qPrintable(problemsText(packet));
    EXPECT_TRUE(hasProblem(packet, ShanxiMission, QStringLiteral("mission_statement"), QStringLiteral("outside 0–10"))) << qPrintable(problemsText(packet));
    EXPECT_TRUE(hasProblem(packet, ShanxiFunding, QStringLiteral("funding"), QStringLiteral("0.1 grid"))) << qPrintable(problemsText(packet));
    EXPECT_TRUE(hasProblem(packet, 5, QString(), QStringLiteral("Saaty"))) << qPrintable(problemsText(packet));
    for (const PacketProblem &p : packet.problems)
        EXPECT_EQ(p.sheet, p.row == 5 && p.indicatorKey.isEmpty() ? comparisons : scores);

    ASSERT_EQ(packet.comparisons.size(), 3);
    EXPECT_EQ(packet.comparisons[0].scope, QStringLiteral("dimensions"));
    EXPECT_EQ(packet.comparisons[0].firstKey, QStringLiteral("mission"));
    EXPECT_EQ(packet.comparisons[0].secondKey, QStringLiteral("political"));
    ASSERT_TRUE(packet.comparisons[0].value.has_value());
    EXPECT_DOUBLE_EQ(*packet.comparisons[0].value, 1.0 / 3.0);
    EXPECT_EQ(packet.comparisons[1].value, 5.0);
    EXPECT_EQ(packet.comparisons[2].scope, QStringLiteral("political"));
    EXPECT_FALSE(packet.comparisons[2].value.has_value());
}

// Round 2: the panel's feedback is on the sheet, and the reasons are read.
TEST(ScoringPacketTest, RoundTwoShowsFeedbackAndReadsReasons)
{
    REQUIRE_OPENPYXL(python);
    QTemporaryDir dir;
    const QString in = written(dir, samplePacket(2, false));
    const QString scores = QStringLiteral("Scores");
    const QJsonArray cells = {
        cell(scores, ZhejiangMission, QStringLiteral("score"), 9),
        cell(scores, ZhejiangMission, QStringLiteral("reason"), QStringLiteral("2019年起已全面落实")),
        cell(scores, ShanxiFunding, QStringLiteral("score"), 6),
    };
    const ReturnedPacket packet = readBack(filled(python, dir, in, {{QStringLiteral("cells"), cells}}));
    EXPECT_TRUE(packet.structureErrors.isEmpty()) << qPrintable(packet.structureErrors.join(QLatin1Char('\n')));
    EXPECT_TRUE(packet.problems.isEmpty()) << qPrintable(problemsText(packet));
    EXPECT_EQ(packet.round, 2);
    EXPECT_TRUE(packet.comparisons.isEmpty());
    EXPECT_EQ(answerAt(packet, ZhejiangMission)->score, 9.0);
    EXPECT_EQ(answerAt(packet, ZhejiangMission)->reason, QStringLiteral("2019年起已全面落实"));
    EXPECT_EQ(answerAt(packet, ShanxiFunding)->score, 6.0);
    EXPECT_TRUE(answerAt(packet, ShanxiFunding)->reason.isEmpty());

    const QJsonObject workbook = inspected(python, in);
    const QJsonObject sheet = sheetOf(workbook, scores);
    QStringList header;
    for (const QJsonValue &v : sheet.value(QStringLiteral("header")).toArray())
        header << v.toString();
    for (const QString &title : {QStringLiteral("Panel median"), QStringLiteral("Interquartile range (Q1–Q3)"), QStringLiteral("Answers"),
                                 QStringLiteral("Your score last round"), QStringLiteral("Reason (outside the range)")})
        EXPECT_TRUE(header.contains(title)) << qPrintable(title);
    const QJsonObject locked = sheet.value(QStringLiteral("locked")).toObject();
    EXPECT_TRUE(locked.value(QStringLiteral("median")).toBool());
    EXPECT_TRUE(locked.value(QStringLiteral("last_score")).toBool());
    EXPECT_FALSE(locked.value(QStringLiteral("reason")).toBool());

    // Scores: … G last score, H anchor, I score, J reason. The reason cell is
    // marked while a score outside Q1–Q3 (5–7.5) has no reason.
    const QJsonArray conditions = sheet.value(QStringLiteral("conditions")).toArray();
    ASSERT_EQ(conditions.size(), 6);
    const QJsonObject first = conditions[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("sqref")).toString(), QStringLiteral("J3"));
    EXPECT_EQ(first.value(QStringLiteral("type")).toString(), QStringLiteral("expression"));
    EXPECT_EQ(first.value(QStringLiteral("formula")).toArray().first().toString(), QStringLiteral("AND(ISNUMBER(I3),OR(I3<5,I3>7.5),LEN(TRIM(J3))=0)"));
}

// What openpyxl sees of the written workbook: the dropdowns and the score's
// formula on the input columns, every sheet protected without a password,
// the keys hidden, the inputs unlocked and the rest locked.
TEST(ScoringPacketTest, WorkbookStructureAsOpenpyxlSeesIt)
{
    REQUIRE_OPENPYXL(python);
    QTemporaryDir dir;
    const QString in = written(dir, samplePacket(1, true));
    const QJsonObject workbook = inspected(python, in);
    const QJsonArray sheets = workbook.value(QStringLiteral("sheets")).toArray();
    ASSERT_EQ(sheets.size(), 5);
    for (const QJsonValue &value : sheets) {
        const QJsonObject sheet = value.toObject();
        const QString name = sheet.value(QStringLiteral("name")).toString();
        EXPECT_TRUE(sheet.value(QStringLiteral("protected")).toBool()) << qPrintable(name);
        EXPECT_TRUE(sheet.value(QStringLiteral("password")).isNull()) << qPrintable(name);
        const bool hidden = name == QStringLiteral("lists") || name == QStringLiteral("packet");
        EXPECT_EQ(sheet.value(QStringLiteral("state")).toString(), hidden ? QStringLiteral("hidden") : QStringLiteral("visible")) << qPrintable(name);
    }

    // Scores: A region, B dimension, C indicator, D anchor, E score, F note, G… keys.
    const QJsonObject scores = sheetOf(workbook, QStringLiteral("Scores"));
    const QJsonArray validations = scores.value(QStringLiteral("validations")).toArray();
    ASSERT_EQ(validations.size(), 7); // an anchor list per row, one score rule
    int anchorLists = 0;
    for (const QJsonValue &value : validations) {
        const QJsonObject v = value.toObject();
        const QString sqref = v.value(QStringLiteral("sqref")).toString();
        if (v.value(QStringLiteral("type")).toString() == QStringLiteral("list")) {
            EXPECT_TRUE(sqref.startsWith(QLatin1Char('D'))) << qPrintable(sqref);
            EXPECT_TRUE(v.value(QStringLiteral("formula1")).toString().startsWith(QStringLiteral("lists!$"))) << qPrintable(v.value(QStringLiteral("formula1")).toString());
            ++anchorLists;
        } else {
            EXPECT_EQ(v.value(QStringLiteral("type")).toString(), QStringLiteral("custom"));
            EXPECT_EQ(sqref, QStringLiteral("E3:E8"));
            EXPECT_EQ(v.value(QStringLiteral("formula1")).toString(), QStringLiteral("AND(ISNUMBER(E3),E3>=0,E3<=10,ABS(E3*10-ROUND(E3*10,0))<0.000001)"));
            EXPECT_TRUE(v.value(QStringLiteral("showErrorMessage")).toBool());
            // "stop" is the default, which the file need not name (ECMA-376 §18.3.1.32).
            const QString style = v.value(QStringLiteral("errorStyle")).toString();
            EXPECT_TRUE(style.isEmpty() || style == QStringLiteral("stop")) << qPrintable(style);
            EXPECT_EQ(v.value(QStringLiteral("errorTitle")).toString(), QStringLiteral("Not a score"));
        }
    }
    EXPECT_EQ(anchorLists, 6);
    QStringList hiddenColumns;
    for (const QJsonValue &v : scores.value(QStringLiteral("hiddenColumns")).toArray())
        hiddenColumns << v.toString();
    EXPECT_EQ(hiddenColumns, QStringLiteral("G H I J K L M N").split(QLatin1Char(' ')));
    EXPECT_EQ(scores.value(QStringLiteral("hiddenRows")).toArray(), (QJsonArray{2}));
    const QJsonObject locked = scores.value(QStringLiteral("locked")).toObject();
    for (const QString &input : {QStringLiteral("anchor"), QStringLiteral("score"), QStringLiteral("note")})
        EXPECT_FALSE(locked.value(input).toBool(true)) << qPrintable(input);
    for (const QString &fixed : {QStringLiteral("region"), QStringLiteral("dimension"), QStringLiteral("indicator"), QStringLiteral("packet_id"),
                                 QStringLiteral("region_id"), QStringLiteral("indicator_key")})
        EXPECT_TRUE(locked.value(fixed).toBool(false)) << qPrintable(fixed);

    const QJsonObject comparisons = sheetOf(workbook, QStringLiteral("Comparisons"));
    const QJsonArray saaty = comparisons.value(QStringLiteral("validations")).toArray();
    ASSERT_EQ(saaty.size(), 1);
    EXPECT_EQ(saaty[0].toObject().value(QStringLiteral("type")).toString(), QStringLiteral("list"));
    EXPECT_EQ(saaty[0].toObject().value(QStringLiteral("sqref")).toString(), QStringLiteral("D3:D5"));
    EXPECT_EQ(saaty[0].toObject().value(QStringLiteral("formula1")).toString(), QStringLiteral("\"9,8,7,6,5,4,3,2,1,1/2,1/3,1/4,1/5,1/6,1/7,1/8,1/9\""));
    EXPECT_FALSE(comparisons.value(QStringLiteral("locked")).toObject().value(QStringLiteral("value")).toBool(true));
    QStringList comparisonHidden;
    for (const QJsonValue &v : comparisons.value(QStringLiteral("hiddenColumns")).toArray())
        comparisonHidden << v.toString();
    EXPECT_EQ(comparisonHidden, QStringLiteral("E F G H").split(QLatin1Char(' ')));
}

namespace {
// The packet's fixed text in Chinese, as the expert's translation would give
// it (the translations are merged into resources/translations separately).
class ChineseSheets : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "triangle::ScoringPacketWriter") != 0)
            return {};
        static const QHash<QString, QString> chinese = {
            {QStringLiteral("Instructions"), QStringLiteral("说明")},
            {QStringLiteral("Scores"), QStringLiteral("评分")},
            {QStringLiteral("Comparisons"), QStringLiteral("两两比较")},
            {QStringLiteral("Score 0–10"), QStringLiteral("评分 0–10")},
            {QStringLiteral("Note"), QStringLiteral("备注")},
        };
        return chinese.value(QString::fromUtf8(source));
    }
};
} // namespace

// In the expert's language the sheets have Chinese names; the reader goes by
// the names the packet sheet keeps, so the answers are read all the same.
TEST(ScoringPacketTest, ChineseSheetNamesReadBack)
{
    REQUIRE_OPENPYXL(python);
    QTemporaryDir dir;
    ChineseSheets chinese;
    QCoreApplication::installTranslator(&chinese);
    const QString in = written(dir, samplePacket(1, true));
    QCoreApplication::removeTranslator(&chinese);
    const QJsonObject workbook = inspected(python, in);
    QStringList names;
    for (const QJsonValue &sheet : workbook.value(QStringLiteral("sheets")).toArray())
        names << sheet.toObject().value(QStringLiteral("name")).toString();
    EXPECT_EQ(names, (QStringList{QStringLiteral("说明"), QStringLiteral("评分"), QStringLiteral("两两比较"), QStringLiteral("lists"), QStringLiteral("packet")}));
    const QJsonArray validations = sheetOf(workbook, QStringLiteral("评分")).value(QStringLiteral("validations")).toArray();
    EXPECT_TRUE(std::any_of(validations.begin(), validations.end(), [](const QJsonValue &v) {
        return v.toObject().value(QStringLiteral("promptTitle")).toString() == QStringLiteral("评分 0–10");
    }));

    const QJsonArray cells = {cell(QStringLiteral("评分"), ShanxiMission, QStringLiteral("score"), 8.5),
                              cell(QStringLiteral("评分"), ShanxiMission, QStringLiteral("备注"), QStringLiteral("依据2018年条例")),
                              cell(QStringLiteral("两两比较"), 4, QStringLiteral("value"), QStringLiteral("1/7"))};
    const ReturnedPacket packet = readBack(filled(python, dir, in, {{QStringLiteral("cells"), cells}}));
    EXPECT_TRUE(packet.structureErrors.isEmpty()) << qPrintable(packet.structureErrors.join(QLatin1Char('\n')));
    EXPECT_TRUE(packet.problems.isEmpty()) << qPrintable(problemsText(packet));
    ASSERT_EQ(packet.answers.size(), 6);
    EXPECT_EQ(answerAt(packet, ShanxiMission)->score, 8.5);
    EXPECT_EQ(answerAt(packet, ShanxiMission)->note, QStringLiteral("依据2018年条例"));
    EXPECT_EQ(answerAt(packet, ShanxiMission)->regionKey, QStringLiteral("140000"));
    ASSERT_EQ(packet.comparisons.size(), 3);
    EXPECT_DOUBLE_EQ(packet.comparisons[1].value.value_or(0), 1.0 / 7.0);
}

// What the writer pre-fills (a packet made again for an expert who had
// answered) is read back as it was, without any other program.
TEST(ScoringPacketTest, PrefilledAnswersReadBack)
{
    QTemporaryDir dir;
    ScoringPacket packet = samplePacket(1, true);
    packet.items[1].score = 3.5;
    packet.items[1].note = QStringLiteral("见2017年文件");
    packet.comparisons[0].value = 1.0 / 3.0;
    packet.comparisons[2].value = 7.0;
    const ReturnedPacket back = readBack(written(dir, packet));
    EXPECT_TRUE(back.structureErrors.isEmpty()) << qPrintable(back.structureErrors.join(QLatin1Char('\n')));
    EXPECT_TRUE(back.problems.isEmpty()) << qPrintable(problemsText(back));
    ASSERT_EQ(back.answers.size(), 6);
    EXPECT_EQ(back.answers[1].score, 3.5);
    EXPECT_EQ(back.answers[1].note, QStringLiteral("见2017年文件"));
    EXPECT_FALSE(back.answers[0].score.has_value());
    ASSERT_EQ(back.comparisons.size(), 3);
    EXPECT_DOUBLE_EQ(back.comparisons[0].value.value_or(0), 1.0 / 3.0);
    EXPECT_FALSE(back.comparisons[1].value.has_value());
    EXPECT_EQ(back.comparisons[2].value, 7.0);
}

// LibreOffice opens it: converted to xlsx again it is still a packet, with its keys.
TEST(ScoringPacketTest, LibreOfficeKeepsThePacket)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    QTemporaryDir dir;
    ScoringPacket packet = samplePacket(2, true);
    packet.items[4].score = 6.5;
    packet.comparisons[1].value = 0.2;
    const QString in = written(dir, packet);
    QProcess convert;
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx:Calc MS Excel 2007 XML"),
                            QStringLiteral("--outdir"), dir.filePath(QStringLiteral("out")), in});
    ASSERT_TRUE(convert.waitForFinished(110000));
    const QString out = dir.filePath(QStringLiteral("out/packet.xlsx"));
    ASSERT_TRUE(QFile::exists(out)) << qPrintable(QString::fromUtf8(convert.readAllStandardError()));
    EXPECT_TRUE(isScoringPacket(out));
    const ReturnedPacket back = readBack(out);
    EXPECT_TRUE(back.structureErrors.isEmpty()) << qPrintable(back.structureErrors.join(QLatin1Char('\n')));
    EXPECT_TRUE(back.problems.isEmpty()) << qPrintable(problemsText(back));
    EXPECT_EQ(back.packetId, packet.packetId);
    EXPECT_EQ(back.databaseId, packet.databaseId);
    EXPECT_EQ(back.raterId, 4);
    EXPECT_EQ(back.stageId, 2);
    EXPECT_EQ(back.round, 2);
    ASSERT_EQ(back.answers.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(back.answers[i].regionId, packet.items[i].regionId);
        EXPECT_EQ(back.answers[i].regionKey, packet.items[i].regionKey);
        EXPECT_EQ(back.answers[i].indicatorId, packet.items[i].indicatorId);
        EXPECT_EQ(back.answers[i].indicatorKey, packet.items[i].indicatorKey);
        EXPECT_EQ(back.answers[i].score, packet.items[i].score);
    }
    ASSERT_EQ(back.comparisons.size(), 3);
    EXPECT_DOUBLE_EQ(back.comparisons[1].value.value_or(0), 0.2);
}

// A row added, a hidden key deleted, a sheet renamed, a row copied: each is
// a structure error (the store refuses the packet); an untouched one none.
TEST(ScoringPacketTest, AlteredStructureIsRefused)
{
    REQUIRE_OPENPYXL(python);
    QTemporaryDir dir;
    const QString in = written(dir, samplePacket(1, true));
    const QString scores = QStringLiteral("Scores");
    auto alter = [&](const QJsonObject &change) {
        return readBack(filled(python, dir, in, {{QStringLiteral("alter"), QJsonArray{change}}}));
    };
    auto errorsContain = [](const ReturnedPacket &p, const QString &fragment) {
        return std::any_of(p.structureErrors.cbegin(), p.structureErrors.cend(), [&](const QString &e) { return e.contains(fragment); });
    };

    const ReturnedPacket untouched = readBack(filled(python, dir, in, {}));
    EXPECT_TRUE(untouched.structureErrors.isEmpty()) << qPrintable(untouched.structureErrors.join(QLatin1Char('\n')));

    const ReturnedPacket added = alter({{QStringLiteral("op"), QStringLiteral("insert_row")}, {QStringLiteral("sheet"), scores},
                                        {QStringLiteral("row"), 5}, {QStringLiteral("values"), QJsonObject{{QStringLiteral("region"), QStringLiteral("江苏省")}, {QStringLiteral("score"), 5}}}});
    EXPECT_TRUE(errorsContain(added, QStringLiteral("row 5 has no hidden keys"))) << qPrintable(added.structureErrors.join(QLatin1Char('\n')));

    const ReturnedPacket keyless = alter({{QStringLiteral("op"), QStringLiteral("clear")}, {QStringLiteral("sheet"), scores},
                                          {QStringLiteral("row"), 4}, {QStringLiteral("column"), QStringLiteral("indicator_id")}});
    EXPECT_TRUE(errorsContain(keyless, QStringLiteral("row 4 has no hidden keys"))) << qPrintable(keyless.structureErrors.join(QLatin1Char('\n')));
    EXPECT_TRUE(errorsContain(keyless, QStringLiteral("5 rows of items where the packet has 6")));

    const ReturnedPacket copied = alter({{QStringLiteral("op"), QStringLiteral("copy_row")}, {QStringLiteral("sheet"), scores},
                                         {QStringLiteral("from"), 3}, {QStringLiteral("to"), 9}});
    EXPECT_TRUE(errorsContain(copied, QStringLiteral("row 9 repeats row 3"))) << qPrintable(copied.structureErrors.join(QLatin1Char('\n')));

    const ReturnedPacket renamed = alter({{QStringLiteral("op"), QStringLiteral("rename_sheet")}, {QStringLiteral("sheet"), QStringLiteral("Comparisons")},
                                          {QStringLiteral("to"), QStringLiteral("比较")}});
    EXPECT_TRUE(errorsContain(renamed, QStringLiteral("“Comparisons” is missing"))) << qPrintable(renamed.structureErrors.join(QLatin1Char('\n')));
    EXPECT_EQ(renamed.answers.size(), 6); // the scores are still read, for the store to show

    const ReturnedPacket rekeyed = alter({{QStringLiteral("op"), QStringLiteral("clear")}, {QStringLiteral("sheet"), scores},
                                          {QStringLiteral("row"), 2}, {QStringLiteral("column"), QStringLiteral("score")}});
    EXPECT_TRUE(errorsContain(rekeyed, QStringLiteral("its columns were changed"))) << qPrintable(rekeyed.structureErrors.join(QLatin1Char('\n')));
}

// The packet sheet's format name changed: a sheet named "packet" is not
// enough to be a packet, and a later format is not read as this one.
TEST(ScoringPacketTest, ForeignOrLaterFormatIsRefused)
{
    REQUIRE_OPENPYXL(python);
    QTemporaryDir dir;
    const QString in = written(dir, samplePacket(1, false));
    auto withFormat = [&](const QString &format) {
        return filled(python, dir, in,
                      {{QStringLiteral("alter"), QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("set")},
                                                                        {QStringLiteral("sheet"), QStringLiteral("packet")},
                                                                        {QStringLiteral("cell"), QStringLiteral("B1")},
                                                                        {QStringLiteral("value"), format}}}}});
    };
    QString error;
    const QString foreign = withFormat(QStringLiteral("budget-sheet 1"));
    EXPECT_FALSE(isScoringPacket(foreign));
    EXPECT_FALSE(readScoringPacket(foreign, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("is not a scoring packet"))) << qPrintable(error);

    const QString later = withFormat(QStringLiteral("triangle-studio-packet 2"));
    EXPECT_TRUE(isScoringPacket(later));
    error.clear();
    EXPECT_FALSE(readScoringPacket(later, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("later format (2)"))) << qPrintable(error);

    const QString same = withFormat(QStringLiteral("triangle-studio-packet 1"));
    EXPECT_TRUE(isScoringPacket(same));
    EXPECT_TRUE(readScoringPacket(same, &error).has_value()) << qPrintable(error);
}

// A packet the writer cannot write (an item whose indicator it does not
// describe) is a sentence, and the file already there is left as it was.
TEST(ScoringPacketTest, WriterFailureLeavesTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("packet.xlsx"));
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the packet sent last week");
    old.close();
    ScoringPacket packet = samplePacket(1, false);
    packet.items[2].indicatorId = 99;
    const QString error = writeScoringPacket(packet, path);
    EXPECT_TRUE(error.contains(QStringLiteral("cannot be written"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QStringLiteral("funding"))) << qPrintable(error);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the packet sent last week"));
}

// A file that is no workbook, a workbook that is no packet, a packet cut
// short: a clear error each, never a crash.
TEST(ScoringPacketTest, NotAPacketIsAClearError)
{
    QTemporaryDir dir;
    QString error;

    const QString text = dir.filePath(QStringLiteral("notes.xlsx"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("region,score\n330000,7\n");
    file.close();
    EXPECT_FALSE(isScoringPacket(text));
    EXPECT_FALSE(readScoringPacket(text, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("not an Excel workbook"))) << qPrintable(error);

    const QString data = dir.filePath(QStringLiteral("data.xlsx"));
    ASSERT_TRUE(writeDataWorkbook(DataSet{}, data).isEmpty());
    error.clear();
    EXPECT_FALSE(isScoringPacket(data));
    EXPECT_FALSE(readScoringPacket(data, &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("is not a scoring packet"))) << qPrintable(error);

    const QString whole = written(dir, samplePacket(2, true));
    EXPECT_TRUE(isScoringPacket(whole));
    QFile packet(whole);
    ASSERT_TRUE(packet.open(QIODevice::ReadOnly));
    const QByteArray bytes = packet.readAll();
    for (const qsizetype cut : {qsizetype(0), bytes.size() / 3, bytes.size() - 100}) {
        const QString part = dir.filePath(QStringLiteral("cut.xlsx"));
        QFile out(part);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes.left(cut));
        out.close();
        error.clear();
        EXPECT_FALSE(isScoringPacket(part)) << cut;
        EXPECT_FALSE(readScoringPacket(part, &error).has_value()) << cut;
        EXPECT_FALSE(error.isEmpty()) << cut;
    }
}
