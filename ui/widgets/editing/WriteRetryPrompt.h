#pragma once

#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace triangle {

// What the window does when an edit, undo or redo could not be written for a
// passing reason (the Editor's retry handler).
//
// Another program's lock usually passes within moments (another window's
// edit, a small import), so for a lock the write is first tried again every
// tenth of a second for up to two seconds, the window painting but taking no
// input meanwhile. A lock held longer, a full disk or an input/output error
// is put to the user: Retry, or Cancel and the change is not made.
class WriteRetryPrompt : public QObject
{
    Q_OBJECT

public:
    static constexpr int QuietWaitMs = 2000;
    static constexpr int RetryEveryMs = 100;

    explicit WriteRetryPrompt(QWidget *window);

    // `failures` counts the failed attempts of this write, from 1. True: try again.
    bool shouldRetry(const StoreError &error, int failures);

    // The question asked, for the dialog and its tests.
    static QString question(const StoreError &error);

private:
    bool waitQuietly();
    bool ask(const StoreError &error);

    QWidget *m_window;
    QElapsedTimer m_waiting; // since this write first failed
};

} // namespace triangle
