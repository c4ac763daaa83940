#pragma once

#include "model/Entities.h"

#include <QList>
#include <QObject>

namespace triangle {

// What the window shows and edits: one region, or one or more region groups
// (one shown, several compared), or nothing. Its one owner: only the user's
// acts change it (a click in the region navigator or the group list, an
// explicit "open this region"), never a table becoming current, a tab or a
// dialog opening or closing. Choosing a region clears the groups and
// choosing groups clears the region, so no page can show one while another
// edits the other.
class CurrentSelection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Id region() const { return m_region; }
    QList<Id> groups() const { return m_groups; }
    bool isEmpty() const { return m_region == NoId && m_groups.isEmpty(); }

    void selectRegion(Id regionId);
    void selectGroups(const QList<Id> &groupIds);
    void clear();

signals:
    void changed();

private:
    void set(Id region, const QList<Id> &groups);

    Id m_region = NoId;
    QList<Id> m_groups;
};

} // namespace triangle
