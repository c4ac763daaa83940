#pragma once

#include "FieldFeedback.h"
#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace triangle {

class Editor;

// Adds a region below `parent` (one undoable edit); refusals stay in the dialog.
class AddRegionDialog : public QDialog
{
    Q_OBJECT

public:
    AddRegionDialog(Editor *editor, const Region &parent, QWidget *parent_widget = nullptr);
    void accept() override;
    Id addedId() const { return m_added; }

private:
    Editor *m_editor;
    Region m_parent;
    Id m_added = NoId;
    FieldFeedback m_feedback;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_level;
};

} // namespace triangle
