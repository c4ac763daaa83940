#include "ScorecardPanel.h"

#include "IndicatorSetDialog.h"
#include "WeightSetsDialog.h"
#include "RaterDialog.h"
#include "ScorecardModel.h"
#include "analysis/AgreementText.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/IndicatorValueRepository.h"
#include "store/RaterRepository.h"
#include "store/RecordSnapshot.h"
#include "store/ScorecardQueries.h"
#include "store/Store.h"
#include "widgets/TableCopy.h"
#include "widgets/editing/Editor.h"
#include "widgets/forms/EvidenceCandidates.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum EvidenceRoles { EvidenceIdRole = Qt::UserRole + 1, KindRole, TargetRole };

// The rubric level as a list of anchors (each anchor's description as its
// tooltip), the score as a 0–10 spin box in steps of 0.1.
class ScoreDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == ScorecardModel::LevelColumn) {
            auto *combo = new QComboBox(parent);
            for (const QVariant &v : index.data(ScorecardModel::RubricRole).toList()) {
                const QVariantMap level = v.toMap();
                combo->addItem(QStringLiteral("%1 · %2").arg(level.value(QStringLiteral("score")).toDouble(), 0, 'f', 1)
                                   .arg(level.value(QStringLiteral("label")).toString()),
                               level.value(QStringLiteral("score")));
                combo->setItemData(combo->count() - 1, level.value(QStringLiteral("description")), Qt::ToolTipRole);
            }
            return combo;
        }
        if (index.column() == ScorecardModel::ScoreColumn) {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setRange(MinScore, MaxScore);
            spin->setDecimals(1);
            spin->setSingleStep(0.1);
            return spin;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant score = index.data(Qt::EditRole);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            int best = 0;
            for (int i = 0; i < combo->count(); ++i) {
                if (score.isValid() && combo->itemData(i).toDouble() <= score.toDouble() + 1e-9)
                    best = i;
            }
            combo->setCurrentIndex(best);
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setValue(score.isValid() ? score.toDouble() : 0.0);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->currentIndex() >= 0)
                model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};
} // namespace

