#include "AddRegionDialog.h"
#include "FormRows.h"

#include "model/DomainNames.h"
#include "widgets/editing/Editor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace triangle {

AddRegionDialog::AddRegionDialog(Editor *editor, const Region &parent, QWidget *parentWidget)
    : QDialog(parentWidget),
      m_editor(editor),
      m_parent(parent),
      m_code(new QLineEdit),
      m_nameZh(new QLineEdit),
      m_nameEn(new QLineEdit),
      m_level(new QComboBox)
{
    setWindowTitle(tr("Add Region"));
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("six digits, e.g. 330100"));
    // The hint whole, in either language.
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(m_code->placeholderText()) + 24);
    for (Level level : {Level::Province, Level::City, Level::County})
        m_level->addItem(levelName(level), int(level));
    // One level below the parent by default.
    m_level->setCurrentIndex(std::clamp(int(parent.level), 0, m_level->count() - 1));

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, const QString &key, QWidget *field) {
        auto *column = new QVBoxLayout;
        column->addWidget(field);
        column->addWidget(m_feedback.addField(key, field));
        addFormRow(form, label, column, field);
    };
    form->addRow(tr("Part of:"), new QLabel(QStringLiteral("%1 (%2)").arg(localizedName(parent.nameZh, parent.nameEn), parent.code)));
    addRow(tr("&Code:"), QStringLiteral("code"), m_code);
    addRow(tr("Chinese &name:"), QStringLiteral("name_zh"), m_nameZh);
    addRow(tr("&English name:"), QStringLiteral("name_en"), m_nameEn);
    addRow(tr("&Level:"), QStringLiteral("level"), m_level);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRegionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedback.addGeneralMessage());
    layout->addWidget(buttons);
}

void AddRegionDialog::accept()
{
    Region r;
    r.code = m_code->text().trimmed();
    r.nameZh = m_nameZh->text().trimmed();
    r.nameEn = m_nameEn->text().trimmed();
    r.level = Level(m_level->currentData().toInt());
    r.parentId = m_parent.id;
    if (m_feedback.show(validateRegion(r)))
        return;
    const auto added = m_editor->addRegion(r);
    if (!added) {
        if (!m_feedback.show(m_editor->lastError().problems))
            m_feedback.showGeneral(m_editor->lastError().message);
        return;
    }
    m_added = *added;
    QDialog::accept();
}

} // namespace triangle
