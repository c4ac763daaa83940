#include "RestoreBackupDialog.h"
#include "FileDialogs.h"

#include "DatabaseFileFilter.h"

#include "store/Store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Column { TakenColumn, RegionsColumn, AssessmentsColumn, PoliciesColumn, MilestonesColumn, SizeColumn };
}

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath)
{
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Triangle Studio keeps a snapshot of “%1” from the first time it is opened each day. "
                                "A snapshot is restored as a new file; the open database is not changed.")
                                 .arg(QFileInfo(databasePath).fileName()));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Taken"), tr("Regions"), tr("Assessments"), tr("Policies"), tr("Milestones"), tr("Size")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Backups"));
    layout->addWidget(m_list);

    auto *form = new QFormLayout;
    m_keep = new QSpinBox;
    m_keep->setRange(1, 365);
    m_keep->setValue(Backups::userKeep());
    m_keep->setSuffix(tr(" snapshots"));
    form->addRow(tr("&Keep the newest:"), m_keep);
    form->addRow(tr("Kept in:"), new QLabel(QDir::toNativeSeparators(Backups::userFolderFor(databasePath))));
    layout->addLayout(form);
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) { Backups::setUserKeep(keep); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore as New File…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RestoreBackupDialog::restoreSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { m_restore->setEnabled(selected() != nullptr); });

    fill();
    resize(680, 360);
}

void RestoreBackupDialog::fill()
{
    m_backups = Backups::list(Backups::userFolderFor(m_databasePath));
    const QLocale locale;
    OpenOptions readOnly;
    readOnly.readOnly = true;
    for (const BackupInfo &b : m_backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TakenColumn, locale.toString(b.taken, QLocale::ShortFormat));
        item->setText(SizeColumn, locale.formattedDataSize(QFileInfo(b.path).size()));
        // What it holds, read from the snapshot itself; a damaged one says so.
        auto opened = Store::open(b.path, readOnly);
        auto counts = opened ? (*opened)->counts() : Result<EntityCounts>(opened.error());
        if (!counts) {
            item->setText(RegionsColumn, tr("cannot be read"));
            item->setToolTip(RegionsColumn, counts.error().message);
            item->setDisabled(true);
            continue;
        }
        item->setText(RegionsColumn, locale.toString(counts->regions));
        item->setText(AssessmentsColumn, locale.toString(counts->assessments));
        item->setText(PoliciesColumn, locale.toString(counts->policies));
        item->setText(MilestonesColumn, locale.toString(counts->milestones));
        for (int c = RegionsColumn; c <= SizeColumn; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_backups.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_list, {tr("No backups yet")});
        none->setDisabled(true);
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_restore->setEnabled(selected() != nullptr);
}

const BackupInfo *RestoreBackupDialog::selected() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_backups.size() || m_list->currentItem()->isDisabled())
        return nullptr;
    return &m_backups[row];
}

void RestoreBackupDialog::restoreSelected()
{
    const BackupInfo *backup = selected();
    if (!backup)
        return;
    const QFileInfo db(m_databasePath);
    const QString suggested = db.dir().filePath(
        QStringLiteral("%1-%2.%3").arg(db.completeBaseName(), backup->taken.toString(QStringLiteral("yyyyMMdd")), db.suffix()));
    const QString target = FileDialogs::saveFileName(this, tr("Restore as New File"), suggested,
                                                        databaseFileFilter(), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (!target.isEmpty() && restoreSelectedTo(target))
        accept();
}

bool RestoreBackupDialog::restoreSelectedTo(const QString &target)
{
    const BackupInfo *backup = selected();
    if (!backup)
        return false;
    if (Status restored = Backups::restore(*backup, target); !restored) {
        QMessageBox::warning(this, tr("Cannot restore the backup"), restored.error().message);
        return false;
    }
    m_restored = target;
    return true;
}

} // namespace triangle
