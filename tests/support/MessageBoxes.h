#pragma once

// Answers the message boxes a widget under test opens, as a user would: a
// timer looks for the box once it shows (modal boxes run their own loop).

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace triangle::test {

// Answers the next message box that opens (other modal windows, such as
// progress dialogs, may come first), recording its text and details. The
// watch ends with `scope` (the test's window), so that one whose box never
// came cannot answer a later test's box into a string that is gone.
inline void answerNextMessageBox(QObject *scope, QString *text, QString *details = nullptr)
{
    auto *timer = new QTimer(scope);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text, details] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (box && box->isVisible()) {
                *text = box->text();
                if (details)
                    *details = box->detailedText();
                box->accept();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start(20);
}

// Clicks the button whose text holds `button` in the next message box that
// opens, recording its text and its buttons' texts; `first` runs before. The
// watch ends with `scope`, as above.
inline void clickInNextMessageBox(QObject *scope, const QString &button, QString *text, QStringList *buttons = nullptr,
                                  std::function<void()> first = {})
{
    auto *timer = new QTimer(scope);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            *text = box->text();
            if (first)
                first();
            for (QAbstractButton *b : box->buttons()) {
                if (buttons)
                    *buttons << b->text();
                if (b->text().contains(button))
                    b->click();
            }
            timer->deleteLater();
            return;
        }
    });
    timer->start(20);
}

} // namespace triangle::test
