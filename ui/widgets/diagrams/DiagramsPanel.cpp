#include "DiagramsPanel.h"

#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"
#include "render/FigureBuilder.h"
#include "store/Store.h"
#include "views/BalanceMapView.h"
#include "views/SeriesInfoBuilder.h"
#include "views/SmallMultiplesView.h"
#include "views/TractionView.h"
#include "views/TriangleView.h"
#include "TimelineCanvas.h"
#include "charts/DimensionChart.h"

#include <QChartView>
#include "widgets/AssessmentMetricsModel.h"
#include "widgets/TableCopy.h"
#include "widgets/editing/Editor.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace triangle {

namespace {
// An overlay or a balance map reads best with a handful of regions; the
// analyst may ask for more, up to all assessed ones (0 in the spin box).
constexpr int DefaultOverlaid = 12;
// A legend past this many series lists the first ones and "+N more".
constexpr int LegendLimit = DefaultLegendLimit;
// The timeline with no region selected shows the first assessed ones.
constexpr int TimelineRegions = 12;
} // namespace

CopiedTable DiagramsPanel::metricsTable(const TriangleView &view)
{
    using Model = AssessmentMetricsModel;
    CopiedTable table;
    table.headers << tr("Region") << Model::columnTitle(Model::StageColumn);
    for (int c = Model::MissionColumn; c < Model::ColumnCount; ++c)
        table.headers << Model::columnTitle(Model::Column(c));
    const TriangleFigure &figure = view.figure();
    for (qsizetype i = 0; i < figure.series.size(); ++i) {
        const TriangleSeries &series = figure.series[i];
        if (!series.visible)
            continue; // hidden by the user: not shown, so not copied
        const SeriesInfo info = view.seriesInfo().value(i);
        QStringList row{info.regionName, info.stageName};
        if (info.regionName.isEmpty() && info.stageName.isEmpty())
            row = {series.label, QString()};
        const TriangleMetrics metrics = analyse(series.scores);
        for (int c = Model::MissionColumn; c < Model::ColumnCount; ++c)
            row << Model::cellText(Model::Column(c), series.scores, metrics);
        table.rows << row;
    }
    return table;
}

