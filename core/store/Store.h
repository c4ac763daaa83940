#pragma once

#include "Migrations.h"
#include "Result.h"
#include "model/Entities.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace triangle {

class IndicatorRepository;
class IndicatorValueRepository;
class RaterRepository;

struct EntityCounts
{
    int regions = 0;
    int stages = 0;
    int assessments = 0;
    int policies = 0;
    int milestones = 0;
    int evidence = 0;
    int indicators = 0;
    int raters = 0;
    int indicatorValues = 0;
    int indicatorEvidence = 0;

    friend bool operator==(const EntityCounts &, const EntityCounts &) = default;
};

// Narrows a list of policies or milestones; empty fields do not filter.
struct RecordFilter
{
    Id regionId = NoId;
    std::optional<Dimension> dimension;
    int fromYear = 0; // inclusive
    int toYear = 0;   // inclusive
    QString text;     // matched against titles and, for policies, the issuer

    bool operator==(const RecordFilter &) const = default;
};

struct OpenOptions
{
    bool readOnly = false;
    bool createIfMissing = false; // also initialises an empty (zero-byte) file
    int busyTimeoutMs = 5000;     // how long a write waits for another writer's lock
};

// The analyst's database: one SQLite file holding regions, stages,
// assessments, policies, milestones and evidence.
//
// Every write runs in a transaction that starts with BEGIN IMMEDIATE (so that
// under WAL a second writer waits for the lock instead of failing halfway),
// and after it commits the matching *Changed signal tells the views. A Store
// belongs to the thread that opened it, as its QSqlDatabase connection does.
class Store : public QObject
{
    Q_OBJECT

public:
    // What a committed write changed, for the signals below; repositories
    // mark their writes with these.
    enum Change : unsigned {
        RegionsChanged = 1u << 0,
        StagesChanged = 1u << 1,
        AssessmentsChanged = 1u << 2,
        PoliciesChanged = 1u << 3,
        MilestonesChanged = 1u << 4,
        EvidenceChanged = 1u << 5,
        ScorecardChanged = 1u << 6, // indicators, rubrics, raters, indicator values and their evidence
        EverythingChanged = 0x7fu,
    };

    // Opens `path`, refusing a missing, unreadable, foreign, truncated, corrupt,
    // newer or (for read-write) read-only file with a clear error and without
    // touching it. An older schema is upgraded in one transaction after a
    // backup copy of the file is written beside it.
    static Result<std::unique_ptr<Store>> open(const QString &path, const OpenOptions &options = {},
                                               const QList<Migration> &migrations = builtinMigrations());
    ~Store() override;

