#pragma once

#include "model/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace triangle {

class Store;

// What packets to make: for which experts, at which stage and round, about
// which regions, by when, with or without the AHP comparisons, and into
// which folder (one file per expert). The regions default to those assessed
// at the stage, the round to the one after the last with answers.
class MakePacketsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QList<Id> experts;
        Id stageId = NoId;
        QList<Id> regions;
        int round = 1;
        QString deadline;
        bool comparisons = false;
        QString folder;
    };

    MakePacketsDialog(Store &store, Id stageId, QWidget *parent = nullptr);
    Choice choice() const;

    QListWidget *expertList() const { return m_experts; }
    QListWidget *regionList() const { return m_regions; }
    QComboBox *stageBox() const { return m_stage; }
    QSpinBox *roundBox() const { return m_round; }
    QLineEdit *deadlineEdit() const { return m_deadline; }
    QCheckBox *comparisonsBox() const { return m_comparisons; }
    QLineEdit *folderEdit() const { return m_folder; }

private:
    void stageChosen(); // the default regions and round for it
    void chooseFolder();
    void updateOk();

    Store &m_store;
    QListWidget *m_experts;
    QComboBox *m_stage;
    QListWidget *m_regions;
    QSpinBox *m_round;
    QLineEdit *m_deadline;
    QCheckBox *m_comparisons;
    QLineEdit *m_folder;
    QPushButton *m_ok = nullptr;
};

} // namespace triangle
