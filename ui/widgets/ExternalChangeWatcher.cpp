#include "ExternalChangeWatcher.h"

#include "store/Store.h"

#include <QTimer>

namespace triangle {

ExternalChangeWatcher::ExternalChangeWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
}

void ExternalChangeWatcher::setStore(Store *store)
{
    m_store = store;
    if (!m_store) {
        m_timer->stop();
        return;
    }
    (void)m_store->lookForExternalChanges(); // where things stand as the views read them
    m_timer->start();
}

bool ExternalChangeWatcher::poll()
{
    if (!m_store)
        return false;
    auto changed = m_store->lookForExternalChanges();
    if (!changed || !*changed)
        return false; // a failed look (a busy file) is simply tried again at the next tick
    // The views save what the user is looking at before the signals rebuild them.
    emit aboutToRefresh();
    m_store->announceExternalChange();
    emit refreshed();
    return true;
}

} // namespace triangle
