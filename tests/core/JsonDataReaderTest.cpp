#include "data/JsonDataReader.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
const QString Source = QStringLiteral("in.json");

JsonDataReader::Output readText(const char *json) { return JsonDataReader::read(QByteArray(json), Source); }

// A problem at `location` whose message contains `fragment`.
::testing::AssertionResult hasProblem(const DataProblems &problems, const QString &location, const QString &fragment)
{
    for (const DataProblem &p : problems) {
        if (p.location == Source + QStringLiteral(": ") + location && p.message.contains(fragment))
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no problem at " << qPrintable(location) << " containing “"
                                         << qPrintable(fragment) << "”; got:\n"
                                         << qPrintable(describeDataProblems(problems));
}

const char *ValidFile = R"({
  "format": "triangle-studio", "version": 1, "description": "test",
  "stages": [{"key": "initial", "name_zh": "初始三角", "name_en": "Initial", "start_year": 2011, "end_year": 2011, "order": 1}],
  "regions": [
    {"code": "100000", "name_zh": "全国", "level": "national", "parent": null},
    {"code": "330000", "name_zh": "浙江省", "name_en": "Zhejiang", "level": "province", "parent": "100000", "agency": "浙江省机关事务管理局"}
  ],
  "policies": [{"uid": "p1", "region": "100000", "title_zh": "《机关事务管理条例》", "date": "2012", "level": "national",
                "kind": "regulation", "dimensions": ["political", "operational"]}],
  "milestones": [{"uid": "m1", "region": "330000", "date": "2019", "title_zh": "公务用车全省一张网", "dimensions": ["operational"],
                  "quantity": 283, "unit": "项"}],
  "assessments": [{"region": "330000", "stage": "initial", "scores": {"mission": 3.5, "political": 3, "operational": 3},
                   "rationale": {"mission": "理由"}, "source": "reading",
                   "evidence": {"political": ["policy:p1"], "operational": ["milestone:m1"]}}]
})";
} // namespace

TEST(JsonDataReaderTest, ReadsAValidFile)
{
    const auto out = readText(ValidFile);
    ASSERT_TRUE(out.problems.isEmpty()) << qPrintable(describeDataProblems(out.problems));
    ASSERT_EQ(out.data.stages.size(), 1);
    ASSERT_EQ(out.data.regions.size(), 2);
    EXPECT_EQ(out.data.regions[1].parentCode, QStringLiteral("100000"));
    EXPECT_EQ(out.data.regions[1].region.agency, QStringLiteral("浙江省机关事务管理局"));
    ASSERT_EQ(out.data.policies.size(), 1);
    EXPECT_EQ(out.data.policies[0].policy.date, PartialDate::ofYear(2012));
    EXPECT_EQ(out.data.policies[0].policy.dimensions, (DimensionSet{Dimension::Political, Dimension::Operational}));
    ASSERT_EQ(out.data.milestones.size(), 1);
    ASSERT_TRUE(out.data.milestones[0].milestone.quantity);
    EXPECT_EQ(out.data.milestones[0].milestone.quantity->value, 283);
    ASSERT_EQ(out.data.assessments.size(), 1);
    const AssessmentRecord &a = out.data.assessments[0];
    EXPECT_EQ(a.assessment.scores, makeScores(3.5, 3, 3));
    EXPECT_EQ(a.assessment.rationale[Dimension::Mission], QStringLiteral("理由"));
    ASSERT_EQ(a.evidence[Dimension::Political].size(), 1);
    EXPECT_EQ(a.evidence[Dimension::Political][0], (EvidenceRef{Evidence::Kind::Policy, QStringLiteral("p1"), {}}));
    EXPECT_EQ(a.origin, QStringLiteral("in.json: $.assessments[0]"));
}

TEST(JsonDataReaderTest, EmptyFile)
{
    EXPECT_TRUE(hasProblem(readText("  \n").problems, QStringLiteral("$"), QStringLiteral("empty")));
}