ScorecardPanel::ScorecardPanel(Editor *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_model(new ScorecardModel(editor, this)),
      m_stage(new QComboBox),
      m_rater(new QComboBox),
      m_aggregate(new QComboBox),
      m_editRater(new QPushButton(tr("&Edit…"))),
      m_deleteRater(new QPushButton(tr("De&lete"))),
      m_view(new QTreeView),
      m_agreement(new QLabel),
      m_evidenceTitle(new QLabel),
      m_evidence(new QListWidget),
      m_link(new QPushButton(tr("&Link Evidence…"))),
      m_unlink(new QPushButton(tr("U&nlink")))
{
    // Stage, rater, and how raters are combined.
    auto *top = new QHBoxLayout;
    auto *stageLabel = new QLabel(tr("&Stage:"));
    stageLabel->setBuddy(m_stage);
    auto *raterLabel = new QLabel(tr("&Rater:"));
    raterLabel->setBuddy(m_rater);
    // Rater names can be long: do not let one widen the window.
    m_rater->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rater->setMinimumContentsLength(18);
    auto *addRater = new QPushButton(tr("Add Ra&ter…"));
    m_aggregate->addItem(tr("Mean of raters"), int(RaterAggregate::Mean));
    m_aggregate->addItem(tr("Median of raters"), int(RaterAggregate::Median));
    m_aggregate->setToolTip(tr("How several raters' derived scores are combined into the score in force. "
                               "The database remembers the choice."));
    auto *indicatorSet = new QPushButton(tr("&Indicator Set…"));
    auto *weightSets = new QPushButton(tr("&Weight Sets…"));
    weightSets->setToolTip(tr("Weight sets side by side: the analyst's, the experts', and those from the data; "
                              "put one in force or compare the regions under several."));
    // Two rows: in one, the page was wider than a 1280-pixel screen leaves
    // it beside the docks (and Undo History widened the window).
    top->addWidget(stageLabel);
    top->addWidget(m_stage);
    top->addSpacing(12);
    top->addWidget(m_aggregate);
    top->addWidget(indicatorSet);
    top->addWidget(weightSets);
    top->addStretch();
    auto *raters = new QHBoxLayout;
    raters->addWidget(raterLabel);
    raters->addWidget(m_rater, 1);
    raters->addWidget(addRater);
    raters->addWidget(m_editRater);
    raters->addWidget(m_deleteRater);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new ScoreDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScorecardModel::LevelColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ScorecardModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(ScorecardModel::LevelColumn, m_view->fontMetrics().averageCharWidth() * 30);
    auto *clear = new QAction(tr("Clear Score"), m_view);
    clear->setShortcut(QKeySequence::Delete);
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(clear);
    TableCopy::install(m_view); // its menu holds Clear Score too
    connect(clear, &QAction::triggered, this, &ScorecardPanel::clearCurrentScore);

    // Per dimension: the score in force, whether it is derived, what the indicators give.
    auto *scores = new QGroupBox(tr("Scores in force"));
    auto *grid = new QGridLayout(scores);
    int row = 0;
    for (Dimension d : AllDimensions) {
        m_derive[d] = new QCheckBox(tr("Derived"));
        m_derive[d]->setToolTip(tr("Derive the %1 score from its indicators; unchecked, the score is the one typed by hand.")
                                    .arg(dimensionName(d)));
        m_summary[d] = new QLabel;
        m_summary[d]->setWordWrap(true);
        m_summary[d]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(dimensionName(d).toHtmlEscaped())), row, 0);
        grid->addWidget(m_derive[d], row, 1);
        grid->addWidget(m_summary[d], row, 2);
        ++row;
        connect(m_derive[d], &QCheckBox::toggled, this, [this, d](bool on) {
            Store *store = m_editor->store();
            if (!store || m_regionId == NoId)
                return;
            auto a = store->assessments().at(m_regionId, currentStage());
            if (!a || !a->has_value())
                return;
            if (on && !m_model->derivation()[d].value) {
                const QSignalBlocker blocker(m_derive[d]);
                m_derive[d]->setChecked(false);
                QMessageBox::information(this, tr("Derive From Indicators"),
                                         tr("No indicator of %1 has a score at this stage yet: score one first.").arg(dimensionName(d)));
                return;
            }
            m_editor->setScoreOrigin((*a)->id, d, on ? ScoreOrigin::Derived : ScoreOrigin::Hand);
        });
    }
    grid->setColumnStretch(2, 1);
    m_agreement->setWordWrap(true);
    m_agreement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_agreement, row, 0, 1, 3);
    grid->setRowStretch(row + 1, 1);

    auto *evidenceBox = new QGroupBox(tr("Evidence for the selected indicator score"));
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_link);
    evidenceButtons->addWidget(m_unlink);
    evidenceButtons->addStretch();
    m_evidenceTitle->setWordWrap(true);
    evidenceLayout->addWidget(m_evidenceTitle);
    evidenceLayout->addWidget(m_evidence, 1);
    evidenceLayout->addLayout(evidenceButtons);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(scores, 2);
    bottom->addWidget(evidenceBox, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(raters);
    layout->addWidget(m_view, 3);
    layout->addLayout(bottom, 2);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &ScorecardPanel::reloadModel);
    m_stage->setObjectName(QStringLiteral("stage"));
    connect(m_stage, &QComboBox::activated, this, [this] { emit stageChosen(currentStage()); });
    connect(m_rater, &QComboBox::currentIndexChanged, this, [this] { m_model->setRater(currentRater()); });
    connect(m_aggregate, &QComboBox::activated, this,
            [this] { m_editor->setRaterAggregate(RaterAggregate(m_aggregate->currentData().toInt())); });
    connect(addRater, &QPushButton::clicked, this, &ScorecardPanel::addRater);
    connect(m_editRater, &QPushButton::clicked, this, &ScorecardPanel::editRater);
    connect(m_deleteRater, &QPushButton::clicked, this, &ScorecardPanel::deleteRater);
    connect(indicatorSet, &QPushButton::clicked, this, &ScorecardPanel::showIndicatorSet);
    connect(weightSets, &QPushButton::clicked, this, &ScorecardPanel::showWeightSets);
    connect(m_link, &QPushButton::clicked, this, &ScorecardPanel::linkEvidence);
    connect(m_unlink, &QPushButton::clicked, this, &ScorecardPanel::unlinkEvidence);
    // Every edit reloads the model: keep the analyst's place in it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        m_keepIndicator = current.isValid() ? current.data(ScorecardModel::IndicatorIdRole).toLongLong() : NoId;
        m_keepColumn = current.isValid() ? current.column() : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        if (const QModelIndex keep = m_model->indexOfIndicator(m_keepIndicator, m_keepColumn); keep.isValid())
            m_view->setCurrentIndex(keep);
        showSummary();
        showEvidence();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScorecardPanel::showEvidence);
    connect(m_evidence, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { m_unlink->setEnabled(item != nullptr); });
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store) {
            connect(store, &Store::scorecardChanged, this, [this] {
                reloadRaters();
                m_model->reload();
            });
            connect(store, &Store::assessmentsChanged, m_model, &ScorecardModel::reload);
            connect(store, &Store::stagesChanged, this, &ScorecardPanel::reloadStages);
        }
        m_regionId = NoId;
        reloadStages();
        reloadRaters();
    });
    setEnabled(false);
}

