#include "InputPause.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace triangle {

InputPause::InputPause(QWidget *allowed) : m_allowed(allowed)
{
    qApp->installEventFilter(this);
    QApplication::setOverrideCursor(Qt::BusyCursor);
}

InputPause::~InputPause()
{
    QApplication::restoreOverrideCursor();
    qApp->removeEventFilter(this);
}

bool InputPause::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
    case QEvent::Drop: {
        const auto *widget = qobject_cast<const QWidget *>(watched);
        // Events on their way to a window reach its widgets next, and are judged there.
        if (!widget)
            return false;
        return widget->window() != m_allowed;
    }
    case QEvent::Shortcut: // delivered to the action, not to a widget; the dialog has none
        return true;
    default: return false;
    }
}

} // namespace triangle
