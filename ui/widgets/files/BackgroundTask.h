#pragma once

#include "data/DataSet.h"

#include <QObject>

#include <algorithm>
#include <atomic>
#include <functional>

class QThread;

namespace triangle {

// Runs a long piece of work (an import, an export) on a thread of its own, so
// that the window stays live meanwhile. The work must not touch the window's
// Store: a connection belongs to the thread that opened it, so the work opens
// its own to the file. It reports its phase and progress, and sees a cancel,
// through the Control it is given; finished() arrives in the window's thread.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    class Control
    {
    public:
        void setPhase(int phase)
        {
            m_permille = 0;
            m_phase = phase;
        }
        bool isCancelled() const { return m_cancel; }
        // Thousandths of the phase from `done` of `total`; false once cancelled.
        DataProgress progress()
        {
            return [this](qint64 done, qint64 total) {
                m_permille = total > 0 ? int(std::min<qint64>(999, done * 1000 / total)) : 0;
                return !m_cancel;
            };
        }

    private:
        friend class BackgroundTask;
        std::atomic_bool m_cancel = false;
        std::atomic_int m_permille = 0;
        std::atomic_int m_phase = 0;
    };
    using Work = std::function<void(Control &control)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    ~BackgroundTask() override; // cancels work still running and waits for it

    void start();
    void cancel() { m_control.m_cancel = true; }
    // Blocks until the work has returned (at once if it was never started).
    void wait();
    int phase() const { return m_control.m_phase; }
    int permille() const { return m_control.m_permille; }

signals:
    void finished();

private:
    Work m_work;
    Control m_control;
    QThread *m_thread = nullptr;
};

} // namespace triangle
