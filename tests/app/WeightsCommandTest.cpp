// `triangle-studio weights` (issue 22): the real executable on a database of
// the test's own holding the shipped data — sets recorded, derived from the
// data, combined, activated, refused, removed, listed and compared.

#include "support/CliRunner.h"
#include "support/TestData.h"

#include "data/DefaultDatabase.h"
#include "data/CsvTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace triangle;
using namespace triangle::test;

namespace {
class WeightsCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto created = createDatabase(database(), *defaultData()); // with the shipped indicator values
        ASSERT_OK(created);
    }

    ProcessResult weights(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("weights"));
        arguments << QStringLiteral("--db") << database();
        return runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(), arguments);
    }
    QString database() const { return m_home.filePath(QStringLiteral("study.tsdb")); }

    QTemporaryDir m_home;
};
} // namespace

TEST_F(WeightsCommandTest, RecordsDerivesCombinesAndActivates)
{
    const ProcessResult recorded = weights({QStringLiteral("--record"), QStringLiteral("analyst")});
    ASSERT_EQ(recorded.exitCode, 0) << qPrintable(recorded.err);
    const ProcessResult derived = weights({QStringLiteral("--derive"), QStringLiteral("entropy"), QStringLiteral("--stage"),
                                           QStringLiteral("advantage"), QStringLiteral("--name"), QStringLiteral("熵权")});
    ASSERT_EQ(derived.exitCode, 0) << qPrintable(derived.err);
    // No region has a value of political-public-support at the advantage stage: weight 0, said so.
    EXPECT_TRUE(derived.out.contains(QStringLiteral("公众支持与社会监督"))) << qPrintable(derived.out);

    // It cannot be put in force: one line naming the indicator, and nothing changes.
    const ProcessResult refused = weights({QStringLiteral("--activate"), QStringLiteral("熵权")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.err.count(QLatin1Char('\n')), 1) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("political-public-support"))) << qPrintable(refused.err);

    const ProcessResult combined = weights({QStringLiteral("--combine"), QStringLiteral("analyst,熵权"), QStringLiteral("--rule"),
                                            QStringLiteral("linear"), QStringLiteral("--alpha"), QStringLiteral("0.4"),
                                            QStringLiteral("--name"), QStringLiteral("mix")});
    ASSERT_EQ(combined.exitCode, 0) << qPrintable(combined.err);
    const ProcessResult activated = weights({QStringLiteral("--activate"), QStringLiteral("mix")});
    ASSERT_EQ(activated.exitCode, 0) << qPrintable(activated.err);

    // The listing as JSON: mix is in force, and the indicators carry its weights.
    const ProcessResult listed = weights({QStringLiteral("-o"), QStringLiteral("json")});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray sets = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("weight_sets")).toArray();
    ASSERT_EQ(sets.size(), 3);
    QJsonObject mix;
    for (const QJsonValue &s : sets) {
        EXPECT_EQ(s.toObject().value(QStringLiteral("active")).toBool(), s.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("mix"));
        if (s.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("mix"))
            mix = s.toObject();
    }
    EXPECT_EQ(mix.value(QStringLiteral("method")).toString(), QStringLiteral("combined"));
    auto store = Store::open(database(), {});
    ASSERT_OK(store);
    const QJsonObject mixWeights = mix.value(QStringLiteral("weights")).toObject();
    double publicSupport = 0;
    for (const Indicator &i : *(*store)->indicators().all()) {
        EXPECT_NEAR(i.weight, mixWeights.value(i.key).toDouble(), 1e-9) << qPrintable(i.key);
        if (i.key == QStringLiteral("political-public-support"))
            publicSupport = i.weight;
    }
    // Linear, α = 0.4: the analyst's 1 of 5 political weights (0.2) and the data's 0 → 0.4 · 0.2 + 0.6 · 0 = 0.08.
    EXPECT_NEAR(publicSupport, 0.08, 1e-9);

    // The active set cannot be removed; another can.
    const ProcessResult kept = weights({QStringLiteral("--remove"), QStringLiteral("mix")});
    EXPECT_EQ(kept.exitCode, 1);
    EXPECT_TRUE(kept.err.contains(QStringLiteral("in force"))) << qPrintable(kept.err);
    EXPECT_EQ(weights({QStringLiteral("--remove"), QStringLiteral("熵权")}).exitCode, 0);
}

