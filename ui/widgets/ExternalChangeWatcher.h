#pragma once

#include <QObject>

class QTimer;

namespace triangle {

class Store;

// Notices within half a second when another program (a second window, the
// command line, a synced folder) commits to the open database, and has the
// Store announce it, so every view reads afresh. Polling PRAGMA data_version
// costs one tiny query; a file watcher on the -wal would miss a writer that
// checkpoints at once and fire for our own writes.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 500;

    explicit ExternalChangeWatcher(QObject *parent = nullptr);

    void setStore(Store *store);
    // One look now (the timer's tick); true when something changed.
    bool poll();

signals:
    void aboutToRefresh();
    void refreshed();

private:
    Store *m_store = nullptr;
    QTimer *m_timer;
};

} // namespace triangle