void ScorecardPanel::setRegion(Id regionId)
{
    // The model follows the store's signals; only a new region reloads here.
    if (regionId == m_regionId && isEnabled() == (m_editor->store() && regionId != NoId))
        return;
    m_regionId = regionId;
    setEnabled(m_editor->store() && regionId != NoId);
    reloadModel();
}

void ScorecardPanel::setStage(Id stageId)
{
    const int at = m_stage->findData(stageId);
    if (at >= 0)
        m_stage->setCurrentIndex(at);
}

void ScorecardPanel::setRater(Id raterId)
{
    const int at = m_rater->findData(raterId);
    if (at >= 0)
        m_rater->setCurrentIndex(at);
}

Id ScorecardPanel::currentStage() const { return m_stage->currentData().toLongLong(); }
Id ScorecardPanel::currentRater() const { return m_rater->currentData().toLongLong(); }

void ScorecardPanel::reloadStages()
{
    const Id keep = currentStage();
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    if (Store *store = m_editor->store()) {
        if (auto stages = store->stages().all()) {
            for (const Stage &s : *stages)
                m_stage->addItem(localizedName(s.nameZh, s.nameEn), s.id);
        }
    }
    // The advantage stage is where the scorecard matters most: start there.
    int at = m_stage->findData(keep);
    if (at < 0 && m_editor->store()) {
        if (auto advantage = m_editor->store()->stages().byKey(QStringLiteral("advantage")))
            at = m_stage->findData(advantage->id);
    }
    m_stage->setCurrentIndex(std::max(at, 0));
    reloadModel();
}

void ScorecardPanel::reloadRaters()
{
    const Id keep = currentRater();
    const QSignalBlocker blocker(m_rater);
    m_rater->clear();
    Store *store = m_editor->store();
    if (store) {
        if (auto raters = store->raters().all()) {
            for (const Rater &r : *raters)
                m_rater->addItem(r.organisation.isEmpty() ? shownText(r.name)
                                                          : tr("%1 (%2)").arg(shownText(r.name), shownText(r.organisation)),
                                 r.id);
        }
        if (auto aggregate = store->raters().aggregate()) {
            const QSignalBlocker aggregateBlocker(m_aggregate);
            m_aggregate->setCurrentIndex(m_aggregate->findData(int(*aggregate)));
        }
    }
    const int at = m_rater->findData(keep);
    m_rater->setCurrentIndex(at >= 0 ? at : 0);
    m_editRater->setEnabled(m_rater->count() > 0);
    m_deleteRater->setEnabled(m_rater->count() > 0);
    if (m_model->raterId() != currentRater())
        m_model->setRater(currentRater());
}

void ScorecardPanel::reloadModel()
{
    m_model->setRater(currentRater());
    m_model->setAssessment(m_regionId, currentStage());
}

