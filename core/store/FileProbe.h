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
    qint64 bytesFree = -1;       // on its folder's file system, for this user; -1 if unknown
};

// Bytes free for this user on the file system holding `folder`; -1 if unknown.
qint64 bytesFreeIn(const QString &folder);

// Whether the file system holding the file is as good as full (under 1 MiB free):
// SQLite then cannot even make the -shm file it reads a WAL database through.
bool nearlyFull(const FileProbe &probe);

// Fails with Missing, NotAFile, NotReadable, NotADatabase or Truncated.
Result<FileProbe> probeDatabaseFile(const QString &path);

} // namespace triangle
