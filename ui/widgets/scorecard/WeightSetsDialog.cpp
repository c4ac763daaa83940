#include "WeightSetsDialog.h"

#include "analysis/MetricsText.h"
#include "widgets/editing/Editor.h"
#include "model/DomainNames.h"
#include "store/Store.h"
#include "store/WeightSetQueries.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum SetColumn { NameColumn, MethodColumn, InForceColumn, DetailColumn, SetColumnCount };
constexpr int IdRole = Qt::UserRole;

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

// A name no set has yet: "entropy 优势三角", then "… 2".
QString freeName(const QString &base, const QList<WeightSet> &sets)
{
    auto taken = [&](const QString &name) {
        return std::any_of(sets.cbegin(), sets.cend(), [&](const WeightSet &s) { return s.name == name; });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}
} // namespace

WeightSetsDialog::WeightSetsDialog(Editor *editor, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_sets(new QTableWidget(0, SetColumnCount)), m_state(new QLabel),
      m_message(new QLabel), m_activate(new QPushButton(tr("&Activate"))), m_remove(new QPushButton(tr("&Remove"))),
      m_stage(new QComboBox), m_comparison(new QTableWidget)
{
    setWindowTitle(tr("Weight Sets"));
    m_sets->setHorizontalHeaderLabels({tr("Name"), tr("Method"), tr("In force"), tr("How it was made")});
    m_sets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sets->verticalHeader()->hide();
    m_sets->horizontalHeader()->setStretchLastSection(true);
    m_sets->setWordWrap(true);
    m_state->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *keep = new QPushButton(tr("&Keep Weights in Force…"));
    keep->setToolTip(tr("Keep the indicator weights in force now as a set, to come back to them."));
    auto *derive = new QPushButton(tr("&Derive from Data…"));
    derive->setToolTip(tr("Weights from the indicator values at a stage: an indicator on which the regions differ "
                          "more weighs more (entropy), discounted when it repeats another (CRITIC)."));
    auto *combine = new QPushButton(tr("&Combine…"));
    combine->setToolTip(tr("Combine an expert set with a set from the data, dimension by dimension."));
    m_activate->setToolTip(tr("Put the set's weights in force and derive every score again (one undo step)."));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {keep, derive, combine, m_activate, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();

    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    auto *stageRow = new QHBoxLayout;
    auto *stageLabel = new QLabel(tr("Compare the selected sets at &stage:"));
    stageLabel->setBuddy(m_stage);
    stageRow->addWidget(stageLabel);
    stageRow->addWidget(m_stage);
    stageRow->addStretch();

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_sets, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addLayout(stageRow);
    layout->addWidget(m_comparison, 3);
    layout->addWidget(close);
    resize(900, 640);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(keep, &QPushButton::clicked, this, &WeightSetsDialog::keepDialog);
    connect(derive, &QPushButton::clicked, this, &WeightSetsDialog::deriveDialog);
    connect(combine, &QPushButton::clicked, this, &WeightSetsDialog::combineDialog);
    connect(m_activate, &QPushButton::clicked, this, &WeightSetsDialog::activateSelected);
    connect(m_remove, &QPushButton::clicked, this, &WeightSetsDialog::removeSelected);
    connect(m_sets, &QTableWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        compare();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &WeightSetsDialog::compare);
    if (Store *store = m_editor->store()) {
        // Activating, an undo, or another window's change moves the sets and the weights.
        connect(store, &Store::scorecardChanged, this, &WeightSetsDialog::reload);
        connect(store, &Store::assessmentsChanged, this, &WeightSetsDialog::compare);
        connect(store, &Store::stagesChanged, this, &WeightSetsDialog::reloadStages);
    }
    reloadStages();
    reload();
}

void WeightSetsDialog::say(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: palette(link-visited);") : QString());
    m_message->setProperty("problem", problem);
}

void WeightSetsDialog::reloadStages()
{
    Store *store = m_editor->store();
    const Id keep = m_stage->currentData().toLongLong();
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    if (!store)
        return;
    if (auto stages = store->stages().all()) {
        for (const Stage &s : *stages)
            m_stage->addItem(localizedName(s.nameZh, s.nameEn), s.id);
    }
    const int at = m_stage->findData(keep);
    if (at >= 0)
        m_stage->setCurrentIndex(at);
    else if (const int advantage = m_stage->findText(QStringLiteral("优势三角")); advantage >= 0)
        m_stage->setCurrentIndex(advantage);
}

void WeightSetsDialog::reload()
{
    Store *store = m_editor->store();
    if (!store)
        return;
    const QList<Id> selected = selectedSets();
    auto sets = store->weightSets().all();
    auto indicators = store->indicators().all();
    if (!sets || !indicators) {
        say((!sets ? sets.error() : indicators.error()).message, true);
        return;
    }
    m_all = *sets;
    m_indicators = *indicators;
    {
        const QSignalBlocker blocker(m_sets);
        m_sets->setRowCount(int(m_all.size()));
        for (int row = 0; row < m_all.size(); ++row) {
            const WeightSet &s = m_all[row];
            auto *name = readOnlyItem(s.name);
            name->setData(IdRole, s.id);
            m_sets->setItem(row, NameColumn, name);
            m_sets->setItem(row, MethodColumn, readOnlyItem(weightSetMethodLabel(s.method)));
            auto *active = readOnlyItem(s.active ? tr("✓ in force") : QString());
            if (s.active) {
                QFont bold = name->font();
                bold.setBold(true);
                name->setFont(bold);
                active->setFont(bold);
            }
            m_sets->setItem(row, InForceColumn, active);
            auto *detail = readOnlyItem(s.detail);
            detail->setToolTip(s.detail);
            m_sets->setItem(row, DetailColumn, detail);
        }
        m_sets->resizeColumnToContents(NameColumn);
        m_sets->resizeColumnToContents(MethodColumn);
        m_sets->resizeColumnToContents(InForceColumn);
    }
    if (m_all.isEmpty())
        m_state->setText(tr("No weight sets yet. Keep the weights in force as a set before trying others."));
    else if (std::none_of(m_all.cbegin(), m_all.cend(), [](const WeightSet &s) { return s.active; }))
        m_state->setText(tr("No set is in force: the weights were edited by hand since one was activated."));
    else
        m_state->setText(tr("The set in force is marked; the scores are derived with its weights."));
    selectSets(selected);
    updateButtons();
    compare();
}

QList<Id> WeightSetsDialog::selectedSets() const
{
    QList<Id> ids;
    for (int row = 0; row < m_sets->rowCount(); ++row) {
        if (m_sets->item(row, NameColumn) && m_sets->item(row, NameColumn)->isSelected())
            ids << m_sets->item(row, NameColumn)->data(IdRole).toLongLong();
    }
    return ids;
}

void WeightSetsDialog::selectSets(const QList<Id> &ids)
{
    {
        const QSignalBlocker blocker(m_sets);
        m_sets->clearSelection();
        for (int row = 0; row < m_sets->rowCount(); ++row) {
            if (ids.contains(m_sets->item(row, NameColumn)->data(IdRole).toLongLong())) {
                for (int c = 0; c < SetColumnCount; ++c)
                    m_sets->item(row, c)->setSelected(true);
            }
        }
    }
    updateButtons();
    compare();
}

void WeightSetsDialog::updateButtons()
{
    const QList<Id> ids = selectedSets();
    const WeightSet *one = nullptr;
    if (ids.size() == 1) {
        for (const WeightSet &s : std::as_const(m_all)) {
            if (s.id == ids.first())
                one = &s;
        }
    }
    const QString problem = one ? WeightSetRepository::activationProblem(*one, m_indicators) : QString();
    m_activate->setEnabled(one && !one->active && problem.isEmpty());
    m_activate->setToolTip(problem.isEmpty() ? tr("Put the set's weights in force and derive every score again (one undo step).")
                                             : problem);
    m_remove->setEnabled(one && !one->active);
    m_remove->setToolTip(one && one->active ? tr("The set in force cannot be removed; activate another first.") : QString());
}

void WeightSetsDialog::compare()
{
    Store *store = m_editor->store();
    m_comparison->clear();
    m_comparison->setRowCount(0);
    m_comparison->setColumnCount(0);
    QList<WeightSet> chosen;
    for (Id id : selectedSets()) {
        for (const WeightSet &s : std::as_const(m_all)) {
            if (s.id == id)
                chosen << s;
        }
    }
    const Id stageId = m_stage->currentData().toLongLong();
    if (!store || chosen.size() < 2 || stageId == NoId)
        return;
    auto compared = compareWeightSetsAt(*store, stageId, chosen);
    if (!compared) {
        say(compared.error().message, true);
        return;
    }
    QStringList headers{tr("Region")};
    for (const WeightSet &s : chosen)
        headers << tr("%1: rank").arg(s.name) << tr("%1: form").arg(s.name);
    headers << tr("Changes");
    m_comparison->setColumnCount(int(headers.size()));
    m_comparison->setHorizontalHeaderLabels(headers);
    m_comparison->setRowCount(int(compared->regions.size()));
    const QColor changed = palette().color(QPalette::Highlight).lighter(170);
    for (int row = 0; row < compared->regions.size(); ++row) {
        const Region &region = compared->regions[row];
        const WeightSetComparisonRegion &r = compared->comparison.regions[row];
        m_comparison->setItem(row, 0, readOnlyItem(localizedName(region.nameZh, region.nameEn)));
        for (int s = 0; s < r.readings.size(); ++s) {
            const WeightedReading &w = r.readings[s];
            auto *rank = readOnlyItem(QString::number(w.rank));
            rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            rank->setToolTip(tr("Scores %1, %2, %3")
                                 .arg(w.scores[Dimension::Mission], 0, 'f', 1)
                                 .arg(w.scores[Dimension::Political], 0, 'f', 1)
                                 .arg(w.scores[Dimension::Operational], 0, 'f', 1));
            auto *form = readOnlyItem(formName(w.form));
            if (r.rankChanges)
                rank->setBackground(changed);
            if (r.formChanges)
                form->setBackground(changed);
            m_comparison->setItem(row, 1 + 2 * s, rank);
            m_comparison->setItem(row, 2 + 2 * s, form);
        }
        QStringList what;
        if (r.rankChanges)
            what << tr("rank");
        if (r.formChanges)
            what << tr("form");
        if (r.leadingChanges)
            what << tr("leading dimension");
        m_comparison->setItem(row, int(headers.size()) - 1, readOnlyItem(what.join(tr(", "))));
    }
    m_comparison->resizeColumnsToContents();
}

bool WeightSetsDialog::addMade(const Result<WeightSet> &set)
{
    if (!set) {
        say(set.error().message, true);
        return false;
    }
    auto id = m_editor->store()->weightSets().add(*set);
    if (!id) {
        say(id.error().message, true);
        return false;
    }
    say(tr("Added “%1”: %2").arg(set->name, set->detail), false);
    selectSets({*id});
    return true;
}

bool WeightSetsDialog::deriveFromData(WeightSetMethod method, Id stageId, const QString &name)
{
    Store *store = m_editor->store();
    return addMade(deriveDataWeightSet(*store, stageId, method, name));
}

bool WeightSetsDialog::combine(Id subjective, Id objective, CombineRule rule, double alpha, const QString &name)
{
    Store *store = m_editor->store();
    auto a = store->weightSets().byId(subjective);
    auto b = store->weightSets().byId(objective);
    if (!a || !b) {
        say((!a ? a.error() : b.error()).message, true);
        return false;
    }
    return addMade(combineWeightSets(*store, *a, *b, rule, alpha, name));
}

bool WeightSetsDialog::keepWeightsInForce(const QString &name)
{
    Store *store = m_editor->store();
    return addMade(store->weightSets().inForce(name));
}

bool WeightSetsDialog::activateSelected()
{
    Store *store = m_editor->store();
    const QList<Id> ids = selectedSets();
    if (ids.size() != 1)
        return false;
    auto set = store->weightSets().byId(ids.first());
    auto indicators = store->indicators().all();
    if (!set || !indicators) {
        say((!set ? set.error() : indicators.error()).message, true);
        return false;
    }
    if (const QString problem = WeightSetRepository::activationProblem(*set, *indicators); !problem.isEmpty()) {
        say(problem, true);
        return false;
    }
    // One undo step: each changed weight an Editor edit (undone as any
    // weight edit), then the set marked in force, in the same transaction.
    std::optional<StoreError> refused;
    const bool written = m_editor->asOneStep(tr("Activate weight set %1").arg(set->name), [&] {
        for (const Indicator &i : std::as_const(*indicators)) {
            Indicator weighted = i;
            weighted.weight = set->weights.value(i.id);
            if (!m_editor->updateIndicator(weighted))
                return;
        }
        if (Status marked = store->weightSets().activate(set->id); !marked)
            refused = marked.error();
    });
    if (!written) {
        say(m_editor->lastError().message, true);
        return false;
    }
    if (refused) {
        say(refused->message, true);
        return false;
    }
    say(tr("“%1” is in force; every derived score was derived again. Undo puts the earlier weights back.").arg(set->name), false);
    reload();
    return true;
}

bool WeightSetsDialog::removeSelected()
{
    const QList<Id> ids = selectedSets();
    if (ids.size() != 1)
        return false;
    Status removed = m_editor->store()->weightSets().remove(ids.first());
    if (!removed) {
        say(removed.error().message, true);
        return false;
    }
    say(tr("Removed the set."), false);
    reload();
    return true;
}

void WeightSetsDialog::deriveDialog()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Derive Weights from Data"));
    auto *method = new QComboBox;
    method->addItem(tr("Entropy"), int(WeightSetMethod::Entropy));
    method->addItem(tr("CRITIC"), int(WeightSetMethod::Critic));
    auto *stage = new QComboBox;
    for (int i = 0; i < m_stage->count(); ++i)
        stage->addItem(m_stage->itemText(i), m_stage->itemData(i));
    stage->setCurrentIndex(m_stage->currentIndex());
    auto *name = new QLineEdit;
    auto suggest = [&] {
        name->setText(freeName(QStringLiteral("%1 %2").arg(method->currentText(), stage->currentText()), m_all));
    };
    suggest();
    connect(method, &QComboBox::currentIndexChanged, &ask, suggest);
    connect(stage, &QComboBox::currentIndexChanged, &ask, suggest);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Method:"), method);
    form->addRow(tr("&Stage:"), stage);
    form->addRow(tr("&Name:"), name);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() == QDialog::Accepted)
        deriveFromData(WeightSetMethod(method->currentData().toInt()), stage->currentData().toLongLong(), name->text());
}

