#pragma once

#include <QString>

namespace triangle::test {

// The first python3 on the PATH that has openpyxl (a Python of pyenv's may
// come before the system's, which Debian's python3-openpyxl installs into),
// or empty with `why` set.
QString pythonWithOpenpyxl(QString *why);

} // namespace triangle::test