void ScorecardPanel::showSummary()
{
    Store *store = m_editor->store();
    std::optional<Assessment> assessment;
    if (store && m_regionId != NoId) {
        if (auto a = store->assessments().at(m_regionId, currentStage()); a && a->has_value())
            assessment = **a;
    }
    for (Dimension d : AllDimensions) {
        const DimensionDerivation &derivation = m_model->derivation()[d];
        const QSignalBlocker blocker(m_derive[d]);
        // An unscored dimension already waits for its indicators: there is
        // no typed score to go back to, so the box stays ticked.
        const bool unscored = assessment && assessment->origin[d] == ScoreOrigin::Unscored;
        m_derive[d]->setEnabled(assessment.has_value() && !unscored);
        m_derive[d]->setChecked(assessment && assessment->origin[d] != ScoreOrigin::Hand);
        QString text;
        if (!assessment)
            text = tr("no assessment at this stage: add one on the Assessments tab");
        else if (unscored)
            text = tr("not scored yet: scoring an indicator of it derives the score");
        else if (assessment->origin[d] == ScoreOrigin::Derived)
            text = tr("score %1, derived from its indicators").arg(assessment->scores[d], 0, 'f', 1);
        else
            text = tr("score %1, set by hand").arg(assessment->scores[d], 0, 'f', 1);
        if (derivation.value) {
            const QString how = derivation.spread.count > 1
                ? tr("%1 of %n raters: range %2–%3, SD %4", nullptr, derivation.spread.count)
                      .arg(m_aggregate->currentIndex() == 1 ? tr("median") : tr("mean"))
                      .arg(derivation.spread.minimum, 0, 'f', 2)
                      .arg(derivation.spread.maximum, 0, 'f', 2)
                      .arg(derivation.spread.standardDeviation, 0, 'f', 2)
                : tr("one rater");
            text += QStringLiteral(" · ") + tr("the indicators give %1 (%2)").arg(*derivation.value, 0, 'f', 2).arg(how);
        } else {
            text += QStringLiteral(" · ") + tr("no indicator scored");
        }
        m_summary[d]->setText(text);
    }

    // Agreement: over every region with indicator values at this stage, with
    // its interval and verdict; never pooled over stages.
    QString agreement = tr("Agreement between raters (Krippendorff's α, interval) at this stage:");
    if (store) {
        auto regions = regionsWithIndicatorValues(*store, currentStage());
        auto agreements = regions ? raterAgreementFor(*store, *regions, currentStage()) : Result<ScopedAgreement>(regions.error());
        if (regions && agreements) {
            // The scopes α could not be computed for are named once per
            // reason: one rater makes all four "not computable" for one reason.
            QList<std::pair<QString, const AgreementEstimate *>> scopes{{agreementScopeName(std::nullopt), &agreements->all}};
            for (Dimension d : AllDimensions)
                scopes.append(std::pair<QString, const AgreementEstimate *>(agreementScopeName(d), &agreements->byDimension[d]));
            QStringList parts, reasons;
            QList<QStringList> labelsByReason;
            for (const auto &[label, estimate] : scopes) {
                if (estimate->alpha.alpha) {
                    parts << tr("%1 %2").arg(label, agreementText(*estimate));
                    continue;
                }
                qsizetype at = reasons.indexOf(estimate->alpha.reason);
                if (at < 0) {
                    reasons << estimate->alpha.reason;
                    labelsByReason.append(QStringList());
                    at = reasons.size() - 1;
                }
                labelsByReason[at] << label;
            }
            for (qsizetype i = 0; i < reasons.size(); ++i) {
                parts << (labelsByReason[i].size() == scopes.size()
                              ? tr("not computable (%1)").arg(reasons[i])
                              : tr("%1 not computable (%2)").arg(QLocale().createSeparatedList(labelsByReason[i]), reasons[i]));
            }
            agreement += QLatin1Char(' ') + parts.join(QStringLiteral("; ")) + QLatin1Char(' ')
                       + tr("(over %n region(s) with indicator scores).", nullptr, int(regions->size()));
        }
    }
    m_agreement->setToolTip(agreementMethodNote());
    m_agreement->setText(agreement);
}

