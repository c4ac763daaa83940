#include "BackgroundTask.h"

#include <QThread>

namespace triangle {

BackgroundTask::BackgroundTask(Work work, QObject *parent) : QObject(parent), m_work(std::move(work)) {}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundTask::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { m_work(m_control); });
    // Queued to this object's thread: finished() arrives in the window's event loop.
    connect(m_thread, &QThread::finished, this, &BackgroundTask::finished);
    m_thread->start();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace triangle
