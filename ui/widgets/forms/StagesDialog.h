#pragma once

#include "FieldFeedback.h"
#include "model/Entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace triangle {

class Editor;

// The stages, in order, and a form for the one selected: its names, years
// and whether its scores are observed or planned (a plan's targets, which
// the findings say they cannot test). Each field is saved, as one undoable
// edit, when the user leaves it; a value the rules refuse is shown with its
// message and not saved. The key names the stage in the findings, the data
// files and the command line, and is shown, not edited. The list follows the
// store, so an undo or another program's change shows at once.
class StagesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StagesDialog(Editor *editor, QWidget *parent = nullptr);
    ~StagesDialog() override;

    QTableWidget *table() const { return m_table; }
    // Selects the stage with that key in the list; false when there is none.
    bool selectStage(const QString &key);

private:
    void reload();
    void showStage();
    void apply();
    Stage fromFields() const;
    bool isTyping() const;
    Id currentStage() const;

    Editor *m_editor;
    Stage m_loaded;
    FieldFeedback m_feedback;
    QTableWidget *m_table;
    QLabel *m_key;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QSpinBox *m_startYear;
    QSpinBox *m_endYear;
    QComboBox *m_status;
};

} // namespace triangle
