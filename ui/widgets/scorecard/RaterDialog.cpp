#include "RaterDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace triangle {

RaterDialog::RaterDialog(const Rater &rater, QWidget *parent)
    : QDialog(parent), m_rater(rater), m_name(new QLineEdit(rater.name)), m_organisation(new QLineEdit(rater.organisation)),
      m_key(new QLineEdit(rater.key))
{
    setWindowTitle(rater.id == NoId ? tr("Add Rater") : tr("Edit Rater"));
    m_key->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,64}")), m_key));
    m_key->setToolTip(tr("A stable identifier for data files: letters, digits, dot, dash and underscore."));
    if (rater.key.isEmpty())
        m_key->setText(QStringLiteral("rater-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"))));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Key:"), m_key);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty() && m_key->hasAcceptableInput());
    };
    connect(m_name, &QLineEdit::textChanged, this, updateOk);
    connect(m_key, &QLineEdit::textChanged, this, updateOk);
    updateOk();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Three short fields would make a dialog narrower than its own title
    // (window managers cut it) and than a generated key: room for both.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QFontMetrics metrics = fontMetrics();
    setMinimumWidth(std::max(metrics.averageCharWidth() * 52, metrics.horizontalAdvance(windowTitle()) + 160));
}

Rater RaterDialog::rater() const
{
    Rater r = m_rater;
    r.name = m_name->text().trimmed();
    r.organisation = m_organisation->text().trimmed();
    r.key = m_key->text().trimmed();
    return r;
}

} // namespace triangle
