#include "ImportJob.h"

#include "data/DataFiles.h"
#include "store/Store.h"

#include <QThread>

#include <algorithm>

namespace triangle {

ImportJob::ImportJob(QString databasePath, QString inputPath, ConflictPolicy policy, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_inputPath(std::move(inputPath)), m_policy(policy)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread = QThread::create([this] { run(); });
    // Queued to this object's thread: finished() arrives in the window's event loop.
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

void ImportJob::run()
{
    const DataProgress progress = [this](qint64 done, qint64 total) {
        m_permille = total > 0 ? int(std::min<qint64>(999, done * 1000 / total)) : 0;
        return !m_cancel;
    };
    const DataReadOutput read = readDataPath(m_inputPath, progress);
    m_outcome.problems = read.problems;
    if (m_cancel || !read.problems.isEmpty()) {
        m_outcome.cancelled = m_cancel;
        return;
    }
    auto store = Store::open(m_databasePath);
    if (!store) {
        m_outcome.openError = store.error();
        return;
    }
    m_permille = 0;
    m_writing = true;
    m_outcome.imported = DataImporter::import(**store, read.data, m_policy, progress);
    m_outcome.problems = m_outcome.imported.problems;
    m_outcome.cancelled = m_outcome.imported.cancelled;
}

} // namespace triangle