    QString filePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }          // this open created the schema
    QString upgradeBackupPath() const { return m_backupPath; } // empty unless this open upgraded

    Result<QString> quickCheck() const; // "ok", or SQLite's first complaint
    Result<EntityCounts> counts() const;
    // A consistent, compacted copy of the whole database (VACUUM INTO).
    Status saveCopyAs(const QString &path) const;

    // Moves everything committed in the -wal file into the database file and
    // empties the log (PRAGMA wal_checkpoint(TRUNCATE)), waiting up to `waitMs`
    // (the busy timeout when negative) for other connections. When it cannot
    // complete (another reader or writer, a full disk) the data is still safe
    // in the log, and the error says so and names the -wal file to keep.
    // Large writes and closing the store do this by themselves.
    Status checkpoint(int waitMs = -1);
    // SQLite's max_page_count for this connection: writes that need more pages
    // fail as a full disk would. Returns the limit in force (never below the
    // current size). For tests of a full disk and for bounded databases.
    Result<qint64> setPageLimit(qint64 pages);
    Result<qint64> pageCount() const;
    // Closes a store whose open created its file, and removes the file, its
    // -wal and -shm and the folders that open made for it: for a new database
    // whose first write failed, so that nothing is left behind.
    static void removeCreatedDatabase(std::unique_ptr<Store> store);

    // Runs `work` in one write transaction (a savepoint when nested): all of
    // it is stored, or none of it.
    Status write(const std::function<Status()> &work);

    // Regions. Adding a record whose id is set stores it under that id, which
    // is how undo brings a deleted record back as it was.
    Result<QList<Region>> regions() const; // ordered by code
    Result<Region> region(Id id) const;
    Result<Region> regionByCode(const QString &code) const;
    Result<Id> addRegion(const Region &region);
    Status updateRegion(const Region &region);
    Status removeRegion(Id id); // with its sub-regions and everything recorded for them

    // Stages, in their order.
    Result<QList<Stage>> stages() const;
    Result<Stage> stageByKey(const QString &key) const;
    Result<Id> addStage(const Stage &stage);
    Status updateStage(const Stage &stage);
    Status removeStage(Id id);

    // Assessments, in stage order.
    Result<QList<Assessment>> assessments(Id regionId) const;
    Result<QList<Assessment>> allAssessments() const;
    // How many stages each assessed region is assessed at, by region id (one light query).
    Result<QHash<Id, int>> assessmentCountsByRegion() const;
    Result<std::optional<Assessment>> assessment(Id regionId, Id stageId) const;
    Result<Assessment> assessmentWithId(Id id) const;
    Result<Id> addAssessment(const Assessment &assessment);
    Status updateAssessment(const Assessment &assessment);
    Status removeAssessment(Id id);

    // Policies and milestones, by date.
    Result<QList<Policy>> policies(const RecordFilter &filter = {}) const;
    Result<Policy> policy(Id id) const;
    Result<Policy> policyByUid(const QString &uid) const;
    Result<Id> addPolicy(const Policy &policy); // generates a uid when empty
    Status updatePolicy(const Policy &policy);
    Status removePolicy(Id id);

    Result<QList<Milestone>> milestones(const RecordFilter &filter = {}) const;
    Result<Milestone> milestone(Id id) const;
    Result<Milestone> milestoneByUid(const QString &uid) const;
    Result<Id> addMilestone(const Milestone &milestone);
    Status updateMilestone(const Milestone &milestone);
    Status removeMilestone(Id id);

    // The scorecard's aggregates, each in a repository of its own over this
    // store's connection and transaction.
    IndicatorRepository &indicators() { return *m_indicators; }
    const IndicatorRepository &indicators() const { return *m_indicators; }
    RaterRepository &raters() { return *m_raters; }
    const RaterRepository &raters() const { return *m_raters; }
    IndicatorValueRepository &indicatorValues() { return *m_indicatorValues; }
    const IndicatorValueRepository &indicatorValues() const { return *m_indicatorValues; }

    // Evidence.
    Result<QList<Evidence>> evidenceFor(Id assessmentId) const;
    Result<QList<Evidence>> evidenceCiting(Evidence::Kind kind, Id targetId) const;
    Result<QList<Evidence>> allEvidence() const;
    Result<Evidence> evidenceWithId(Id id) const;
    // How many scores each policy (or milestone) supports, by its id.
    Result<QHash<Id, int>> evidenceCounts(Evidence::Kind kind) const;
    Result<Id> addEvidence(const Evidence &evidence);
    Status removeEvidence(Id id);

signals:
    void regionsChanged();
    void stagesChanged();
    void assessmentsChanged();
    void policiesChanged();
    void milestonesChanged();
    void evidenceChanged();
    void scorecardChanged();

private:
    friend class Repository;

    Store(QSqlDatabase db, const QString &path, bool readOnly, int schemaVersion);

    // One write statement inside a transaction, marking what it changes.
    Result<QSqlQuery> writeStatement(const QString &sql, const QVariantList &values, unsigned changes,
                                     const QString &context);
    Result<QSqlQuery> readStatement(const QString &sql, const QVariantList &values, const QString &context) const;
    // Write one record in its own transaction; `precheck` runs first inside
    // it (a duplicate-key test that wants a friendlier message than SQLite's).
    Result<Id> insertRecord(const QString &sql, const QVariantList &values, unsigned changes, const QString &context,
                            const std::function<Status()> &precheck = {});
    // `missing` is the sentence for a record that is not there.
    Status updateRecord(const QString &sql, const QVariantList &values, unsigned changes, const QString &context,
                        const QString &missing, const std::function<Status()> &precheck = {});
    Status deleteRecord(const QString &table, Id id, unsigned changes, const QString &context, const QString &missing);
    Status requireFreeCode(const Region &region) const;
    StoreError notFound(const QString &message) const;
    void emitChanges(unsigned changes);

    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    bool m_created = false;
    QString m_backupPath;
    int m_busyTimeoutMs = 5000;
    bool m_sidecarsExisted = true; // the -wal or -shm was there before this open
    bool m_createdFile = false;    // this open created the file
    QStringList m_createdFolders;  // and these folders for it, outermost first
    int m_transactionDepth = 0;
    // Set when a write failed in a way after which SQLite may have rolled the
    // transaction back by itself: every further statement of it is refused.
    std::optional<StoreError> m_broken;
    unsigned m_pendingChanges = 0;
    std::unique_ptr<IndicatorRepository> m_indicators;
    std::unique_ptr<RaterRepository> m_raters;
    std::unique_ptr<IndicatorValueRepository> m_indicatorValues;
};

} // namespace triangle
