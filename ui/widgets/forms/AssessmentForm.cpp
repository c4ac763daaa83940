#include "AssessmentForm.h"

#include "EvidencePanel.h"
#include "TrianglePreview.h"
#include "analysis/MetricsText.h"
#include "model/DomainNames.h"
#include "store/EvidenceCoverageQueries.h"
#include "store/RecordSnapshot.h"
#include "store/ScoreSync.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Page { EmptyPage, EditPage };
}

AssessmentForm::AssessmentForm(Editor *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_stage(new QComboBox),
      m_pages(new QStackedWidget),
      m_source(new QPlainTextEdit),
      m_metrics(new QLabel),
      m_coverage(new QLabel),
      m_remove(new QPushButton(tr("&Delete Assessment"))),
      m_evidence(new EvidencePanel(editor)),
      m_preview(new TrianglePreview)
{
    auto *stageRow = new QHBoxLayout;
    auto *stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stage);
    m_stage->setObjectName(QStringLiteral("stage")); // for tests and accessibility tools
    stageRow->addWidget(stageLabel);
    stageRow->addWidget(m_stage, 1);
    stageRow->addWidget(m_remove);

    // No assessment at this stage yet.
    auto *empty = new QWidget;
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *add = new QPushButton(tr("&Add an Assessment for This Stage"));
    emptyLayout->addWidget(new QLabel(tr("This region has no assessment at this stage.")));
    emptyLayout->addWidget(add, 0, Qt::AlignLeft);
    emptyLayout->addStretch();

    auto *edit = new QWidget;
    auto *grid = new QGridLayout(edit);
    grid->addWidget(new QLabel(tr("Score (0–10)")), 0, 1);
    grid->addWidget(new QLabel(tr("Rationale")), 0, 2);
    int row = 1;
    for (Dimension d : AllDimensions) {
        auto *score = new QDoubleSpinBox;
        score->setRange(MinScore, MaxScore);
        score->setDecimals(1);
        score->setSingleStep(0.1);
        score->setKeyboardTracking(true);
        score->setAccessibleName(dimensionName(d));
        auto *reason = new QPlainTextEdit;
        reason->setTabChangesFocus(true);
        reason->setMaximumHeight(reason->fontMetrics().lineSpacing() * 4 + 12);
        reason->installEventFilter(this);
        m_scores[d] = score;
        m_rationale[d] = reason;
        auto *name = new QLabel(dimensionName(d));
        name->setBuddy(score);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        auto *scoreColumn = new QVBoxLayout;
        scoreColumn->addWidget(score);
        m_origins[d] = new QLabel;
        m_origins[d]->setWordWrap(true);
        scoreColumn->addWidget(m_origins[d]);
        scoreColumn->addWidget(m_feedback.addField(QStringLiteral("scores.") + dimensionKey(d), score));
        scoreColumn->addStretch();
        grid->addLayout(scoreColumn, row, 1);
        grid->addWidget(reason, row, 2);
        ++row;
        connect(score, &QDoubleSpinBox::valueChanged, this, [this] {
            showMetrics();
            emit scoresEdited(shownScores());
        });
        // Reloads set the fields with signals blocked: a change seen here is typed.
        connect(score, &QDoubleSpinBox::textChanged, this, [this, d] { m_typed[d] = true; });
        connect(score, &QDoubleSpinBox::editingFinished, this, &AssessmentForm::apply);
    }
    m_source->setTabChangesFocus(true);
    m_source->setMaximumHeight(m_source->fontMetrics().lineSpacing() * 3 + 12);
    m_source->installEventFilter(this);
    auto *sourceLabel = new QLabel(tr("S&ource and confidence:"));
    sourceLabel->setBuddy(m_source);
    grid->addWidget(sourceLabel, row, 0, Qt::AlignTop);
    grid->addWidget(m_source, row, 1, 1, 2);
    grid->setColumnStretch(2, 1);
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The metrics beside the live preview.
    auto *metricsRow = new QHBoxLayout;
    metricsRow->addWidget(m_metrics, 1);
    metricsRow->addWidget(m_preview);
    grid->addLayout(metricsRow, row + 1, 0, 1, 3);
    grid->addWidget(m_feedback.addGeneralMessage(), row + 2, 0, 1, 3);
    m_coverage->setWordWrap(true); // a record counted in several dimensions adds a line of its own
    grid->addWidget(m_coverage, row + 3, 0, 1, 3);
    grid->addWidget(m_evidence, row + 4, 0, 1, 3);
    grid->setRowStretch(row + 4, 1);

    m_pages->insertWidget(EmptyPage, empty);
    // On a small screen (1280×800) the scores, rationale, preview and
    // evidence do not all fit: the page scrolls instead of squeezing them.
    auto *editScroll = new QScrollArea;
    editScroll->setWidget(edit);
    editScroll->setWidgetResizable(true);
    editScroll->setFrameShape(QFrame::NoFrame);
    m_pages->insertWidget(EditPage, editScroll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stageRow);
    layout->addWidget(m_pages, 1);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &AssessmentForm::reload);
    connect(m_stage, &QComboBox::activated, this, [this] { emit stageChosen(stageId()); });
    connect(add, &QPushButton::clicked, this, &AssessmentForm::addAssessment);
    connect(m_remove, &QPushButton::clicked, this, &AssessmentForm::removeAssessment);
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store) {
            connect(store, &Store::assessmentsChanged, this, &AssessmentForm::reload);
            connect(store, &Store::scorecardChanged, this, &AssessmentForm::reload);
            connect(store, &Store::evidenceChanged, this, &AssessmentForm::showCoverage);
            connect(store, &Store::stagesChanged, this, &AssessmentForm::reloadStages);
        }
        m_regionId = NoId;
        reloadStages();
    });
    setEnabled(false);
}

