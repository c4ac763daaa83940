#pragma once

#include "Result.h"

#include <QString>

namespace triangle {

// What can be learnt about a file from its bytes alone, before SQLite opens it,
// so that a wrong or damaged file is refused without being touched.
struct FileProbe
{
    bool exists = false;
    bool empty = false;    // zero bytes: a database yet to be created
    bool fileWritable = false;   // the file itself
    bool folderWritable = false; // its folder: SQLite creates its -wal, -shm and journal files there
    bool writable = false;       // both
};

// Fails with Missing, NotAFile, NotReadable, NotADatabase or Truncated.
Result<FileProbe> probeDatabaseFile(const QString &path);

} // namespace triangle
