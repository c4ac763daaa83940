#pragma once

#include "export/ViewFigures.h"
#include "widgets/TableCopy.h"
#include "model/Entities.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QStackedWidget;
class QTabBar;
class QTableView;

namespace triangle {

class AssessmentMetricsModel;
class BalanceMapView;
class Editor;
class SmallMultiplesView;
class TimelineCanvas;
class TractionView;
class TriangleView;

// The diagrams of the workspace: the selected region's evolution (with its
// metrics beneath; drag a vertex to change a score), the regions compared at
// a stage (overlaid, or as a grid of small triangles that stays smooth with
// thousands of regions), the balance map, the dimension chart, the timeline
// and the selected region's advantage traction from its dated evidence.
// Rebuilt when the data change.
class DiagramsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Page { EvolutionPage, ComparePage, GridPage, BalancePage, DimensionsPage, TimelinePage, TractionPage };

    explicit DiagramsPanel(Editor *editor, QWidget *parent = nullptr);

    void setRegion(Id regionId); // another region than before: and no group
    Id regionId() const { return m_regionId; }
    // A region group instead of a region: the evolution page draws its
    // aggregate triangle across the stages, the compare page its assessed
    // members with the aggregate over them.
    void setGroup(Id groupId);
    Id currentGroup() const { return m_groupId; }
    bool showsGroups() const { return m_groupId != NoId || !m_comparedGroups.isEmpty(); }
    // Several region groups compared with each other: the compare page draws
    // each one's aggregate triangle (with its members' range), as it draws
    // regions. Cleared by setRegion() with another region and by setGroup().
    void setComparedGroups(const QList<Id> &groupIds);
    // Several regions compared in this order (the navigator's regions chosen
    // together, or a comparison set): the compare page and Export Figure draw
    // those assessed at the stage, all of them, in this order. Fewer than
    // two, or setGroup() or setComparedGroups(), goes back to the default.
    void setComparedRegions(const QList<Id> &regionIds);
    QList<Id> chosenRegions() const { return m_chosenRegions; }
    void showPage(Page page);
    Page currentPage() const;
    // What the current page shows, for Export Figure.
    FigureRequest currentRequest() const;

    // What a triangle diagram shows, as its context menu's Copy as Table
    // copies it: a row per visible triangle with its region, stage, scores
    // and metrics, as the metrics table writes them.
    static CopiedTable metricsTable(const TriangleView &view);

    TriangleView *evolutionView() const { return m_evolution; }
    // Beside the evolution of a region that has an assessment of its own and
    // assessed sub-regions: their roll-up across the stages. Hidden otherwise.
    TriangleView *rollUpView() const { return m_rollUp; }
    TriangleView *compareView() const { return m_compare; }
    SmallMultiplesView *gridView() const { return m_grid; }
    BalanceMapView *balanceView() const { return m_balance; }
    TimelineCanvas *timelineCanvas() const { return m_timeline; }
    TractionView *tractionView() const { return m_traction; }
    QTabBar *pageBar() const { return m_pages; }
    QSpinBox *overlaidRegionsBox() const { return m_overlaid; }
    // The compare page's choice of a saved comparison set (first item: none).
    QComboBox *comparisonSetBox() const { return m_sets; }

signals:
    void regionActivated(triangle::Id regionId);
    void stageActivated(triangle::Id stageId);
    // The user chose a comparison set to compare (NoId: none, back to the
    // region alone); the window's selection decides what is shown.
    void comparisonSetActivated(triangle::Id setId);

private:
    void rebuild();
    void fillComparisonSets(); // the saved sets, the one being compared current
    QList<Id> assessedRegions(Id stageId) const;
    QList<Id> overlaid(const QList<Id> &regions) const; // as many as the analyst chose
    QList<Id> timelineRegions() const;
    QList<Id> groupMembersAssessed(Id stageId) const;
    // What the compare page overlays at `stageId`: regions, and groups' aggregates.
    QList<Id> comparedRegions(Id stageId) const;
    QList<Id> comparedGroups() const;

    Editor *m_editor;
    Id m_regionId = NoId;
    Id m_groupId = NoId;
    QList<Id> m_comparedGroups; // two or more, or none
    QList<Id> m_chosenRegions;  // two or more regions compared in this order, or none
    QList<Id> m_evolutionStages; // the stage of each evolution series
    QList<Id> m_compareRegions;
    QTabBar *m_pages;
    QStackedWidget *m_stack;
    QComboBox *m_stage;
    QComboBox *m_sort;
    TriangleView *m_evolution;
    TriangleView *m_rollUp;
    QTableView *m_metrics;
    AssessmentMetricsModel *m_metricsModel;
    TriangleView *m_compare;
    SmallMultiplesView *m_grid;
    BalanceMapView *m_balance;
    QWidget *m_dimensions; // holds the chart view, replaced on each rebuild
    QComboBox *m_chartMode;
    QSpinBox *m_overlaid; // how many regions the comparison and balance map overlay; 0 for all
    QComboBox *m_sets;    // a saved comparison set to compare, on the compare page
    TimelineCanvas *m_timeline;
    TractionView *m_traction;
    QWidget *m_choices; // the current page's own controls, on a row under the tabs
};

} // namespace triangle
