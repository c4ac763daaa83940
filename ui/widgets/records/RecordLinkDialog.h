#pragma once

#include "analysis/CausalLinks.h"
#include "model/RecordLink.h"
#include "widgets/forms/FieldFeedback.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace triangle {

class Editor;

// Adds or edits one causal link from a record: "this record drove…" another
// record of its region, with the quoted sentence and where it stands. OK saves
// through the Editor (one undoable edit); anything refused is shown at its
// field and the dialog stays.
class RecordLinkDialog : public QDialog
{
    Q_OBJECT

public:
    // `link` has its region and `from` set; a link whose id is NoId is added,
    // otherwise it is edited.
    RecordLinkDialog(Editor *editor, const RecordLink &link, QWidget *parent = nullptr);

    void accept() override;
    Id savedId() const { return m_savedId; }

    // For tests: the fields, named as in data files ("to", "quote", "location", "note").
    QWidget *field(const QString &key) const;

private:
    Editor *m_editor;
    const RecordLink m_read; // as the dialog read it, to merge with another program's change meanwhile
    QList<LinkedRecord> m_choices; // the records it may have driven, in the box's order
    Id m_savedId = NoId;
    FieldFeedback m_feedback;
    QHash<QString, QWidget *> m_fields;
    QComboBox *m_to;
    QPlainTextEdit *m_quote;
    QLineEdit *m_location;
    QLineEdit *m_note;
};

} // namespace triangle
