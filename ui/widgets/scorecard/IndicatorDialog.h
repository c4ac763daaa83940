#pragma once

#include "model/Scorecard.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace triangle {

// One indicator: what it judges, how it is observed, its weight and its
// rubric of anchor levels. OK is refused, with the problems named, until the
// indicator passes model/Validation.
class IndicatorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IndicatorDialog(const Indicator &indicator, QWidget *parent = nullptr);
    Indicator indicator() const;

    void accept() override;

private:
    void addLevel(const RubricLevel &level);

    Indicator m_indicator;
    QLineEdit *m_key;
    QComboBox *m_dimension;
    QLineEdit *m_nameZh;
    QLineEdit *m_nameEn;
    QPlainTextEdit *m_definition;
    QPlainTextEdit *m_observation;
    QComboBox *m_direction;
    QDoubleSpinBox *m_weight;
    QTableWidget *m_rubric;
    QLabel *m_problems;
};

} // namespace triangle
