#include "WindowWalk.h"

#include "widgets/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

namespace triangle::test {

void walkTabs(MainWindow &window, const std::function<void(QWidget *, const QString &)> &inspect,
              const std::function<void()> &prepare)
{
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (prepare)
            prepare();
        QApplication::processEvents();
        inspect(&window, tabs->tabText(i));
    }
}

int walkDialogs(MainWindow &window, const std::function<void(QWidget *, const QString &)> &inspect)
{
    QString opening;
    int seen = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || opening.isEmpty())
            return;
        QApplication::processEvents();
        inspect(dialog, opening);
        ++seen;
        opening.clear();
        dialog->reject();
    });
    poll.start(30);
    auto open = [&](const QString &name, const std::function<void()> &act) {
        opening = name;
        act();
        QApplication::processEvents();
        opening.clear();
    };
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->isEnabled() && action->text().endsWith(QStringLiteral("…")))
                open(menu->text() + QLatin1Char(' ') + action->text(), [action] { action->trigger(); });
        }
    }
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        for (QPushButton *button : tabs->widget(i)->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->isEnabled() && button->text().endsWith(QStringLiteral("…")))
                open(tabs->tabText(i) + QLatin1Char(' ') + button->text(), [button] { button->click(); });
        }
    }
    return seen;
}

} // namespace triangle::test
