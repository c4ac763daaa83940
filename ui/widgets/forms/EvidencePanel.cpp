#include "EvidencePanel.h"

#include "EvidenceCandidates.h"
#include "model/DomainNames.h"
#include "store/Store.h"
#include "widgets/TableCopy.h"
#include "widgets/editing/Editor.h"

#include <QUndoStack>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum ItemRole { EvidenceIdRole = Qt::UserRole + 1, DimensionRole, KindRole, TargetRole };

QString kindName(Evidence::Kind kind) { return evidenceKindName(kind); }
} // namespace

EvidencePanel::EvidencePanel(Editor *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_tree(new QTreeWidget),
      m_link(new QPushButton(tr("&Link Evidence…"))),
      m_unlink(new QPushButton(tr("U&nlink")))
{
    m_tree->setHeaderLabels({tr("Evidence"), tr("Date")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    // Room for the three dimensions and a few links under each: below that
    // the page scrolls (AssessmentForm) rather than squeezing the list.
    m_tree->setMinimumHeight(m_tree->fontMetrics().lineSpacing() * 14);
    TableCopy::install(m_tree);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_link, &QPushButton::clicked, this, &EvidencePanel::linkDialog);
    connect(m_unlink, &QPushButton::clicked, this, &EvidencePanel::unlinkSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_unlink->setEnabled(item && item->data(0, EvidenceIdRole).toLongLong() != NoId); });
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store)
            connect(store, &Store::evidenceChanged, this, &EvidencePanel::reload);
        setAssessment(NoId, NoId);
    });
}

void EvidencePanel::setAssessment(Id assessmentId, Id regionId)
{
    m_assessmentId = assessmentId;
    m_regionId = regionId;
    reload();
}

void EvidencePanel::reload()
{
    m_tree->clear();
    Store *store = m_editor->store();
    const bool active = store && m_assessmentId != NoId;
    m_link->setEnabled(active);
    m_unlink->setEnabled(false);
    if (!active)
        return;
    PerDimension<QTreeWidgetItem *> groups;
    for (Dimension d : AllDimensions) {
        groups[d] = new QTreeWidgetItem(m_tree, {dimensionName(d)});
        groups[d]->setData(0, DimensionRole, index(d));
        groups[d]->setFirstColumnSpanned(true);
    }
    if (auto links = store->evidence().forAssessment(m_assessmentId)) {
        for (const Evidence &e : *links) {
            QString title;
            QString date;
            if (e.kind == Evidence::Kind::Policy) {
                if (auto p = store->policies().byId(e.targetId)) {
                    title = localizedName(p->titleZh, p->titleEn);
                    date = p->date.toString();
                }
            } else if (auto m = store->milestones().byId(e.targetId)) {
                title = localizedName(m->titleZh, m->titleEn);
                date = m->date.toString();
            }
            auto *item = new QTreeWidgetItem(groups[e.dimension], {kindName(e.kind) + QStringLiteral(" · ") + title, date});
            item->setToolTip(0, title);
            item->setData(0, EvidenceIdRole, e.id);
            item->setData(0, DimensionRole, index(e.dimension));
        }
    }
    for (Dimension d : AllDimensions) {
        groups[d]->sortChildren(1, Qt::AscendingOrder);
        groups[d]->setText(0, tr("%1 (%n)", nullptr, groups[d]->childCount()).arg(dimensionName(d)));
    }
    m_tree->expandAll();
}

Dimension EvidencePanel::currentDimension() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? Dimension(item->data(0, DimensionRole).toInt()) : Dimension::Mission;
}

void EvidencePanel::linkDialog()
{
    Store *store = m_editor->store();
    if (!store || m_assessmentId == NoId)
        return;
    // The choice of dimension heads the list.
    auto *header = new QWidget;
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    auto *dimension = new QComboBox;
    for (Dimension d : AllDimensions)
        dimension->addItem(dimensionName(d), index(d));
    dimension->setCurrentIndex(index(currentDimension()));
    auto *supports = new QLabel(tr("Supports the score for:"));
    supports->setBuddy(dimension);
    headerLayout->addWidget(supports);
    headerLayout->addWidget(dimension);
    bool accepted = false;
    // The combo box lives in the dialog: read it before the dialog goes.
    Dimension chosenDimension = currentDimension();
    QObject::connect(dimension, &QComboBox::currentIndexChanged, header,
                     [&chosenDimension, dimension] { chosenDimension = Dimension(dimension->currentData().toInt()); });
    const QList<EvidenceCandidate> selected =
        chooseEvidence(this, tr("Link Evidence"), header, evidenceCandidates(*store, m_regionId), &accepted);
    if (!accepted)
        return;
    m_editor->asOneStep(tr("Link %n piece(s) of evidence", nullptr, int(selected.size())), [&] {
        for (const EvidenceCandidate &c : selected)
            m_editor->linkEvidence({NoId, m_assessmentId, chosenDimension, c.kind, c.id});
    });
}

void EvidencePanel::unlinkSelected()
{
    Store *store = m_editor->store();
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!store || !item)
        return;
    if (auto link = store->evidence().byId(item->data(0, EvidenceIdRole).toLongLong()))
        m_editor->unlinkEvidence(*link);
}

} // namespace triangle