DiagramsPanel::DiagramsPanel(Editor *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_pages(new QTabBar),
      m_stack(new QStackedWidget),
      m_stage(new QComboBox),
      m_sort(new QComboBox),
      m_evolution(new TriangleView),
      m_rollUp(new TriangleView),
      m_metrics(new QTableView),
      m_metricsModel(new AssessmentMetricsModel(this)),
      m_compare(new TriangleView),
      m_grid(new SmallMultiplesView),
      m_balance(new BalanceMapView),
      m_dimensions(new QWidget),
      m_chartMode(new QComboBox),
      m_overlaid(new QSpinBox),
      m_sets(new QComboBox),
      m_timeline(new TimelineCanvas),
      m_traction(new TractionView),
      m_choices(new QWidget)
{
    m_pages->addTab(tr("Evolution"));
    m_pages->addTab(tr("Comparison"));
    m_pages->addTab(tr("Small multiples"));
    m_pages->addTab(tr("Balance map"));
    m_pages->addTab(tr("Dimension chart"));
    m_pages->addTab(tr("Timeline"));
    m_pages->addTab(tr("Traction"));
    m_pages->setTabToolTip(TractionPage, tr("The selected region's dated evidence per dimension, counted year by year"));
    // The metrics of the triangles shown, for a spreadsheet or a report.
    for (TriangleView *view : {m_evolution, m_rollUp, m_compare}) {
        auto *copyMetrics = new QAction(tr("Copy as &Table"), view);
        view->addAction(copyMetrics);
        connect(copyMetrics, &QAction::triggered, this, [view] { copyTable(metricsTable(*view)); });
    }
    m_chartMode->addItem(tr("Lines"), int(DimensionChart::Mode::Lines));
    m_chartMode->addItem(tr("Bars"), int(DimensionChart::Mode::Bars));
    auto *dimensionsLayout = new QVBoxLayout(m_dimensions);
    dimensionsLayout->setContentsMargins(0, 0, 0, 0);
    m_pages->setExpanding(false);

    m_sort->addItem(tr("Sort by code"), int(SmallMultiplesView::SortKey::Code));
    m_sort->addItem(tr("Sort by area"), int(SmallMultiplesView::SortKey::Area));
    m_sort->addItem(tr("Sort by balance"), int(SmallMultiplesView::SortKey::Balance));
    for (Dimension d : AllDimensions)
        m_sort->addItem(tr("Sort by %1").arg(dimensionName(d)), int(SmallMultiplesView::sortKeyFor(d)));

    // The stage, sort and chart choices belong to some pages only. They have
    // a row of their own under the tabs, so that the tabs keep the whole
    // width and every page's tab shows without scrolling.
    auto *choicesLayout = new QHBoxLayout(m_choices);
    choicesLayout->setContentsMargins(4, 2, 4, 2);
    auto *stageLabel = new QLabel(tr("S&tage:"));
    stageLabel->setBuddy(m_stage);
    choicesLayout->addWidget(stageLabel);
    choicesLayout->addWidget(m_stage);
    choicesLayout->addWidget(m_sort);
    // How many regions the comparison and the balance map overlay.
    m_overlaid->setRange(0, 99999);
    m_overlaid->setSpecialValueText(tr("All assessed"));
    m_overlaid->setValue(DefaultOverlaid);
    m_overlaid->setAccelerated(true);
    m_overlaid->setToolTip(tr("How many of the assessed regions to overlay, in the order they were added; "
                              "“All assessed” overlays every one"));
    auto *overlaidLabel = new QLabel(tr("Re&gions:"));
    overlaidLabel->setBuddy(m_overlaid);
    choicesLayout->addWidget(overlaidLabel);
    choicesLayout->addWidget(m_overlaid);
    m_sets->setToolTip(tr("Compare the regions of a saved comparison set, in its order"));
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    choicesLayout->addWidget(m_sets);
    choicesLayout->addWidget(m_chartMode);
    choicesLayout->addStretch();
    // Only a choice made here asks for a set; filling the box never does.
    connect(m_sets, &QComboBox::activated, this, [this](int index) {
        emit comparisonSetActivated(m_sets->itemData(index).toLongLong());
    });

    // Evolution: the diagram above its metrics.
    m_metrics->setModel(m_metricsModel);
    m_metrics->verticalHeader()->hide();
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->setSelectionBehavior(QAbstractItemView::SelectRows);
    TableCopy::install(m_metrics);
    // Beside a parent's own triangles, when its sub-regions are assessed too,
    // their roll-up (the mean or median chosen in the Region Groups dock, with
    // the spread).
    auto *triangles = new QSplitter(Qt::Horizontal);
    triangles->addWidget(m_evolution);
    triangles->addWidget(m_rollUp);
    m_rollUp->hide();
    auto *evolution = new QSplitter(Qt::Vertical);
    evolution->addWidget(triangles);
    evolution->addWidget(m_metrics);
    evolution->setStretchFactor(0, 1);
    evolution->setSizes({520, 150}); // room for the metrics of three stages

    m_stack->insertWidget(EvolutionPage, evolution);
    m_stack->insertWidget(ComparePage, m_compare);
    m_stack->insertWidget(GridPage, m_grid);
    m_stack->insertWidget(BalancePage, m_balance);
    m_stack->insertWidget(DimensionsPage, m_dimensions);
    m_stack->insertWidget(TimelinePage, m_timeline);
    m_stack->insertWidget(TractionPage, m_traction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages);
    layout->addWidget(m_choices);
    layout->addWidget(m_stack, 1);

    connect(m_pages, &QTabBar::currentChanged, this, [this, stageLabel, overlaidLabel](int page) {
        m_stack->setCurrentIndex(page);
        m_choices->setVisible(page == ComparePage || page == GridPage || page == DimensionsPage || page == BalancePage);
        m_stage->setVisible(page != DimensionsPage && page != BalancePage);
        stageLabel->setVisible(m_stage->isVisibleTo(m_choices));
        m_overlaid->setVisible(page == ComparePage || page == BalancePage);
        m_sets->setVisible(page == ComparePage);
        overlaidLabel->setVisible(m_overlaid->isVisibleTo(m_choices));
        m_sort->setVisible(page == GridPage);
        m_chartMode->setVisible(page == DimensionsPage);
        rebuild();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DiagramsPanel::rebuild);
    connect(m_overlaid, &QSpinBox::valueChanged, this, &DiagramsPanel::rebuild);
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_grid->setSortKey(SmallMultiplesView::SortKey(m_sort->currentData().toInt())); });
    // Edits on the diagram are edits like any other: undoable, saved at once.
    for (TriangleView *view : {m_evolution, m_compare})
        connect(view, &TriangleView::scoreEdited, m_editor,
                [this](Id assessment, Dimension d, double score) { m_editor->setScore(assessment, d, score); });
    connect(m_evolution, &TriangleView::seriesActivated, this, [this](int i) {
        if (i >= 0 && i < m_evolutionStages.size())
            emit stageActivated(m_evolutionStages[i]);
    });
    connect(m_compare, &TriangleView::seriesActivated, this, [this](int i) {
        if (i >= 0 && i < m_compareRegions.size())
            emit regionActivated(m_compareRegions[i]);
    });
    connect(m_balance, &BalanceMapView::seriesActivated, this, [this](int i) {
        const QList<Id> regions = assessedRegions(NoId);
        if (i >= 0 && i < regions.size())
            emit regionActivated(regions[i]);
    });
    connect(m_grid, &SmallMultiplesView::regionActivated, this, &DiagramsPanel::regionActivated);
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        m_metricsModel->setStore(store);
        m_regionId = NoId;
        const QSignalBlocker blocker(m_stage);
        m_stage->clear();
        if (store) {
            using Signal = void (Store::*)();
            // Causal links: the traction chart lists them.
            for (Signal signal : {&Store::assessmentsChanged, &Store::regionsChanged, &Store::evidenceChanged, &Store::stagesChanged,
                                  &Store::groupsChanged, &Store::linksChanged})
                connect(store, signal, this, &DiagramsPanel::rebuild);
            if (auto stages = store->stages().all()) {
                for (const Stage &s : *stages) {
                    m_stage->addItem(localizedName(s.nameZh, s.nameEn), s.id);
                    // Start on the advantage stage, where the article's provinces differ.
                    if (s.key == QStringLiteral("advantage"))
                        m_stage->setCurrentIndex(m_stage->count() - 1);
                }
            }
        }
        rebuild();
    });
    m_choices->hide();
    m_sort->hide();
    m_sets->hide();
    m_overlaid->hide();
    overlaidLabel->hide();
    connect(m_chartMode, &QComboBox::currentIndexChanged, this, &DiagramsPanel::rebuild);
}