void ScorecardPanel::showEvidence()
{
    m_evidence->clear();
    Store *store = m_editor->store();
    const QModelIndex current = m_view->currentIndex();
    const auto value = m_model->valueAt(current);
    m_link->setEnabled(store && value.has_value());
    m_unlink->setEnabled(false);
    if (!store || !value) {
        m_evidenceTitle->setText(tr("Select a scored indicator to see and link its evidence."));
        return;
    }
    m_evidenceTitle->setText(current.siblingAtColumn(ScorecardModel::NameColumn).data().toString());
    if (auto links = store->indicatorValues().evidenceFor(value->id)) {
        for (const IndicatorEvidence &e : *links) {
            QString label;
            if (e.kind == Evidence::Kind::Policy) {
                if (auto p = store->policies().byId(e.targetId))
                    label = QStringLiteral("%1  %2 · %3").arg(p->date.toString(), evidenceKindName(e.kind), localizedName(p->titleZh, p->titleEn));
            } else if (auto m = store->milestones().byId(e.targetId)) {
                label = QStringLiteral("%1  %2 · %3").arg(m->date.toString(), evidenceKindName(e.kind), localizedName(m->titleZh, m->titleEn));
            }
            auto *item = new QListWidgetItem(label, m_evidence);
            item->setData(EvidenceIdRole, e.id);
            item->setData(KindRole, int(e.kind));
            item->setData(TargetRole, e.targetId);
        }
    }
}

void ScorecardPanel::addRater()
{
    RaterDialog dialog(Rater{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto id = m_editor->addRater(dialog.rater()))
        setRater(*id);
}

void ScorecardPanel::editRater()
{
    Store *store = m_editor->store();
    if (!store || currentRater() == NoId)
        return;
    auto rater = store->raters().byId(currentRater());
    if (!rater)
        return;
    RaterDialog dialog(*rater, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->updateRater(dialog.rater(), &*rater);
}

void ScorecardPanel::deleteRater()
{
    Store *store = m_editor->store();
    if (!store || currentRater() == NoId)
        return;
    auto snapshot = snapshotRater(*store, currentRater());
    if (!snapshot)
        return;
    EntityCounts others = snapshot->counts();
    others.raters = 0;
    QString question = tr("Delete the rater “%1”?").arg(snapshot->raters.first().name);
    if (others != EntityCounts{})
        question += QLatin1Char(' ') + tr("This also deletes %1.").arg(describeDependents(others));
    if (QMessageBox::question(this, tr("Delete Rater"), question) == QMessageBox::Yes)
        m_editor->removeRater(currentRater());
}

void ScorecardPanel::showIndicatorSet()
{
    IndicatorSetDialog dialog(m_editor, this);
    dialog.exec();
}

void ScorecardPanel::showWeightSets()
{
    WeightSetsDialog dialog(m_editor, this);
    dialog.exec();
}

void ScorecardPanel::clearCurrentScore()
{
    if (const auto value = m_model->valueAt(m_view->currentIndex()))
        m_editor->removeIndicatorValue(value->id);
}

void ScorecardPanel::linkEvidence()
{
    Store *store = m_editor->store();
    const QModelIndex current = m_view->currentIndex();
    const auto value = m_model->valueAt(current);
    if (!store || !value)
        return;
    const Dimension dimension = Dimension(current.data(ScorecardModel::DimensionRole).toInt());
    // Only records that bear on the indicator's dimension can support it.
    QList<EvidenceCandidate> candidates = evidenceCandidates(*store, m_regionId);
    candidates.removeIf([dimension](const EvidenceCandidate &c) { return !c.dimensions.contains(dimension); });
    bool accepted = false;
    const QList<EvidenceCandidate> selected =
        chooseEvidence(this, tr("Link Evidence to an Indicator Score"),
                       new QLabel(tr("Policies and milestones bearing on %1:").arg(dimensionName(dimension))), candidates, &accepted);
    if (!accepted)
        return;
    m_editor->asOneStep(tr("Link %n piece(s) of evidence", nullptr, int(selected.size())), [&] {
        for (const EvidenceCandidate &c : selected)
            m_editor->linkIndicatorEvidence({NoId, value->id, c.kind, c.id});
    });
}

void ScorecardPanel::unlinkEvidence()
{
    const QListWidgetItem *item = m_evidence->currentItem();
    const auto value = m_model->valueAt(m_view->currentIndex());
    if (!item || !value)
        return;
    m_editor->unlinkIndicatorEvidence({item->data(EvidenceIdRole).toLongLong(), value->id, Evidence::Kind(item->data(KindRole).toInt()),
                                       item->data(TargetRole).toLongLong()});
}

} // namespace triangle
