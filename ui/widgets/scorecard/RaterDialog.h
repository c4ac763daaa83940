#pragma once

#include "model/Scorecard.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace triangle {

// Name, organisation and key of a rater; the key is made from the name for a
// new rater and stays fixed once data files refer to it. For an expert of a
// panel also the field, years of experience and the language the scoring
// packets are written in.
class RaterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RaterDialog(const Rater &rater, QWidget *parent = nullptr);
    Rater rater() const;

private:
    Rater m_rater;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QLineEdit *m_key;
    QLineEdit *m_field;
    QSpinBox *m_years;     // its minimum stands for "not given"
    QComboBox *m_language;
};

} // namespace triangle
