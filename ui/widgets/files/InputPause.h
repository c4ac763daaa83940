#pragma once

#include <QObject>

class QWidget;

namespace triangle {

// While it lives, the user's input (keys, shortcuts, clicks, the wheel, drops)
// reaches only `allowed` and its children: the rest of the application waits,
// shown by a busy cursor. Background work shows its modal progress dialog only
// after half a second, so that short work does not flash one; this keeps the
// window from being edited during that half second as well.
class InputPause : public QObject
{
    Q_OBJECT

public:
    explicit InputPause(QWidget *allowed);
    ~InputPause() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_allowed;
};

} // namespace triangle
