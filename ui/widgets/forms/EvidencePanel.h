#pragma once

#include "model/Entities.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace triangle {

class Editor;

// The policies and milestones that support each score of one assessment,
// grouped by dimension, with Link… and Unlink.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(Editor *editor, QWidget *parent = nullptr);

    void setAssessment(Id assessmentId, Id regionId);
    QTreeWidget *tree() const { return m_tree; }

    void linkDialog();
    void unlinkSelected();

private:
    void reload();
    Dimension currentDimension() const;

    Editor *m_editor;
    Id m_assessmentId = NoId;
    Id m_regionId = NoId;
    QTreeWidget *m_tree;
    QPushButton *m_link;
    QPushButton *m_unlink;
};

} // namespace triangle
