#pragma once

#include "analysis/WeightSensitivity.h"
#include "model/Entities.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace triangle {

class Editor;

// How robust each region's reading is to the indicator weights: the weights
// are drawn at random around the chosen ones (Dirichlet, seeded), and the
// table shows per region how often the leading dimension, the form and the
// rank stay as they are, each with a stability bar.
class SensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPanel(Editor *editor, QWidget *parent = nullptr);

    void run();
    QTableWidget *table() const { return m_table; }
    QSpinBox *drawsField() const { return m_draws; }
    const SensitivityResult &result() const { return m_result; }

private:
    void reloadStages();

    Editor *m_editor;
    QComboBox *m_stage;
    QDoubleSpinBox *m_concentration;
    QSpinBox *m_draws;
    QSpinBox *m_seed;
    QTableWidget *m_table;
    QLabel *m_status;
    SensitivityResult m_result;
};

} // namespace triangle
