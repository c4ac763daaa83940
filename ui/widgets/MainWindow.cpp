#include "MainWindow.h"
#include "files/FileDialogs.h"

#include "AssessmentMetricsModel.h"
#include "CurrentSelection.h"
#include "RegionFilterModel.h"
#include "files/NewDatabaseDialog.h"
#include "data/AdministrativeLevels.h"
#include "RegionTreeModel.h"
#include "TableCopy.h"
#include "forms/TrianglePreview.h"
#include "overview/DatabaseOverview.h"
#include "render/FigureBuilder.h"
#include "findings/FindingsPanel.h"
#include "panel/PanelPanel.h"
#include "scorecard/ScorecardPanel.h"
#include "scorecard/SensitivityPanel.h"
#include "editing/Editor.h"
#include "editing/WriteRetryPrompt.h"
#include "MethodDialog.h"
#include "diagrams/DiagramsPanel.h"
#include "groups/ComparisonSetsMenu.h"
#include "groups/GroupsNavigator.h"
#include "data/DataExporter.h"
#include "data/DataFiles.h"
#include "data/DataImporter.h"
#include "data/Provenance.h"
#include "export/LibreOfficeConversion.h"
#include "export/ReportFile.h"
#include "export/ViewFigures.h"
#include "ExternalChangeWatcher.h"
#include "files/BackgroundTask.h"
#include "files/DatabaseFileFilter.h"
#include "files/ExportFigureDialog.h"
#include "files/ReportDialog.h"
#include "files/InputPause.h"
#include "files/RestoreBackupDialog.h"
#include "forms/AddRegionDialog.h"
#include "forms/AssessmentForm.h"
#include "forms/RegionForm.h"
#include "forms/StagesDialog.h"
#include "records/RecordsPanel.h"
#include "data/DefaultDatabase.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/Backups.h"
#include "store/DatabaseFiles.h"
#include "store/RecordSnapshot.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QAction>
#include <QCheckBox>
#include <QStackedWidget>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace triangle {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LastDatabaseKey = QStringLiteral("files/lastDatabase");
const QString RecentKey = QStringLiteral("files/recent");
constexpr int MaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_editor(new Editor(this)),
      m_regions(new RegionTreeModel(this)),
      m_regionFilter(new RegionFilterModel(this)),
      m_assessments(new AssessmentMetricsModel(this)),
      m_selection(new CurrentSelection(this))
{
    QDockWidget *navigator = createNavigator();
    QDockWidget *history = createHistory();

    // Centre: the selected region, one tab per kind of record.
    m_profile = new QLabel;
    m_profile->setObjectName(QStringLiteral("profile")); // for tests and accessibility tools
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setWordWrap(true);
    m_profile->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_assessmentTable = new QTableView;
    m_assessmentTable->setModel(m_assessments);
    m_assessmentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The numbers take their width; the leading dimension and the form, the
    // longest texts, share what is left and wrap, rather than run off the
    // table's edge beside the figure on a small screen.
    m_assessmentTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assessmentTable->horizontalHeader()->setSectionResizeMode(AssessmentMetricsModel::LeaderColumn, QHeaderView::Stretch);
    m_assessmentTable->horizontalHeader()->setSectionResizeMode(AssessmentMetricsModel::FormColumn, QHeaderView::Stretch);
    m_assessmentTable->setWordWrap(true);
    m_assessmentTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assessmentTable->verticalHeader()->hide();
    TableCopy::install(m_assessmentTable);
    m_regionForm = new RegionForm(m_editor);
    m_assessmentForm = new AssessmentForm(m_editor);
    m_policies = new RecordsPanel(Evidence::Kind::Policy, m_editor);
    m_milestones = new RecordsPanel(Evidence::Kind::Milestone, m_editor);
    m_diagrams = new DiagramsPanel(m_editor);
    m_scorecard = new ScorecardPanel(m_editor);
    m_panel = new PanelPanel(m_editor);
    m_sensitivity = new SensitivityPanel(m_editor);
    m_findings = new FindingsPanel(m_editor);

    // Overview: the database before a region is chosen; a region's profile,
    // its evolution triangle beside its metrics, once one is.
    m_databaseOverview = new DatabaseOverview(m_editor);
    connect(m_databaseOverview, &DatabaseOverview::regionActivated, this, &MainWindow::selectRegion);
    m_evolution = new TrianglePreview;
    m_evolution->setMinimumSize(360, 300);
    auto *regionOverview = new QWidget;
    auto *regionLayout = new QVBoxLayout(regionOverview);
    regionLayout->addWidget(m_profile);
    auto *figureRow = new QHBoxLayout;
    figureRow->addWidget(m_evolution, 2);
    figureRow->addWidget(m_assessmentTable, 3);
    regionLayout->addLayout(figureRow, 1);
    m_overview = new QStackedWidget;
    m_overview->addWidget(m_databaseOverview);
    m_overview->addWidget(regionOverview);
    QWidget *overview = m_overview;

    auto *tabs = m_tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(overview, tr("O&verview"));
    tabs->addTab(m_regionForm, tr("&Profile"));
    tabs->addTab(m_assessmentForm, tr("&Assessments"));
    tabs->addTab(m_scorecard, tr("S&corecard"));
    tabs->addTab(m_panel, tr("E&xpert Panel"));
    tabs->addTab(m_policies, tr("Po&licies"));
    tabs->addTab(m_milestones, tr("&Milestones"));
    tabs->addTab(m_diagrams, tr("&Diagrams"));
    tabs->addTab(m_sensitivity, tr("Se&nsitivity"));
    tabs->addTab(m_findings, tr("F&indings"));
    connect(m_findings, &FindingsPanel::diagramsRequested, this, [this, tabs](Id region) {
        selectRegion(region);
        tabs->setCurrentWidget(m_diagrams);
    });
    // The run is quick (≈40 ms for 31 regions), so it follows the data when shown.
    connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
        if (tabs->currentWidget() == m_sensitivity)
            m_sensitivity->run();
    });
    connect(m_diagrams, &DiagramsPanel::regionActivated, this, &MainWindow::selectRegion);
    // One stage is worked on at a time: the Assessments and Scorecard pages
    // show the one last chosen on either (or opened from the overview or a diagram).
    connect(m_assessmentForm, &AssessmentForm::stageChosen, m_scorecard, &ScorecardPanel::setStage);
    connect(m_scorecard, &ScorecardPanel::stageChosen, m_assessmentForm, &AssessmentForm::setStage);
    connect(m_diagrams, &DiagramsPanel::comparisonSetActivated, this, [this](Id setId) {
        if (setId != NoId)
            openComparisonSet(setId);
        else
            m_selection->selectRegion(m_selection->region()); // the region alone again
    });
    connect(m_diagrams, &DiagramsPanel::stageActivated, this, [this, tabs](Id stage) {
        m_assessmentForm->setStage(stage);
        m_scorecard->setStage(stage);
        tabs->setCurrentWidget(m_assessmentForm);
    });
    // The line above the pages names what they show: a page that names no
    // region could let one region's scores go into another's.
    m_scope = new QLabel;
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scope->setTextFormat(Qt::RichText);
    m_scope->setContentsMargins(6, 4, 6, 2);
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_scope);
    centralLayout->addWidget(tabs, 1);
    setCentralWidget(central);
    connect(m_selection, &CurrentSelection::changed, this, &MainWindow::applySelection);

    // Opening an assessment row of the overview shows it in the form.
    connect(m_assessmentTable, &QTableView::activated, this, [this, tabs](const QModelIndex &index) {
        m_assessmentForm->setStage(m_assessments->stageIdAt(index.row()));
        m_scorecard->setStage(m_assessments->stageIdAt(index.row()));
        tabs->setCurrentWidget(m_assessmentForm);
    });
    connect(m_editor, &Editor::failed, this, [this](const StoreError &error) {
        statusBar()->showMessage(error.message, 10000);
    });
    // Said only once the database has taken the change (see Editor::saved).
    connect(m_editor, &Editor::saved, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, [this] { showRegion(currentRegion()); });

    m_groupsDock = createGroupsDock(navigator);
    createActions(navigator, history);
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        fitFirstStartToScreen();
    restoreState(settings.value(StateKey).toByteArray());
    updateTitle();

    auto *retryPrompt = new WriteRetryPrompt(this);
    m_editor->setRetryHandler([retryPrompt](const StoreError &error, int failures) { return retryPrompt->shouldRetry(error, failures); });
    m_editor->setConflictHandler([this](const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Changed by another program"), question, QMessageBox::NoButton, this);
        QPushButton *mine = box.addButton(tr("Keep &Mine"), QMessageBox::AcceptRole);
        box.addButton(tr("Keep &Theirs"), QMessageBox::RejectRole);
        box.exec();
        return box.clickedButton() == mine;
    });
    m_watcher = new ExternalChangeWatcher(this);
    connect(m_watcher, &ExternalChangeWatcher::aboutToRefresh, this, &MainWindow::saveViewState);
    connect(m_watcher, &ExternalChangeWatcher::refreshed, this, [this] {
        restoreViewState();
        statusBar()->showMessage(tr("Updated with changes another program made to the file"), 5000);
    });
}

