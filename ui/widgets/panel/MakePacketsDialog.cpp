#include "MakePacketsDialog.h"
#include "PanelText.h"

#include "widgets/files/FileDialogs.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/AssessmentRepository.h"
#include "store/RaterRepository.h"
#include "store/RegionRepository.h"
#include "store/StageRepository.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace triangle {

namespace {
QListWidgetItem *checkable(QListWidget *list, const QString &text, Id id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::UserRole, QVariant::fromValue(id));
    return item;
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).value<Id>();
    return out;
}
} // namespace

MakePacketsDialog::MakePacketsDialog(Store &store, Id stageId, QWidget *parent)
    : QDialog(parent), m_store(store), m_experts(new QListWidget), m_stage(new QComboBox), m_regions(new QListWidget),
      m_round(new QSpinBox), m_deadline(new QLineEdit), m_comparisons(new QCheckBox(tr("Ask for the AHP &comparisons too"))),
      m_folder(new QLineEdit)
{
    setWindowTitle(tr("Make Scoring Packets"));
    for (const Rater &r : panel::orEmpty(store.raters().all())) {
        const QString language = r.language == Language::English ? QStringLiteral("English") : QStringLiteral("中文");
        checkable(m_experts, tr("%1 — %2").arg(shownText(r.name), language), r.id, true);
    }
    m_experts->setToolTip(tr("One packet is written for each expert ticked, in that expert's language."));
    for (const Stage &s : panel::orEmpty(store.stages().all()))
        m_stage->addItem(localizedName(s.nameZh, s.nameEn), QVariant::fromValue(s.id));
    if (const int at = m_stage->findData(QVariant::fromValue(stageId)); at >= 0)
        m_stage->setCurrentIndex(at);
    m_regions->setToolTip(tr("The regions the experts score; at first the ones assessed at the stage."));
    m_round->setRange(1, 20);
    m_round->setToolTip(tr("The Delphi round. From round 2 the packet shows the panel's median and quartiles of the "
                           "round before, and the expert's own answer."));
    m_deadline->setPlaceholderText(tr("e.g. 2027-01-15"));
    m_deadline->setToolTip(tr("Printed on the packet's instructions as the date to return it by."));
    m_comparisons->setToolTip(tr("Adds a sheet of pairwise comparisons (Saaty's 1–9 scale) for the indicators' and "
                                 "dimensions' weights."));
    auto *browse = new QPushButton(tr("C&hoose…"));
    connect(browse, &QPushButton::clicked, this, &MakePacketsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("E&xperts:"), m_experts);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("Re&gions:"), m_regions);
    form->addRow(tr("&Round:"), m_round);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(QString(), m_comparisons);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder); // a layout as the field gets no buddy of its own
    form->addRow(folderLabel, folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Make Packets"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &MakePacketsDialog::stageChosen);
    connect(m_experts, &QListWidget::itemChanged, this, &MakePacketsDialog::updateOk);
    connect(m_regions, &QListWidget::itemChanged, this, &MakePacketsDialog::updateOk);
    connect(m_folder, &QLineEdit::textChanged, this, &MakePacketsDialog::updateOk);
    stageChosen();
    resize(560, 620);
}

void MakePacketsDialog::stageChosen()
{
    const Id stage = m_stage->currentData().value<Id>();
    QSet<Id> assessed;
    for (const Assessment &a : panel::orEmpty(m_store.assessments().all()))
        if (a.stageId == stage)
            assessed.insert(a.regionId);
    {
        const QSignalBlocker blocker(m_regions);
        m_regions->clear();
        // The assessed regions first, ticked; then the others to add.
        const QList<Region> regions = panel::orEmpty(m_store.regions().all());
        for (const bool first : {true, false})
            for (const Region &r : regions)
                if (assessed.contains(r.id) == first)
                    checkable(m_regions, localizedName(r.nameZh, r.nameEn), r.id, first);
    }
    const QList<int> rounds = panel::orEmpty(m_store.panel().rounds(stage));
    m_round->setValue(rounds.isEmpty() ? 1 : rounds.last() + 1);
    updateOk();
}

void MakePacketsDialog::chooseFolder()
{
    QFileDialog dialog(this, tr("Folder for the Packets"), m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    FileDialogs::makeContentBlind(dialog);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
}

void MakePacketsDialog::updateOk()
{
    m_ok->setEnabled(!checkedIds(m_experts).isEmpty() && !checkedIds(m_regions).isEmpty() && !m_folder->text().trimmed().isEmpty());
}

MakePacketsDialog::Choice MakePacketsDialog::choice() const
{
    Choice c;
    c.experts = checkedIds(m_experts);
    c.stageId = m_stage->currentData().value<Id>();
    c.regions = checkedIds(m_regions);
    c.round = m_round->value();
    c.deadline = m_deadline->text().trimmed();
    c.comparisons = m_comparisons->isChecked();
    c.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return c;
}

} // namespace triangle
