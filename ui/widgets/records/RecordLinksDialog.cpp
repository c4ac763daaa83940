#include "RecordLinksDialog.h"

#include "RecordLinkDialog.h"
#include "store/CausalLinkQueries.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Column { LinkColumn, QuoteColumn, LocationColumn, CheckColumn, ColumnCount };
}

RecordLinksDialog::RecordLinksDialog(Editor *editor, Id regionId, RecordRef record, QWidget *parent)
    : QDialog(parent),
      m_editor(editor),
      m_regionId(regionId),
      m_record(record),
      m_table(new QTableWidget(0, ColumnCount)),
      m_edit(new QPushButton(tr("&Edit…"))),
      m_remove(new QPushButton(tr("&Remove")))
{
    setWindowTitle(tr("Causal Links"));
    m_table->setObjectName(QStringLiteral("links"));
    m_table->setHorizontalHeaderLabels({tr("Link"), tr("Quote"), tr("Location"), tr("Date check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Link: This Drove…"));
    add->setObjectName(QStringLiteral("add_link"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);

    auto *explanation = new QLabel(tr("A link records that the source says one record drove another. The check says "
                                      "only whether the dates allow it: the driven record must come after."));
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &RecordLinksDialog::addLink);
    connect(m_edit, &QPushButton::clicked, this, &RecordLinksDialog::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &RecordLinksDialog::removeCurrent);
    connect(m_table, &QTableWidget::activated, this, &RecordLinksDialog::editCurrent);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_edit->setEnabled(m_table->currentRow() >= 0);
        m_remove->setEnabled(m_table->currentRow() >= 0);
    });
    Store *store = editor->store();
    for (auto signal : {&Store::linksChanged, &Store::policiesChanged, &Store::milestonesChanged})
        connect(store, signal, this, &RecordLinksDialog::reload);
    // The widths before the first load, so that the rows take the height their wrapped text needs.
    m_table->setColumnWidth(LinkColumn, 300);
    m_table->setColumnWidth(QuoteColumn, 300);
    m_table->setColumnWidth(LocationColumn, 90);
    resize(860, 440);
    reload();
}

void RecordLinksDialog::reload()
{
    const Id current = m_table->currentRow() >= 0 ? currentLink().id : NoId;
    m_links.clear();
    m_table->setRowCount(0);
    auto reading = causalReadingOf(*m_editor->store(), m_regionId);
    if (reading) {
        for (const LinkCheck &c : std::as_const(reading->checks)) {
            if (c.link.from != m_record && c.link.to != m_record)
                continue;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_links.append(c.link);
            QString check = CausalLinkText::order(c.order);
            if (c.imputed())
                check += tr(" (%1)").arg(CausalLinkText::imputedNote());
            const QStringList cells{tr("%1 → %2").arg(CausalLinkText::record(c.from), CausalLinkText::record(c.to)), c.link.quote,
                                    c.link.location, check};
            for (int column = 0; column < ColumnCount; ++column) {
                auto *item = new QTableWidgetItem(cells[column]);
                item->setToolTip(cells[column]);
                m_table->setItem(row, column, item);
            }
            if (c.link.id == current)
                m_table->setCurrentCell(row, 0);
        }
    }
    m_table->resizeRowsToContents();
    m_edit->setEnabled(m_table->currentRow() >= 0);
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

RecordLink RecordLinksDialog::currentLink() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_links.size() ? m_links[row] : RecordLink{};
}

void RecordLinksDialog::addLink()
{
    RecordLink link;
    link.regionId = m_regionId;
    link.from = m_record;
    RecordLinkDialog dialog(m_editor, link, this);
    dialog.exec();
}

void RecordLinksDialog::editCurrent()
{
    const RecordLink link = currentLink();
    if (link.id == NoId)
        return;
    RecordLinkDialog dialog(m_editor, link, this);
    dialog.exec();
}

void RecordLinksDialog::removeCurrent()
{
    const RecordLink link = currentLink();
    if (link.id == NoId)
        return;
    m_editor->removeRecordLink(link.id);
}

} // namespace triangle
