#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAbstractItemView;
class QAction;
class QMimeData;
class QWidget;

namespace triangle {

// Cells as the user reads them: a header row and rows of display text.
struct CopiedTable
{
    QStringList headers;
    QList<QStringList> rows;

    bool isEmpty() const { return rows.isEmpty(); }
};

// Tab-separated text as spreadsheets paste it: rows end in CR LF, and a cell
// holding a tab, a line break, a double quote or spaces at either end is
// quoted, its quotes doubled, as in the CSV files Triangle Studio writes.
QString tableToTsv(const CopiedTable &table);
// An HTML <table> with the header row, for word processors and spreadsheets.
QString tableToHtml(const CopiedTable &table);
// Both, text/plain and text/html, for the clipboard.
QMimeData *tableMimeData(const CopiedTable &table);
void copyTable(const CopiedTable &table);

// Copy for an item view: Ctrl+C and the context menu's Copy put the selected
// cells on the clipboard as TSV and HTML with their column headers, Copy
// Whole Table every row. One helper for every table and tree in the
// workspace, installed once per view; the view's own actions stay in its
// context menu.
class TableCopy : public QObject
{
    Q_OBJECT

public:
    static TableCopy *install(QAbstractItemView *view);
    // The helper installed on `widget`, or on the item view it is the viewport of; nullptr if none.
    static TableCopy *of(const QWidget *widget);

    // The selected cells: every row with a selected cell, in the order shown,
    // and every visible column with one, in the order shown; cells in
    // neither row nor column of the selection left empty.
    CopiedTable selection() const;
    // Every row (a tree's children after their parent) and every visible column.
    CopiedTable wholeTable() const;

    bool copySelection() const; // false when nothing is selected
    void copyWholeTable() const;

    QAction *copyAction() const { return m_copy; }
    QAction *copyWholeTableAction() const { return m_copyAll; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TableCopy(QAbstractItemView *view);
    void showMenu(const QPoint &pos);

    QAbstractItemView *m_view;
    QAction *m_copy;
    QAction *m_copyAll;
};

} // namespace triangle
