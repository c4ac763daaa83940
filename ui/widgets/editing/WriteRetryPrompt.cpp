#include "WriteRetryPrompt.h"

#include "widgets/files/InputPause.h"

#include <QEventLoop>
#include <QMessageBox>
#include <QTimer>

namespace triangle {

WriteRetryPrompt::WriteRetryPrompt(QWidget *window) : QObject(window), m_window(window) {}

bool WriteRetryPrompt::shouldRetry(const StoreError &error, int failures)
{
    if (failures == 1)
        m_waiting.start();
    if (error.kind == StoreError::Kind::Busy && m_waiting.elapsed() < QuietWaitMs)
        return waitQuietly();
    const bool retry = ask(error);
    m_waiting.start(); // a lock met again after Retry is waited for quietly once more
    return retry;
}

bool WriteRetryPrompt::waitQuietly()
{
    // Painting and timers go on; input waits (InputPause), so that nothing
    // else is edited while this edit is pending.
    const InputPause pause(nullptr);
    QEventLoop wait;
    QTimer::singleShot(RetryEveryMs, &wait, &QEventLoop::quit);
    wait.exec();
    return true;
}

QString WriteRetryPrompt::question(const StoreError &error)
{
    switch (error.kind) {
    case StoreError::Kind::Busy:
        return tr("Another program is writing to the database, so your change has not been saved. "
                  "Retry once it has finished, or cancel the change.");
    case StoreError::Kind::DiskFull:
        return tr("The disk holding the database is full, so your change has not been saved. "
                  "Free some space and retry, or cancel the change.");
    default:
        return tr("Your change could not be written to the database, so it has not been saved. "
                  "Retry, or cancel the change.");
    }
}

bool WriteRetryPrompt::ask(const StoreError &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Not Saved"), question(error), QMessageBox::Retry | QMessageBox::Cancel, m_window);
    box.setInformativeText(error.message);
    box.setDefaultButton(QMessageBox::Retry);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Retry;
}

} // namespace triangle