void WeightSetsDialog::combineDialog()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Combine Weight Sets"));
    auto *expert = new QComboBox;
    auto *data = new QComboBox;
    for (const WeightSet &s : std::as_const(m_all)) {
        expert->addItem(s.name, s.id);
        data->addItem(s.name, s.id);
        if (s.method == WeightSetMethod::Entropy || s.method == WeightSetMethod::Critic)
            data->setCurrentIndex(data->count() - 1);
    }
    auto *rule = new QComboBox;
    rule->addItem(combineRuleLabel(CombineRule::Multiplicative), int(CombineRule::Multiplicative));
    rule->addItem(combineRuleLabel(CombineRule::Linear), int(CombineRule::Linear));
    auto *alpha = new QDoubleSpinBox;
    alpha->setRange(0.0, 1.0);
    alpha->setSingleStep(0.1);
    alpha->setValue(0.5);
    alpha->setToolTip(tr("The expert set's share in a linear combination."));
    auto *name = new QLineEdit(freeName(tr("combined"), m_all));
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Expert set:"), expert);
    form->addRow(tr("&Data set:"), data);
    form->addRow(tr("&Rule:"), rule);
    form->addRow(tr("&α (linear):"), alpha);
    form->addRow(tr("&Name:"), name);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() == QDialog::Accepted)
        combine(expert->currentData().toLongLong(), data->currentData().toLongLong(), CombineRule(rule->currentData().toInt()),
                alpha->value(), name->text());
}

void WeightSetsDialog::keepDialog()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Keep Weights in Force"));
    auto *name = new QLineEdit(freeName(tr("analyst"), m_all));
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("&Name:"), name);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() == QDialog::Accepted)
        keepWeightsInForce(name->text());
}

} // namespace triangle
