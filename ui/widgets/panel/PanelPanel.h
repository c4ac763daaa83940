#pragma once

#include "AhpMatrixEditor.h"
#include "MakePacketsDialog.h"
#include "store/PanelStatistics.h"
#include "store/StoreError.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace triangle {

class ConvergenceChart;
class Editor;
class Store;

// The Panel tab (issue 22): an expert panel's Delphi rounds from one place.
// Its experts (raters with a field, years and a packet language); each
// round's convergence, from panelSummary(): who answered, the largest CV,
// Kendall's W and α per dimension, the stop rule's verdict, a small chart
// across rounds and the spread of each item; the packets made and returned,
// with Make Packets and Import Returned Packets; the stop rule and AHP
// settings; and each expert's AHP consistency with the group's weights.
// Edits go through the Editor (undoable); importing packets does not: a
// backup taken first is what restores, as for File › Import Data.
class PanelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PanelPanel(Editor *editor, QWidget *parent = nullptr);

    // Reads the panel's summary again and shows it (done on the store's
    // changes while the page is shown, else when it is shown next).
    void reload();
    void setStage(Id stageId);
    void setRound(int round);

    // The page's buttons, callable from the menus and tests.
    void addExpert();
    void editExpert();
    void makePacketsDialog();
    void importPacketsDialog();
    void editComparisons();
    void keepAsWeightSet(); // the group's AHP weights of the latest round as a weight set

    // What Make Packets wrote: the files, and per expert what could not be.
    struct PacketsWritten
    {
        QStringList files;
        QList<std::pair<QString, QString>> failures; // expert, why
    };
    PacketsWritten writePackets(const MakePacketsDialog::Choice &choice);
    static QString describeWritten(const PacketsWritten &written);

    // What importing returned packets did; `folder`, when given, is read
    // whole (importPacketFolder) besides the files.
    struct PacketsImported
    {
        QList<PacketImportReport> imported;
        QList<std::pair<QString, QString>> refused; // file, why
        QStringList skipped;                        // .xlsx files that are no packet
        std::optional<StoreError> backupError;      // no backup could be taken first
    };
    PacketsImported importPackets(const QStringList &files, const QString &folder = {});
    static QString describeImported(const PacketsImported &imported);

    const PanelSummary &summary() const { return m_summary; }
    QTabWidget *sections() const { return m_sections; }
    QTableWidget *expertsTable() const { return m_experts; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *roundBox() const { return m_round; }
    QLabel *roundLabel() const { return m_roundLabel; }
    QLabel *stopLabel() const { return m_stopLabel; }
    QTextBrowser *unmetList() const { return m_unmet; } // the stop rule's unmet conditions
    QTableWidget *dimensionsTable() const { return m_dimensions; }
    QTableWidget *itemsTable() const { return m_items; }
    ConvergenceChart *chart() const { return m_chart; }
    QTableWidget *packetsTable() const { return m_packets; }
    QTableWidget *consistencyTable() const { return m_consistency; }
    QTableWidget *weightsTable() const { return m_weights; }
    QCheckBox *includeInconsistentBox() const { return m_includeInconsistent; }
    QDoubleSpinBox *maxCvBox() const { return m_maxCv; }
    QDoubleSpinBox *significanceBox() const { return m_significance; }
    QCheckBox *minimumWBox() const { return m_useMinimumW; }
    QDoubleSpinBox *minimumWValueBox() const { return m_minimumW; }
    QComboBox *aggregationBox() const { return m_aggregation; }
    QDoubleSpinBox *maxCrBox() const { return m_maxCr; }
    // The comparisons editor last opened, while it is open.
    AhpMatrixEditor *comparisonsEditor() const { return m_ahpEditor; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createExpertsPage();
    QWidget *createRoundsPage();
    QWidget *createPacketsPage();
    QWidget *createConsistencyPage();
    QWidget *createSettingsPage();
    void changed(); // the store changed: reload now if shown, else when shown
    void reloadStages();
    void showExperts();
    void showRounds();   // the stage's rounds into the round box, then the round
    void showRound();
    void showPackets();
    void showConsistency();
    void showSettings();
    void saveSettings();
    void openComparisons(Id expert, int round, const QString &scope);
    QString expertName(Id id) const;
    QString stageName(Id id) const;
    QString itemName(const QString &key) const; // an indicator's or a dimension's key
    QString scopeName(const QString &scope) const;
    const PanelRoundStatistics *currentRound() const;

    Editor *m_editor;
    PanelSummary m_summary;
    QList<Rater> m_raters;
    QList<Stage> m_stages;
    QList<Indicator> m_indicators;
    QHash<Id, QString> m_regionNames;
    bool m_dirty = true;
    bool m_loading = false;

    QTabWidget *m_sections;
    QTableWidget *m_experts;
    QComboBox *m_stage;
    QComboBox *m_round;
    QLabel *m_roundLabel;
    QLabel *m_stopLabel;
    QTextBrowser *m_unmet;
    QTableWidget *m_dimensions;
    ConvergenceChart *m_chart;
    QTableWidget *m_items;
    QTableWidget *m_packets;
    QTableWidget *m_consistency;
    QTableWidget *m_weights;
    QCheckBox *m_includeInconsistent;
    QDoubleSpinBox *m_maxCv;
    QDoubleSpinBox *m_significance;
    QCheckBox *m_useMinimumW;
    QDoubleSpinBox *m_minimumW;
    QComboBox *m_aggregation;
    QDoubleSpinBox *m_maxCr;
    QPointer<AhpMatrixEditor> m_ahpEditor;
};

} // namespace triangle
