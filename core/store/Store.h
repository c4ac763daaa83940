#pragma once

#include "AssessmentRepository.h"
#include "ComparisonSetRepository.h"
#include "EvidenceRepository.h"
#include "GroupRepository.h"
#include "IndicatorRepository.h"
#include "IndicatorValueRepository.h"
#include "MilestoneRepository.h"
#include "PanelRepository.h"
#include "Migrations.h"
#include "OpenDatabaseFiles.h"
#include "PolicyRepository.h"
#include "RaterRepository.h"
#include "RecordLinkRepository.h"
#include "RecordFilter.h"
#include "RegionRepository.h"
#include "StageRepository.h"
#include "WeightSetRepository.h"
#include "Result.h"
#include "model/Entities.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace triangle {

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
    int groups = 0; // region groups (their members are not counted)
    int comparisonSets = 0; // (their members are not counted)
    int recordLinks = 0;    // "A drove B" between a region's records
    int panelPackets = 0;   // scoring packets sent to experts (issue 22)
    int panelScores = 0;    // experts' answers, per round
    int panelJudgments = 0; // experts' pairwise comparisons, per round

    friend bool operator==(const EntityCounts &, const EntityCounts &) = default;
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
        GroupsChanged = 1u << 7,    // region groups, their members and how they are aggregated; comparison sets
        LinksChanged = 1u << 8,     // causal links between records ("A drove B")
        PanelChanged = 1u << 9,     // the expert panel: packets, answers per round, comparisons, its settings
        EverythingChanged = 0x3ffu,
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

    // Another connection (a second window, the command line, a synced
    // folder's writer) may commit to the file. Whether one has since the last
    // look: one PRAGMA data_version, which this connection's own commits do
    // not move. The first look only notes where things stand.
    Result<bool> lookForExternalChanges();
    // Emits every *Changed signal, then changedElsewhere(), so that every
    // view reads afresh after another program's change.
    void announceExternalChange();
    // True while announceExternalChange() emits: a view may keep what the
    // user is typing rather than read afresh.
    bool isAnnouncingExternalChange() const { return m_announcing; }
    // Moves everything committed in the -wal file into the database file and
    // empties the log (PRAGMA wal_checkpoint(TRUNCATE)), waiting up to `waitMs`
    // (the busy timeout when negative) for other connections. When it cannot
    // complete (another reader or writer, a full disk) the data is still safe
    // in the log, and the error says so and names the -wal file to keep.
    // Large writes and closing the store do this by themselves.
    Status checkpoint(int waitMs = -1);
    // How long a write waits for another connection's lock before it fails
    // as Busy. A window keeps this short and asks the user instead of freezing.
    Status setBusyTimeout(int ms);
    int busyTimeout() const { return m_busyTimeoutMs; }
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

    // Each aggregate has a repository of its own over this store's one
    // connection and its write() transaction.
    RegionRepository &regions() { return *m_regions; }
    const RegionRepository &regions() const { return *m_regions; }
    StageRepository &stages() { return *m_stages; }
    const StageRepository &stages() const { return *m_stages; }
    AssessmentRepository &assessments() { return *m_assessments; }
    const AssessmentRepository &assessments() const { return *m_assessments; }
    EvidenceRepository &evidence() { return *m_evidence; }
    const EvidenceRepository &evidence() const { return *m_evidence; }
    PolicyRepository &policies() { return *m_policies; }
    const PolicyRepository &policies() const { return *m_policies; }
    MilestoneRepository &milestones() { return *m_milestones; }
    const MilestoneRepository &milestones() const { return *m_milestones; }
    IndicatorRepository &indicators() { return *m_indicators; }
    const IndicatorRepository &indicators() const { return *m_indicators; }
    RaterRepository &raters() { return *m_raters; }
    const RaterRepository &raters() const { return *m_raters; }
    IndicatorValueRepository &indicatorValues() { return *m_indicatorValues; }
    const IndicatorValueRepository &indicatorValues() const { return *m_indicatorValues; }
    GroupRepository &groups() { return *m_groups; }
    const GroupRepository &groups() const { return *m_groups; }
    ComparisonSetRepository &comparisonSets() { return *m_comparisonSets; }
    const ComparisonSetRepository &comparisonSets() const { return *m_comparisonSets; }
    RecordLinkRepository &recordLinks() { return *m_recordLinks; }
    const RecordLinkRepository &recordLinks() const { return *m_recordLinks; }
    PanelRepository &panel() { return *m_panel; }
    const PanelRepository &panel() const { return *m_panel; }
    WeightSetRepository &weightSets() { return *m_weightSets; }
    const WeightSetRepository &weightSets() const { return *m_weightSets; }

    // While a *Changed signal of this program's own write is emitted: the
    // records of that kind the write touched, when every statement of that
    // kind named its record (adding, saving or deleting one milestone or
    // policy); nullopt when some did not (an import, a cascade), so that a
    // view holding many rows can refresh only those rows or else everything.
    std::optional<QSet<Id>> changedRecords(Change change) const;

