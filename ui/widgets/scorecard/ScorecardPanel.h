#pragma once

#include "model/Entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace triangle {

class Editor;
class ScorecardModel;

// The Scorecard tab: how one region's scores at one stage come from its
// indicators. Pick a stage and a rater; score each indicator by its rubric
// (a list of anchors, each anchor's description as help) or by a number in
// between; see each dimension's derived score beside the score in force,
// choose which one is in force, the raters' spread and their agreement, and
// the evidence behind each indicator score.
class ScorecardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPanel(Editor *editor, QWidget *parent = nullptr);

    void setRegion(Id regionId);
    Id regionId() const { return m_regionId; }
    void setStage(Id stageId);
    Id currentStage() const;
    void setRater(Id raterId);
    ScorecardModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *raterChooser() const { return m_rater; }
    QComboBox *aggregateChooser() const { return m_aggregate; }
    QCheckBox *deriveBox(Dimension d) const { return m_derive[d]; }
    QLabel *summaryLabel(Dimension d) const { return m_summary[d]; }
    QLabel *agreementLabel() const { return m_agreement; }

    void addRater();
    void editRater();
    void deleteRater();
    void showIndicatorSet();
    void showWeightSets();
    void linkEvidence();
    void unlinkEvidence();
    void clearCurrentScore();

signals:
    // The analyst chose a stage in the panel's list (not a reload or setStage).
    void stageChosen(triangle::Id stageId);

private:
    void reloadStages();
    void reloadRaters();
    void reloadModel();
    void showSummary();
    void showEvidence();
    Id currentRater() const;

    Editor *m_editor;
    Id m_regionId = NoId;
    ScorecardModel *m_model;
    QComboBox *m_stage;
    QComboBox *m_rater;
    QComboBox *m_aggregate;
    QPushButton *m_editRater;
    QPushButton *m_deleteRater;
    QTreeView *m_view;
    PerDimension<QCheckBox *> m_derive;
    PerDimension<QLabel *> m_summary;
    QLabel *m_agreement;
    QLabel *m_evidenceTitle;
    QListWidget *m_evidence;
    QPushButton *m_link;
    QPushButton *m_unlink;
    // The indicator and column that had the focus before the model reloaded.
    Id m_keepIndicator = NoId;
    int m_keepColumn = 0;
};

} // namespace triangle
