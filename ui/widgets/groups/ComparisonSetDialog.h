#pragma once

#include "model/ComparisonSet.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace triangle {

// Edits a comparison set's name and note. Its key stays as it was made when
// the set was saved: the command line (--regions set:KEY) and the data files
// refer to the set by it, so a new name does not break them.
class ComparisonSetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComparisonSetDialog(const ComparisonSet &set, QWidget *parent = nullptr);

    ComparisonSet edited() const;
    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *noteField() const { return m_note; }

private:
    ComparisonSet m_set;
    QLineEdit *m_name;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace triangle