TEST(JsonDataReaderTest, WrongEncoding)
{
    // "浙江" in GBK, as a file saved by an old editor would hold it.
    const QByteArray gbk = QByteArray(R"({"format": "triangle-studio", "description": ")") + QByteArray("\xd5\xe3\xbd\xad") + "\"}";
    EXPECT_TRUE(hasProblem(JsonDataReader::read(gbk, Source).problems, QStringLiteral("$"), QStringLiteral("UTF-8")));
}

TEST(JsonDataReaderTest, SyntaxErrorNamesTheLine)
{
    const auto out = readText("{\n  \"format\": \"triangle-studio\",\n  \"stages\": [,]\n}");
    EXPECT_TRUE(hasProblem(out.problems, QStringLiteral("line 3"), QStringLiteral("not valid JSON")));
}

TEST(JsonDataReaderTest, NotOurFormat)
{
    EXPECT_TRUE(hasProblem(readText(R"({"regions": []})").problems, QStringLiteral("$.format"), QStringLiteral("triangle-studio")));
    EXPECT_TRUE(hasProblem(readText("[1, 2]").problems, QStringLiteral("$"), QStringLiteral("object")));
}

TEST(JsonDataReaderTest, NewerFormatVersion)
{
    EXPECT_TRUE(hasProblem(readText(QStringLiteral(R"({"format": "triangle-studio", "version": %1})").arg(JsonDataReader::FormatVersion + 1).toUtf8()).problems, QStringLiteral("$.version"),
                           QStringLiteral("newer")));
}

TEST(JsonDataReaderTest, ReportsEveryProblemWithItsPath)
{
    const auto out = readText(R"({
      "format": "triangle-studio", "version": 1,
      "regions": [
        {"code": "330000", "name_zh": "浙江省", "level": "province", "parent": "100000", "colour": "red"},
        {"code": "33000X", "name_zh": "", "level": "state", "parent": "100000"},
        {"code": "330000", "name_zh": "重复", "level": "province", "parent": "100000"}
      ],
      "policies": [{"uid": "p1", "region": "100000", "title_zh": "T", "date": "2023-13-40", "level": "national",
                    "kind": "decree", "dimensions": ["mission", "finance"]}],
      "milestones": [{"uid": "m1", "region": "330000", "title_zh": "M", "date": "2019", "dimensions": [], "unit": "项"}],
      "assessments": [{"region": "330000", "stage": "initial", "scores": {"mission": 11, "political": "high"},
                       "evidence": {"mission": ["law:x"]}}]
    })");
    const DataProblems &p = out.problems;
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.regions[0].colour"), QStringLiteral("unknown field")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.regions[1].code"), QStringLiteral("six digits")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.regions[1].name_zh"), QStringLiteral("empty")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.regions[1].level"), QStringLiteral("“state”")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.regions[2].code"), QStringLiteral("duplicate")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.policies[0].date"), QStringLiteral("2023-13-40")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.policies[0].kind"), QStringLiteral("decree")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.policies[0].dimensions[1]"), QStringLiteral("finance")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.milestones[0].unit"), QStringLiteral("quantity")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.assessments[0].scores.mission"), QStringLiteral("11")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.assessments[0].scores.political"), QStringLiteral("number")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.assessments[0].scores.operational"), QStringLiteral("missing")));
    EXPECT_TRUE(hasProblem(p, QStringLiteral("$.assessments[0].evidence.mission[0]"), QStringLiteral("law:x")));
}

TEST(JsonDataReaderTest, MissingRequiredFields)
{
    const auto out = readText(R"({"format": "triangle-studio", "stages": [{"key": "x"}], "policies": [{}]})");
    EXPECT_TRUE(hasProblem(out.problems, QStringLiteral("$.stages[0].name_zh"), QStringLiteral("missing")));
    EXPECT_TRUE(hasProblem(out.problems, QStringLiteral("$.stages[0].start_year"), QStringLiteral("missing")));
    EXPECT_TRUE(hasProblem(out.problems, QStringLiteral("$.policies[0].uid"), QStringLiteral("missing")));
    EXPECT_TRUE(hasProblem(out.problems, QStringLiteral("$.policies[0].date"), QStringLiteral("missing")));
}