// 1280×800 where the screen has room for it and its frame; on a smaller
// screen (a 1280×800 laptop, whose panel takes some of it) what room there
// is, so the frame and the status bar are on the screen.
void MainWindow::fitFirstStartToScreen()
{
    const QSize preferred(1280, 800);
    const QScreen *shownOn = screen();
    // A window manager's frame: a title bar and borders, about this much.
    const QSize frame(16, 48);
    const QSize room = shownOn ? shownOn->availableGeometry().size() - frame : preferred;
    resize(preferred.boundedTo(room));
}

void MainWindow::saveViewState()
{
    m_viewState = {currentRegion(), {}, m_navigator->verticalScrollBar()->value()};
    // Only expanded items are walked, so this stays cheap on a collapsed tree.
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_regionFilter->rowCount(parent); ++row) {
            const QModelIndex child = m_regionFilter->index(row, 0, parent);
            if (m_navigator->isExpanded(child)) {
                m_viewState.expanded << child.data(RegionTreeModel::IdRole).toLongLong();
                pending << child;
            }
        }
    }
}

void MainWindow::restoreViewState()
{
    for (Id id : std::as_const(m_viewState.expanded))
        m_navigator->expand(m_regionFilter->mapFromSource(m_regions->indexOfRegion(id)));
    if (m_viewState.region != NoId && m_regions->indexOfRegion(m_viewState.region).isValid())
        selectRegion(m_viewState.region);
    m_navigator->verticalScrollBar()->setValue(m_viewState.scroll);
}

MainWindow::~MainWindow()
{
    // Models and forms hold a pointer to the store: detach them before it goes.
    m_watcher->setStore(nullptr);
    m_regions->setStore(nullptr);
    m_assessments->setStore(nullptr);
    m_editor->setStore(nullptr);
}

