#pragma once

#include "model/Entities.h"
#include "widgets/forms/FieldFeedback.h"

#include <QDialog>

#include <variant>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace triangle {

class Editor;

// Adds or edits one policy or milestone. OK saves through the Editor (one
// undoable edit); anything refused is shown at its field and the dialog stays.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    using Record = std::variant<Policy, Milestone>;

    // A record whose id is NoId is added; otherwise it is edited.
    RecordDialog(Editor *editor, Record record, QWidget *parent = nullptr);

    void accept() override;
    Id savedId() const { return m_savedId; }

    // For tests: the fields, named as in data files ("date", "title_zh", …).
    QWidget *field(const QString &key) const;

private:
    bool isPolicy() const { return std::holds_alternative<Policy>(m_record); }
    void showRegionName();

    Editor *m_editor;
    Record m_record;
    const Record m_read; // as the dialog read it, to merge with another program's change meanwhile
    Id m_savedId = NoId;
    FieldFeedback m_feedback;
    QHash<QString, QWidget *> m_fields;
    QLineEdit *m_region;
    QLabel *m_regionName;
    QLineEdit *m_date;
    QLineEdit *m_titleZh;
    QLineEdit *m_titleEn;
    PerDimension<QCheckBox *> m_dimensions;
    QComboBox *m_primary;     // the dimension the record counts for in the dated-evidence reading
    QCheckBox *m_dateImputed; // the source gives no date: placed from context
    // Policies
    QLineEdit *m_issuer = nullptr;
    QComboBox *m_level = nullptr;
    // A new policy's level follows its region's (a province's policy is
    // provincial) until the analyst picks one.
    bool m_levelChosen = false;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLineEdit *m_reference = nullptr;
    // Milestones
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_unit = nullptr;
};

} // namespace triangle
