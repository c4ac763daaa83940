#include "Backups.h"

#include "OpenDatabaseFiles.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace triangle {

namespace {
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString PreciseStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");
const QString Suffix = QStringLiteral(".tsdb");
const QString KeepKey = QStringLiteral("backups/keep");

StoreError backupError(StoreError::Kind kind, const QString &message) { return StoreError{kind, message, {}}; }
QString shown(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }
} // namespace

QString Backups::folderFor(const QString &root, const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return QDir(root).filePath(QStringLiteral("%1-%2").arg(info.completeBaseName(), QString::fromLatin1(hash)));
}

QList<BackupInfo> Backups::list(const QString &folder)
{
    QList<BackupInfo> found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*") + Suffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        QDateTime taken = QDateTime::fromString(file.completeBaseName(), StampFormat);
        if (!taken.isValid())
            taken = QDateTime::fromString(file.completeBaseName(), PreciseStampFormat);
        if (taken.isValid())
            found.append({file.absoluteFilePath(), taken});
    }
    std::stable_sort(found.begin(), found.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.taken > b.taken; });
    return found;
}

Result<BackupInfo> Backups::take(const Store &store, const QString &folder, int keep, const QDateTime &now)
{
    if (!QDir().mkpath(folder))
        return backupError(StoreError::Kind::ReadOnly, tr("The backup folder “%1” cannot be created.").arg(shown(folder)));
    // Two snapshots in one second (imports in a row) must not replace each other.
    BackupInfo taken{QDir(folder).filePath(now.toString(StampFormat) + Suffix), now};
    if (QFileInfo::exists(taken.path))
        taken.path = QDir(folder).filePath(now.toString(PreciseStampFormat) + Suffix);
    if (Status copied = store.saveCopyAs(taken.path); !copied)
        return copied.error();
    // The newest `keep`, counting the new one; never fewer than one.
    const QList<BackupInfo> all = list(folder);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all[i].path);
    return taken;
}

Result<std::optional<BackupInfo>> Backups::takeDaily(const Store &store, const QString &folder, int keep,
                                                     const QDateTime &now)
{
    const QList<BackupInfo> existing = list(folder);
    if (!existing.isEmpty() && existing.first().taken.date() == now.date())
        return std::optional<BackupInfo>();
    auto taken = take(store, folder, keep, now);
    if (!taken)
        return taken.error();
    return std::optional<BackupInfo>(*taken);
}

QString Backups::userRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

int Backups::userKeep()
{
    return std::max(1, QSettings().value(KeepKey, DefaultKeep).toInt());
}

void Backups::setUserKeep(int keep)
{
    QSettings().setValue(KeepKey, std::max(1, keep));
}

Result<std::optional<BackupInfo>> Backups::takeDailyForUser(const Store &store)
{
    return takeDaily(store, userFolderFor(store.filePath()), userKeep());
}

Result<BackupInfo> Backups::takeForUser(const Store &store)
{
    return take(store, userFolderFor(store.filePath()), userKeep());
}

Status Backups::restore(const BackupInfo &backup, const QString &target)
{
    // A copy opens the file; should it be open here, closing the copy would
    // drop SQLite's locks on it (see OpenDatabaseFiles).
    if (OpenDatabaseFiles::contains(backup.path))
        return backupError(StoreError::Kind::Conflict,
                           tr("The backup “%1” is open as a database: close it before restoring it.").arg(shown(backup.path)));
    if (QFileInfo::exists(target))
        return backupError(StoreError::Kind::Conflict,
                           tr("“%1” already exists: a backup is restored as a new file only.").arg(shown(target)));
    if (!QFile::copy(backup.path, target))
        return backupError(StoreError::Kind::ReadOnly,
                           tr("The backup “%1” cannot be copied to “%2”.").arg(shown(backup.path), shown(target)));
    // A copy inherits the backup's read-only bits if any; the restored file is for working in.
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return {};
}

} // namespace triangle
