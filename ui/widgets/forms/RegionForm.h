#pragma once

#include "FieldFeedback.h"
#include "model/Entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace triangle {

class Editor;

// The profile of one region: code, names, level, parent, agency, notes,
// and what its data rest on (observed or illustrative).
// Each field is saved (as one undoable edit) when the user leaves it;
// a value the rules refuse is shown with its message and not saved.
class RegionForm : public QWidget
{
    Q_OBJECT

public:
    explicit RegionForm(Editor *editor, QWidget *parent = nullptr);

    void setRegion(Id regionId);
    Id regionId() const { return m_regionId; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void apply();
    Region fromFields() const;
    bool isTyping() const;

    Editor *m_editor;
    Id m_regionId = NoId;
    Region m_loaded;
    FieldFeedback m_feedback;
    QLineEdit *m_code;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QComboBox *m_level;
    QLineEdit *m_parentCode;
    QLabel *m_parentName;
    QLineEdit *m_agency;
    QPlainTextEdit *m_notes;
    QComboBox *m_basis;
};

} // namespace triangle
