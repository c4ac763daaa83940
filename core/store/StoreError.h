#pragma once

#include "model/Validation.h"

#include <QString>

namespace triangle {

// Why a store operation failed, with a sentence fit to show a user.
struct StoreError
{
    enum class Kind {
        Missing,        // the file does not exist
        NotAFile,       // a folder or something else that is not a regular file
        NotReadable,    // no permission to read
        NotADatabase,   // not a SQLite file at all
        Truncated,      // shorter than its own header says
        Corrupt,        // SQLite's quick_check found damage
        Foreign,        // a SQLite database of some other program
        Newer,          // written by a newer Triangle Studio
        ReadOnly,       // opened read-write, but the file or its folder is read-only
        NeedsUpgrade,   // opened read-only, but the schema is older than this version's
        Invalid,        // a record broke a rule (see problems)
        Conflict,       // a unique key (region code, stage key, uid) is taken
        NotFound,       // no record with that id or key
        Busy,           // another program holds a lock (SQLITE_BUSY, SQLITE_LOCKED)
        DiskFull,       // no room to write: the disk, or the database's size limit (SQLITE_FULL)
        IoError,        // the operating system reported a read or write error (SQLITE_IOERR)
        CannotOpen,     // SQLite could not open the file or the -wal/-shm beside it (SQLITE_CANTOPEN)
        ChangedElsewhere, // another program changed the record since it was read
        Sql,            // anything else SQLite reported
    };

    Kind kind = Kind::Sql;
    QString message;        // complete sentence, translated
    FieldProblems problems; // for Kind::Invalid: each field and what is wrong with it
};

} // namespace triangle
