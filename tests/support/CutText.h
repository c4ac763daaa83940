#pragma once

// Finds text a widget tree shows cut: a label, button, check box or combo box
// narrower than its text, a word-wrapped label shorter than its lines, a
// table or tree cell or header narrower than its text (Qt then elides it:
// "2018-⋯"). A cell of prose whose tooltip holds its whole text is not
// reported (a long title in a table); a date, score or count always is. What
// a layout check of a window or dialog at a small size reports, in the
// window's own language.

#include <QString>
#include <QStringList>

class QWidget;

namespace triangle::test {

struct CutText
{
    QString where; // the widget's class and object name, and the cell
    QString text;
    int needed = 0;    // pixels the text needs
    int available = 0; // pixels it has
    bool numeric = false; // a date, score or count: never to be cut
};

// Every visible text under `root` that does not fit, in the cells of item
// views only the first `rowsPerView` rows (expanded trees included).
QList<CutText> findCutText(QWidget *root, int rowsPerView = 60);
QString describe(const QList<CutText> &cuts);

} // namespace triangle::test
