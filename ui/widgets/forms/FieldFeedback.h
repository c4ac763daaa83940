#pragma once

#include "model/Validation.h"
#include "store/StoreError.h"

#include <QHash>
#include <QString>

class QDialog;
class QFormLayout;
class QLayout;
class QLabel;
class QWidget;

namespace triangle {

// Shows validation messages at the fields they are about: each field key
// ("code", "scores.mission") has a widget and a message label beneath it.
class FieldFeedback
{
public:
    // The label is created here and belongs to the caller's layout.
    QLabel *addField(const QString &key, QWidget *field);
    // A row of `form`: `field` with its message beneath, under `label` (its
    // mnemonic leads to the field). The field is named `key`, for tests and
    // accessibility tools.
    void addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *field);

    // Shows each problem at its field; problems for unknown keys go to the
    // general label. Returns whether there were any.
    bool show(const FieldProblems &problems);
    void showGeneral(const QString &message);
    // A refused write: its problems at their fields, else its message.
    void showRefusal(const StoreError &error);
    void clear();
    // A label for messages that belong to no single field.
    QLabel *addGeneralMessage();
    // Lays a form dialog out: `form`, the general message beneath it, then
    // OK (which calls the dialog's accept()) and Cancel.
    void layOutDialog(QDialog *dialog, QLayout *form);

private:
    struct Field
    {
        QWidget *widget = nullptr;
        QLabel *message = nullptr;
    };
    QHash<QString, Field> m_fields;
    QLabel *m_general = nullptr;
};

} // namespace triangle
