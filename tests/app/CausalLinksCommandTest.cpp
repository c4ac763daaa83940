// `triangle-studio findings -o FILE.json` gives each region its causal links
// (issue 21 §6): the shipped links the article asserts, each with its quote,
// its location and the check against the dates.

#include "support/CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace triangle::test;

namespace {
QJsonArray linksOf(const QJsonObject &root, const QString &code)
{
    for (const QJsonValue &region : root.value(QStringLiteral("regions")).toArray()) {
        if (region.toObject().value(QStringLiteral("code")).toString() == code)
            return region.toObject().value(QStringLiteral("causal_links")).toArray();
    }
    return {};
}
} // namespace

TEST(CausalLinksCommandTest, FindingsJsonGivesEachRegionItsCheckedLinks)
{
    QTemporaryDir home;
    const QString json = home.filePath(QStringLiteral("findings.json"));
    const ProcessResult ran = runTriangleStudio(QStringLiteral(TRIANGLE_EXECUTABLE), home.path(),
                                                {QStringLiteral("findings"), QStringLiteral("--regions"),
                                                 QStringLiteral("330000,140000,510000"), QStringLiteral("--draws"),
                                                 QStringLiteral("50"), QStringLiteral("-o"), json});
    ASSERT_EQ(ran.exitCode, 0) << qPrintable(ran.err);
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();

    // Zhejiang: the 2016 reform → the 2018 pilot plan → the 2023 pilot and regulation, all after.
    const QJsonArray zhejiang = linksOf(root, QStringLiteral("330000"));
    ASSERT_EQ(zhejiang.size(), 3);
    const QJsonObject pull = zhejiang[1].toObject();
    EXPECT_EQ(pull.value(QStringLiteral("from")).toObject().value(QStringLiteral("record")).toString(),
              QStringLiteral("policy:zj-2018-pilot-plan"));
    EXPECT_EQ(pull.value(QStringLiteral("to")).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-01"));
    EXPECT_TRUE(pull.value(QStringLiteral("quote")).toString().startsWith(QStringLiteral("由此,在使命愿景的驱动下")));
    EXPECT_EQ(pull.value(QStringLiteral("location")).toString(), QStringLiteral("§四(二)1"));
    for (const QJsonValue &link : zhejiang) {
        EXPECT_EQ(link.toObject().value(QStringLiteral("check")).toString(), QStringLiteral("after"));
        EXPECT_FALSE(link.toObject().value(QStringLiteral("imputed_dates")).toBool());
    }
    EXPECT_EQ(pull.value(QStringLiteral("chains")).toArray(), (QJsonArray{1}));

    // Shanxi: the 2020-09 regulation and the centralised offices the article places in 2020: cannot tell.
    const QJsonArray shanxi = linksOf(root, QStringLiteral("140000"));
    ASSERT_EQ(shanxi.size(), 2);
    EXPECT_EQ(shanxi[0].toObject().value(QStringLiteral("check")).toString(), QStringLiteral("cannot_tell"));
    EXPECT_TRUE(shanxi[0].toObject().value(QStringLiteral("imputed_dates")).toBool());
    EXPECT_EQ(shanxi[0].toObject().value(QStringLiteral("check_text")).toString(), QStringLiteral("same time, cannot tell"));

    ASSERT_EQ(linksOf(root, QStringLiteral("510000")).size(), 2);
}
