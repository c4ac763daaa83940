#pragma once

// Finds a window's menu item by its text without the "&" of its shortcut
// letter ("Export Figure…"), as a user reads it; nullptr when there is none.

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace triangle::test {

inline QAction *menuAction(const QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')) == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace triangle::test
