#include "Store.h"

#include "AssessmentRepository.h"
#include "data/MadeFolders.h"
#include "EvidenceRepository.h"
#include "FileProbe.h"
#include "IndicatorRepository.h"
#include "IndicatorValueRepository.h"
#include "MilestoneRepository.h"
#include "PolicyRepository.h"
#include "RaterRepository.h"
#include "RegionRepository.h"
#include "StageRepository.h"
#include "SqlSupport.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QThread>

#include <algorithm>
#include <utility>

namespace triangle {

namespace {
QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("triangle-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString shownPath(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()); }

// Owns a connection until released: closes and removes it on failure paths.
class Connection
{
public:
    Connection(const QString &path, bool readOnly, int busyTimeoutMs = 0) : m_name(newConnectionName())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        m_db.setConnectOptions(options);
    }
    ~Connection()
    {
        if (m_name.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    QSqlDatabase release()
    {
        m_name.clear();
        return std::exchange(m_db, QSqlDatabase()); // no copy left to keep it in use
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QString &context)
{
    auto query = execPrepared(db, sql, {}, context);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

struct Header
{
    int userVersion = 0;
    qint32 applicationId = 0;
    int tableCount = 0;
};

StoreError openError(StoreError::Kind kind, const QString &message) { return StoreError{kind, message, {}}; }

QString walFile(const QString &path) { return path + QStringLiteral("-wal"); }
QString shmFile(const QString &path) { return path + QStringLiteral("-shm"); }

// The sentence for a failure SQLite reported while opening or reading `path`,
// by its result code: damage is reported only when SQLite says so.
StoreError openFailure(StoreError::Kind kind, const QString &detail, const QString &path, const FileProbe &probe)
{
    const QString shown = shownPath(path);
    switch (kind) {
    case StoreError::Kind::NotADatabase:
        return openError(kind, Store::tr("“%1” is not a SQLite database.").arg(shown));
    case StoreError::Kind::Corrupt:
        return openError(kind, Store::tr("“%1” is damaged: %2").arg(shown, detail));
    case StoreError::Kind::Busy:
        return openError(kind, Store::tr("“%1” is locked by another program (or another Triangle Studio window) that is "
                                         "writing to it. Try again when it has finished.")
                                   .arg(shown));
    case StoreError::Kind::DiskFull:
        return openError(kind, Store::tr("“%1” cannot be opened: the disk holding it is full. Free some space and try "
                                         "again; the file has not been changed.")
                                   .arg(shown));
    case StoreError::Kind::IoError:
        // On a full disk SQLite cannot size the -shm file it reads through and
        // says only "disk I/O error" (SQLITE_IOERR_SHMSIZE); the free space tells.
        if (nearlyFull(probe))
            return openFailure(StoreError::Kind::DiskFull, detail, path, probe);
        // `detail` is already a sentence about the input/output error.
        return openError(kind, Store::tr("“%1” cannot be read: the disk reported an input/output error. It may be "
                                         "on a failing or disconnected drive; copy it elsewhere if you can.")
                                   .arg(shown));
    case StoreError::Kind::CannotOpen:
    case StoreError::Kind::ReadOnly:
        if (probe.exists && !probe.folderWritable)
            return openError(StoreError::Kind::CannotOpen,
                             Store::tr("“%1” cannot be read in its folder: the folder is read-only, and SQLite must "
                                       "create “%2” and “%3” beside a database in WAL mode to read it. Copy the file "
                                       "to a writable folder and open the copy.")
                                 .arg(shown, QFileInfo(walFile(path)).fileName(), QFileInfo(shmFile(path)).fileName()));
        return openError(kind, Store::tr("“%1” cannot be opened: %2").arg(shown, detail));
    default:
        return openError(kind, Store::tr("“%1” cannot be opened: %2").arg(shown, detail));
    }
}

StoreError openFailure(const StoreError &error, const QString &path, const FileProbe &probe)
{
    return openFailure(error.kind, error.message, path, probe);
}

StoreError connectionFailure(const QSqlDatabase &db, const QString &path, const FileProbe &probe)
{
    const QSqlError error = db.lastError();
    return openFailure(kindOfSqliteCode(sqliteResultCode(error)),
                       error.databaseText().isEmpty() ? error.text() : error.databaseText(), path, probe);
}

// After this process's connections to `path` are closed: removes the -wal
// and -shm files that a read-only connection creates and never removes. A
// read-write connection that closes last checkpoints the (empty) log and
// deletes both, as SQLite always does on the last close; while any other
// connection, here or in another program, still uses them, it leaves them.
void removeLeftoverSidecars(const QString &path)
{
    if (!QFile::exists(walFile(path)) && !QFile::exists(shmFile(path)))
        return;
    if (!QFileInfo(path).isWritable())
        return; // SQLite would open it read-only again, and could not remove them
    {
        Connection cleaner(path, false);
        if (cleaner.db().open())
            QSqlQuery(cleaner.db()).exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    }
    // On a full disk the cleaner cannot open either (SQLite cannot size the
    // -shm), and what the failed open made stays: an empty -wal, and a -shm
    // shorter than SQLite's first 32 KiB region, so one that never held a
    // wal-index anybody could be reading through. Those alone are removed.
    constexpr qint64 ShmRegionBytes = 32 * 1024;
    const QFileInfo wal(walFile(path));
    const QFileInfo shm(shmFile(path));
    if ((!wal.exists() || (wal.isFile() && wal.size() == 0)) && (!shm.exists() || (shm.isFile() && shm.size() < ShmRegionBytes))) {
        QFile::remove(wal.filePath());
        QFile::remove(shm.filePath());
    }
}

// What a failed open must take back: the file it created, the folders it
// made for it, and the -wal and -shm files its connections left.
class OpenFootprint
{
public:
    explicit OpenFootprint(const QString &path)
        : m_path(path), m_sidecarsExisted(QFile::exists(walFile(path)) || QFile::exists(shmFile(path)))
    {
    }
    ~OpenFootprint()
    {
        if (m_kept)
            return;
        if (m_createdFile) {
            for (const QString &file : {m_path, walFile(m_path), shmFile(m_path), m_path + QStringLiteral("-journal")})
                QFile::remove(file);
        } else if (!m_sidecarsExisted) {
            removeLeftoverSidecars(m_path);
        }
        removeFolders(m_createdFolders);
    }
    OpenFootprint(const OpenFootprint &) = delete;
    OpenFootprint &operator=(const OpenFootprint &) = delete;

    // Creates the folder for a new file, remembering each level it made.
    bool makeFolder()
    {
        const QString folder = QFileInfo(m_path).absolutePath();
        const QStringList missing = missingFolders(folder);
        if (!QDir().mkpath(folder))
            return false;
        m_createdFolders = missing;
        return true;
    }
    void setCreatingFile() { m_createdFile = true; }
    bool sidecarsExisted() const { return m_sidecarsExisted; }
    bool createdFile() const { return m_createdFile; }
    QStringList createdFolders() const { return m_createdFolders; }
    void keep() { m_kept = true; }

    // Removes `folders` (outermost first), deepest first, each only if empty.
    static void removeFolders(const QStringList &folders)
    {
        for (auto it = folders.crbegin(); it != folders.crend(); ++it)
            QDir().rmdir(*it);
    }

private:
    QString m_path;
    bool m_sidecarsExisted = true;
    bool m_createdFile = false;
    bool m_kept = false;
    QStringList m_createdFolders;
};

// Automatic checkpoints wait this long for other connections, so that a
// reader in another window never stalls a write or a close for long.
constexpr int AutomaticCheckpointWaitMs = 250;
// A write that leaves the -wal file larger than this is checkpointed at once.
constexpr qint64 LargeWalBytes = 4 * 1024 * 1024;
// Up to this size a file is checked whole when it is opened (see Store::open).
constexpr qint64 FullCheckBytes = 64LL * 1024 * 1024;
} // namespace

Store::Store(QSqlDatabase db, const QString &path, bool readOnly, int schemaVersion)
    : m_db(std::move(db)), m_path(path), m_readOnly(readOnly), m_schemaVersion(schemaVersion),
      m_regions(std::make_unique<RegionRepository>(*this)), m_stages(std::make_unique<StageRepository>(*this)),
      m_assessments(std::make_unique<AssessmentRepository>(*this)), m_evidence(std::make_unique<EvidenceRepository>(*this)),
      m_policies(std::make_unique<PolicyRepository>(*this)), m_milestones(std::make_unique<MilestoneRepository>(*this)),
      m_indicators(std::make_unique<IndicatorRepository>(*this)), m_raters(std::make_unique<RaterRepository>(*this)),
      m_indicatorValues(std::make_unique<IndicatorValueRepository>(*this)),
      m_groups(std::make_unique<GroupRepository>(*this)),
      m_comparisonSets(std::make_unique<ComparisonSetRepository>(*this)),
      m_recordLinks(std::make_unique<RecordLinkRepository>(*this)),
      m_panel(std::make_unique<PanelRepository>(*this)),
      m_weightSets(std::make_unique<WeightSetRepository>(*this))
{
}

Store::~Store()
{
    // Move the log into the database file, so that the file alone holds
    // everything (SQLite does so on the last close, too, but not while another
    // program has the file open).
    if (!m_readOnly && m_transactionDepth == 0)
        static_cast<void>(checkpoint(AutomaticCheckpointWaitMs));
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
    if (m_readOnly && !m_sidecarsExisted)
        removeLeftoverSidecars(m_path);
}

Status Store::checkpoint(int waitMs)
{
    const QString shown = shownPath(m_path);
    auto notMoved = [&](StoreError::Kind kind, const QString &reason) -> Status {
        return openError(kind, tr("Everything is saved, but part of it is still only in “%1”: it could not yet be moved "
                                  "into “%2” (%3). Keep “%1” with the database when you copy or move it; it is moved in "
                                  "when the database is next opened and closed.")
                                   .arg(QFileInfo(walFile(m_path)).fileName(), shown, reason));
    };
    if (m_readOnly)
        return {};
    const int wait = waitMs < 0 ? m_busyTimeoutMs : waitMs;
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(wait));
    auto done = execPrepared(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, tr("Writing the log into “%1”").arg(shown));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    if (!done) {
        const StoreError &e = done.error();
        switch (e.kind) {
        case StoreError::Kind::DiskFull: return notMoved(e.kind, tr("the disk is full"));
        case StoreError::Kind::IoError:
            return notMoved(e.kind, tr("the disk reported an input/output error; the drive may be failing or disconnected"));
        default: return notMoved(e.kind, e.message);
        }
    }
    // One row: whether it was blocked, the log's frames, and how many were moved.
    if (done->next() && done->value(0).toInt() != 0)
        return notMoved(StoreError::Kind::Busy, tr("another window or program is still reading or writing it"));
    return {};
}

Status Store::setBusyTimeout(int ms)
{
    auto set = scalar(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, ms)), tr("Setting how long to wait for other programs"));
    if (!set)
        return set.error();
    m_busyTimeoutMs = std::max(0, ms);
    return {};
}

Result<qint64> Store::setPageLimit(qint64 pages)
{
    auto limit = scalar(m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages), tr("Limiting the database's size"));
    if (!limit)
        return limit.error();
    return limit->toLongLong();
}

Result<qint64> Store::pageCount() const
{
    auto count = scalar(m_db, QStringLiteral("PRAGMA page_count"), tr("Measuring the database"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

void Store::removeCreatedDatabase(std::unique_ptr<Store> store)
{
    if (!store || !store->m_createdFile)
        return;
    const QString path = store->m_path;
    const QStringList folders = store->m_createdFolders;
    store->m_readOnly = true; // nothing to keep: no checkpoint on close
    store->m_sidecarsExisted = true;
    store.reset();
    for (const QString &file : {path, walFile(path), shmFile(path), path + QStringLiteral("-journal")})
        QFile::remove(file);
    OpenFootprint::removeFolders(folders);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const OpenOptions &options,
                                           const QList<Migration> &migrations)
{
    const QString shown = shownPath(path);
    const int latest = latestSchemaVersion(migrations);

    // 1. Look at the bytes before SQLite does.
    OpenFootprint footprint(path);
    bool brandNew = false;
    FileProbe probe;
    if (auto probed = probeDatabaseFile(path)) {
        probe = *probed;
        brandNew = probe.empty;
    } else if (probed.error().kind == StoreError::Kind::Missing && options.createIfMissing && !options.readOnly) {
        const QFileInfo info(path);
        if (!footprint.makeFolder())
            return openError(StoreError::Kind::ReadOnly,
                             tr("The folder of “%1” cannot be created.").arg(shown));
        brandNew = true;
        footprint.setCreatingFile();
        probe.folderWritable = QFileInfo(info.absolutePath()).isWritable();
        probe.fileWritable = true;
        probe.writable = probe.folderWritable;
        probe.bytesFree = bytesFreeIn(info.absolutePath());
    } else {
        return probed.error();
    }
    // From here on this process has the file open (see OpenDatabaseFiles).
    auto openFile = std::make_unique<OpenDatabaseFiles::Registration>(path);
    if (brandNew && (options.readOnly || !options.createIfMissing))
        return openError(StoreError::Kind::NotADatabase,
                         tr("“%1” is empty: it holds no database yet.").arg(shown));
    if (!options.readOnly && !probe.fileWritable)
        return openError(StoreError::Kind::ReadOnly,
                         tr("“%1” is read-only (the file or its folder cannot be written). "
                            "Open it read-only, or save a copy somewhere writable.")
                             .arg(shown));
    if (!options.readOnly && !probe.folderWritable)
        return openError(StoreError::Kind::ReadOnly,
                         tr("“%1” is read-only here: its folder cannot be written, and SQLite writes its journal "
                            "files beside the database. Open it read-only, or save a copy somewhere writable.")
                             .arg(shown));

    // 2. Read its header and check its integrity on a read-only connection.
    Header header;
    if (!brandNew) {
        Connection reader(path, true, options.busyTimeoutMs);
        if (!reader.db().open())
            return connectionFailure(reader.db(), path, probe);
        // The check reads every page, so on a large file it skips the tables
        // that grow with the timeline (policies, milestones): opening then
        // takes the same time at a million milestones as at a hundred, and a
        // damaged page among them is still reported as damage when it is read.
        QStringList checks{QStringLiteral("PRAGMA quick_check(1)")};
        if (QFileInfo(path).size() > FullCheckBytes) {
            checks.clear();
            auto tables = execPrepared(reader.db(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT IN "
                                                                   "('policies', 'milestones') ORDER BY name"),
                                       {}, tr("Checking “%1”").arg(shown));
            if (!tables)
                return openFailure(tables.error(), path, probe);
            while (tables->next())
                checks << QStringLiteral("PRAGMA quick_check(\"%1\")").arg(tables->value(0).toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        }
        for (const QString &sql : std::as_const(checks)) {
            auto check = scalar(reader.db(), sql, tr("Checking “%1”").arg(shown));
            if (!check)
                return openFailure(check.error(), path, probe);
            if (check->toString() != QStringLiteral("ok"))
                return openError(StoreError::Kind::Corrupt,
                                 tr("“%1” is damaged: SQLite's integrity check reports “%2”.").arg(shown, check->toString()));
        }
        auto version = scalar(reader.db(), QStringLiteral("PRAGMA user_version"), shown);
        if (!version)
            return openFailure(version.error(), path, probe);
        auto appId = scalar(reader.db(), QStringLiteral("PRAGMA application_id"), shown);
        if (!appId)
            return openFailure(appId.error(), path, probe);
        auto tables = scalar(reader.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema"), shown);
        if (!tables)
            return openFailure(tables.error(), path, probe);
        header = {version->toInt(), appId->toInt(), tables->toInt()};
    }

    const bool ours = header.applicationId == ApplicationId;
    if (!ours && (header.applicationId != 0 || header.userVersion != 0 || header.tableCount != 0))
        return openError(StoreError::Kind::Foreign,
                         tr("“%1” is a SQLite database of another program, not a Triangle Studio database.").arg(shown));
    if (header.userVersion > latest)
        return openError(StoreError::Kind::Newer,
                         tr("“%1” was written by a newer version of Triangle Studio (schema %2; this version reads "
                            "up to %3). Open it with a newer version; it has not been changed.")
                             .arg(shown)
                             .arg(header.userVersion)
                             .arg(latest));
    const bool needsMigration = header.userVersion < latest;
    if (options.readOnly && needsMigration)
        return openError(StoreError::Kind::NeedsUpgrade,
                         tr("“%1” uses an older schema (version %2) that must be upgraded to %3 before use; "
                            "open it read-write once to upgrade it.")
                             .arg(shown)
                             .arg(header.userVersion)
                             .arg(latest));

    // 3. Back up a database that is about to be upgraded.
    QString backupPath;
    if (needsMigration && header.userVersion > 0) {
        backupPath = QStringLiteral("%1.schema-%2-backup-%3")
                         .arg(path)
                         .arg(header.userVersion)
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        Connection copier(path, true, options.busyTimeoutMs);
        if (!copier.db().open())
            return connectionFailure(copier.db(), path, probe);
        auto copied = execPrepared(copier.db(), QStringLiteral("VACUUM INTO ?"), {backupPath},
                                   tr("Backing up “%1” before upgrading it").arg(shown));
        if (!copied) {
            QFile::remove(backupPath);
            return copied.error();
        }
    }

    // 4. The working connection.
    Connection conn(path, options.readOnly, options.busyTimeoutMs);
    if (!conn.db().open())
        return connectionFailure(conn.db(), path, probe);
    const QStringList setup = options.readOnly
        ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA query_only = ON")}
        : QStringList{QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : setup) {
        if (auto done = scalar(conn.db(), pragma, shown); !done)
            return openFailure(done.error(), path, probe);
    }

    std::unique_ptr<Store> store(new Store(conn.release(), path, options.readOnly, header.userVersion));
    store->m_busyTimeoutMs = options.busyTimeoutMs;
    store->m_sidecarsExisted = footprint.sidecarsExisted();
    store->m_createdFile = footprint.createdFile();
    store->m_createdFolders = footprint.createdFolders();
    store->m_openFile = std::move(openFile);
    // From here on a failure closes the store first, then the footprint takes back the rest.
    if (needsMigration) {
        // A step may rebuild a table (SQLite cannot alter a CHECK constraint):
        // with foreign keys on, dropping the old table would cascade into the
        // rows that refer to it. They are off for the upgrade, which checks
        // every reference before it commits (the pragma is a no-op inside a
        // transaction, so it is set around it).
        if (auto off = scalar(store->m_db, QStringLiteral("PRAGMA foreign_keys = OFF"), shown); !off)
            return openFailure(off.error(), path, probe);
        Status migrated = store->write([&]() -> Status {
            if (Status applied = applyMigrations(store->m_db, header.userVersion, migrations); !applied)
                return applied;
            return checkForeignKeys(store->m_db);
        });
        if (auto on = scalar(store->m_db, QStringLiteral("PRAGMA foreign_keys = ON"), shown); !on && migrated)
            migrated = on.error();
        if (!migrated) {
            if (!backupPath.isEmpty())
                QFile::remove(backupPath); // the file is as it was: the upgrade was one transaction
            return migrated.error();
        }
        store->m_pendingChanges = 0;
        store->m_schemaVersion = latest;
        store->m_created = header.userVersion == 0;
        store->m_backupPath = backupPath;
    }
    if (!options.readOnly) {
        // WAL lets readers (a second window, the command line) work while the
        // app writes. Set only once the file is known to be ours and current.
        if (auto wal = scalar(store->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), shown); !wal)
            return openFailure(wal.error(), path, probe);
        if (auto sync = scalar(store->m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), shown); !sync)
            return openFailure(sync.error(), path, probe);
        // A page cache of up to 32 MiB (SQLite's default is 2 MiB), taken only
        // as pages are used: an import of a million milestones then updates its
        // indexes in memory instead of re-reading them from the log.
        if (auto cache = scalar(store->m_db, QStringLiteral("PRAGMA cache_size = -32768"), shown); !cache)
            return openFailure(cache.error(), path, probe);
    }
    footprint.keep();
    return store;
}

Result<QString> Store::quickCheck() const
{
    auto result = scalar(m_db, QStringLiteral("PRAGMA quick_check(1)"), tr("Checking the database"));
    if (!result)
        return result.error();
    return result->toString();
}

Result<EntityCounts> Store::counts() const
{
    auto query = readStatement(QStringLiteral("SELECT (SELECT count(*) FROM regions), (SELECT count(*) FROM stages), "
                                              "(SELECT count(*) FROM assessments), (SELECT count(*) FROM policies), "
                                              "(SELECT count(*) FROM milestones), (SELECT count(*) FROM evidence), "
                                              "(SELECT count(*) FROM indicators), (SELECT count(*) FROM raters), "
                                              "(SELECT count(*) FROM indicator_values), (SELECT count(*) FROM indicator_evidence), "
                                              "(SELECT count(*) FROM region_groups), (SELECT count(*) FROM comparison_sets), "
                                              "(SELECT count(*) FROM record_links), (SELECT count(*) FROM panel_packets), "
                                              "(SELECT count(*) FROM panel_scores), (SELECT count(*) FROM panel_judgments)"),
                               {}, tr("Counting records"));
    if (!query)
        return query.error();
    query->next();
    EntityCounts c;
    c.regions = query->value(0).toInt();
    c.stages = query->value(1).toInt();
    c.assessments = query->value(2).toInt();
    c.policies = query->value(3).toInt();
    c.milestones = query->value(4).toInt();
    c.evidence = query->value(5).toInt();
    c.indicators = query->value(6).toInt();
    c.raters = query->value(7).toInt();
    c.indicatorValues = query->value(8).toInt();
    c.indicatorEvidence = query->value(9).toInt();
    c.groups = query->value(10).toInt();
    c.comparisonSets = query->value(11).toInt();
    c.recordLinks = query->value(12).toInt();
    c.panelPackets = query->value(13).toInt();
    c.panelScores = query->value(14).toInt();
    c.panelJudgments = query->value(15).toInt();
    return c;
}

Status Store::saveCopyAs(const QString &path) const
{
    const QString shown = shownPath(path);
    // Compared as files, not names: a link to the database is the database.
    if (OpenDatabaseFiles::contains(path))
        return openError(StoreError::Kind::Conflict, tr("A copy cannot replace an open database or the files beside it."));
    // VACUUM INTO refuses to overwrite, so write beside the target and swap.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    auto copied = execPrepared(m_db, QStringLiteral("VACUUM INTO ?"), {temporary}, tr("Saving a copy as “%1”").arg(shown));
    if (!copied) {
        QFile::remove(temporary); // a full disk leaves a partial copy
        return copied.error();
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        return openError(StoreError::Kind::ReadOnly, tr("“%1” cannot be replaced.").arg(shown));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return openError(StoreError::Kind::ReadOnly, tr("“%1” cannot be written.").arg(shown));
    }
    return {};
}

Result<bool> Store::lookForExternalChanges()
{
    auto version = readStatement(QStringLiteral("PRAGMA data_version"), {}, tr("Looking for changes made elsewhere"));
    if (!version)
        return version.error();
    const qint64 now = version->next() ? version->value(0).toLongLong() : m_dataVersion;
    const bool changed = m_dataVersion >= 0 && now != m_dataVersion;
    m_dataVersion = now;
    return changed;
}

void Store::announceExternalChange()
{
    const QScopedValueRollback announcing(m_announcing, true);
    emitChanges(EverythingChanged);
    emit changedElsewhere();
}

Status Store::write(const std::function<Status()> &work)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Store::write", "a Store belongs to the thread that opened it");
    if (m_readOnly)
        return openError(StoreError::Kind::ReadOnly, tr("“%1” is open read-only.").arg(shownPath(m_path)));

    const bool outermost = m_transactionDepth == 0;
    if (!outermost && m_broken)
        return *m_broken; // a savepoint now would open a transaction of its own
    const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
    const QString context = tr("Starting a change");
    if (auto begun = execPrepared(m_db, outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint,
                                  {}, context);
        !begun)
        return begun.error();

    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    // SQLite may have rolled the whole transaction back by itself (a full
    // disk, an I/O error): then none of it stands, whatever `work` made of it.
    if (m_broken)
        status = *m_broken;

    if (status.ok()) {
        auto done = execPrepared(m_db, outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint, {},
                                 tr("Saving a change"));
        if (!done)
            status = done.error();
    }
    if (!status.ok()) {
        if (outermost) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        } else {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + savepoint);
        }
    }
    if (outermost) {
        m_broken.reset();
        const unsigned changes = status.ok() ? m_pendingChanges : 0u;
        m_pendingChanges = 0;
        m_emittedRecords.clear();
        for (auto it = m_pendingStatements.cbegin(); it != m_pendingStatements.cend(); ++it) {
            if (m_pendingListed.value(it.key()) == it.value())
                m_emittedRecords.insert(it.key(), m_pendingRecords.value(it.key()));
        }
        m_pendingStatements.clear();
        m_pendingRecords.clear();
        m_pendingListed.clear();
        // A large write (an import) is moved out of the log at once; should
        // that not complete, it is safe in the log all the same.
        if (status.ok() && QFileInfo(walFile(m_path)).size() > LargeWalBytes)
            static_cast<void>(checkpoint(AutomaticCheckpointWaitMs));
        emitChanges(changes);
        m_emittedRecords.clear();
    }
    return status;
}

Result<QSqlQuery> Store::writeStatement(const QString &sql, const QVariantList &values, unsigned changes,
                                        const QString &context)
{
    Q_ASSERT_X(m_transactionDepth > 0, "Store::writeStatement", "writes run inside Store::write");
    if (m_broken)
        return *m_broken; // outside the transaction it would commit on its own
    noteWrite(changes);
    auto done = execPrepared(m_db, sql, values, context);
    // After these SQLite may roll back the whole transaction by itself
    // (https://www.sqlite.org/lang_transaction.html, "Response To Errors").
    if (!done) {
        switch (done.error().kind) {
        case StoreError::Kind::DiskFull:
        case StoreError::Kind::IoError:
        case StoreError::Kind::Busy:
        case StoreError::Kind::Corrupt: m_broken = done.error(); break;
        default: break;
        }
    }
    return done;
}

Result<QSqlQuery> Store::readStatement(const QString &sql, const QVariantList &values, const QString &context) const
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Store::readStatement", "a Store belongs to the thread that opened it");
    return execPrepared(m_db, sql, values, context);
}

