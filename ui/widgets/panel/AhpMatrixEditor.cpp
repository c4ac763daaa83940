#include "AhpMatrixEditor.h"
#include "PanelText.h"

#include "widgets/editing/Editor.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/IndicatorRepository.h"
#include "store/RaterRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
// The cell's choices, strongest for the row's item first: 9 … 1 … 1/9.
QList<double> choicesDescending()
{
    QList<double> scale = saatyScale();
    std::reverse(scale.begin(), scale.end());
    return scale;
}

int choiceIndex(QComboBox *box, double value)
{
    for (int i = 1; i < box->count(); ++i)
        if (std::abs(box->itemData(i).toDouble() - value) < 1e-6)
            return i;
    return 0;
}
} // namespace

QString AhpMatrixEditor::saatyText(double value)
{
    if (value >= 1.0 - 1e-9)
        return QString::number(std::round(value));
    return QStringLiteral("1/%1").arg(std::round(1.0 / value));
}

AhpMatrixEditor::AhpMatrixEditor(Editor *editor, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_expert(new QComboBox), m_round(new QSpinBox), m_scope(new QComboBox),
      m_table(new QTableWidget), m_consistency(new QLabel), m_hint(new QLabel), m_apply(new QPushButton(tr("&Apply Suggestion")))
{
    setWindowTitle(tr("Pairwise Comparisons"));
    m_round->setRange(1, 20);
    m_round->setToolTip(tr("The Delphi round the comparisons belong to."));
    auto *choose = new QFormLayout;
    choose->addRow(tr("E&xpert:"), m_expert);
    choose->addRow(tr("&Round:"), m_round);
    choose->addRow(tr("&Compare:"), m_scope);
    m_table->setToolTip(tr("Each cell of the upper triangle says how many times more important the row's item is than "
                           "the column's, on Saaty's scale: 1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 "
                           "extremely; 1/3 … 1/9 the other way round. The lower triangle shows the reciprocals."));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_consistency->setTextFormat(Qt::RichText);
    m_consistency->setObjectName(QStringLiteral("consistency"));
    m_consistency->setToolTip(tr("CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty). λmax: the "
                                 "matrix's principal eigenvalue, n for perfectly consistent comparisons."));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("repairHint"));
    m_apply->setToolTip(tr("Sets the comparison named above to the suggested value (one undo step)."));
    m_apply->setEnabled(false);
    auto *hintRow = new QHBoxLayout;
    hintRow->addWidget(m_hint, 1);
    hintRow->addWidget(m_apply);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_consistency);
    layout->addLayout(hintRow);
    layout->addWidget(new QLabel(tr("Each change is saved at once; Edit › Undo takes it back.")));
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_expert, &QComboBox::currentIndexChanged, this, [this] { showValues(); });
    connect(m_round, &QSpinBox::valueChanged, this, [this] { showValues(); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_apply, &QPushButton::clicked, this, &AhpMatrixEditor::applySuggestion);
    // The window's Undo and Redo keys work here too: this dialog is a window of its own.
    QAction *undo = m_editor->undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this);
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undo);
    addAction(redo);
    if (Store *store = m_editor->store()) {
        connect(store, &Store::panelChanged, this, [this] {
            if (!m_loading)
                showValues();
        });
        connect(store, &Store::scorecardChanged, this, [this] {
            reloadExperts();
            reloadScopes();
        });
    }
    reloadExperts();
    reloadScopes();
    if (Store *store = m_editor->store()) {
        if (auto rounds = store->panel().judgmentRounds(); rounds && !rounds->isEmpty())
            m_round->setValue(rounds->last());
    }
}

void AhpMatrixEditor::reloadExperts()
{
    const Id keep = currentExpert();
    const QSignalBlocker blocker(m_expert);
    m_expert->clear();
    if (Store *store = m_editor->store()) {
        if (auto raters = store->raters().all()) {
            for (const Rater &r : *raters)
                m_expert->addItem(r.organisation.isEmpty() ? shownText(r.name) : tr("%1 (%2)").arg(shownText(r.name), shownText(r.organisation)), r.id);
        }
    }
    const int at = m_expert->findData(keep);
    m_expert->setCurrentIndex(at >= 0 ? at : 0);
}

