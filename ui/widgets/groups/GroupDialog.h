#pragma once

#include "model/Entities.h"
#include "model/RegionGroup.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace triangle {

// A region group's key, names, note and source, and its members picked from
// the regions with a filter (by code or name) and a box each. Gathers the
// values only: the caller saves them through the Editor.
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    GroupDialog(const RegionGroup &group, const QList<Region> &regions, QWidget *parent = nullptr);
    RegionGroup group() const;

    QLineEdit *nameZhEdit() const { return m_nameZh; }
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *memberList() const { return m_members; }

private:
    void applyFilter(const QString &text);
    void updateCount();

    RegionGroup m_group;
    QLineEdit *m_key;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QLineEdit *m_source;
    QPlainTextEdit *m_note;
    QLineEdit *m_filter;
    QListWidget *m_members;
    QLabel *m_count;
};

} // namespace triangle
