#pragma once
// A disk that fails on demand, for the tests of real input/output errors.
//
// While a FailingDisk lives, every SQLite connection opened in this process
// goes through a VFS of its own, in front of the default one. Told to, it
// fails the reads or writes of one database's files with the codes SQLite
// returns when the operating system reports EIO (SQLITE_IOERR_READ,
// SQLITE_IOERR_WRITE, ...), so the error travels through SQLite, Qt's driver
// and the store exactly as a failing drive's would. SQLite's own test suite
// injects faults the same way (src/test_devsym.c, src/test_vfs.c). Making a
// real failing device needs root-only tools (device-mapper's error target).
// FailingDiskPreload.cpp puts one into another process (the command-line tests).
//
// Qt's QSQLITE driver must use the same SQLite library as the test (Debian's
// libqsqlite links the system's libsqlite3); opens() shows that it does.

#include <QString>

namespace triangle::test {

class FailingDisk
{
public:
    enum Operation : unsigned {
        Reads = 1u << 0,
        Writes = 1u << 1, // writes and truncations
    };
    enum class Files {
        Database, // the database file itself
        Log,      // its -wal (or -journal)
        Both,
    };

    // Becomes SQLite's default VFS; connections opened from now on use it.
    explicit FailingDisk(const QString &databasePath);
    ~FailingDisk();
    FailingDisk(const FailingDisk &) = delete;
    FailingDisk &operator=(const FailingDisk &) = delete;

    // False if it could not be put in front of the default VFS.
    bool ok() const;

    // From now on, `operations` on `files` fail.
    void fail(unsigned operations, Files files = Files::Both);
    // Back to a sound disk.
    void heal();
    // Operations failed so far: a test that expects an error from this disk
    // checks that the disk did fail.
    int failures() const;
    // The database's files opened through this VFS so far: 0 after a
    // connection was opened means Qt's driver has a SQLite of its own.
    int opens() const;
};

} // namespace triangle::test