TEST_F(WeightsCommandTest, CompareGivesTheScoresInForceAndMarksChanges)
{
    ASSERT_EQ(weights({QStringLiteral("--record"), QStringLiteral("analyst")}).exitCode, 0);
    ASSERT_EQ(weights({QStringLiteral("--derive"), QStringLiteral("critic"), QStringLiteral("--stage"), QStringLiteral("advantage"),
                       QStringLiteral("--name"), QStringLiteral("crit")})
                  .exitCode,
              0);
    const ProcessResult csv = weights({QStringLiteral("--compare"), QStringLiteral("analyst,crit"), QStringLiteral("--stage"),
                                       QStringLiteral("advantage"), QStringLiteral("-o"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    QString error;
    const CsvTable table = CsvTable::parse(csv.out.toUtf8(), &error);
    ASSERT_TRUE(error.isEmpty()) << qPrintable(error);
    auto store = Store::open(database(), {});
    ASSERT_OK(store);
    const Id advantage = (*store)->stages().byKey(QStringLiteral("advantage"))->id;
    int analystRows = 0;
    for (const QStringList &row : table.rows) {
        const QString code = row[table.header.indexOf(QStringLiteral("region"))];
        if (row[table.header.indexOf(QStringLiteral("set"))] != QStringLiteral("analyst"))
            continue;
        ++analystRows;
        // Under the weights in force, the scores the app stores.
        auto at = (*store)->assessments().at((*store)->regions().byCode(code)->id, advantage);
        ASSERT_OK(at);
        ASSERT_TRUE(at->has_value());
        const Assessment stored = **at;
        EXPECT_DOUBLE_EQ(row[table.header.indexOf(QStringLiteral("mission"))].toDouble(), stored.scores[Dimension::Mission]) << qPrintable(code);
        EXPECT_DOUBLE_EQ(row[table.header.indexOf(QStringLiteral("operational"))].toDouble(), stored.scores[Dimension::Operational]) << qPrintable(code);
    }
    EXPECT_EQ(analystRows, 3);

    const ProcessResult text = weights({QStringLiteral("--compare"), QStringLiteral("analyst,crit"), QStringLiteral("--stage"),
                                        QStringLiteral("advantage")});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.contains(QStringLiteral("analyst: rank"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QStringLiteral("浙江省"))) << qPrintable(text.out);
    const ProcessResult md = weights({QStringLiteral("--compare"), QStringLiteral("analyst,crit"), QStringLiteral("--stage"),
                                      QStringLiteral("advantage"), QStringLiteral("-o"), QStringLiteral("md")});
    EXPECT_TRUE(md.out.contains(QStringLiteral("|---|"))) << qPrintable(md.out);
}

TEST_F(WeightsCommandTest, MistakesAreRefusedWithOneLine)
{
    const ProcessResult two = weights({QStringLiteral("--activate"), QStringLiteral("a"), QStringLiteral("--remove"), QStringLiteral("b")});
    EXPECT_EQ(two.exitCode, 2);
    const ProcessResult method = weights({QStringLiteral("--derive"), QStringLiteral("ahp"), QStringLiteral("--stage"),
                                          QStringLiteral("advantage"), QStringLiteral("--name"), QStringLiteral("x")});
    EXPECT_EQ(method.exitCode, 2);
    EXPECT_TRUE(method.err.contains(QStringLiteral("entropy or critic"))) << qPrintable(method.err);
    const ProcessResult format = weights({QStringLiteral("-o"), QStringLiteral("xlsx")});
    EXPECT_EQ(format.exitCode, 2);
    const ProcessResult unknown = weights({QStringLiteral("--activate"), QStringLiteral("nobody")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.err.count(QLatin1Char('\n')), 1) << qPrintable(unknown.err);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nobody"))) << qPrintable(unknown.err);
    const ProcessResult alone = weights({QStringLiteral("--compare"), QStringLiteral("a"), QStringLiteral("--stage"), QStringLiteral("advantage")});
    EXPECT_EQ(alone.exitCode, 2);
}

// A file's weight set marked in force whose weights are not the indicators'
// is stored as not in force, and the import says so on its own line.
TEST_F(WeightsCommandTest, ImportSaysWhenASetMarkedInForceIsStoredOtherwise)
{
    const QString exported = m_home.filePath(QStringLiteral("data.json"));
    ASSERT_EQ(runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                {QStringLiteral("export"), QStringLiteral("--db"), database(), QStringLiteral("-o"), exported})
                  .exitCode,
              0);
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray values;
    bool first = true;
    for (const QJsonValue &i : root.value(QStringLiteral("indicators")).toArray()) {
        const double weight = i.toObject().value(QStringLiteral("weight")).toDouble(1.0);
        values.append(QJsonObject{{QStringLiteral("indicator"), i.toObject().value(QStringLiteral("key"))},
                                  {QStringLiteral("weight"), first ? weight * 3.0 : weight}});
        first = false;
    }
    root.insert(QStringLiteral("weight_sets"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("claimed")},
                                                                      {QStringLiteral("method"), QStringLiteral("analyst")},
                                                                      {QStringLiteral("active"), true},
                                                                      {QStringLiteral("values"), values}}});
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();
    const ProcessResult imported = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), m_home.path(),
                                                     {QStringLiteral("import"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("new.tsdb")), exported});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Weight sets: 1 added, 0 updated, 0 skipped"))) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Note: "))) << qPrintable(imported.out);
    EXPECT_TRUE(imported.out.contains(QStringLiteral("claimed"))) << qPrintable(imported.out);
}
