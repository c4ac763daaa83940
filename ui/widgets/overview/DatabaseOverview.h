#pragma once

#include "model/Entities.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace triangle {

class Editor;

// What the workspace shows before a region is chosen: what the database
// holds, where to start, and every assessed region as a small triangle with
// its form and how many of the article's claims its data support.
class DatabaseOverview : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseOverview(Editor *editor, QWidget *parent = nullptr);
    QListWidget *regions() const { return m_regions; }
    QLabel *summary() const { return m_summary; }

signals:
    void regionActivated(triangle::Id regionId);

private:
    void reload();

    Editor *m_editor;
    QLabel *m_summary;
    QListWidget *m_regions;
};

} // namespace triangle
