// Daily snapshots: one a day at most, the newest N kept, each a sound copy
// that opens with every record; restored only as a new file.

#include "data/DefaultDatabase.h"
#include "store/Backups.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace triangle;
using namespace triangle::test;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class BackupsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("study.tsdb")));
        ASSERT_OK(opened);
        store = std::move(*opened);
        folder = Backups::folderFor(dir.filePath(QStringLiteral("backups")), store->filePath());
    }

    static QDateTime day(int d, int hour = 9) { return QDateTime(QDate(2026, 11, d), QTime(hour, 30)); }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString folder;
};

TEST_F(BackupsTest, TheFirstOpeningOfADayTakesASnapshotThatOpensWithEveryRecord)
{
    auto taken = Backups::takeDaily(*store, folder, 5, day(3));
    ASSERT_OK(taken);
    ASSERT_TRUE(taken->has_value());
    EXPECT_EQ((*taken)->taken, day(3));
    EXPECT_TRUE(QFileInfo((*taken)->path).fileName().startsWith(QStringLiteral("20261103-093000")));

    OpenOptions readOnly;
    readOnly.readOnly = true;
    auto copy = Store::open((*taken)->path, readOnly);
    ASSERT_OK(copy);
    EXPECT_EQ(*(*copy)->quickCheck(), QStringLiteral("ok"));
    EXPECT_EQ(*(*copy)->counts(), *store->counts());

    // Later the same day: nothing new.
    auto again = Backups::takeDaily(*store, folder, 5, day(3, 17));
    ASSERT_OK(again);
    EXPECT_FALSE(again->has_value());
    EXPECT_EQ(Backups::list(folder).size(), 1);
}

TEST_F(BackupsTest, OnlyTheNewestAreKeptNewestFirst)
{
    for (int d = 1; d <= 5; ++d)
        ASSERT_OK(Backups::takeDaily(*store, folder, 3, day(d)));
    const QList<BackupInfo> kept = Backups::list(folder);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept[0].taken, day(5));
    EXPECT_EQ(kept[1].taken, day(4));
    EXPECT_EQ(kept[2].taken, day(3));
}

TEST_F(BackupsTest, ASnapshotHoldsTheDataOfItsDay)
{
    ASSERT_OK(Backups::takeDaily(*store, folder, 5, day(1)));
    const Id zhejiang = store->regions().byCode(QStringLiteral("330000"))->id;
    ASSERT_OK(store->regions().remove(zhejiang));
    ASSERT_OK(Backups::takeDaily(*store, folder, 5, day(2)));

    const QList<BackupInfo> all = Backups::list(folder);
    ASSERT_EQ(all.size(), 2);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    EXPECT_FALSE((*Store::open(all[0].path, readOnly))->regions().byCode(QStringLiteral("330000")).ok());
    EXPECT_TRUE((*Store::open(all[1].path, readOnly))->regions().byCode(QStringLiteral("330000")).ok());
}

TEST_F(BackupsTest, SameNamedDatabasesInTwoFoldersKeepApart)
{
    const QString root = dir.filePath(QStringLiteral("backups"));
    EXPECT_NE(Backups::folderFor(root, QStringLiteral("/a/study.tsdb")), Backups::folderFor(root, QStringLiteral("/b/study.tsdb")));
    EXPECT_TRUE(QFileInfo(Backups::folderFor(root, QStringLiteral("/a/study.tsdb"))).fileName().startsWith(QStringLiteral("study-")));
}

TEST_F(BackupsTest, RestoringWritesANewFileAndNeverOverAnExistingOne)
{
    auto taken = Backups::takeDaily(*store, folder, 5, day(1));
    ASSERT_OK(taken);
    const QString target = dir.filePath(QStringLiteral("restored.tsdb"));
    ASSERT_OK(Backups::restore(**taken, target));
    auto restored = Store::open(target);
    ASSERT_OK(restored);
    EXPECT_EQ(*(*restored)->counts(), *store->counts());
    const Id zhejiang = (*restored)->regions().byCode(QStringLiteral("330000"))->id;
    EXPECT_TRUE((*restored)->regions().add(makeRegion(QStringLiteral("330100"), QStringLiteral("杭州市"), Level::City, zhejiang)).ok())
        << "a restored file is for working in";

    // Over the open database, or any existing file: refused, file unchanged.
    const QByteArray before = fileBytes(store->filePath());
    auto refused = Backups::restore(**taken, store->filePath());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, StoreError::Kind::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already exists"))) << qPrintable(refused.error().message);
    EXPECT_EQ(fileBytes(store->filePath()), before);
}
} // namespace
