#include "RegionForm.h"

#include "model/DomainNames.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace triangle {

RegionForm::RegionForm(Editor *editor, QWidget *parent)
    : QWidget(parent),
      m_editor(editor),
      m_code(new QLineEdit),
      m_nameZh(new QLineEdit),
      m_nameEn(new QLineEdit),
      m_level(new QComboBox),
      m_parentCode(new QLineEdit),
      m_parentName(new QLabel),
      m_agency(new QLineEdit),
      m_notes(new QPlainTextEdit),
      m_basis(new QComboBox)
{
    m_code->setMaxLength(6);
    m_code->setPlaceholderText(tr("six digits, e.g. 330000"));
    m_parentCode->setMaxLength(6);
    m_parentCode->setPlaceholderText(tr("code of the region above"));
    for (Level level : {Level::National, Level::Province, Level::City, Level::County})
        m_level->addItem(levelName(level), int(level));
    for (DataBasis basis : {DataBasis::Observed, DataBasis::Illustrative}) {
        m_basis->addItem(dataBasisName(basis), int(basis));
        m_basis->setItemData(m_basis->count() - 1, dataBasisDescription(basis), Qt::ToolTipRole);
    }
    m_basis->setToolTip(tr("Shown beside every verdict on this region's data: an illustrative region's findings show what "
                           "a reading of a narrative gives, not an observation."));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, const QString &key, QWidget *field) { m_feedback.addRow(form, label, key, field); };
    addRow(tr("&Code:"), QStringLiteral("code"), m_code);
    addRow(tr("Chinese &name:"), QStringLiteral("name_zh"), m_nameZh);
    addRow(tr("&English name:"), QStringLiteral("name_en"), m_nameEn);
    addRow(tr("&Level:"), QStringLiteral("level"), m_level);
    auto *parentRow = new QWidget;
    auto *parentLayout = new QHBoxLayout(parentRow);
    parentLayout->setContentsMargins(0, 0, 0, 0);
    parentLayout->addWidget(m_parentCode);
    parentLayout->addWidget(m_parentName, 1);
    addRow(tr("&Parent:"), QStringLiteral("parent"), parentRow);
    m_parentCode->setObjectName(QStringLiteral("parent_code"));
    addRow(tr("&Agency:"), QStringLiteral("agency"), m_agency);
    addRow(tr("&Data basis:"), QStringLiteral("data_basis"), m_basis); // above the notes, which take the height left
    addRow(tr("N&otes:"), QStringLiteral("notes"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_feedback.addGeneralMessage());

    for (QLineEdit *edit : {m_code, m_nameZh, m_nameEn, m_parentCode, m_agency})
        connect(edit, &QLineEdit::editingFinished, this, &RegionForm::apply);
    connect(m_level, &QComboBox::activated, this, &RegionForm::apply);
    connect(m_basis, &QComboBox::activated, this, &RegionForm::apply);
    setEnabled(false);
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store)
            connect(store, &Store::regionsChanged, this, &RegionForm::reload);
        setRegion(NoId);
    });
}

void RegionForm::setRegion(Id regionId)
{
    m_regionId = regionId;
    reload();
}

bool RegionForm::isTyping() const
{
    if (!isAncestorOf(QApplication::focusWidget()))
        return false;
    const Region shown = fromFields();
    return shown.code != m_loaded.code || shown.nameZh != m_loaded.nameZh || shown.nameEn != m_loaded.nameEn
        || shown.level != m_loaded.level || shown.agency != m_loaded.agency || shown.notes != m_loaded.notes
        || shown.basis != m_loaded.basis
        || m_parentCode->isModified();
}

void RegionForm::reload()
{
    // A change from another program while the user is typing here keeps the
    // typing (and what it was typed over); the edit is merged when finished.
    if (m_editor->store() && m_editor->store()->isAnnouncingExternalChange() && isTyping())
        return;
    m_feedback.clear();
    Store *store = m_editor->store();
    auto region = store && m_regionId != NoId ? store->regions().byId(m_regionId) : Result<Region>(StoreError{});
    setEnabled(region.ok());
    m_loaded = region ? *region : Region{};
    m_code->setText(m_loaded.code);
    m_nameZh->setText(m_loaded.nameZh);
    m_nameEn->setText(m_loaded.nameEn);
    m_level->setCurrentIndex(m_level->findData(int(m_loaded.level)));
    m_agency->setText(m_loaded.agency);
    m_notes->setPlainText(m_loaded.notes);
    m_basis->setCurrentIndex(m_basis->findData(int(m_loaded.basis)));
    auto parent = store && m_loaded.parentId != NoId ? store->regions().byId(m_loaded.parentId) : Result<Region>(StoreError{});
    m_parentCode->setText(parent ? parent->code : QString());
    m_parentName->setText(parent ? localizedName(parent->nameZh, parent->nameEn) : QString());
}

Region RegionForm::fromFields() const
{
    Region r = m_loaded;
    r.code = m_code->text().trimmed();
    r.nameZh = m_nameZh->text().trimmed();
    r.nameEn = m_nameEn->text().trimmed();
    r.level = Level(m_level->currentData().toInt());
    r.agency = m_agency->text().trimmed();
    r.notes = m_notes->toPlainText();
    r.basis = DataBasis(m_basis->currentData().toInt());
    return r;
}

void RegionForm::apply()
{
    if (m_regionId == NoId || !m_editor->store())
        return;
    Region r = fromFields();
    const QString parentCode = m_parentCode->text().trimmed();
    if (parentCode.isEmpty()) {
        r.parentId = NoId;
    } else if (auto parent = m_editor->store()->regions().byCode(parentCode)) {
        r.parentId = parent->id;
    } else {
        m_feedback.show({{QStringLiteral("parent"), tr("no region has the code %1").arg(parentCode)}});
        return;
    }
    if (m_feedback.show(validateRegion(r)))
        return;
    if (r == m_loaded)
        return;
    // Refusals the rules cannot see (a duplicate code) come back from the store.
    // Merged with what another program may have written since the form read it.
    const Region base = m_loaded;
    if (!m_editor->updateRegion(r, &base) && !m_feedback.show(m_editor->lastError().problems))
        m_feedback.showGeneral(m_editor->lastError().message);
}

bool RegionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        apply();
    return QWidget::eventFilter(watched, event);
}

} // namespace triangle
