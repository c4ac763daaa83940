#include "IndicatorSetDialog.h"

#include "IndicatorDialog.h"
#include "analysis/ScoreDerivation.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/IndicatorRepository.h"
#include "store/RecordSnapshot.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Roles { IndicatorIdRole = Qt::UserRole + 1 };
enum Columns { NameColumn, KeyColumn, WeightColumn, ShareColumn, AnchorsColumn };
} // namespace

IndicatorSetDialog::IndicatorSetDialog(Editor *editor, QWidget *parent)
    : QDialog(parent), m_editor(editor), m_tree(new QTreeWidget), m_edit(new QPushButton(tr("&Edit…"))),
      m_delete(new QPushButton(tr("&Delete"))), m_up(new QPushButton(tr("Move &Up"))), m_down(new QPushButton(tr("Move Do&wn")))
{
    setWindowTitle(tr("Indicator Set"));
    m_tree->setHeaderLabels({tr("Indicator"), tr("Key"), tr("Weight"), tr("Share of its dimension"), tr("Anchors")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    auto *add = new QPushButton(tr("&Add…"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_edit, m_delete, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tree, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &IndicatorSetDialog::addIndicator);
    connect(m_edit, &QPushButton::clicked, this, &IndicatorSetDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &IndicatorSetDialog::deleteCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { editCurrent(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const bool has = currentIndicator() != NoId;
        for (QPushButton *b : {m_edit, m_delete, m_up, m_down})
            b->setEnabled(has);
    });
    if (Store *store = m_editor->store())
        connect(store, &Store::scorecardChanged, this, &IndicatorSetDialog::reload);
    reload();
    // Wide enough for the longest indicator names beside their keys, and
    // within a 1280-pixel screen.
    resize(1000, 560);
}

void IndicatorSetDialog::reload()
{
    const Id keep = currentIndicator();
    m_tree->clear();
    Store *store = m_editor->store();
    if (!store)
        return;
    auto indicators = store->indicators().all();
    if (!indicators)
        return;
    const QHash<Id, double> shares = normalisedWeights(*indicators);
    PerDimension<QTreeWidgetItem *> groups;
    for (Dimension d : AllDimensions) {
        groups[d] = new QTreeWidgetItem(m_tree, {dimensionName(d)});
        groups[d]->setFirstColumnSpanned(true);
    }
    QTreeWidgetItem *current = nullptr;
    for (const Indicator &i : *indicators) {
        auto *item = new QTreeWidgetItem(groups[i.dimension],
                                         {localizedName(i.nameZh, i.nameEn), i.key, QString::number(i.weight, 'g', 4),
                                          QStringLiteral("%1 %").arg(shares.value(i.id) * 100.0, 0, 'f', 1),
                                          QString::number(i.rubric.size())});
        item->setData(NameColumn, IndicatorIdRole, i.id);
        item->setToolTip(NameColumn, shownText(i.definition));
        if (i.id == keep)
            current = item;
    }
    for (Dimension d : AllDimensions)
        groups[d]->setText(NameColumn, tr("%1 (%n indicator(s))", nullptr, groups[d]->childCount()).arg(dimensionName(d)));
    m_tree->expandAll();
    for (int c = KeyColumn; c <= AnchorsColumn; ++c)
        m_tree->resizeColumnToContents(c);
    if (current)
        m_tree->setCurrentItem(current);
    for (QPushButton *b : {m_edit, m_delete, m_up, m_down})
        b->setEnabled(current != nullptr);
}

Id IndicatorSetDialog::currentIndicator() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NameColumn, IndicatorIdRole).toLongLong() : NoId;
}

void IndicatorSetDialog::addIndicator()
{
    Indicator fresh;
    // A new indicator joins the dimension of the selection, at its end.
    if (const QTreeWidgetItem *item = m_tree->currentItem()) {
        const QTreeWidgetItem *group = item->parent() ? item->parent() : item;
        fresh.dimension = Dimension(m_tree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(group)));
        fresh.sortOrder = group->childCount() + 1;
    }
    fresh.rubric = {{0.0, tr("absent"), QStringLiteral("absent"), {}, {}}, {10.0, tr("fully in place"), QStringLiteral("fully in place"), {}, {}}};
    IndicatorDialog dialog(fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->addIndicator(dialog.indicator());
}

void IndicatorSetDialog::editCurrent()
{
    Store *store = m_editor->store();
    const Id id = currentIndicator();
    if (!store || id == NoId)
        return;
    auto indicator = store->indicators().byId(id);
    if (!indicator)
        return;
    IndicatorDialog dialog(*indicator, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->updateIndicator(dialog.indicator(), &*indicator);
}

void IndicatorSetDialog::deleteCurrent()
{
    Store *store = m_editor->store();
    const Id id = currentIndicator();
    if (!store || id == NoId)
        return;
    auto snapshot = snapshotIndicator(*store, id);
    if (!snapshot)
        return;
    const QString name = localizedName(snapshot->indicators.first().nameZh, snapshot->indicators.first().nameEn);
    EntityCounts others = snapshot->counts();
    others.indicators = 0;
    QString question = tr("Delete the indicator “%1”?").arg(name);
    if (others != EntityCounts{})
        question += QLatin1Char(' ') + tr("This also deletes %1. Derived scores are recomputed without it.").arg(describeDependents(others));
    if (QMessageBox::question(this, tr("Delete Indicator"), question) == QMessageBox::Yes)
        m_editor->removeIndicator(id);
}

void IndicatorSetDialog::moveCurrent(int step)
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return;
    const QTreeWidgetItem *group = item->parent();
    const int at = group->indexOfChild(const_cast<QTreeWidgetItem *>(item));
    const int to = at + step;
    if (to < 0 || to >= group->childCount())
        return;
    m_editor->swapIndicatorOrder(item->data(NameColumn, IndicatorIdRole).toLongLong(),
                                 group->child(to)->data(NameColumn, IndicatorIdRole).toLongLong());
}

} // namespace triangle
