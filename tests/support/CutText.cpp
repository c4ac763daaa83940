#include "CutText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>

#include <functional>

namespace triangle::test {

namespace {
QString nameOf(const QWidget *w)
{
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// Dates, scores, counts, percentages: text a reader must read whole.
bool looksNumeric(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral(R"(^[\s\d.,:;%/\-–+−()（）年月日·×]+$)"));
    return !text.trimmed().isEmpty() && numeric.match(text).hasMatch();
}

// The text's first line: what a cell or a one-line widget shows.
QString firstLine(const QString &text) { return text.section(QLatin1Char('\n'), 0, 0); }

void checkView(QAbstractItemView *view, int rowsPerView, QList<CutText> &out)
{
    QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const QFontMetrics fm(view->font());
    // A cell's text margins on each side (QCommonStyle: the focus frame's margin, plus one).
    const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    int rows = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent) && rows < rowsPerView; ++row, ++rows) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QRect rect = view->visualRect(index);
                if (!rect.isValid() || rect.width() <= 0)
                    continue; // hidden column or collapsed
                const QString text = firstLine(index.data(Qt::DisplayRole).toString());
                if (text.isEmpty())
                    continue;
                int needed = fm.horizontalAdvance(text) + margin;
                if (!index.data(Qt::DecorationRole).isNull())
                    needed += view->iconSize().isValid() ? view->iconSize().width() + 4
                                                         : view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
                if (index.data(Qt::CheckStateRole).isValid()) // a check box drawn before the text
                    needed += view->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 4;
                // Prose cut with its whole text a hover away (a long title, a
                // note) is how a table shows it; a date or a score never is.
                const bool numeric = looksNumeric(text);
                // A view that wraps its cells' words cuts a text only when its lines overflow the row.
                bool wraps = false;
                if (auto *table = qobject_cast<QTableView *>(view))
                    wraps = table->wordWrap();
                else if (auto *tree = qobject_cast<QTreeView *>(view))
                    wraps = tree->wordWrap();
                if (wraps && needed > rect.width()) {
                    const int lines = fm.boundingRect(QRect(0, 0, rect.width() - margin, 1 << 20), Qt::TextWordWrap, text).height();
                    if (lines <= rect.height())
                        continue;
                }
                if (needed > rect.width() && (numeric || !index.data(Qt::ToolTipRole).toString().contains(text)))
                    out.append({QStringLiteral("%1 cell %2,%3").arg(nameOf(view)).arg(row).arg(column), text, needed,
                                rect.width(), numeric});
            }
            if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isExpanded(model->index(row, 0, parent)))
                walk(model->index(row, 0, parent));
        }
    };
    walk({});
}

void checkHeader(QHeaderView *header, QList<CutText> &out)
{
    QAbstractItemModel *model = header->model();
    if (!model || !header->isVisible())
        return;
    const QFontMetrics fm(header->font());
    const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    const int count = header->orientation() == Qt::Horizontal ? model->columnCount() : model->rowCount();
    for (int section = 0; section < count; ++section) {
        if (header->isSectionHidden(section) || header->orientation() == Qt::Vertical)
            continue;
        const QString text = firstLine(model->headerData(section, header->orientation()).toString());
        const int needed = fm.horizontalAdvance(text) + margin;
        if (!text.isEmpty() && needed > header->sectionSize(section))
            out.append({QStringLiteral("%1 section %2").arg(nameOf(header)).arg(section), text, needed, header->sectionSize(section),
                        looksNumeric(text)});
    }
}
} // namespace

QList<CutText> findCutText(QWidget *root, int rowsPerView)
{
    QList<CutText> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // Qt's own file dialog (its sidebar's "Computer") is not ours to lay out.
        bool inFileDialog = false;
        for (QWidget *p = w; p && !inFileDialog; p = p->parentWidget())
            inFileDialog = qobject_cast<QFileDialog *>(p) != nullptr;
        if (inFileDialog)
            continue;
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            checkView(view, rowsPerView, out);
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            checkHeader(header, out);
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            // Rich text lays out in a document: measure it the same way.
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 1)
                    out.append({nameOf(label) + QStringLiteral(" (lines)"), label->text(), label->heightForWidth(label->width()),
                                label->height(), looksNumeric(label->text())});
            } else if (label->sizeHint().width() > label->width() + 1 && label->minimumSizeHint().width() > label->width() + 1) {
                out.append({nameOf(label), label->text(), label->sizeHint().width(), label->width(), looksNumeric(label->text())});
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                out.append({nameOf(button), button->text(), button->sizeHint().width(), button->width(), false});
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // An empty field's hint ("six digits, e.g. 330100"), less the frame's margins.
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 12;
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() && needed > edit->width()
                && !qobject_cast<QComboBox *>(edit->parentWidget()))
                out.append({nameOf(edit) + QStringLiteral(" (hint)"), edit->placeholderText(), needed, edit->width(), false});
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            // The current item's text in the box, less the arrow's room.
            const int arrow = combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 12;
            const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText()) + arrow;
            if (!combo->currentText().isEmpty() && needed > combo->width())
                out.append({nameOf(combo), combo->currentText(), needed, combo->width(), looksNumeric(combo->currentText())});
        }
    }
    return out;
}

QString describe(const QList<CutText> &cuts)
{
    QStringList lines;
    for (const CutText &c : cuts)
        lines << QStringLiteral("%1: “%2” needs %3 px, has %4%5")
                     .arg(c.where, c.text.left(80))
                     .arg(c.needed)
                     .arg(c.available)
                     .arg(c.numeric ? QStringLiteral(" [numeric]") : QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace triangle::test