void AssessmentForm::setRegion(Id regionId)
{
    m_regionId = regionId;
    reload();
}

void AssessmentForm::setStage(Id stageId)
{
    const int index = m_stage->findData(stageId);
    if (index >= 0)
        m_stage->setCurrentIndex(index);
}

Id AssessmentForm::stageId() const
{
    return m_stage->currentData().toLongLong();
}

void AssessmentForm::reloadStages()
{
    const Id current = stageId();
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    if (Store *store = m_editor->store()) {
        if (auto stages = store->stages().all()) {
            for (const Stage &s : *stages)
                m_stage->addItem(QStringLiteral("%1 (%2)").arg(localizedName(s.nameZh, s.nameEn), stageYears(s.startYear, s.endYear)),
                                 s.id);
        }
    }
    const int index = m_stage->findData(current);
    m_stage->setCurrentIndex(index >= 0 ? index : 0);
    reload();
}

void AssessmentForm::reload()
{
    // A change from another program while the user is typing here keeps the
    // typing (and what it was typed over); the edit is merged when finished.
    if (m_editor->store() && m_editor->store()->isAnnouncingExternalChange() && isTyping())
        return;
    m_feedback.clear();
    Store *store = m_editor->store();
    m_loaded.reset();
    if (store && m_regionId != NoId && stageId() != NoId) {
        if (auto a = store->assessments().at(m_regionId, stageId()); a && a->has_value())
            m_loaded = **a;
    }
    setEnabled(store && m_regionId != NoId && m_stage->count() > 0);
    m_pages->setCurrentIndex(m_loaded ? EditPage : EmptyPage);
    m_remove->setEnabled(m_loaded.has_value());
    const Assessment shown = m_loaded.value_or(Assessment{});
    for (Dimension d : AllDimensions) {
        const QSignalBlocker blocker(m_scores[d]);
        m_typed[d] = false;
        // An unscored dimension shows no number: 0.0 would read as a score.
        m_scores[d]->setSpecialValueText(shown.origin[d] == ScoreOrigin::Unscored ? tr("not scored") : QString());
        m_scores[d]->setValue(shown.scores[d]);
        m_rationale[d]->setPlainText(shown.rationale[d]);
    }
    std::optional<ScoreDerivation> derivation;
    if (m_loaded) {
        if (auto derived = derivationFor(*store, m_regionId, stageId()))
            derivation = *derived;
    }
    for (Dimension d : AllDimensions) {
        const DimensionDerivation *dd = derivation ? &(*derivation)[d] : nullptr;
        QString text;
        if (shown.origin[d] == ScoreOrigin::Unscored)
            text = tr("not scored yet: score its indicators on the Scorecard tab, or type a score");
        else if (shown.origin[d] == ScoreOrigin::Derived && dd && dd->ratedIndicatorCount() < dd->indicatorCount)
            text = tr("derived from %1 of %n indicator(s)", nullptr, dd->indicatorCount).arg(dd->ratedIndicatorCount());
        else if (shown.origin[d] == ScoreOrigin::Derived && dd)
            text = tr("derived from %n indicator(s)", nullptr, dd->indicatorCount);
        else if (dd && dd->value)
            text = tr("set by hand · the indicators give %1").arg(*dd->value, 0, 'f', 2);
        else
            text = tr("set by hand");
        m_origins[d]->setText(QStringLiteral("<small>%1</small>").arg(text.toHtmlEscaped()));
        m_origins[d]->setToolTip(tr("Typing a score sets it by hand; the Scorecard tab derives it from the indicators again."));
    }
    m_source->setPlainText(shown.sourceNote);
    m_evidence->setAssessment(shown.id, m_regionId);
    showMetrics();
    showCoverage();
    emit scoresEdited(shownScores());
}

DimensionScores AssessmentForm::shownScores() const
{
    DimensionScores s;
    for (Dimension d : AllDimensions)
        s[d] = m_scores[d]->value();
    return s;
}