QDockWidget *MainWindow::createNavigator()
{
    m_regionFilter->setSourceModel(m_regions);

    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filterEdit = new QLineEdit;
    m_filterEdit->setPlaceholderText(tr("Filter by code or name"));
    m_filterEdit->setClearButtonEnabled(true);
    m_navigator = new QTreeView;
    m_navigator->setModel(m_regionFilter);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true); // keeps ~3,200 rows fast
    // Ctrl+click and Shift+click choose several regions to compare.
    m_navigator->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_assessedOnly = new QCheckBox(tr("Assessed &only"));
    m_assessedOnly->setToolTip(tr("List only the regions that have an assessment (shown in bold)."));
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_assessedOnly);
    layout->addWidget(m_navigator);
    // Only the regions that hold a match open, and only while they fit
    // (RegionFilterModel::revealMatches): expanding all on a broad keystroke
    // took longer than a frame at county scale.
    connect(m_assessedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_regionFilter->setAssessedOnly(on);
        if (m_regionFilter->isFiltering())
            m_regionFilter->revealMatches(m_navigator);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_regionFilter->setFilterText(text);
        if (m_regionFilter->isFiltering())
            m_regionFilter->revealMatches(m_navigator);
    });
    // A region is chosen by selecting it (a click, the keys); focus entering
    // the tree only makes a row current, and a row filtered away is no choice.
    // Several chosen together are compared, in the order they were chosen;
    // the current row (the one clicked last) is the region the pages show.
    connect(m_navigator->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_navigator->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        QList<Id> selected;
        for (const QModelIndex &row : rows)
            selected << row.data(RegionTreeModel::IdRole).toLongLong();
        const QList<Id> before = m_selection->comparedRegions().isEmpty() ? QList<Id>{m_selection->region()}
                                                                          : m_selection->comparedRegions();
        QList<Id> ordered;
        for (Id id : before) {
            if (selected.contains(id))
                ordered << id;
        }
        for (Id id : std::as_const(selected)) {
            if (!ordered.contains(id))
                ordered << id;
        }
        const QModelIndex current = m_navigator->currentIndex();
        const Id currentId = current.isValid() ? current.data(RegionTreeModel::IdRole).toLongLong() : NoId;
        m_selection->selectRegions(ordered, selected.contains(currentId) ? currentId : ordered.last());
    });

    auto *dock = new QDockWidget(tr("Regions"), this);
    dock->setObjectName(QStringLiteral("regionsDock"));
    dock->setWidget(pane);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    return dock;
}

QDockWidget *MainWindow::createHistory()
{
    auto *view = new QUndoView(m_editor->undoStack());
    view->setEmptyLabel(tr("<opened>"));
    auto *dock = new QDockWidget(tr("History"), this);
    dock->setObjectName(QStringLiteral("historyDock"));
    dock->setWidget(view);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    return dock;
}

// The region groups under the region tree, in a dock of their own: selecting
// one shows its aggregate triangle on the Diagrams tab.
QDockWidget *MainWindow::createGroupsDock(QDockWidget *navigator)
{
    m_groups = new GroupsNavigator(m_editor);
    auto *dock = new QDockWidget(tr("Region Groups"), this);
    dock->setObjectName(QStringLiteral("groupsDock"));
    dock->setWidget(m_groups);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    splitDockWidget(navigator, dock, Qt::Vertical);
    connect(m_groups, &GroupsNavigator::selectionChanged, m_selection, &CurrentSelection::selectGroups);
    connect(m_groups, &GroupsNavigator::groupActivated, this, [this](Id groupId) {
        m_selection->selectGroups({groupId});
        m_tabs->setCurrentWidget(m_diagrams);
    });
    return dock;
}

void MainWindow::createActions(QDockWidget *navigator, QDockWidget *history)
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabaseDialog);
    create->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Import Data…"), this, &MainWindow::importDataDialog);
    file->addAction(tr("E&xport Data…"), this, &MainWindow::exportDataDialog);
    // The expert panel's packets (the Expert Panel tab's buttons).
    file->addAction(tr("Make Scoring Pac&kets…"), this, [this] {
        m_tabs->setCurrentWidget(m_panel);
        m_panel->makePacketsDialog();
    });
    file->addAction(tr("Import Returned Packe&ts…"), this, [this] {
        m_tabs->setCurrentWidget(m_panel);
        m_panel->importPacketsDialog();
    });
    file->addSeparator();
    QAction *exportFigure = file->addAction(tr("Export &Figure…"), this, &MainWindow::exportFigureDialog);
    exportFigure->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *report = file->addAction(tr("&Report…"), this, &MainWindow::reportDialog);
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *saveCopy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyDialog);
    saveCopy->setShortcut(QKeySequence::SaveAs);
    file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreBackupDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's keys, and both habits besides (Ctrl+Shift+Z on Linux
    // desktops, Ctrl+Y in WPS and Word), each once: a sequence bound twice is
    // ambiguous and then does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Copies from whatever has the focus: a table's selected cells (with
    // their headers, as TSV and HTML), or a text field's selected text.
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copyFromFocus);
    copy->setShortcut(QKeySequence::Copy);
    edit->addSeparator();
    edit->addAction(tr("Add &Region…"), this, &MainWindow::addRegionDialog);
    QAction *remove = edit->addAction(tr("&Delete Region…"), this, qOverload<>(&MainWindow::deleteRegion));
    remove->setShortcut(QKeySequence::Delete);
    // Delete acts on the navigator; the tables have their own Delete.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(remove);
    edit->addAction(tr("&Stages…"), this, &MainWindow::stagesDialog);
    edit->addAction(tr("&Weight Sets…"), this, [this] { m_scorecard->showWeightSets(); });
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Region"), this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    m_comparisonSets = new ComparisonSetsMenu(m_editor, m_selection, this);
    menuBar()->addMenu(m_comparisonSets);
    connect(m_comparisonSets, &ComparisonSetsMenu::openRequested, this, &MainWindow::openComparisonSet);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showNavigator = navigator->toggleViewAction();
    showNavigator->setText(tr("&Regions"));
    view->addAction(showNavigator);
    QAction *showGroups = m_groupsDock->toggleViewAction();
    showGroups->setText(tr("Region &Groups"));
    view->addAction(showGroups);
    QAction *showHistory = history->toggleViewAction();
    showHistory->setText(tr("Undo &History"));
    view->addAction(showHistory);
    view->addSeparator();
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = languagePreference();
    const QList<std::pair<QString, QString>> choices = {
        {QString(), tr("System Default")}, {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")}, {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : choices) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            setLanguagePreference(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when you next start Triangle Studio."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *method = help->addAction(tr("&Method"), this, [this] { MethodDialog(this).exec(); });
    method->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Triangle Studio"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::copyFromFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (TableCopy *table = TableCopy::of(focus)) {
        if (!table->copySelection())
            statusBar()->showMessage(tr("Select the cells to copy first."), 5000);
        return;
    }
    if (focus && focus->metaObject()->indexOfSlot("copy()") >= 0)
        QMetaObject::invokeMethod(focus, "copy");
}

