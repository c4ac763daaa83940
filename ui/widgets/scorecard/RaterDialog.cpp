#include "RaterDialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace triangle {

RaterDialog::RaterDialog(const Rater &rater, QWidget *parent)
    : QDialog(parent), m_rater(rater), m_name(new QLineEdit(rater.name)), m_organisation(new QLineEdit(rater.organisation)),
      m_key(new QLineEdit(rater.key)), m_field(new QLineEdit(rater.field)), m_years(new QSpinBox), m_language(new QComboBox)
{
    setWindowTitle(rater.id == NoId ? tr("Add Rater") : tr("Edit Rater"));
    m_key->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,64}")), m_key));
    m_key->setToolTip(tr("A stable identifier for data files: letters, digits, dot, dash and underscore."));
    if (rater.key.isEmpty()) {
        // The second and a count of the keys offered: two experts added within
        // one second no longer get the same key (the second was refused).
        static int offered = 0;
        m_key->setText(QStringLiteral("rater-%1-%2").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"))).arg(++offered));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Key:"), m_key);
    // Named for tests and accessibility tools.
    m_name->setObjectName(QStringLiteral("raterName"));
    m_organisation->setObjectName(QStringLiteral("raterOrganisation"));
    m_key->setObjectName(QStringLiteral("raterKey"));
    m_field->setObjectName(QStringLiteral("raterField"));
    m_years->setObjectName(QStringLiteral("raterYears"));
    m_language->setObjectName(QStringLiteral("raterLanguage"));
    m_field->setPlaceholderText(tr("e.g. public administration"));
    m_field->setToolTip(tr("The expert's field, as a panel's report lists its members."));
    form->addRow(tr("Fiel&d:"), m_field);
    m_years->setRange(-1, 80);
    m_years->setSpecialValueText(tr("not given"));
    m_years->setValue(rater.experienceYears.value_or(-1));
    m_years->setToolTip(tr("Years of experience in the field, 0–80."));
    form->addRow(tr("&Years of experience:"), m_years);
    m_language->addItem(QStringLiteral("中文（简体）"), int(Language::Chinese));
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->setCurrentIndex(rater.language == Language::English ? 1 : 0);
    m_language->setToolTip(tr("The language this expert's scoring packets are written in."));
    form->addRow(tr("Packet &language:"), m_language);
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
    // Short fields would make a dialog narrower than its own title (window
    // managers cut it), than a generated key and than the field's hint
    // beside the longer labels of an expert's rows: room for all.
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QFontMetrics metrics = fontMetrics();
    setMinimumWidth(std::max({metrics.averageCharWidth() * 52, metrics.horizontalAdvance(windowTitle()) + 160,
                              metrics.horizontalAdvance(tr("&Years of experience:")) + metrics.horizontalAdvance(m_field->placeholderText()) + 80}));
}

Rater RaterDialog::rater() const
{
    Rater r = m_rater;
    r.name = m_name->text().trimmed();
    r.organisation = m_organisation->text().trimmed();
    r.key = m_key->text().trimmed();
    r.field = m_field->text().trimmed();
    r.experienceYears = m_years->value() < 0 ? std::nullopt : std::optional<int>(m_years->value());
    r.language = Language(m_language->currentData().toInt());
    return r;
}

} // namespace triangle
