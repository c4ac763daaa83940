#pragma once

// The messages a form shows at its fields (FieldFeedback's red labels), for
// tests of what a form refuses.

#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace triangle::test {

inline QStringList visibleMessages(QWidget *root)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        // Shown, even when its tab is not the current one.
        if (!label->isHidden() && label->styleSheet().contains(QStringLiteral("#C0392B")))
            out << label->text();
    }
    return out;
}

} // namespace triangle::test