PerDimension<ScoreOrigin> AssessmentForm::shownOrigins() const
{
    PerDimension<ScoreOrigin> origins = m_loaded ? m_loaded->origin : PerDimension<ScoreOrigin>{};
    for (Dimension d : AllDimensions) {
        if (origins[d] == ScoreOrigin::Unscored && m_typed[d])
            origins[d] = ScoreOrigin::Hand;
    }
    return origins;
}

void AssessmentForm::showMetrics()
{
    Assessment shown;
    shown.origin = shownOrigins();
    const bool scored = m_loaded && shown.isScored();
    m_preview->setScores(shownScores(), scored);
    if (!m_loaded) {
        m_metrics->clear();
        return;
    }
    if (!scored) {
        m_metrics->setText(tr("Not every dimension is scored yet: the triangle, its form and its findings follow once all three are."));
        return;
    }
    const TriangleMetrics m = analyse(shownScores());
    m_metrics->setText(tr("<b>%1</b> · leading: %2<br>%3").arg(formName(m.form), leadersText(m.leaders), explainMetrics(m)));
}

void AssessmentForm::showCoverage()
{
    Store *store = m_editor->store();
    const auto coverage = store && m_loaded ? evidenceCoverageOf(*store, *m_loaded) : Result<EvidenceCoverage>(StoreError{});
    // "evidence: 2 of 3 dimensions, …": the sentence starts the line.
    QString text = coverage ? evidenceCoverageText(*coverage) : QString();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (coverage && !coverage->doubleCounts.isEmpty()) {
        const auto region = store->regions().byId(m_loaded->regionId);
        const auto stage = store->stages().byId(m_loaded->stageId);
        const QString regionName = region ? localizedName(region->nameZh, region->nameEn) : QString();
        const QString stageName = stage ? localizedName(stage->nameZh, stage->nameEn) : QString();
        for (const DoubleCount &count : coverage->doubleCounts)
            text += QLatin1Char('\n') + tr("Warning: %1").arg(doubleCountText(count, regionName, stageName));
    }
    m_coverage->setText(text);
    m_coverage->setToolTip(tr("Dimensions: a policy or milestone is linked to the score below. "
                              "Indicator values: one is linked to the value on the Scorecard tab. "
                              "A warning names a record that indicator values of several dimensions cite: one fact "
                              "counted more than once, which the values' notes should justify."));
}

bool AssessmentForm::isTyping() const
{
    if (!m_loaded || !isAncestorOf(QApplication::focusWidget()))
        return false;
    Assessment shown = *m_loaded;
    shown.scores = shownScores();
    shown.origin = shownOrigins();
    for (Dimension d : AllDimensions)
        shown.rationale[d] = m_rationale[d]->toPlainText();
    shown.sourceNote = m_source->toPlainText();
    return shown != *m_loaded;
}

void AssessmentForm::apply()
{
    if (!m_loaded)
        return;
    Assessment a = *m_loaded;
    a.scores = shownScores();
    a.origin = shownOrigins();
    for (Dimension d : AllDimensions)
        a.rationale[d] = m_rationale[d]->toPlainText();
    a.sourceNote = m_source->toPlainText();
    if (m_feedback.show(validateAssessment(a)) || a == *m_loaded)
        return;
    // The assessment as the form read it, so that another program's change
    // meanwhile is merged or asked about rather than overwritten.
    const Assessment base = *m_loaded;
    if (!m_editor->updateAssessment(a, &base) && !m_feedback.show(m_editor->lastError().problems))
        m_feedback.showGeneral(m_editor->lastError().message);
}

void AssessmentForm::addAssessment()
{
    Assessment a;
    a.regionId = m_regionId;
    a.stageId = stageId();
    // Nobody has scored it yet: the indicators or a typed score will.
    for (Dimension d : AllDimensions)
        a.origin[d] = ScoreOrigin::Unscored;
    a.sourceNote = tr("An analyst's judgement.");
    if (!m_editor->addAssessment(a))
        m_feedback.showGeneral(m_editor->lastError().message);
}

void AssessmentForm::removeAssessment()
{
    if (!m_loaded || !m_editor->store())
        return;
    auto snapshot = snapshotAssessment(*m_editor->store(), m_loaded->id);
    if (!snapshot) {
        m_feedback.showGeneral(snapshot.error().message);
        return;
    }
    EntityCounts others = snapshot->counts();
    others.assessments = 0;
    QString question = tr("Delete the assessment at stage “%1”?").arg(m_stage->currentText());
    if (others != EntityCounts{})
        question += QLatin1Char('\n') + tr("This also removes %1.").arg(describeDependents(others));
    question += QLatin1Char('\n') + tr("You can undo this.");
    if (QMessageBox::question(this, tr("Delete Assessment"), question) == QMessageBox::Yes)
        m_editor->removeAssessment(m_loaded->id);
}

bool AssessmentForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(watched))
        apply();
    return QWidget::eventFilter(watched, event);
}

} // namespace triangle
