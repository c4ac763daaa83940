#pragma once

#include "model/Entities.h"

#include <QList>
#include <QObject>

namespace triangle {

// What the window shows and edits: one region, or one or more region groups
// (one shown, several compared), or nothing. Several regions may be chosen
// together to be compared (Ctrl/Shift+click in the navigator, or a comparison
// set opened): then region() is the one chosen last, the one pages edit. Its one owner: only the user's
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
    // The regions chosen together, in the order chosen (region() among them);
    // empty unless there are two or more.
    QList<Id> comparedRegions() const { return m_compared; }

    void selectRegion(Id regionId);
    // Several regions to compare, `current` the one the pages show and edit;
    // fewer than two is selectRegion(current).
    void selectRegions(const QList<Id> &regionIds, Id current);
    void selectGroups(const QList<Id> &groupIds);
    void clear();

signals:
    void changed();

private:
    void set(Id region, const QList<Id> &groups, const QList<Id> &compared = {});

    Id m_region = NoId;
    QList<Id> m_groups;
    QList<Id> m_compared;
};

} // namespace triangle
