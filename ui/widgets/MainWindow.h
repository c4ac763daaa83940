#pragma once

#include "files/ReportDialog.h"
#include "model/Entities.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QLineEdit;
class QCheckBox;
class QStackedWidget;
class QTabWidget;

class QTableView;
class QTreeView;

namespace triangle {

class BackgroundTask;
class ExternalChangeWatcher;

class AssessmentForm;
class AssessmentMetricsModel;
class CurrentSelection;
class DiagramsPanel;
class Editor;
class RecordsPanel;
class DatabaseOverview;
class RegionFilterModel;
class RegionForm;
class TrianglePreview;
class RegionTreeModel;
class FindingsPanel;
class ComparisonSetsMenu;
class GroupsNavigator;
class PanelPanel;
class ScorecardPanel;
class SensitivityPanel;
class Store;

// The analyst's workspace: the region navigator on the left, the selected
// region's profile and assessments in the middle.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating and seeding it when `createIfMissing`), showing
    // the store's error in a dialog and keeping the current database if it fails.
    bool openDatabase(const QString &path, bool createIfMissing = false);
    // Creates a new database at `path` (which must not exist) with the three
    // stages and the national level and provinces, or `allLevels` down to the
    // counties, and opens it. Shows why in a dialog when it cannot.
    bool createNewDatabase(const QString &path, bool allLevels);
    Store *store() const { return m_store.get(); }
    Editor *editor() const { return m_editor; }
    Id currentRegion() const;
    // Deletes the region after asking (`confirm` answers instead of a dialog, for tests).
    bool deleteRegion(Id regionId, const std::function<bool(const QString &)> &confirm);
    // Imports a data file or CSV folder; the user is asked what to do with
    // records already in the database. Returns whether anything was imported.
    bool importData(const QString &path, int conflictPolicy);
    // Writes the whole database to `path` (.json, .xlsx, or .csv for a folder
    // of CSV files), beside the window; a warning says why it could not.
    bool exportData(const QString &path);
    // Selects the region in the navigator and shows it everywhere.
    void selectRegion(Id regionId);
    RegionForm *regionForm() const { return m_regionForm; }
    AssessmentForm *assessmentForm() const { return m_assessmentForm; }
    RecordsPanel *policiesPanel() const { return m_policies; }
    RecordsPanel *milestonesPanel() const { return m_milestones; }
    DiagramsPanel *diagramsPanel() const { return m_diagrams; }
    ScorecardPanel *scorecardPanel() const { return m_scorecard; }
    PanelPanel *panelPanel() const { return m_panel; }
    SensitivityPanel *sensitivityPanel() const { return m_sensitivity; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    DatabaseOverview *databaseOverview() const { return m_databaseOverview; }
    TrianglePreview *evolutionPreview() const { return m_evolution; }
    QCheckBox *assessedOnlyBox() const { return m_assessedOnly; }
    QTreeView *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    // What the pages show and edit, and the line above them that names it.
    CurrentSelection *selection() const { return m_selection; }
    QLabel *scopeLabel() const { return m_scope; }
    GroupsNavigator *groupsNavigator() const { return m_groups; }
    // Save, open, rename and delete comparison sets (the Compare menu).
    ComparisonSetsMenu *comparisonSetsMenu() const { return m_comparisonSets; }
    // Chooses the set's members together in the navigator, in the set's
    // order, the first one current, and compares them on the Diagrams tab.
    void openComparisonSet(Id setId);

    // What File › Report offers besides single regions: the regions compared
    // in the navigator and each comparison set, in their order.
    QList<ReportDialog::Preset> reportPresets() const;
    // Writes the report of `regions` to `path` in the format its name ends
    // in, with progress (File › Report, once the file is chosen).
    void writeReport(const QList<Id> &regions, const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions(QDockWidget *navigator, QDockWidget *history);
    QDockWidget *createNavigator();
    QDockWidget *createHistory();
    QDockWidget *createGroupsDock(QDockWidget *navigator);
    void newDatabaseDialog();
    void openDatabaseDialog();
    // Asks whether to do `action` (open read-only, retry) after `message`
    // says why the database did not open; true if the user chose it.
    bool offerInstead(const QString &message, const QString &action);
    // Runs `task` beside the window behind a modal progress dialog labelled
    // with the task's phase from `phases`; returns when it has finished.
    // A cancellable task shows a bar of its progress if `measured`, else a busy indicator.
    void runInBackground(BackgroundTask &task, const QStringList &phases, bool cancellable, bool measured = true);
    void fillRecentMenu();
    void addRegionDialog();
    void stagesDialog();
    void exportFigureDialog();
    void copyFromFocus();
    void reportDialog();
    void importDataDialog();
    void exportDataDialog();
    void deleteRegion();
    void saveCopyDialog();
    void restoreBackupDialog();
    void showAbout();
    void showRegion(Id regionId);
    // Shows what m_selection holds on every page, the docks and the scope line.
    void applySelection();
    void updateScope();
    void updateTitle();

    std::unique_ptr<Store> m_store;
    Editor *m_editor;
    RegionTreeModel *m_regions = nullptr;
    RegionFilterModel *m_regionFilter = nullptr;
    QCheckBox *m_assessedOnly = nullptr;
    QStackedWidget *m_overview = nullptr;
    DatabaseOverview *m_databaseOverview = nullptr;
    TrianglePreview *m_evolution = nullptr;
    AssessmentMetricsModel *m_assessments = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_navigator = nullptr;
    QLabel *m_profile = nullptr;
    QTableView *m_assessmentTable = nullptr;
    QMenu *m_recentMenu = nullptr;
    RegionForm *m_regionForm = nullptr;
    AssessmentForm *m_assessmentForm = nullptr;
    RecordsPanel *m_policies = nullptr;
    RecordsPanel *m_milestones = nullptr;
    DiagramsPanel *m_diagrams = nullptr;
    ScorecardPanel *m_scorecard = nullptr;
    PanelPanel *m_panel = nullptr;
    SensitivityPanel *m_sensitivity = nullptr;
    FindingsPanel *m_findings = nullptr;
    QTabWidget *m_tabs = nullptr;
    CurrentSelection *m_selection = nullptr;
    QLabel *m_scope = nullptr;
    GroupsNavigator *m_groups = nullptr;
    ComparisonSetsMenu *m_comparisonSets = nullptr;
    QDockWidget *m_groupsDock = nullptr;
    ExternalChangeWatcher *m_watcher = nullptr;
    // What the user was looking at when another program's change arrived.
    struct ViewState
    {
        Id region = NoId;
        QList<Id> expanded;
        int scroll = 0;
    } m_viewState;
    void fitFirstStartToScreen();
    void saveViewState();
    void restoreViewState();
};

} // namespace triangle
