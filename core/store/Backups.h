#pragma once

// Daily snapshots of a database, kept apart from it so that a bad day
// (a wrong import, a slip of the hand, a damaged disk sector) costs at most
// a day's work. A snapshot is a consistent copy made by SQLite itself
// (VACUUM INTO), safe while another program writes to the file.

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace triangle {

class Store;

struct BackupInfo
{
    QString path;
    QDateTime taken; // local time, from the file's name
};

class Backups
{
    Q_DECLARE_TR_FUNCTIONS(triangle::Backups)

public:
    static constexpr int DefaultKeep = 10;

    // The folder under `root` for the snapshots of `databasePath`: named
    // after the file, with a short hash of its full path so that two
    // "study.tsdb" in different folders keep apart.
    static QString folderFor(const QString &root, const QString &databasePath);

    // The snapshots in `folder`, newest first.
    static QList<BackupInfo> list(const QString &folder);

    // Writes a snapshot of `store` into `folder`, then deletes all but the
    // newest `keep`: before every import, so that each can be undone.
    static Result<BackupInfo> take(const Store &store, const QString &folder, int keep,
                                   const QDateTime &now = QDateTime::currentDateTime());
    // Writes a snapshot of `store` into `folder` unless one was already taken
    // on `now`'s day, then deletes all but the newest `keep`. Returns the new
    // snapshot, or nullopt when today's exists.
    static Result<std::optional<BackupInfo>> takeDaily(const Store &store, const QString &folder, int keep,
                                                       const QDateTime &now = QDateTime::currentDateTime());

    // The user's own arrangement: <AppDataLocation>/backups, keeping the
    // newest "backups/keep" (QSettings, DefaultKeep unless set).
    static QString userRoot();
    static int userKeep();
    static void setUserKeep(int keep);
    static QString userFolderFor(const QString &databasePath) { return folderFor(userRoot(), databasePath); }
    static Result<std::optional<BackupInfo>> takeDailyForUser(const Store &store);
    static Result<BackupInfo> takeForUser(const Store &store);

    // Copies `backup` to `target`, a new file: never over the database it
    // was taken of, nor over any existing file.
    static Status restore(const BackupInfo &backup, const QString &target);
};

} // namespace triangle
