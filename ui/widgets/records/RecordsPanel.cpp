#include "RecordsPanel.h"

#include "RecordDialog.h"
#include "RecordLinkDialog.h"
#include "RecordLinksDialog.h"
#include "TimelineRecordFilter.h"
#include "TimelineRecordModel.h"
#include "model/DomainNames.h"
#include "store/RecordSnapshot.h"
#include "store/Store.h"
#include "widgets/TableCopy.h"
#include "widgets/editing/Editor.h"

#include <QUndoStack>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Scope { ThisRegion, ThisRegionAndNational, AllRegions };

QSpinBox *yearBox(const QString &openText)
{
    auto *box = new QSpinBox;
    box->setRange(PartialDate::MinYear - 1, PartialDate::MaxYear);
    box->setSpecialValueText(openText); // the minimum means "no limit"
    box->setValue(box->minimum());
    return box;
}
} // namespace

RecordsPanel::RecordsPanel(Evidence::Kind kind, Editor *editor, QWidget *parent)
    : QWidget(parent),
      m_kind(kind),
      m_editor(editor),
      m_model(new TimelineRecordModel(kind, this)),
      m_filter(new TimelineRecordFilter(this)),
      m_scope(new QComboBox),
      m_dimension(new QComboBox),
      m_from(yearBox(tr("any"))),
      m_to(yearBox(tr("any"))),
      m_text(new QLineEdit),
      m_table(new QTableView)
{
    m_scope->addItem(tr("This region"), ThisRegion);
    m_scope->addItem(tr("This region and national"), ThisRegionAndNational);
    m_scope->addItem(tr("All regions"), AllRegions);
    m_scope->setCurrentIndex(ThisRegionAndNational);
    m_dimension->addItem(tr("Any dimension"), -1);
    for (Dimension d : AllDimensions)
        m_dimension->addItem(dimensionName(d), index(d));
    m_text->setPlaceholderText(tr("Search titles"));
    m_text->setClearButtonEnabled(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_dimension);
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TimelineRecordModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineRecordModel::TitleColumn, QHeaderView::Stretch);
    TableCopy::install(m_table);

    auto *add = new QPushButton(kind == Evidence::Kind::Policy ? tr("&Add Policy…") : tr("&Add Milestone…"));
    auto *edit = new QPushButton(tr("&Edit…"));
    auto *remove = new QPushButton(tr("&Delete"));
    auto *links = new QPushButton(tr("Lin&ks…"));
    links->setObjectName(QStringLiteral("links"));
    links->setToolTip(tr("The causal links from and to this record: which record it drove, in the source's words"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addWidget(links);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    // Delete from the keyboard while the table has focus.
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(deleteAction);
    // In the table's context menu (also the Menu key), with a shortcut while the table has focus.
    auto *addLinkAction = new QAction(tr("Add Link: This Drove…"), this);
    addLinkAction->setObjectName(QStringLiteral("add_link"));
    addLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addLinkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *linksAction = new QAction(tr("Causal Links of This Record…"), this);
    m_table->addAction(addLinkAction);
    m_table->addAction(linksAction);
    connect(addLinkAction, &QAction::triggered, this, &RecordsPanel::addLinkFromCurrent);
    connect(linksAction, &QAction::triggered, this, &RecordsPanel::showLinksOfCurrent);
    connect(links, &QPushButton::clicked, this, &RecordsPanel::showLinksOfCurrent);

    connect(add, &QPushButton::clicked, this, &RecordsPanel::addRecord);
    connect(edit, &QPushButton::clicked, this, &RecordsPanel::editCurrent);
    connect(remove, &QPushButton::clicked, this, &RecordsPanel::deleteSelected);
    connect(deleteAction, &QAction::triggered, this, &RecordsPanel::deleteSelected);
    connect(m_table, &QTableView::activated, this, &RecordsPanel::editCurrent);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &RecordsPanel::applyFilter);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &RecordsPanel::applyFilter);
    connect(m_from, &QSpinBox::valueChanged, this, &RecordsPanel::applyFilter);
    connect(m_to, &QSpinBox::valueChanged, this, &RecordsPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &RecordsPanel::applyFilter);
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        m_model->setStore(store);
        m_nationalId = NoId;
        if (store) {
            if (auto national = store->regions().byCode(QStringLiteral("100000")))
                m_nationalId = national->id;
        }
        applyFilter();
    });
}

