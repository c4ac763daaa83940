#pragma once

#include "FieldFeedback.h"
#include "model/Entities.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace triangle {

class Editor;
class EvidencePanel;
class TrianglePreview;

// One region's assessment at one stage: a score and a rationale per
// dimension, and where the scores come from. Area, balance, leading
// dimension and form follow the scores live; a score is saved when the
// user leaves its field, a text when it loses focus.
class AssessmentForm : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentForm(Editor *editor, QWidget *parent = nullptr);

    void setRegion(Id regionId);
    Id regionId() const { return m_regionId; }
    void setStage(Id stageId);
    Id stageId() const;
    Id assessmentId() const { return m_loaded ? m_loaded->id : NoId; }
    DimensionScores shownScores() const;

    QDoubleSpinBox *scoreField(Dimension d) const { return m_scores[d]; }
    QLabel *originLabel(Dimension d) const { return m_origins[d]; }
    EvidencePanel *evidencePanel() const { return m_evidence; }
    QLabel *coverageLabel() const { return m_coverage; }

signals:
    // The scores in the fields changed (typed, not yet saved): for previews.
    void scoresEdited(const triangle::DimensionScores &scores);
    // The analyst chose a stage in the form's list (not a reload or setStage).
    void stageChosen(triangle::Id stageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadStages();
    void reload();
    // Whether the user has typed something not yet applied.
    bool isTyping() const;
    // The loaded origins, with a score typed into an unscored dimension
    // (even a typed 0) counted as set by hand.
    PerDimension<ScoreOrigin> shownOrigins() const;
    void apply();
    void addAssessment();
    void removeAssessment();
    void showMetrics();
    // How many of the scores and indicator values cite evidence (issue 21 §10).
    void showCoverage();

    Editor *m_editor;
    Id m_regionId = NoId;
    std::optional<Assessment> m_loaded;
    FieldFeedback m_feedback;
    QComboBox *m_stage;
    QStackedWidget *m_pages;
    PerDimension<QDoubleSpinBox *> m_scores;
    PerDimension<bool> m_typed{}; // a score typed since the last reload
    PerDimension<QLabel *> m_origins; // "derived from 4 indicators" / "set by hand · indicators give 7.95"
    PerDimension<QPlainTextEdit *> m_rationale;
    QPlainTextEdit *m_source;
    QLabel *m_metrics;
    QLabel *m_coverage;
    QPushButton *m_remove;
    EvidencePanel *m_evidence;
    TrianglePreview *m_preview;
};

} // namespace triangle