void DiagramsPanel::setRegion(Id regionId)
{
    // Another region chosen replaces a group shown; the same one again (the
    // window refreshes it after every edit, a group's too) keeps it.
    if (regionId != m_regionId) {
        m_groupId = NoId;
        m_comparedGroups.clear();
    }
    m_regionId = regionId;
    m_metricsModel->setRegion(regionId);
    m_grid->setCurrentRegion(regionId);
    rebuild();
}

void DiagramsPanel::setGroup(Id groupId)
{
    m_groupId = groupId;
    m_comparedGroups.clear();
    if (groupId != NoId)
        m_chosenRegions.clear();
    rebuild();
}

void DiagramsPanel::setComparedGroups(const QList<Id> &groupIds)
{
    m_comparedGroups = groupIds.size() > 1 ? groupIds : QList<Id>();
    if (!m_comparedGroups.isEmpty())
        m_chosenRegions.clear();
    rebuild();
}

void DiagramsPanel::setComparedRegions(const QList<Id> &regionIds)
{
    const QList<Id> chosen = regionIds.size() > 1 ? regionIds : QList<Id>();
    if (chosen == m_chosenRegions)
        return;
    m_chosenRegions = chosen;
    if (!m_chosenRegions.isEmpty()) {
        m_groupId = NoId;
        m_comparedGroups.clear();
    }
    rebuild();
}

QList<Id> DiagramsPanel::comparedRegions(Id stageId) const
{
    if (!m_comparedGroups.isEmpty())
        return {}; // the groups alone, each as one triangle
    if (!m_chosenRegions.isEmpty()) {
        // All the analyst chose, in their order: no cap on how many.
        const QList<Id> assessed = assessedRegions(stageId);
        QList<Id> out;
        for (Id id : m_chosenRegions) {
            if (assessed.contains(id))
                out << id;
        }
        return out;
    }
    return m_groupId != NoId ? groupMembersAssessed(stageId) : overlaid(assessedRegions(stageId));
}