void AhpMatrixEditor::reloadScopes()
{
    const QString keep = currentScope();
    {
        const QSignalBlocker blocker(m_scope);
        m_scope->clear();
        QList<Indicator> indicators;
        if (Store *store = m_editor->store())
            indicators = panel::orEmpty(store->indicators().all());
        for (Dimension d : AllDimensions) {
            const auto count = std::count_if(indicators.cbegin(), indicators.cend(), [d](const Indicator &i) { return i.dimension == d; });
            if (count >= 2)
                m_scope->addItem(tr("%1: its indicators").arg(dimensionName(d)), dimensionKey(d));
        }
        m_scope->addItem(tr("The three dimensions"), QStringLiteral("dimensions"));
        const int at = m_scope->findData(keep);
        m_scope->setCurrentIndex(at >= 0 ? at : 0);
    }
    rebuild();
}

Id AhpMatrixEditor::currentExpert() const
{
    return m_expert->currentIndex() >= 0 ? m_expert->currentData().value<Id>() : NoId;
}

QString AhpMatrixEditor::currentScope() const
{
    return m_scope->currentData().toString();
}

void AhpMatrixEditor::setExpert(Id raterId)
{
    if (const int at = m_expert->findData(raterId); at >= 0)
        m_expert->setCurrentIndex(at);
}

void AhpMatrixEditor::setRound(int round)
{
    m_round->setValue(round);
}

void AhpMatrixEditor::setScope(const QString &scope)
{
    if (const int at = m_scope->findData(scope); at >= 0)
        m_scope->setCurrentIndex(at);
}

void AhpMatrixEditor::rebuild()
{
    m_items.clear();
    const QString scope = currentScope();
    if (scope == QLatin1String("dimensions")) {
        for (Dimension d : AllDimensions)
            m_items.append({dimensionKey(d), dimensionName(d), NoId, d});
    } else if (Store *store = m_editor->store()) {
        QList<Indicator> indicators = panel::orEmpty(store->indicators().all());
        std::stable_sort(indicators.begin(), indicators.end(), [](const Indicator &a, const Indicator &b) { return a.sortOrder < b.sortOrder; });
        for (const Indicator &i : indicators)
            if (dimensionKey(i.dimension) == scope)
                m_items.append({i.key, localizedName(i.nameZh, i.nameEn), i.id, std::nullopt});
    }
    const int n = int(m_items.size());
    m_table->clear();
    m_table->setRowCount(n);
    m_table->setColumnCount(n + 1);
    QStringList names;
    for (const Item &item : m_items)
        names << item.name;
    m_table->setVerticalHeaderLabels(names);
    QStringList columns = names;
    columns << tr("Weight");
    m_table->setHorizontalHeaderLabels(columns);
    m_table->horizontalHeaderItem(n)->setToolTip(tr("The item's weight from these comparisons (the principal eigenvector), when every pair is given."));
    const QList<double> choices = choicesDescending();
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i < j) {
                auto *box = new QComboBox;
                box->addItem(tr("—"), QVariant());
                for (double v : choices)
                    box->addItem(saatyText(v), v);
                box->setAccessibleName(tr("%1 over %2").arg(m_items[i].name, m_items[j].name));
                box->setToolTip(tr("How many times more important is %1 than %2?").arg(m_items[i].name, m_items[j].name));
                connect(box, &QComboBox::activated, this, [this, i, j, box](int index) {
                    choose(i, j, index == 0 ? std::nullopt : std::optional<double>(box->itemData(index).toDouble()));
                });
                m_table->setCellWidget(i, j, box);
            } else {
                auto *item = new QTableWidgetItem(i == j ? QStringLiteral("1") : QString());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setTextAlignment(Qt::AlignCenter);
                m_table->setItem(i, j, item);
            }
        }
        auto *weight = new QTableWidgetItem;
        weight->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, n, weight);
    }
    showValues();
}

PanelJudgment AhpMatrixEditor::pairAt(int row, int column) const
{
    PanelJudgment j;
    j.raterId = currentExpert();
    j.round = m_round->value();
    if (m_items[row].dimension) {
        j.firstDimension = m_items[row].dimension;
        j.secondDimension = m_items[column].dimension;
    } else {
        j.firstIndicatorId = m_items[row].indicatorId;
        j.secondIndicatorId = m_items[column].indicatorId;
    }
    return j;
}

void AhpMatrixEditor::choose(int row, int column, std::optional<double> value)
{
    if (row == column || row < 0 || column < 0 || row >= size() || column >= size() || currentExpert() == NoId)
        return;
    if (row > column) {
        std::swap(row, column);
        if (value)
            value = 1.0 / *value;
    }
    PanelJudgment pair = pairAt(row, column);
    if (value) {
        pair.value = *value;
        m_editor->setJudgment(pair);
    } else {
        m_editor->removeJudgment(pair);
    }
    showValues(); // also when refused: the cell shows what is stored
}

