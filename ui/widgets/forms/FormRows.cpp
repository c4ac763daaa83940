#include "FormRows.h"

#include <QFormLayout>
#include <QLabel>

namespace triangle {

QLabel *addFormRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *buddy)
{
    auto *text = new QLabel(label);
    text->setBuddy(buddy);
    form->addRow(text, field);
    return text;
}

} // namespace triangle
