#include "TableCopy.h"

#include "data/CsvTable.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <functional>

namespace triangle {

namespace {
QString htmlCell(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("<br>"));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QHeaderView *columnHeader(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

bool isRowHidden(const QAbstractItemView *view, const QModelIndex &index)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isRowHidden(index.row());
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isRowHidden(index.row(), index.parent());
    return false;
}

// The model's columns that the view shows, in the order it shows them.
QList<int> shownColumns(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    QList<int> columns;
    const QHeaderView *header = columnHeader(view);
    for (int c = 0; c < model->columnCount(view->rootIndex()); ++c) {
        if (!header || !header->isSectionHidden(c))
            columns << c;
    }
    if (header)
        std::sort(columns.begin(), columns.end(), [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    return columns;
}

// Every shown row, in the order shown: a tree's children after their parent.
QList<QModelIndex> shownRows(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    QList<QModelIndex> rows;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            if (isRowHidden(view, index))
                continue;
            rows << index;
            if (model->hasChildren(index))
                visit(index);
        }
    };
    visit(view->rootIndex());
    return rows;
}

// The display text of `columns` in `rows`, with their headers; a cell
// `included` refuses is left empty, so that the columns stay in line.
CopiedTable tableOf(const QAbstractItemView *view, const QList<QModelIndex> &rows, const QList<int> &columns,
                    const std::function<bool(const QModelIndex &)> &included = {})
{
    const QAbstractItemModel *model = view->model();
    CopiedTable table;
    for (int c : columns) {
        // A header broken over two lines to fit its column is one line in a spreadsheet.
        QString header = model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        header.replace(QStringLiteral("\n（"), QStringLiteral("（")).replace(QLatin1Char('\n'), QLatin1Char(' '));
        table.headers << header;
    }
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c : columns) {
            const QModelIndex cell = row.siblingAtColumn(c);
            cells << (!included || included(cell) ? cell.data(Qt::DisplayRole).toString() : QString());
        }
        table.rows << cells;
    }
    return table;
}
} // namespace

QString tableToTsv(const CopiedTable &table)
{
    return CsvTable::text(table.headers, table.rows, QLatin1Char('\t')); // quoted as CSV files quote
}

QString tableToHtml(const CopiedTable &table)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\" cellspacing=\"0\">");
    if (!table.headers.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (const QString &header : table.headers)
            html += QStringLiteral("<th>%1</th>").arg(htmlCell(header));
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(htmlCell(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

QMimeData *tableMimeData(const CopiedTable &table)
{
    auto *data = new QMimeData;
    data->setText(tableToTsv(table));
    data->setHtml(tableToHtml(table));
    return data;
}

void copyTable(const CopiedTable &table)
{
    QGuiApplication::clipboard()->setMimeData(tableMimeData(table));
}

TableCopy::TableCopy(QAbstractItemView *view)
    : QObject(view), m_view(view), m_copy(new QAction(tr("&Copy"), this)), m_copyAll(new QAction(tr("Copy &Whole Table"), this))
{
    // Shown in the menu; Ctrl+C itself reaches the view through the event filter.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &TableCopy::copySelection);
    connect(m_copyAll, &QAction::triggered, this, &TableCopy::copyWholeTable);
    view->installEventFilter(this);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &TableCopy::showMenu);
}

TableCopy *TableCopy::install(QAbstractItemView *view)
{
    if (TableCopy *installed = of(view))
        return installed;
    return new TableCopy(view);
}

TableCopy *TableCopy::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w))
            return w->findChild<TableCopy *>(QString(), Qt::FindDirectChildrenOnly);
        if (w != widget)
            break; // the view itself, or the view whose viewport `widget` is
    }
    return nullptr;
}

CopiedTable TableCopy::selection() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    if (!m_view->model() || !selection || !selection->hasSelection())
        return {};
    const QList<int> columns = shownColumns(m_view);
    QList<QModelIndex> rows;
    QList<int> selectedColumns;
    for (const QModelIndex &row : shownRows(m_view)) {
        bool any = false;
        for (int c : columns) {
            if (selection->isSelected(row.siblingAtColumn(c))) {
                any = true;
                if (!selectedColumns.contains(c))
                    selectedColumns << c;
            }
        }
        if (any)
            rows << row;
    }
    QList<int> kept;
    for (int c : columns) {
        if (selectedColumns.contains(c))
            kept << c;
    }
    return tableOf(m_view, rows, kept, [selection](const QModelIndex &cell) { return selection->isSelected(cell); });
}

CopiedTable TableCopy::wholeTable() const
{
    if (!m_view->model())
        return {};
    return tableOf(m_view, shownRows(m_view), shownColumns(m_view));
}

bool TableCopy::copySelection() const
{
    const CopiedTable table = selection();
    if (table.isEmpty())
        return false;
    copyTable(table);
    return true;
}

void TableCopy::copyWholeTable() const
{
    copyTable(wholeTable());
}

bool TableCopy::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            // Claimed before any window-wide Copy shortcut, as line edits claim theirs.
            if (event->type() == QEvent::KeyPress)
                copySelection();
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void TableCopy::showMenu(const QPoint &pos)
{
    QMenu menu(m_view);
    for (QAction *action : m_view->actions()) {
        if (!action->text().isEmpty())
            menu.addAction(action);
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    m_copy->setEnabled(m_view->selectionModel() && m_view->selectionModel()->hasSelection());
    menu.addAction(m_copy);
    menu.addAction(m_copyAll);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace triangle
