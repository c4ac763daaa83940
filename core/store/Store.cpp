#include "Store.h"

#include "AssessmentRepository.h"
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
        return m_db;
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
} // namespace

Store::Store(QSqlDatabase db, const QString &path, bool readOnly, int schemaVersion)
    : m_db(std::move(db)), m_path(path), m_readOnly(readOnly), m_schemaVersion(schemaVersion),
      m_regions(std::make_unique<RegionRepository>(*this)), m_stages(std::make_unique<StageRepository>(*this)),
      m_assessments(std::make_unique<AssessmentRepository>(*this)), m_evidence(std::make_unique<EvidenceRepository>(*this)),
      m_policies(std::make_unique<PolicyRepository>(*this)), m_milestones(std::make_unique<MilestoneRepository>(*this)),
      m_indicators(std::make_unique<IndicatorRepository>(*this)), m_raters(std::make_unique<RaterRepository>(*this)),
      m_indicatorValues(std::make_unique<IndicatorValueRepository>(*this))
{
}

Store::~Store()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const OpenOptions &options,
                                           const QList<Migration> &migrations)
{
    const QString shown = shownPath(path);
    const int latest = latestSchemaVersion(migrations);

    // 1. Look at the bytes before SQLite does.
    bool brandNew = false;
    FileProbe probe;
    if (auto probed = probeDatabaseFile(path)) {
        probe = *probed;
        brandNew = probe.empty;
    } else if (probed.error().kind == StoreError::Kind::Missing && options.createIfMissing && !options.readOnly) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return openError(StoreError::Kind::ReadOnly,
                             tr("The folder of “%1” cannot be created.").arg(shown));
        brandNew = true;
        probe.writable = QFileInfo(info.absolutePath()).isWritable();
    } else {
        return probed.error();
    }
    if (brandNew && (options.readOnly || !options.createIfMissing))
        return openError(StoreError::Kind::NotADatabase,
                         tr("“%1” is empty: it holds no database yet.").arg(shown));
    if (!options.readOnly && !probe.writable)
        return openError(StoreError::Kind::ReadOnly,
                         tr("“%1” is read-only (the file or its folder cannot be written). "
                            "Open it read-only, or save a copy somewhere writable.")
                             .arg(shown));

    // 2. Read its header and check its integrity on a read-only connection.
    Header header;
    if (!brandNew) {
        Connection reader(path, true);
        if (!reader.db().open())
            return openError(StoreError::Kind::NotADatabase,
                             tr("“%1” cannot be opened: %2").arg(shown, reader.db().lastError().text()));
        auto check = scalar(reader.db(), QStringLiteral("PRAGMA quick_check(1)"), tr("Checking “%1”").arg(shown));
        if (!check) {
            const bool notDb = check.error().message.contains(QStringLiteral("not a database"));
            return openError(notDb ? StoreError::Kind::NotADatabase : StoreError::Kind::Corrupt,
                             notDb ? tr("“%1” is not a SQLite database.").arg(shown)
                                   : tr("“%1” is damaged: %2").arg(shown, check.error().message));
        }
        if (check->toString() != QStringLiteral("ok"))
            return openError(StoreError::Kind::Corrupt,
                             tr("“%1” is damaged: SQLite's integrity check reports “%2”.").arg(shown, check->toString()));
        auto version = scalar(reader.db(), QStringLiteral("PRAGMA user_version"), shown);
        auto appId = scalar(reader.db(), QStringLiteral("PRAGMA application_id"), shown);
        auto tables = scalar(reader.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema"), shown);
        if (!version || !appId || !tables)
            return openError(StoreError::Kind::Corrupt, tr("“%1” cannot be read: its header is unreadable.").arg(shown));
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
        Connection copier(path, true);
        if (!copier.db().open())
            return openError(StoreError::Kind::Sql, tr("“%1” cannot be opened to back it up.").arg(shown));
        auto copied = execPrepared(copier.db(), QStringLiteral("VACUUM INTO ?"), {backupPath},
                                   tr("Backing up “%1” before upgrading it").arg(shown));
        if (!copied)
            return copied.error();
    }

    // 4. The working connection.
    Connection conn(path, options.readOnly, options.busyTimeoutMs);
    if (!conn.db().open())
        return openError(StoreError::Kind::Sql, tr("“%1” cannot be opened: %2").arg(shown, conn.db().lastError().text()));
    const QStringList setup = options.readOnly
        ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA query_only = ON")}
        : QStringList{QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : setup) {
        if (auto done = scalar(conn.db(), pragma, shown); !done)
            return done.error();
    }

    std::unique_ptr<Store> store(new Store(conn.release(), path, options.readOnly, header.userVersion));
    if (needsMigration) {
        Status migrated = store->write([&]() -> Status {
            return applyMigrations(store->m_db, header.userVersion, migrations);
        });
        if (!migrated)
            return migrated.error();
        store->m_pendingChanges = 0;
        store->m_schemaVersion = latest;
        store->m_created = header.userVersion == 0;
        store->m_backupPath = backupPath;
    }
    if (!options.readOnly) {
        // WAL lets readers (a second window, the command line) work while the
        // app writes. Set only once the file is known to be ours and current.
        if (auto wal = scalar(store->m_db, QStringLiteral("PRAGMA journal_mode = WAL"), shown); !wal)
            return wal.error();
        if (auto sync = scalar(store->m_db, QStringLiteral("PRAGMA synchronous = NORMAL"), shown); !sync)
            return sync.error();
    }
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
                                              "(SELECT count(*) FROM indicator_values), (SELECT count(*) FROM indicator_evidence)"),
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
    return c;
}

Status Store::saveCopyAs(const QString &path) const
{
    const QString shown = shownPath(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return openError(StoreError::Kind::Conflict, tr("A copy cannot replace the open database itself."));
    // VACUUM INTO refuses to overwrite, so write beside the target and swap.
    const QString temporary = path + QStringLiteral(".part");
    QFile::remove(temporary);
    auto copied = execPrepared(m_db, QStringLiteral("VACUUM INTO ?"), {temporary}, tr("Saving a copy as “%1”").arg(shown));
    if (!copied)
        return copied.error();
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
    const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
    const QString context = tr("Starting a change");
    if (auto begun = execPrepared(m_db, outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint,
                                  {}, context);
        !begun)
        return begun.error();

    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;

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
        const unsigned changes = status.ok() ? m_pendingChanges : 0u;
        m_pendingChanges = 0;
        emitChanges(changes);
    }
    return status;
}

Result<QSqlQuery> Store::writeStatement(const QString &sql, const QVariantList &values, unsigned changes,
                                        const QString &context)
{
    Q_ASSERT_X(m_transactionDepth > 0, "Store::writeStatement", "writes run inside Store::write");
    m_pendingChanges |= changes;
    return execPrepared(m_db, sql, values, context);
}

Result<QSqlQuery> Store::readStatement(const QString &sql, const QVariantList &values, const QString &context) const
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Store::readStatement", "a Store belongs to the thread that opened it");
    return execPrepared(m_db, sql, values, context);
}

StoreError Store::notFound(const QString &message) const
{
    return openError(StoreError::Kind::NotFound, message);
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
}

} // namespace triangle
