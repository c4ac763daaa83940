#pragma once

#include "store/Backups.h"

#include <QDialog>

class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace triangle {

// File › Restore from Backup: the open database's daily snapshots with their
// dates and what they hold; the chosen one is restored as a new file, never
// over the open database.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The path the last restore wrote, for the caller to open; empty if none.
    QString restoredPath() const { return m_restored; }
    // Restores the selected snapshot to `target`; false (with a message box) on failure.
    bool restoreSelectedTo(const QString &target);

private:
    void fill();
    void restoreSelected();
    const BackupInfo *selected() const;

    QString m_databasePath;
    QList<BackupInfo> m_backups;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_keep = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_restored;
};

} // namespace triangle