QList<Id> DiagramsPanel::comparedGroups() const
{
    if (!m_comparedGroups.isEmpty())
        return m_comparedGroups;
    return m_groupId != NoId ? QList<Id>{m_groupId} : QList<Id>{};
}

QList<Id> DiagramsPanel::groupMembersAssessed(Id stageId) const
{
    QList<Id> members;
    Store *store = m_editor->store();
    auto group = store ? store->groups().byId(m_groupId) : Result<RegionGroup>(StoreError{});
    if (!group)
        return members;
    const QList<Id> assessed = assessedRegions(stageId);
    for (Id member : group->memberIds) {
        if (assessed.contains(member))
            members << member;
    }
    return overlaid(members);
}

void DiagramsPanel::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

DiagramsPanel::Page DiagramsPanel::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QList<Id> DiagramsPanel::timelineRegions() const
{
    // The selected region, or, with none, the assessed ones.
    if (m_regionId != NoId)
        return {m_regionId};
    return assessedRegions(NoId).mid(0, TimelineRegions);
}

QList<Id> DiagramsPanel::overlaid(const QList<Id> &regions) const
{
    return m_overlaid->value() == 0 ? regions : regions.mid(0, m_overlaid->value());
}

QList<Id> DiagramsPanel::assessedRegions(Id stageId) const
{
    QList<Id> regions;
    Store *store = m_editor->store();
    if (!store)
        return regions;
    QSet<Id> seen;
    if (auto assessments = store->assessments().all(AssessmentRepository::Scope::ScoredOnly)) {
        for (const Assessment &a : *assessments) {
            if ((stageId == NoId || a.stageId == stageId) && !seen.contains(a.regionId)) {
                seen.insert(a.regionId); // a set: thousands of regions at county scale
                regions << a.regionId;
            }
        }
    }
    return regions;
}

FigureRequest DiagramsPanel::currentRequest() const
{
    FigureRequest request;
    const Id stage = m_stage->currentData().toLongLong();
    switch (currentPage()) {
    case EvolutionPage:
        request.view = FigureView::Evolution;
        if (m_groupId != NoId)
            request.groups = {m_groupId};
        else
            request.regions = {m_regionId};
        break;
    case ComparePage:
    case GridPage:
        request.view = FigureView::Compare;
        // A group shows its assessed members; regions, as many as the analyst chose.
        request.regions = comparedRegions(stage);
        request.groups = comparedGroups();
        request.stages = {stage};
        break;
    case BalancePage:
        request.view = FigureView::Balance;
        request.regions = overlaid(assessedRegions(NoId));
        break;
    case DimensionsPage:
        request.view = FigureView::Dimensions;
        request.regions = timelineRegions();
        break;
    case TimelinePage:
        request.view = FigureView::Timeline;
        request.regions = timelineRegions();
        break;
    case TractionPage:
        request.view = FigureView::Traction;
        request.regions = {m_regionId};
        break;
    }
    return request;
}

void DiagramsPanel::fillComparisonSets()
{
    const QSignalBlocker quiet(m_sets);
    m_sets->clear();
    m_sets->addItem(tr("No comparison set"), NoId);
    Store *store = m_editor->store();
    auto sets = store ? store->comparisonSets().all() : Result<QList<ComparisonSet>>(QList<ComparisonSet>{});
    if (!sets)
        return;
    for (const ComparisonSet &set : std::as_const(*sets)) {
        m_sets->addItem(set.name, set.id);
        if (!m_chosenRegions.isEmpty() && set.memberIds == m_chosenRegions)
            m_sets->setCurrentIndex(m_sets->count() - 1);
    }
}