void RecordsPanel::setRegion(Id regionId)
{
    m_regionId = regionId;
    applyFilter();
}

void RecordsPanel::applyFilter()
{
    QList<Id> regions;
    switch (m_scope->currentData().toInt()) {
    case ThisRegion: regions = {m_regionId}; break;
    case ThisRegionAndNational: regions = {m_regionId, m_nationalId}; break;
    default: break;
    }
    m_model->setRegions(regions);
    const int dimension = m_dimension->currentData().toInt();
    m_filter->setDimension(dimension < 0 ? std::nullopt : std::optional<Dimension>(Dimension(dimension)));
    m_filter->setYearRange(m_from->value() == m_from->minimum() ? 0 : m_from->value(),
                           m_to->value() == m_to->minimum() ? 0 : m_to->value());
    m_filter->setText(m_text->text());
}

Id RecordsPanel::currentId() const
{
    return m_table->currentIndex().data(TimelineRecordModel::IdRole).toLongLong();
}

Id RecordsPanel::currentRegionId() const
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return NoId;
    if (const Policy *p = m_model->policyAt(current.row()))
        return p->regionId;
    if (const Milestone *m = m_model->milestoneAt(current.row()))
        return m->regionId;
    return NoId;
}

void RecordsPanel::addLinkFromCurrent()
{
    const Id region = currentRegionId();
    if (!m_editor->store() || region == NoId)
        return;
    RecordLink link;
    link.regionId = region;
    link.from = {m_kind, currentId()};
    RecordLinkDialog dialog(m_editor, link, this);
    dialog.exec();
}

void RecordsPanel::showLinksOfCurrent()
{
    const Id region = currentRegionId();
    if (!m_editor->store() || region == NoId)
        return;
    RecordLinksDialog dialog(m_editor, region, {m_kind, currentId()}, this);
    dialog.exec();
}

void RecordsPanel::addRecord()
{
    if (!m_editor->store())
        return;
    RecordDialog::Record record;
    if (m_kind == Evidence::Kind::Policy) {
        Policy p;
        p.regionId = m_regionId;
        record = p;
    } else {
        Milestone m;
        m.regionId = m_regionId;
        record = m;
    }
    RecordDialog dialog(m_editor, record, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_model->rowOfId(dialog.savedId());
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, TimelineRecordModel::TitleColumn)));
    }
}

void RecordsPanel::editCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    RecordDialog::Record record;
    if (const Policy *p = m_model->policyAt(current.row()))
        record = *p;
    else if (const Milestone *m = m_model->milestoneAt(current.row()))
        record = *m;
    else
        return;
    RecordDialog dialog(m_editor, record, this);
    dialog.exec();
}

void RecordsPanel::deleteSelected()
{
    Store *store = m_editor->store();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!store || rows.isEmpty())
        return;
    QList<Id> ids;
    EntityCounts going;
    for (const QModelIndex &row : rows) {
        const Id id = row.data(TimelineRecordModel::IdRole).toLongLong();
        auto snapshot = m_kind == Evidence::Kind::Policy ? snapshotPolicy(*store, id) : snapshotMilestone(*store, id);
        if (!snapshot)
            continue;
        ids << id;
        going.evidence += snapshot->counts().evidence;
        going.recordLinks += snapshot->counts().recordLinks;
    }
    QString question = m_kind == Evidence::Kind::Policy ? tr("Delete %n policy(ies)?", nullptr, int(ids.size()))
                                                        : tr("Delete %n milestone(s)?", nullptr, int(ids.size()));
    if (going.evidence > 0) {
        EntityCounts evidence;
        evidence.evidence = going.evidence;
        question += QLatin1Char('\n') + tr("This also removes %1 that cite them as support for scores.").arg(describeDependents(evidence));
    }
    if (going.recordLinks > 0)
        question += QLatin1Char('\n') + tr("It also removes the %n causal link(s) from or to them.", nullptr, going.recordLinks);
    question += QLatin1Char('\n') + tr("You can undo this.");
    if (QMessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    // One undo step for the whole selection, all deleted or none.
    m_editor->asOneStep(tr("Delete %n record(s)", nullptr, int(ids.size())), [&] {
        for (Id id : std::as_const(ids)) {
            if (m_kind == Evidence::Kind::Policy)
                m_editor->removePolicy(id);
            else
                m_editor->removeMilestone(id);
        }
    });
}

} // namespace triangle
