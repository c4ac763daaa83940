#pragma once

#include <QString>

namespace triangle {

// The database files this process has open through SQLite.
//
// On POSIX, closing any descriptor of a file drops every lock the process
// holds on it, SQLite's included (https://www.sqlite.org/howtocorrupt.html,
// section 2.2). Another program then believes it is alone, checkpoints and
// deletes the -wal and -shm files under our live connection, and what this
// process writes afterwards goes into a deleted log. So code that would open
// a descriptor on a file first asks whether it is one of these, and leaves it
// to SQLite if it is. Thread-safe: stores open on worker threads too.
class OpenDatabaseFiles
{
public:
    // Held for as long as a connection to `path` is open (a Store holds one).
    class Registration
    {
    public:
        explicit Registration(const QString &path);
        ~Registration();
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;

    private:
        QString m_path;
    };

    // Whether `path` is, under whatever name (a symbolic or hard link, another
    // spelling of the folder), an open database file or its -wal, -shm or
    // -journal file, existing or not yet created (refersToDatabase()).
    static bool contains(const QString &path);
    // The open database `path` belongs to, or an empty string.
    static QString databaseOf(const QString &path);
};

} // namespace triangle