void DiagramsPanel::rebuild()
{
    Store *store = m_editor->store();
    if (!store)
        return;
    fillComparisonSets();
    const FigureBuilder figures(*store);
    const SeriesInfoBuilder info(*store);
    switch (currentPage()) {
    case EvolutionPage: {
        m_evolutionStages.clear();
        m_rollUp->hide();
        if (m_groupId != NoId) { // the group's aggregate: nothing on it to drag
            auto figure = figures.groupEvolution(m_groupId);
            TriangleFigure empty;
            if (!figure)
                empty.title = figure.error().message;
            m_evolution->setFigure(figure ? *figure : empty, {});
            break;
        }
        auto figure = m_regionId != NoId ? figures.evolution(m_regionId) : Result<TriangleFigure>(StoreError{});
        auto series = m_regionId != NoId ? info.evolution(m_regionId) : Result<QList<SeriesInfo>>(StoreError{});
        if (figure && series) {
            if (auto assessments = store->assessments().forRegion(m_regionId, AssessmentRepository::Scope::ScoredOnly)) {
                for (const Assessment &a : *assessments)
                    m_evolutionStages << a.stageId;
            }
            m_evolution->setFigure(*figure, *series);
            // Its sub-regions' roll-up beside its own assessment, when there is one.
            if (auto rollUp = figures.rollUpEvolution(m_regionId)) {
                m_rollUp->setFigure(*rollUp, {});
                m_rollUp->show();
            }
        } else if (auto rollUp = m_regionId != NoId ? figures.rollUpEvolution(m_regionId) : Result<TriangleFigure>(StoreError{})) {
            // Not assessed itself, a parent shows its roll-up from its assessed sub-regions.
            m_evolution->setFigure(*rollUp, {});
        } else {
            TriangleFigure empty;
            empty.title = m_regionId == NoId ? tr("Select a region") : tr("No assessments yet: add one on the Assessments tab");
            m_evolution->setFigure(empty, {});
        }
        break;
    }
    case ComparePage: {
        const Id stage = m_stage->currentData().toLongLong();
        m_compareRegions = comparedRegions(stage);
        auto figure = figures.comparison(m_compareRegions, stage, comparedGroups());
        auto series = info.comparison(m_compareRegions, stage);
        if (figure && series) {
            for (qsizetype i = series->size(); i < figure->series.size(); ++i) { // the group's, not editable
                SeriesInfo group;
                group.regionName = figure->series[i].label;
                *series << group;
            }
            figure->legendLimit = LegendLimit;
            m_compare->setFigure(*figure, *series);
        }
        break;
    }
    case GridPage: {
        const Id stage = m_stage->currentData().toLongLong();
        QHash<Id, Region> regions;
        if (auto all = store->regions().all()) {
            for (const Region &r : *all)
                regions.insert(r.id, r);
        }
        QList<SmallMultiplesView::Cell> cells;
        const auto bands = figures.raterBandsAt(stage);
        if (auto assessments = store->assessments().all(AssessmentRepository::Scope::ScoredOnly)) {
            for (const Assessment &a : *assessments) {
                if (a.stageId != stage)
                    continue;
                const Region r = regions.value(a.regionId);
                SmallMultiplesView::Cell cell;
                cell.label = localizedName(r.nameZh, r.nameEn);
                cell.scores = a.scores;
                cell.regionId = r.id;
                if (bands)
                    cell.spread = bands->value(r.id);
                cells << cell;
            }
        }
        // In code order, which the grid's "sort by code" keeps.
        std::stable_sort(cells.begin(), cells.end(), [&](const auto &a, const auto &b) {
            return regions.value(a.regionId).code < regions.value(b.regionId).code;
        });
        m_grid->setCells(cells);
        m_grid->setCurrentRegion(m_regionId);
        break;
    }
    case BalancePage: {
        auto figure = figures.balanceMap(overlaid(assessedRegions(NoId)));
        if (figure) {
            figure->legendLimit = LegendLimit;
            m_balance->setFigure(*figure);
        }
        break;
    }
    case DimensionsPage: {
        auto data = figures.dimensionSeries(timelineRegions());
        qDeleteAll(m_dimensions->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
        if (data) {
            const DimensionChart chart(*data, DimensionChart::Mode(m_chartMode->currentData().toInt()));
            m_dimensions->layout()->addWidget(chart.createView(m_dimensions));
        } else {
            m_dimensions->layout()->addWidget(new QLabel(data.error().message, m_dimensions));
        }
        break;
    }
    case TimelinePage: {
        auto figure = figures.timeline(timelineRegions());
        TimelineFigure empty;
        if (!figure)
            empty.title = figure.error().message;
        m_timeline->setFigure(figure ? *figure : empty, store);
        break;
    }
    case TractionPage: {
        auto figure = m_regionId != NoId ? figures.traction(m_regionId) : Result<TractionFigure>(StoreError{});
        TractionFigure empty;
        if (!figure)
            empty.title = m_regionId == NoId ? tr("Select a region") : figure.error().message;
        m_traction->setFigure(figure ? *figure : empty);
        break;
    }
    }
}

} // namespace triangle
