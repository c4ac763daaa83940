#pragma once

#include <QString>

namespace triangle {

// The file dialogs' filter for Triangle Studio databases (*.tsdb), with
// "All files" after it: one wording wherever a database is opened or saved.
QString databaseFileFilter();

} // namespace triangle
