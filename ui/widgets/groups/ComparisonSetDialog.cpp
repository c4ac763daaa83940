#include "ComparisonSetDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace triangle {

ComparisonSetDialog::ComparisonSetDialog(const ComparisonSet &set, QWidget *parent)
    : QDialog(parent),
      m_set(set),
      m_name(new QLineEdit(set.name)),
      m_note(new QPlainTextEdit(set.note)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Edit Comparison Set"));
    auto *key = new QLabel(QStringLiteral("<code>set:%1</code>").arg(set.key.toHtmlEscaped()));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setToolTip(tr("The command line and the data files name the set by its key, which a new name does not change."));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Why these regions are compared, and in this order"));
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(tr("Key:"), key);
    auto *noteLabel = new QLabel(tr("N&ote:"));
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A set needs a name: OK waits for one.
    const auto updateOk = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    updateOk();
}

ComparisonSet ComparisonSetDialog::edited() const
{
    ComparisonSet set = m_set;
    set.name = m_name->text().trimmed();
    set.note = m_note->toPlainText().trimmed();
    return set;
}

} // namespace triangle
