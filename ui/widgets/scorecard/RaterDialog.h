#pragma once

#include "model/Scorecard.h"

#include <QDialog>

class QLineEdit;

namespace triangle {

// Name, organisation and key of a rater; the key is made from the name for a
// new rater and stays fixed once data files refer to it.
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
};

} // namespace triangle
