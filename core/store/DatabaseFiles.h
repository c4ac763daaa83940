#pragma once

#include <QString>
#include <QStringList>

namespace triangle {

// Whether writing `output` would write over the database `database` or the
// -wal, -shm or -journal file SQLite keeps beside it, whatever the names: the same file
// through a symbolic or hard link counts (compared by device and inode), and
// so does a -wal or -shm not made yet (compared by its resolved folder and name).
// Only stat() is used: a descriptor opened and closed on the database would
// drop this process's SQLite locks on it.
bool refersToDatabase(const QString &output, const QString &database);

// The first of `outputs` that refersToDatabase(), or an empty string.
QString firstDatabaseOutput(const QStringList &outputs, const QString &database);

// The sentence refusing to write `output` over the open database `database`.
QString databaseOutputRefusal(const QString &output, const QString &database);

} // namespace triangle
