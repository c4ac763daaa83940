#pragma once

#include <QDialog>

namespace triangle {

// Help › Method: the model, the scale and every formula, in the UI language.
class MethodDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MethodDialog(QWidget *parent = nullptr);
    static QString methodHtml();
};

} // namespace triangle
