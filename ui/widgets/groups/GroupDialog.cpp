#include "GroupDialog.h"

#include "model/DomainNames.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace triangle {

namespace {
constexpr int RegionIdRole = Qt::UserRole;
constexpr int SearchTextRole = Qt::UserRole + 1;
} // namespace

GroupDialog::GroupDialog(const RegionGroup &group, const QList<Region> &regions, QWidget *parent)
    : QDialog(parent), m_group(group), m_key(new QLineEdit(group.key)), m_nameZh(new QLineEdit(group.nameZh)),
      m_nameEn(new QLineEdit(group.nameEn)), m_source(new QLineEdit(group.source)), m_note(new QPlainTextEdit(group.note)),
      m_filter(new QLineEdit), m_members(new QListWidget), m_count(new QLabel)
{
    setWindowTitle(group.id == NoId ? tr("Add Region Group") : tr("Edit Region Group"));
    m_key->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9._-]{1,64}")), m_key));
    m_key->setToolTip(tr("What the command line names the group by (--regions group:KEY): letters, digits, dot, dash "
                         "and underscore."));
    if (group.key.isEmpty())
        m_key->setText(QStringLiteral("group-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"))));
    m_source->setPlaceholderText(tr("The plan or document that defines the group"));
    m_note->setPlaceholderText(tr("What the members stand for, e.g. a province for some of its cities"));
    m_note->setMaximumHeight(70);
    m_filter->setPlaceholderText(tr("Filter regions by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_members->setUniformItemSizes(true); // thousands of regions stay quick

    // Every region with a box, members ticked, in code order.
    for (const Region &r : regions) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(r.code, localizedName(r.nameZh, r.nameEn)), m_members);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(group.memberIds.contains(r.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(RegionIdRole, r.id);
        item->setData(SearchTextRole, QStringList{r.code, r.nameZh, r.nameEn}.join(QLatin1Char(' ')));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("Name (&Chinese):"), m_nameZh);
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_nameZh->text().trimmed().isEmpty() && m_key->hasAcceptableInput());
    };
    connect(m_nameZh, &QLineEdit::textChanged, this, updateOk);
    connect(m_key, &QLineEdit::textChanged, this, updateOk);
    connect(m_filter, &QLineEdit::textChanged, this, &GroupDialog::applyFilter);
    connect(m_members, &QListWidget::itemChanged, this, &GroupDialog::updateCount);
    updateOk();
    updateCount();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *membersLabel = new QLabel(tr("&Members:"));
    membersLabel->setBuddy(m_filter);
    layout->addWidget(membersLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(480, 620);
}

void GroupDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_members->count(); ++row) {
        QListWidgetItem *item = m_members->item(row);
        item->setHidden(!wanted.isEmpty() && !item->data(SearchTextRole).toString().contains(wanted, Qt::CaseInsensitive));
    }
}

void GroupDialog::updateCount()
{
    int members = 0;
    for (int row = 0; row < m_members->count(); ++row)
        members += m_members->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_count->setText(tr("%n member(s) chosen", nullptr, members));
}

RegionGroup GroupDialog::group() const
{
    RegionGroup g = m_group;
    g.key = m_key->text().trimmed();
    g.nameZh = m_nameZh->text().trimmed();
    g.nameEn = m_nameEn->text().trimmed();
    g.source = m_source->text().trimmed();
    g.note = m_note->toPlainText().trimmed();
    g.memberIds.clear();
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem *item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            g.memberIds << item->data(RegionIdRole).toLongLong();
    }
    std::sort(g.memberIds.begin(), g.memberIds.end());
    return g;
}

} // namespace triangle