Result<QSqlQuery> Store::prepareStatement(const QString &sql, const QString &context) const
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Store::prepareStatement", "a Store belongs to the thread that opened it");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query, context);
    return query;
}

Status Store::runStatement(QSqlQuery &query, const QVariantList &values, unsigned changes, const std::function<QString()> &context)
{
    if (changes != 0) {
        Q_ASSERT_X(m_transactionDepth > 0, "Store::runStatement", "writes run inside Store::write");
        if (m_broken)
            return *m_broken;
        noteWrite(changes);
    }
    if (execBound(query, values))
        return {};
    const StoreError error = sqlError(query, context());
    if (changes != 0) {
        switch (error.kind) {
        case StoreError::Kind::DiskFull:
        case StoreError::Kind::IoError:
        case StoreError::Kind::Busy:
        case StoreError::Kind::Corrupt: m_broken = error; break;
        default: break;
        }
    }
    return error;
}

StoreError Store::notFound(const QString &message) const
{
    return openError(StoreError::Kind::NotFound, message);
}

void Store::noteWrite(unsigned changes)
{
    m_pendingChanges |= changes;
    // Counted per kind: changedRecords() answers only where each one was listed.
    for (unsigned bit = 1; bit <= changes; bit <<= 1) {
        if (changes & bit)
            ++m_pendingStatements[bit];
    }
}

void Store::listRecord(unsigned change, Id id)
{
    m_pendingRecords[change].insert(id);
    ++m_pendingListed[change];
}

std::optional<QSet<Id>> Store::changedRecords(Change change) const
{
    auto found = m_emittedRecords.constFind(change);
    if (found == m_emittedRecords.cend())
        return std::nullopt;
    return *found;
}

void Store::emitChanges(unsigned changes)
{
    if (changes & RegionsChanged)
        emit regionsChanged();
    if (changes & StagesChanged)
        emit stagesChanged();
    if (changes & AssessmentsChanged)
        emit assessmentsChanged();
    if (changes & PoliciesChanged)
        emit policiesChanged();
    if (changes & MilestonesChanged)
        emit milestonesChanged();
    if (changes & EvidenceChanged)
        emit evidenceChanged();
    if (changes & ScorecardChanged)
        emit scorecardChanged();
    if (changes & GroupsChanged)
        emit groupsChanged();
    if (changes & LinksChanged)
        emit linksChanged();
    if (changes & PanelChanged)
        emit panelChanged();
}

} // namespace triangle
