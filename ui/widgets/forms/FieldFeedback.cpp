#include "FieldFeedback.h"
#include "FormRows.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace triangle {

namespace {
QLabel *messageLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    // An error colour that reads on light and dark themes alike.
    label->setStyleSheet(QStringLiteral("color: #C0392B;"));
    label->hide();
    return label;
}
} // namespace

QLabel *FieldFeedback::addField(const QString &key, QWidget *field)
{
    QLabel *label = messageLabel();
    m_fields.insert(key, {field, label});
    return label;
}

void FieldFeedback::addRow(QFormLayout *form, const QString &label, const QString &key, QWidget *field)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(addField(key, field));
    addFormRow(form, label, column, field);
    field->setObjectName(key);
}

QLabel *FieldFeedback::addGeneralMessage()
{
    m_general = messageLabel();
    return m_general;
}

void FieldFeedback::layOutDialog(QDialog *dialog, QLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(addGeneralMessage());
    layout->addWidget(buttons);
}

void FieldFeedback::showRefusal(const StoreError &error)
{
    if (!show(error.problems))
        showGeneral(error.message);
}

bool FieldFeedback::show(const FieldProblems &problems)
{
    clear();
    QStringList general;
    bool focused = false;
    for (const FieldProblem &p : problems) {
        const auto it = m_fields.constFind(p.field);
        if (it == m_fields.constEnd()) {
            general << p.message;
            continue;
        }
        QString text = it->message->text();
        it->message->setText(text.isEmpty() ? p.message : text + QLatin1Char('\n') + p.message);
        it->message->show();
        it->widget->setProperty("invalid", true);
        if (!focused) {
            it->widget->setFocus(Qt::OtherFocusReason);
            focused = true;
        }
    }
    if (!general.isEmpty())
        showGeneral(general.join(QLatin1Char('\n')));
    return !problems.isEmpty();
}

void FieldFeedback::showGeneral(const QString &message)
{
    if (!m_general)
        return;
    m_general->setText(message);
    m_general->setVisible(!message.isEmpty());
}

void FieldFeedback::clear()
{
    for (const Field &f : std::as_const(m_fields)) {
        f.message->clear();
        f.message->hide();
        f.widget->setProperty("invalid", false);
    }
    showGeneral(QString());
}

} // namespace triangle
