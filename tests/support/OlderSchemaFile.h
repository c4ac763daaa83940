#pragma once

#include "model/Kinds.h"

#include <QString>
#include <QStringList>

namespace triangle::test {

// A database file at an older schema `version`, with `statements` run on it
// as that version's program would have written it: today's repositories
// write today's columns (a stage's status, a region's data basis), which an
// older schema lacks. Creates the file if it is missing.
void makeOlderSchemaFile(const QString &path, int version, const QStringList &statements);

// An INSERT of a region naming only the columns every schema has; its parent
// is found by code.
QString olderRegionInsert(const QString &code, const QString &nameZh, Level level, const QString &parentCode = {});

} // namespace triangle::test
