#include "GroupsNavigator.h"

#include <algorithm>

#include "GroupDialog.h"
#include "model/DomainNames.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace triangle {

namespace {
constexpr int GroupIdRole = Qt::UserRole;
} // namespace

GroupsNavigator::GroupsNavigator(Editor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_list(new QListWidget), m_aggregate(new QComboBox),
      m_edit(new QPushButton(tr("&Edit…"))), m_delete(new QPushButton(tr("Delete")))
{
    auto *add = new QPushButton(tr("Add &Group…"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_aggregate->addItem(tr("Mean of members"), int(GroupAggregate::Mean));
    m_aggregate->addItem(tr("Median of members"), int(GroupAggregate::Median));
    m_aggregate->setToolTip(tr("A group's triangle: per dimension, the mean or median of its members assessed at the "
                               "stage; their range is drawn as a band. Also used for a region's roll-up from its "
                               "sub-regions."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    auto *aggregateRow = new QHBoxLayout;
    auto *aggregateLabel = new QLabel(tr("&Triangle:"));
    aggregateLabel->setBuddy(m_aggregate);
    aggregateRow->addWidget(aggregateLabel);
    aggregateRow->addWidget(m_aggregate, 1);
    layout->addLayout(aggregateRow);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &GroupsNavigator::addGroupDialog);
    connect(m_edit, &QPushButton::clicked, this, &GroupsNavigator::editGroupDialog);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrentGroup(); });
    // The selection, not the current item: focus entering the list makes an
    // item current without the user choosing it.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        updateButtons();
        emit selectionChanged(selectedGroups());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit groupActivated(item->data(GroupIdRole).toLongLong());
    });
    connect(m_aggregate, &QComboBox::activated, this, [this] {
        if (m_editor->store())
            m_editor->setGroupAggregate(GroupAggregate(m_aggregate->currentData().toInt()));
    });
    connect(m_editor, &Editor::storeReplaced, this, &GroupsNavigator::connectStore);
    connectStore(m_editor->store());
}

void GroupsNavigator::connectStore(Store *store)
{
    if (store) {
        connect(store, &Store::groupsChanged, this, &GroupsNavigator::reload);
        connect(store, &Store::regionsChanged, this, &GroupsNavigator::reload); // member counts
        connect(store, &Store::assessmentsChanged, this, &GroupsNavigator::reload); // assessed counts
    }
    reload();
}

void GroupsNavigator::reload()
{
    const QList<Id> selected = selectedGroups();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    Store *store = m_editor->store();
    setEnabled(store != nullptr);
    if (store) {
        // How many members are assessed, as the group's figure says it:
        // a group of four with one assessed is not four regions' triangle.
        const auto assessed = store->assessments().countsByRegion();
        if (auto groups = store->groups().all()) {
            for (const RegionGroup &g : *groups) {
                const int members = int(g.memberIds.size());
                const int withAssessment = assessed ? int(std::count_if(g.memberIds.begin(), g.memberIds.end(),
                                                                        [&](Id id) { return assessed->contains(id); }))
                                                    : 0;
                auto *item = new QListWidgetItem(tr("%1 (%2 of %n assessed)", nullptr, members)
                                                     .arg(localizedName(g.nameZh, g.nameEn))
                                                     .arg(withAssessment),
                                                 m_list);
                item->setData(GroupIdRole, g.id);
                // The item's text first: a long name is cut in a narrow dock.
                item->setToolTip(QStringList{item->text(), QStringLiteral("group:") + g.key, g.nameZh, g.nameEn, g.source}
                                     .join(QLatin1Char('\n'))
                                     .trimmed());
                item->setSelected(selected.contains(g.id));
            }
        }
        if (auto method = store->groups().aggregate()) {
            const QSignalBlocker aggregateBlocker(m_aggregate);
            m_aggregate->setCurrentIndex(m_aggregate->findData(int(*method)));
        }
    }
    updateButtons();
}

void GroupsNavigator::updateButtons()
{
    m_edit->setEnabled(currentGroup() != NoId);
    m_delete->setEnabled(currentGroup() != NoId);
}

Id GroupsNavigator::currentGroup() const
{
    const QList<Id> selected = selectedGroups();
    return selected.size() == 1 ? selected.first() : NoId;
}

void GroupsNavigator::clearSelection()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
    }
    updateButtons();
}

QList<Id> GroupsNavigator::selectedGroups() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->isSelected())
            ids << m_list->item(row)->data(GroupIdRole).toLongLong();
    }
    return ids;
}

void GroupsNavigator::selectGroup(Id groupId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(GroupIdRole).toLongLong() == groupId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void GroupsNavigator::addGroupDialog()
{
    Store *store = m_editor->store();
    if (!store)
        return;
    auto regions = store->regions().all();
    if (!regions)
        return;
    GroupDialog dialog(RegionGroup{}, *regions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto id = m_editor->addGroup(dialog.group()))
        selectGroup(*id);
}

void GroupsNavigator::editGroupDialog()
{
    Store *store = m_editor->store();
    if (!store || currentGroup() == NoId)
        return;
    auto group = store->groups().byId(currentGroup());
    auto regions = store->regions().all();
    if (!group || !regions)
        return;
    GroupDialog dialog(*group, *regions, this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->updateGroup(dialog.group(), &*group);
}

bool GroupsNavigator::deleteCurrentGroup(const std::function<bool(const QString &)> &confirm)
{
    Store *store = m_editor->store();
    if (!store || currentGroup() == NoId)
        return false;
    auto group = store->groups().byId(currentGroup());
    if (!group)
        return false;
    const QString question = tr("Delete the region group “%1”? Its member regions stay. (Edit › Undo brings it back.)")
                                 .arg(localizedName(group->nameZh, group->nameEn));
    const bool yes = confirm ? confirm(question)
                             : QMessageBox::question(this, tr("Delete Region Group"), question) == QMessageBox::Yes;
    return yes && m_editor->removeGroup(group->id);
}

} // namespace triangle
