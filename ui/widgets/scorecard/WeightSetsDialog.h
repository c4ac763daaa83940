#pragma once

#include "analysis/DataWeights.h"
#include "model/Entities.h"
#include "store/WeightSetRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace triangle {

class Editor;

// The weight sets (issue 22): every set with its method and how it was
// made, the one in force marked; sets made from the data (entropy, CRITIC)
// or from two others, the weights in force kept as a set, a set activated or
// removed; and the regions compared under the selected sets at a stage —
// each region's rank by triangle area and its form under each, the regions
// whose rank or form changes highlighted.
//
// Activating is one undo step: the Editor writes each indicator's new
// weight (undoable as any weight edit) and the set is marked in force in the
// same transaction. Undo restores the weights and the scores; the set is
// then no longer marked in force (the weights are no longer its own), nor is
// the one before it.
class WeightSetsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WeightSetsDialog(Editor *editor, QWidget *parent = nullptr);

    QTableWidget *setsTable() const { return m_sets; }
    QTableWidget *comparisonTable() const { return m_comparison; }
    QComboBox *stageChooser() const { return m_stage; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *removeButton() const { return m_remove; }

    // The actions the buttons take, without asking: for the prompts below and for tests.
    bool deriveFromData(WeightSetMethod method, Id stageId, const QString &name);
    bool combine(Id subjective, Id objective, CombineRule rule, double alpha, const QString &name);
    bool keepWeightsInForce(const QString &name);
    bool activateSelected();
    bool removeSelected();
    void selectSets(const QList<Id> &ids);
    QList<Id> selectedSets() const;

    // The buttons' prompts.
    void deriveDialog();
    void combineDialog();
    void keepDialog();

private:
    // Adds a set just made (derived, combined, recorded), or says why not.
    bool addMade(const Result<WeightSet> &set);
    void reload();
    void reloadStages();
    void updateButtons();
    void compare();
    void say(const QString &message, bool problem);

    Editor *m_editor;
    QList<WeightSet> m_all;
    QList<Indicator> m_indicators;
    QTableWidget *m_sets;
    QLabel *m_state;
    QLabel *m_message;
    QPushButton *m_activate;
    QPushButton *m_remove;
    QComboBox *m_stage;
    QTableWidget *m_comparison;
};

} // namespace triangle