signals:
    void regionsChanged();
    void stagesChanged();
    void assessmentsChanged();
    void policiesChanged();
    void milestonesChanged();
    void evidenceChanged();
    void scorecardChanged();
    void groupsChanged();
    void linksChanged();
    void panelChanged();
    void changedElsewhere(); // after the *Changed signals of an external change

private:
    friend class Repository;
    friend class PreparedStatement;

    Store(QSqlDatabase db, const QString &path, bool readOnly, int schemaVersion);

    // One write statement inside a transaction, marking what it changes.
    Result<QSqlQuery> writeStatement(const QString &sql, const QVariantList &values, unsigned changes,
                                     const QString &context);
    Result<QSqlQuery> readStatement(const QString &sql, const QVariantList &values, const QString &context) const;
    // A statement prepared once and run for many rows (PreparedStatement).
    Result<QSqlQuery> prepareStatement(const QString &sql, const QString &context) const;
    // Binds `values` to a prepared statement and runs it; one that `changes`
    // something runs only inside write(), like writeStatement.
    Status runStatement(QSqlQuery &query, const QVariantList &values, unsigned changes,
                        const std::function<QString()> &context);
    StoreError notFound(const QString &message) const;
    // A statement of the current write changes these kinds (Change bits).
    void noteWrite(unsigned changes);
    // The current write's last statement wrote exactly this record of `change`'s kind.
    void listRecord(unsigned change, Id id);
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
    std::unique_ptr<OpenDatabaseFiles::Registration> m_openFile; // while m_db is open
    int m_transactionDepth = 0;
    // Set when a write failed in a way after which SQLite may have rolled the
    // transaction back by itself: every further statement of it is refused.
    std::optional<StoreError> m_broken;
    unsigned m_pendingChanges = 0;
    // Per Change bit: statements that wrote that kind, and the records named
    // by them (listRecord); both are set aside for changedRecords() at commit.
    QHash<unsigned, int> m_pendingStatements;
    QHash<unsigned, QSet<Id>> m_pendingRecords;
    QHash<unsigned, int> m_pendingListed;
    QHash<unsigned, QSet<Id>> m_emittedRecords; // what changedRecords() answers
    bool m_announcing = false;
    qint64 m_dataVersion = -1; // last PRAGMA data_version seen; -1 before the first poll
    std::unique_ptr<RegionRepository> m_regions;
    std::unique_ptr<StageRepository> m_stages;
    std::unique_ptr<AssessmentRepository> m_assessments;
    std::unique_ptr<EvidenceRepository> m_evidence;
    std::unique_ptr<PolicyRepository> m_policies;
    std::unique_ptr<MilestoneRepository> m_milestones;
    std::unique_ptr<IndicatorRepository> m_indicators;
    std::unique_ptr<RaterRepository> m_raters;
    std::unique_ptr<IndicatorValueRepository> m_indicatorValues;
    std::unique_ptr<GroupRepository> m_groups;
    std::unique_ptr<ComparisonSetRepository> m_comparisonSets;
    std::unique_ptr<RecordLinkRepository> m_recordLinks;
    std::unique_ptr<PanelRepository> m_panel;
    std::unique_ptr<WeightSetRepository> m_weightSets;
};

} // namespace triangle
