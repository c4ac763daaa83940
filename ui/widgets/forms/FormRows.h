#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

namespace triangle {

// Adds a row whose field is a layout (a field with its message below it, a
// line edit with a button) under `label`, whose mnemonic leads to `buddy`.
// QFormLayout sets a buddy only for a widget field; without one the label
// would show its "&" instead of underlining the key ("代码(&C)").
QLabel *addFormRow(QFormLayout *form, const QString &label, QLayout *field, QWidget *buddy);

} // namespace triangle
