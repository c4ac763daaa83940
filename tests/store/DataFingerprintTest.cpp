// The data fingerprint that outputs print (issue 21 §10): the same content
// gives the same hash however it was stored, any change of a score gives
// another, and the JSON export's own SHA-256 is that hash.

#include "support/TestData.h"

#include "analysis/Findings.h"
#include "data/DataExporter.h"
#include "data/DataFingerprint.h"
#include "data/DataImporter.h"
#include "data/DefaultDatabase.h"
#include "data/JsonDataReader.h"
#include "data/JsonDataWriter.h"
#include "data/Provenance.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace triangle;
using namespace triangle::test;

namespace {
QByteArray exportedJson(const Store &store)
{
    auto data = exportDataSet(store);
    EXPECT_TRUE(data.ok());
    return data ? writeJsonData(*data) : QByteArray();
}

void importJson(Store &store, const QByteArray &json)
{
    const auto read = JsonDataReader::read(json, QStringLiteral("data.json"));
    ASSERT_TRUE(read.problems.isEmpty()) << qPrintable(describeDataProblems(read.problems));
    const auto imported = DataImporter::import(store, read.data, ConflictPolicy::Fail);
    ASSERT_TRUE(imported.ok()) << qPrintable(describeDataProblems(imported.problems));
}
} // namespace

TEST_F(StoreTest, FingerprintIsTheSha256OfTheJsonExport)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    const auto fingerprint = dataFingerprint(**source);
    ASSERT_OK(fingerprint);
    EXPECT_EQ(fingerprint->size(), 64);
    EXPECT_EQ(*fingerprint, QString::fromLatin1(QCryptographicHash::hash(exportedJson(**source), QCryptographicHash::Sha256).toHex()));
}

TEST_F(StoreTest, FingerprintSurvivesARoundTripInAnyOrder)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    ASSERT_NO_FATAL_FAILURE(addWhatTheSeedLacks(**source));
    const auto original = dataFingerprint(**source);
    ASSERT_OK(original);

    // The same records written in another order get other ids in the new
    // database: the fingerprint does not see them.
    QJsonObject root = QJsonDocument::fromJson(exportedJson(**source)).object();
    for (const char *list : {"policies", "milestones", "assessments", "indicator_values", "raters"}) {
        QJsonArray reversed;
        for (const QJsonValue &v : root.value(QLatin1StringView(list)).toArray())
            reversed.prepend(v);
        root.insert(QLatin1StringView(list), reversed);
    }
    ASSERT_NO_FATAL_FAILURE(importJson(*store, QJsonDocument(root).toJson()));
    const auto copy = dataFingerprint(*store);
    ASSERT_OK(copy);
    EXPECT_EQ(*copy, *original);
}

TEST_F(StoreTest, FingerprintChangesWithAnyScoreAndComesBackWithIt)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    const auto before = dataFingerprint(**source);
    ASSERT_OK(before);

    auto values = (*source)->indicatorValues().all();
    ASSERT_OK(values);
    ASSERT_FALSE(values->isEmpty());
    IndicatorValue value = values->first();
    const double was = value.score;
    value.score = was >= 9.9 ? was - 0.1 : was + 0.1;
    ASSERT_OK((*source)->indicatorValues().update(value));
    const auto changed = dataFingerprint(**source);
    ASSERT_OK(changed);
    EXPECT_NE(*changed, *before);

    value.score = was;
    ASSERT_OK((*source)->indicatorValues().update(value));
    const auto restored = dataFingerprint(**source);
    ASSERT_OK(restored);
    EXPECT_EQ(*restored, *before);
}

TEST_F(StoreTest, ProvenanceNamesTheVersionsAndTheShortFingerprint)
{
    auto source = openOrCreateSeeded(path(QStringLiteral("source.tsdb")));
    ASSERT_OK(source);
    const auto provenance = provenanceOf(**source);
    ASSERT_OK(provenance);
    const auto fingerprint = dataFingerprint(**source);
    ASSERT_OK(fingerprint);
    EXPECT_EQ(provenance->dataHash, *fingerprint);
    EXPECT_EQ(provenanceText(*provenance), QStringLiteral("Triangle Studio %1 · rules v%2 · data %3")
                                               .arg(QStringLiteral(TRIANGLE_VERSION))
                                               .arg(FindingsRuleVersion)
                                               .arg(fingerprint->left(12)));
    const QJsonObject json = provenanceJson(*provenance);
    EXPECT_EQ(json.value(QStringLiteral("app_version")).toString(), QStringLiteral(TRIANGLE_VERSION));
    EXPECT_EQ(json.value(QStringLiteral("rule_version")).toInt(), FindingsRuleVersion);
    EXPECT_EQ(json.value(QStringLiteral("data_hash")).toString(), *fingerprint);
}