void MainWindow::selectRegion(Id regionId)
{
    m_selection->selectRegion(regionId);
}

void MainWindow::applySelection()
{
    const Id region = m_selection->region();
    const QList<Id> groups = m_selection->groups();
    const QList<Id> compared = m_selection->comparedRegions();
    if (region != NoId) {
        m_groups->clearSelection();
        // The navigator highlights the region (its selection then says the
        // same again); regions chosen together are highlighted already.
        const QModelIndex index = m_regionFilter->mapFromSource(m_regions->indexOfRegion(region));
        if (compared.isEmpty() && index.isValid()
            && (m_navigator->currentIndex() != index || m_navigator->selectionModel()->selectedRows().size() > 1))
            m_navigator->setCurrentIndex(index);
        if (m_diagrams->showsGroups())
            m_diagrams->setGroup(NoId);
    } else {
        const QSignalBlocker quiet(m_navigator->selectionModel());
        m_navigator->selectionModel()->clear();
        m_navigator->viewport()->update();
    }
    showRegion(region);
    m_diagrams->setComparedRegions(compared);
    if (!compared.isEmpty()) {
        m_diagrams->showPage(DiagramsPanel::ComparePage);
        m_tabs->setCurrentWidget(m_diagrams);
    }
    if (groups.size() == 1) {
        m_diagrams->setGroup(groups.first());
        const auto page = m_diagrams->currentPage();
        if (page != DiagramsPanel::EvolutionPage && page != DiagramsPanel::ComparePage)
            m_diagrams->showPage(DiagramsPanel::EvolutionPage);
        m_tabs->setCurrentWidget(m_diagrams);
    } else if (groups.size() > 1) {
        m_diagrams->setComparedGroups(groups);
        m_diagrams->showPage(DiagramsPanel::ComparePage);
        m_tabs->setCurrentWidget(m_diagrams);
    }
    updateScope();
}

void MainWindow::openComparisonSet(Id setId)
{
    if (!m_store)
        return;
    auto set = m_store->comparisonSets().byId(setId);
    if (!set) {
        QMessageBox::warning(this, tr("Comparison set"), set.error().message);
        return;
    }
    // The navigator shows the members chosen (those it lists, with a filter
    // on), then the selection says which, in the set's order.
    {
        const QSignalBlocker quiet(m_navigator->selectionModel());
        QItemSelection rows;
        for (Id id : std::as_const(set->memberIds)) {
            const QModelIndex index = m_regionFilter->mapFromSource(m_regions->indexOfRegion(id));
            if (index.isValid())
                rows.select(index, index);
        }
        m_navigator->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QModelIndex first = m_regionFilter->mapFromSource(m_regions->indexOfRegion(set->memberIds.value(0, NoId)));
        if (first.isValid())
            m_navigator->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_navigator->viewport()->update();
    }
    m_selection->selectRegions(set->memberIds, set->memberIds.value(0, NoId));
    statusBar()->showMessage(tr("Comparing the comparison set “%1”.").arg(set->name), 5000);
}

void MainWindow::updateScope()
{
    const Id region = m_selection->region();
    const QList<Id> groups = m_selection->groups();
    QString text;
    if (m_store && region != NoId) {
        if (auto r = m_store->regions().byId(region))
            text = tr("<b>%1</b> · %2").arg(localizedName(r->nameZh, r->nameEn).toHtmlEscaped(), r->code);
        const int compared = int(m_selection->comparedRegions().size());
        if (compared > 1)
            text += tr(" (one of %n region(s) compared)", nullptr, compared);
    } else if (m_store && !groups.isEmpty()) {
        QStringList names;
        for (Id id : groups) {
            if (auto g = m_store->groups().byId(id))
                names << localizedName(g->nameZh, g->nameEn).toHtmlEscaped();
        }
        text = groups.size() == 1 ? tr("Region group <b>%1</b>").arg(names.value(0))
                                  : tr("Region groups compared: <b>%1</b>").arg(names.join(QStringLiteral(", ")));
    } else if (m_store) {
        text = tr("No region chosen: choose one under Regions, or a group under Region Groups.");
    }
    m_scope->setText(text);
}