void AhpMatrixEditor::applySuggestion()
{
    if (!m_result.repair)
        return;
    const AhpRepair repair = *m_result.repair;
    choose(repair.row, repair.column, repair.suggestedValue);
}

void AhpMatrixEditor::showValues()
{
    const int n = size();
    if (m_table->rowCount() != n)
        return;
    Store *store = m_editor->store();
    if (store) {
        if (auto settings = store->panel().settings())
            m_limit = settings->maxConsistencyRatio;
    }
    PairwiseMatrix matrix = PairwiseMatrix::identity(n);
    QList<std::optional<double>> given(n * n);
    int pairs = 0;
    if (store && currentExpert() != NoId) {
        const QList<PanelJudgment> judgments = panel::orEmpty(store->panel().judgments(m_round->value()));
        for (const PanelJudgment &j : judgments) {
            if (j.raterId != currentExpert())
                continue;
            int row = -1, column = -1;
            for (int k = 0; k < n; ++k) {
                const Item &item = m_items[k];
                const bool first = item.dimension ? j.firstDimension == item.dimension : (item.indicatorId == j.firstIndicatorId && j.firstIndicatorId != NoId);
                const bool second = item.dimension ? j.secondDimension == item.dimension : (item.indicatorId == j.secondIndicatorId && j.secondIndicatorId != NoId);
                if (first)
                    row = k;
                if (second)
                    column = k;
            }
            if (row < 0 || column < 0 || row == column)
                continue;
            matrix.set(row, column, j.value);
            given[row * n + column] = j.value;
            given[column * n + row] = 1.0 / j.value;
            ++pairs;
        }
    }
    const QScopedValueRollback<bool> loading(m_loading, true);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i < j) {
                auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(i, j));
                const QSignalBlocker blocker(box);
                box->setCurrentIndex(given[i * n + j] ? choiceIndex(box, *given[i * n + j]) : 0);
            } else if (i > j) {
                m_table->item(i, j)->setText(given[i * n + j] ? saatyText(*given[i * n + j]) : QString());
            }
        }
    }
    const int needed = n * (n - 1) / 2;
    m_result = pairs == needed && n >= 1 ? ahpWeights(matrix) : AhpResult{};
    for (int i = 0; i < n; ++i)
        m_table->item(i, n)->setText(i < m_result.weights.size() ? QString::number(m_result.weights[i], 'f', 3) : QString());

    m_hint->clear();
    m_apply->setEnabled(false);
    if (pairs < needed) {
        m_consistency->setText(tr("%1 of the %2 comparisons are given; the weights and CR follow once every pair is.")
                                   .arg(pairs)
                                   .arg(needed));
        return;
    }
    if (m_result.weights.isEmpty()) {
        m_consistency->setText(m_result.reason.toHtmlEscaped());
        return;
    }
    const bool fails = !m_result.consistencyRatio || *m_result.consistencyRatio > m_limit + 1e-12;
    const QString cr = m_result.consistencyRatio ? QString::number(*m_result.consistencyRatio, 'f', 3) : tr("unknown");
    QString text = tr("λmax %1 · CI %2 · CR %3 (limit %4)")
                       .arg(QString::number(m_result.lambdaMax, 'f', 3), QString::number(m_result.consistencyIndex, 'f', 3), cr,
                            QString::number(m_limit, 'f', 2));
    text = text.toHtmlEscaped();
    text += QStringLiteral(" — ");
    text += fails ? QStringLiteral("<span style=\"color:#c62828;font-weight:bold\">%1</span>").arg(tr("inconsistent").toHtmlEscaped())
                  : QStringLiteral("<span style=\"color:#2e7d32\">%1</span>").arg(tr("consistent").toHtmlEscaped());
    m_consistency->setText(text);
    if (fails && m_result.repair) {
        const AhpRepair &r = *m_result.repair;
        m_hint->setText(tr("The comparison %1 vs %2 (now %3) breaks consistency most; %4 would bring CR to %5.")
                            .arg(m_items[r.row].name, m_items[r.column].name, saatyText(r.currentValue), saatyText(r.suggestedValue),
                                 QString::number(r.ratioAfter, 'f', 2)));
        m_apply->setEnabled(true);
    }
}

} // namespace triangle
