#pragma once

#include "analysis/Ahp.h"
#include "model/Entities.h"
#include "store/PanelRepository.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace triangle {

class Editor;

// One expert's pairwise comparisons in one round and scope (a dimension's
// indicators, or the three dimensions), as the n × n matrix of AHP: the upper
// triangle takes Saaty's values (9 … 1 … 1/9), the lower shows their
// reciprocals; the weights, λmax and CR follow each edit, and when CR is
// above the panel's limit the comparison that breaks consistency most is
// named with the value that would mend it, one click away. Every edit is one
// undo step on the window's stack (Editor::setJudgment), saved at once.
class AhpMatrixEditor : public QDialog
{
    Q_OBJECT

public:
    explicit AhpMatrixEditor(Editor *editor, QWidget *parent = nullptr);

    void setExpert(Id raterId);
    void setRound(int round);
    // "mission", "political", "operational" or "dimensions".
    void setScope(const QString &scope);
    // Sets first-over-second for the items at (row, column) as if chosen in
    // the cell's list; nullopt clears it. Row and column in either order.
    void choose(int row, int column, std::optional<double> value);
    // Applies the repair hint's suggested value.
    void applySuggestion();

    QTableWidget *table() const { return m_table; }
    QLabel *consistencyLabel() const { return m_consistency; }
    QLabel *hintLabel() const { return m_hint; }
    QPushButton *applyButton() const { return m_apply; }
    // The result of the matrix shown; empty weights when incomplete.
    const AhpResult &result() const { return m_result; }
    int size() const { return int(m_items.size()); }

    // "7", "1/7".
    static QString saatyText(double value);

private:
    struct Item
    {
        QString key;
        QString name;
        Id indicatorId = NoId;            // an indicator's scope
        std::optional<Dimension> dimension; // the dimensions' scope
    };
    void reloadExperts();
    void reloadScopes();
    void rebuild();      // the items changed: new cells
    void showValues();   // the stored values into the cells, then the result
    PanelJudgment pairAt(int row, int column) const;
    Id currentExpert() const;
    QString currentScope() const;

    Editor *m_editor;
    QComboBox *m_expert;
    QSpinBox *m_round;
    QComboBox *m_scope;
    QTableWidget *m_table;
    QLabel *m_consistency;
    QLabel *m_hint;
    QPushButton *m_apply;
    QList<Item> m_items;
    AhpResult m_result;
    double m_limit = AhpConsistencyLimit;
    bool m_loading = false;
};

} // namespace triangle