bool MainWindow::openDatabase(const QString &path, bool createIfMissing)
{
    auto opened = createIfMissing ? openOrCreateSeeded(path) : Store::open(path);
    // Failures the user can do something about: a file they may not change
    // can still be read, another program's lock may pass, and space be freed.
    bool readOnlyTried = false;
    while (!opened) {
        const StoreError error = opened.error();
        if (error.kind == StoreError::Kind::ReadOnly && !readOnlyTried && QFileInfo(path).isFile()
            && offerInstead(error.message, tr("Open &Read-Only"))) { // the message already suggests it
            readOnlyTried = true;
            OpenOptions readOnly;
            readOnly.readOnly = true;
            opened = Store::open(path, readOnly);
        } else if ((error.kind == StoreError::Kind::Busy || error.kind == StoreError::Kind::DiskFull)
                   && offerInstead(error.message, tr("&Retry"))) { // the message already says to try again
            opened = createIfMissing ? openOrCreateSeeded(path) : Store::open(path);
        } else {
            QMessageBox::warning(this, tr("Cannot open the database"), error.message);
            statusBar()->showMessage(tr("Could not open %1").arg(QDir::toNativeSeparators(path)));
            return false;
        }
    }
    m_watcher->setStore(nullptr);
    m_regions->setStore(nullptr);
    m_assessments->setStore(nullptr);
    m_editor->setStore(nullptr);
    m_store = std::move(*opened);
    // A write waits only briefly for another program's lock, so the window
    // never freezes; WriteRetryPrompt waits on without freezing, or asks.
    static_cast<void>(m_store->setBusyTimeout(WriteRetryPrompt::RetryEveryMs));
    m_regions->setStore(m_store.get());
    m_assessments->setStore(m_store.get());
    m_editor->setStore(m_store.get());
    m_watcher->setStore(m_store.get());
    m_navigator->expandToDepth(0);
    QSettings settings;
    settings.setValue(LastDatabaseKey, path);
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(RecentKey, QStringList(recent.mid(0, MaxRecent)));
    updateTitle();
    // A new file: nothing of the old one stays chosen.
    if (m_selection->isEmpty())
        applySelection();
    else
        m_selection->clear();
    QString message = m_store->wasCreated()  ? tr("Created %1 with the article's data").arg(QDir::toNativeSeparators(path))
        : m_store->isReadOnly()               ? tr("Opened %1 read-only: it can be read and exported, not changed").arg(QDir::toNativeSeparators(path))
                                              : tr("Opened %1").arg(QDir::toNativeSeparators(path));
    // Today's snapshot, if none yet; a failure never stands in the way of work.
    if (!m_store->isReadOnly()) {
        if (auto backup = Backups::takeDailyForUser(*m_store); !backup)
            message += QStringLiteral("; ") + tr("no backup could be taken: %1").arg(backup.error().message);
        else if (*backup)
            message += QStringLiteral("; ") + tr("today's backup taken");
    }
    statusBar()->showMessage(message);
    return true;
}

void MainWindow::newDatabaseDialog()
{
    NewDatabaseDialog choice(this);
    if (choice.exec() != QDialog::Accepted)
        return;
    const QString start = m_store ? QFileInfo(m_store->filePath()).absolutePath() : QDir::homePath();
    QString path = FileDialogs::saveFileName(this, tr("New Database"), start, databaseFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1StringView(DatabaseSuffix);
    // QFileDialog asked before replacing; a new study starts from an empty file.
    QFile::remove(path);
    createNewDatabase(path, choice.allLevels());
}

bool MainWindow::createNewDatabase(const QString &path, bool allLevels)
{
    auto frame = [&]() -> Result<DataSet> {
        auto defaults = defaultData();
        if (!defaults)
            return defaults.error();
        DataSet data = referenceData(*defaults);
        if (allLevels) {
            auto regions = AdministrativeLevels::allLevels();
            if (!regions)
                return regions.error();
            data.regions = *regions;
        }
        return data;
    }();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = frame ? createDatabase(path, *frame) : Result<std::unique_ptr<Store>>(frame.error());
    QApplication::restoreOverrideCursor();
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the database"), created.error().message);
        return false;
    }
    const int regions = int(frame->regions.size());
    created->reset(); // openDatabase opens it the usual way
    if (!openDatabase(path))
        return false;
    statusBar()->showMessage(allLevels ? tr("Created %1 with %n region(s) down to the counties and the three stages", nullptr, regions)
                                             .arg(QDir::toNativeSeparators(path))
                                       : tr("Created %1 with the national level, the provinces and the three stages")
                                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportFigureDialog()
{
    if (!m_store)
        return;
    // The diagram on show, or the regions chosen together compared at every
    // stage, or the selected region's evolution.
    const Id region = currentRegion();
    const QList<Id> compared = m_selection->comparedRegions();
    FigureRequest request;
    request.view = compared.isEmpty() ? FigureView::Evolution : FigureView::Compare;
    request.regions = compared.isEmpty() ? QList<Id>{region} : compared;
    if (m_tabs->currentWidget() == m_diagrams)
        request = m_diagrams->currentRequest();
    if (auto provenance = provenanceOf(*m_store))
        request.provenance = provenanceText(*provenance);
    auto paint = viewFigurePaint(*m_store, request);
    if (!paint) {
        QMessageBox::information(this, tr("Export Figure"),
                                 region == NoId ? tr("Select a region with assessments first.") : paint.error().message);
        return;
    }
    // Named after what it shows: "330000-evolution", "yrd-compare", "regions-balance".
    QString subject = QStringLiteral("figure");
    if (request.groups.size() == 1) {
        if (auto g = m_store->groups().byId(request.groups.first()))
            subject = g->key;
    } else if (request.groups.size() > 1) {
        subject = QStringLiteral("groups");
    } else if (request.regions.size() == 1) {
        if (auto r = m_store->regions().byId(request.regions.first()))
            subject = r->code;
    } else if (request.regions.size() > 1) {
        subject = QStringLiteral("regions");
        // The comparison set the chosen regions are, by its key.
        if (auto sets = m_store->comparisonSets().all(); sets && request.regions == compared) {
            for (const ComparisonSet &set : std::as_const(*sets)) {
                if (set.memberIds == compared)
                    subject = set.key;
            }
        }
    }
    ExportFigureDialog dialog(*paint, subject + QLatin1Char('-') + figureViewKey(request.view), this);
    dialog.setDatabase(m_store->filePath());
    if (isTriangleView(request.view)) {
        if (auto figures = viewTriangleFigures(*m_store, request))
            dialog.setWebFigures(*figures);
    }
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.path())), 10000);
}

QList<ReportDialog::Preset> MainWindow::reportPresets() const
{
    QList<ReportDialog::Preset> presets;
    if (!m_store)
        return presets;
    if (m_selection->comparedRegions().size() > 1)
        presets << ReportDialog::Preset{tr("The %n region(s) selected in the navigator", nullptr, int(m_selection->comparedRegions().size())),
                                        m_selection->comparedRegions()};
    if (auto sets = m_store->comparisonSets().all()) {
        for (const ComparisonSet &set : *sets)
            presets << ReportDialog::Preset{tr("Comparison set: %1").arg(set.name), set.memberIds};
    }
    return presets;
}

void MainWindow::reportDialog()
{
    if (!m_store)
        return;
    // Every assessed region, the selected one first.
    QList<Id> regions;
    QSet<Id> listed; // a set: hundreds of assessed regions
    if (currentRegion() != NoId) {
        regions << currentRegion();
        listed.insert(currentRegion());
    }
    if (auto assessments = m_store->assessments().all()) {
        for (const Assessment &a : *assessments) {
            if (!listed.contains(a.regionId)) {
                listed.insert(a.regionId);
                regions << a.regionId;
            }
        }
    }
    // The regions compared in the navigator and the saved comparison sets,
    // offered whole (a member need not be assessed to have a page).
    const QList<ReportDialog::Preset> presets = reportPresets();
    for (const ReportDialog::Preset &preset : presets) {
        for (Id id : preset.regions) {
            if (!listed.contains(id)) {
                listed.insert(id);
                regions << id;
            }
        }
    }
    QList<ReportDialog::RegionChoice> choices;
    for (Id id : std::as_const(regions)) {
        if (auto r = m_store->regions().byId(id))
            choices << ReportDialog::RegionChoice{id, r->code, QStringLiteral("%1 %2").arg(localizedName(r->nameZh, r->nameEn), r->code)};
    }
    ReportDialog dialog(choices, choices.size(), this);
    dialog.setPresets(presets);
    if (dialog.exec() != QDialog::Accepted)
        return;
    regions = dialog.chosenRegions();
    const ReportFormat format = dialog.format();
    const QString suffix = reportSuffix(format);
    const QString filter = format == ReportFormat::Odt    ? tr("OpenDocument text (*.odt)")
                           : format == ReportFormat::Docx ? tr("Word document (*.docx)")
                                                          : tr("PDF document (*.pdf)");
    QString path = FileDialogs::saveFileName(this, tr("Report"), QDir::home().filePath(QStringLiteral("triangle-report") + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (refersToDatabase(path, m_store->filePath())) {
        QMessageBox::warning(this, tr("Report"), databaseOutputRefusal(path, m_store->filePath()));
        return;
    }
    writeReport(regions, path);
}

void MainWindow::writeReport(const QList<Id> &regions, const QString &path)
{
    const ReportFormat format = reportFormatOf(path);
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // The pages read the window's Store, so they are laid out here; LibreOffice's
    // conversion to Word (seconds, minutes on its first start) waits on a thread
    // of its own, the window live and the conversion cancellable.
    bool conversionCancelled = false;
    const auto toWord = [this, &conversionCancelled](const QString &odt, const QString &docx) {
        QString error;
        BackgroundTask task([&](BackgroundTask::Control &control) {
            error = convertWithLibreOffice(odt, QStringLiteral("docx"), docx, [&control] { return control.isCancelled(); });
            conversionCancelled = control.isCancelled();
        });
        runInBackground(task, {tr("Converting the report to Word with LibreOffice…")}, true, false);
        return error;
    };
    ReportWriter::Result written = writeReportFile(*m_store, regions, path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    }, {}, toWord);
    progress.reset();
    written.cancelled = written.cancelled || conversionCancelled;
    if (written.cancelled)
        statusBar()->showMessage(tr("Report cancelled; no file was written."), 10000);
    else if (!written.ok)
        QMessageBox::warning(this, tr("Report"), written.error);
    else if (format != ReportFormat::Pdf) // its pages are the word processor's to lay out
        statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        statusBar()->showMessage(tr("Wrote %1 (%n page(s))", nullptr, written.pages).arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::importDataDialog()
{
    if (!m_store)
        return;
    const QString path = FileDialogs::openFileName(this, tr("Import Data"), QDir::homePath(),
                                                      tr("Triangle Studio data (*.json);;Excel workbook (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // A CSV file stands for the folder of CSV files it is in.
    const QString input = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? QFileInfo(path).absolutePath() : path;
    const QStringList choices = {tr("Stop if a record is already in the database"), tr("Keep the database's version"),
                                 tr("Replace it with the file's version")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Import Data"), tr("Records already in the database:"), choices, 0, false, &ok);
    if (ok)
        importData(input, int(choices.indexOf(choice)));
}

bool MainWindow::importData(const QString &path, int conflictPolicy)
{
    if (!m_store)
        return false;
    // A large file takes a while: it is checked, then written in one
    // transaction, beside the window; Cancel leaves nothing.
    struct
    {
        std::optional<StoreError> openError; // the database could not be opened
        std::optional<StoreError> backupError; // no snapshot could be taken first
        DataProblems problems;               // what is wrong with the file
        DataImporter::Output imported;
        bool cancelled = false;
    } outcome;
    const QString database = m_store->filePath();
    BackgroundTask task([&](BackgroundTask::Control &control) {
        const DataReadOutput read = readDataPath(path, control.progress());
        outcome.problems = read.problems;
        outcome.cancelled = control.isCancelled();
        if (outcome.cancelled || !read.problems.isEmpty())
            return;
        auto store = Store::open(database);
        if (!store) {
            outcome.openError = store.error();
            return;
        }
        // A snapshot first, so that an unwanted import can be undone from it.
        if (auto backup = Backups::takeForUser(**store); !backup)
            outcome.backupError = backup.error();
        control.setPhase(1);
        outcome.imported = DataImporter::import(**store, read.data, ConflictPolicy(conflictPolicy), control.progress());
        outcome.problems = outcome.imported.problems;
        outcome.cancelled = outcome.imported.cancelled;
    });
    runInBackground(task, {tr("Reading %1…").arg(QDir::toNativeSeparators(path)), tr("Importing…")}, true);

    // What the import wrote, shown at once rather than at the next poll.
    m_watcher->poll();
    if (outcome.openError) {
        QMessageBox::warning(this, tr("Import Data"), outcome.openError->message);
        return false;
    }
    const DataProblems &problems = outcome.problems;
    const DataImporter::Output &imported = outcome.imported;
    const bool cancelled = outcome.cancelled;
    if (cancelled || imported.cancelled) {
        statusBar()->showMessage(tr("Import cancelled; nothing was imported."), 10000);
        return false;
    }
    if (problems.isEmpty() && imported.ok()) {
        const EntityCounts &a = imported.summary.added;
        QString message = tr("Imported %1 regions, %2 assessments, %3 policies, %4 milestones, %5 evidence links")
                              .arg(a.regions).arg(a.assessments).arg(a.policies).arg(a.milestones).arg(a.evidence);
        if (outcome.backupError)
            message += QStringLiteral("; ") + tr("no backup could be taken first: %1").arg(outcome.backupError->message);
        statusBar()->showMessage(message, 10000);
        // What was stored otherwise than the file says (a weight set marked
        // in force whose weights are not the indicators'): said, not only logged.
        if (!imported.summary.notes.isEmpty())
            QMessageBox::information(this, tr("Import Data"), imported.summary.notes.join(QLatin1Char('\n')));
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Import Data"),
                    tr("Nothing was imported: %n problem(s) found.", nullptr, int(problems.size())), QMessageBox::Ok, this);
    box.setDetailedText(problems.isEmpty() ? imported.error->message : describeDataProblems(problems));
    box.exec();
    return false;
}

void MainWindow::exportDataDialog()
{
    if (!m_store)
        return;
    QString selectedFilter;
    QString path = FileDialogs::saveFileName(this, tr("Export Data"), QDir::home().filePath(QStringLiteral("triangle-data.json")),
                                                tr("JSON file (*.json);;Excel workbook (*.xlsx);;CSV files, one per entity (*.csv)"),
                                                &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        if (selectedFilter.contains(QStringLiteral("*.csv")))
            path += QStringLiteral(".csv");
        else if (selectedFilter.contains(QStringLiteral("*.xlsx")))
            path += QStringLiteral(".xlsx");
        else
            path += QStringLiteral(".json");
    }
    exportData(path);
}

bool MainWindow::exportData(const QString &path)
{
    if (!m_store)
        return false;
    // Beside the window, through a connection of its own (a million
    // milestones take a while); policies and milestones are walked while written.
    QString error;
    const QString database = m_store->filePath();
    if (const QString over = firstDatabaseOutput(dataOutputFiles(path), database); !over.isEmpty()) {
        QMessageBox::warning(this, tr("Export Data"), databaseOutputRefusal(over, database));
        return false;
    }
    BackgroundTask task([&](BackgroundTask::Control &) {
        OpenOptions readOnly;
        readOnly.readOnly = true;
        auto store = Store::open(database, readOnly);
        auto data = store ? exportDataSet(**store, true) : Result<DataSet>(store.error());
        error = data ? writeDataPath(*data, path, true) : data.error().message;
    });
    runInBackground(task, {tr("Exporting to %1…").arg(QDir::toNativeSeparators(dataOutputLocation(path)))}, false);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Data"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported the database to %1").arg(QDir::toNativeSeparators(dataOutputLocation(path))), 10000);
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openDatabase(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear Menu"), this, [] { QSettings().remove(RecentKey); });
    }
}

Id MainWindow::currentRegion() const
{
    return m_selection->region();
}

void MainWindow::addRegionDialog()
{
    if (!m_store)
        return;
    Id parentId = currentRegion();
    if (parentId == NoId) {
        if (auto national = m_store->regions().byCode(QStringLiteral("100000")))
            parentId = national->id;
    }
    auto parent = m_store->regions().byId(parentId);
    if (!parent) {
        statusBar()->showMessage(tr("Select the region the new one belongs to."), 5000);
        return;
    }
    AddRegionDialog dialog(m_editor, *parent, this);
    if (dialog.exec() == QDialog::Accepted)
        selectRegion(dialog.addedId());
}

void MainWindow::stagesDialog()
{
    if (m_store)
        StagesDialog(m_editor, this).exec();
}

void MainWindow::deleteRegion()
{
    deleteRegion(currentRegion(), [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete Region"), question) == QMessageBox::Yes;
    });
}

bool MainWindow::deleteRegion(Id regionId, const std::function<bool(const QString &)> &confirm)
{
    if (!m_store || regionId == NoId)
        return false;
    auto snapshot = snapshotRegion(*m_store, regionId);
    if (!snapshot) {
        statusBar()->showMessage(snapshot.error().message, 10000);
        return false;
    }
    const Region &region = snapshot->regions.first();
    EntityCounts others = snapshot->counts();
    others.regions -= 1;
    QString question = tr("Delete %1 (%2)?").arg(localizedName(region.nameZh, region.nameEn), region.code);
    if (others != EntityCounts{})
        question += QLatin1Char('\n') + tr("This also deletes %1.").arg(describeDependents(others));
    question += QLatin1Char('\n') + tr("You can undo this.");
    if (!confirm(question))
        return false;
    return m_editor->removeRegion(regionId);
}

void MainWindow::openDatabaseDialog()
{
    const QString start = m_store ? QFileInfo(m_store->filePath()).absolutePath() : QDir::homePath();
    const QString path = FileDialogs::openFileName(this, tr("Open Database"), start, databaseFileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_store)
        return;
    QString path = FileDialogs::saveFileName(this, tr("Save a Copy As"), QFileInfo(m_store->filePath()).absolutePath(),
                                                databaseFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1StringView(DatabaseSuffix);
    if (Status saved = m_store->saveCopyAs(path); !saved) {
        QMessageBox::warning(this, tr("Cannot save a copy"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::restoreBackupDialog()
{
    if (!m_store)
        return;
    RestoreBackupDialog dialog(m_store->filePath(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.restoredPath().isEmpty())
        return;
    const QString restored = QDir::toNativeSeparators(dialog.restoredPath());
    if (QMessageBox::question(this, tr("Backup restored"), tr("The backup was restored as %1. Open it now?").arg(restored))
        == QMessageBox::Yes)
        openDatabase(dialog.restoredPath());
    else
        statusBar()->showMessage(tr("Restored a backup as %1").arg(restored));
}

void MainWindow::showRegion(Id regionId)
{
    m_assessments->setRegion(regionId);
    if (m_regionForm->regionId() != regionId)
        m_regionForm->setRegion(regionId);
    m_assessmentForm->setRegion(regionId);
    m_policies->setRegion(regionId);
    m_milestones->setRegion(regionId);
    m_diagrams->setRegion(regionId);
    m_scorecard->setRegion(regionId);
    const QModelIndex index = m_regions->indexOfRegion(regionId);
    const Region *r = m_regions->region(index);
    m_overview->setCurrentIndex(r ? 1 : 0);
    if (!r) {
        m_profile->clear();
        return;
    }
    if (m_store) {
        auto figure = FigureBuilder(*m_store).evolution(regionId);
        m_evolution->setFigure(figure ? *figure : TriangleFigure{}, figure && !figure->series.isEmpty());
    }
    QString html = QStringLiteral("<h2>%1 <small>%2</small></h2>").arg(r->nameZh.toHtmlEscaped(), r->nameEn.toHtmlEscaped());
    html += tr("<p>Code %1 · %2</p>").arg(r->code, levelName(r->level));
    if (!r->agency.isEmpty())
        html += tr("<p>Offices affairs: %1</p>").arg(r->agency.toHtmlEscaped());
    if (!r->notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(shownText(r->notes).toHtmlEscaped());
    if (m_assessments->rowCount() == 0)
        html += tr("<p><i>No assessments yet.</i></p>");
    m_profile->setText(html);
}

void MainWindow::runInBackground(BackgroundTask &task, const QStringList &phases, bool cancellable, bool measured)
{
    // Shown if it takes over half a second, and modal; until then (and after) the
    // pause keeps the window from being edited meanwhile.
    measured = measured && cancellable;
    QProgressDialog busy(phases.value(0), QString(), 0, measured ? 1000 : 0, this);
    const InputPause pause(&busy);
    if (cancellable)
        busy.setCancelButtonText(tr("Cancel"));
    else
        busy.setCancelButton(nullptr);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(500);
    // Starts the half-second clock: without a first value a dialog whose
    // value is never set (a busy indicator) would never show.
    busy.setValue(0);
    QEventLoop untilDone;
    bool done = false;
    connect(&task, &BackgroundTask::finished, &untilDone, [&] {
        done = true;
        untilDone.quit();
    });
    QTimer tick;
    connect(&tick, &QTimer::timeout, &busy, [&] {
        if (busy.wasCanceled()) // the button, Escape, or closing the dialog
            task.cancel();
        if (const QString label = phases.value(task.phase()); busy.labelText() != label)
            busy.setLabelText(label);
        if (measured)
            busy.setValue(task.permille());
    });
    task.start();
    tick.start(50);
    untilDone.exec();
    // The application quitting (the window closed before the dialog showed)
    // ends every event loop: the work is cancelled and waited for, so that
    // the caller reads its outcome whole, and an import leaves nothing.
    if (!done) {
        task.cancel();
        task.wait();
    }
    busy.reset();
}

bool MainWindow::offerInstead(const QString &message, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the database"), message, QMessageBox::Cancel, this);
    QPushButton *instead = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(instead);
    box.exec();
    return box.clickedButton() == instead;
}

void MainWindow::updateTitle()
{
    if (m_store && m_store->isReadOnly())
        setWindowTitle(tr("%1 (read-only)[*]").arg(QFileInfo(m_store->filePath()).fileName()));
    else if (m_store)
        setWindowTitle(tr("%1[*]").arg(QFileInfo(m_store->filePath()).fileName()));
    else
        setWindowTitle(QString());
    setWindowFilePath(m_store ? m_store->filePath() : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Triangle Studio"),
        tr("<h3>Triangle Studio %1</h3>"
           "<p>Analyses how Chinese provinces reform government operations support through Mark Moore's strategic "
           "triangle of public value: mission, political and operational management.</p>"
           "<p>Built on Zhang Fan, “Study of the Government Offices Affairs Based on Public Value Creation: Framework "
           "Construction and Case Review”. The shipped scores are an analyst's reading of the article, not measured "
           "data.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    event->accept();
}

} // namespace triangle
