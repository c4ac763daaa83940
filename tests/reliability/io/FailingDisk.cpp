#include "io/FailingDisk.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <string>

namespace triangle::test {
namespace {

// One disk at a time: SQLite's VFS callbacks carry no pointer back to it.
struct DiskState
{
    sqlite3_vfs vfs{};
    sqlite3_vfs *real = nullptr;
    std::string database; // its full path, as SQLite names it
    bool registered = false;
    std::atomic<unsigned> operations{0};
    std::atomic<bool> databaseFails{false};
    std::atomic<bool> logFails{false};
    std::atomic<int> failures{0};
    std::atomic<int> opens{0};
};
DiskState *state = nullptr;

enum class Kind { Other, Database, Log };

// Our file: the real one's handle follows it in the space SQLite allocates
// (szOsFile is the sum of both).
struct File
{
    sqlite3_file base;
    sqlite3_file *real;
    Kind kind;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

bool fails(sqlite3_file *file, FailingDisk::Operation operation)
{
    const Kind kind = reinterpret_cast<File *>(file)->kind;
    const bool chosen = (kind == Kind::Database && state->databaseFails) || (kind == Kind::Log && state->logFails);
    if (!chosen || (state->operations & operation) == 0)
        return false;
    ++state->failures;
    return true;
}

int closeFile(sqlite3_file *file)
{
    const int rc = real(file)->pMethods->xClose(real(file));
    file->pMethods = nullptr;
    return rc;
}
int readFile(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (fails(file, FailingDisk::Reads))
        return SQLITE_IOERR_READ;
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}
int writeFile(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (fails(file, FailingDisk::Writes))
        return SQLITE_IOERR_WRITE;
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}
int truncateFile(sqlite3_file *file, sqlite3_int64 size)
{
    if (fails(file, FailingDisk::Writes))
        return SQLITE_IOERR_TRUNCATE;
    return real(file)->pMethods->xTruncate(real(file), size);
}
int syncFile(sqlite3_file *file, int flags)
{
    return real(file)->pMethods->xSync(real(file), flags);
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}
int lockFile(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}
int unlockFile(sqlite3_file *file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}
int checkReservedLock(sqlite3_file *file, int *reserved)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), reserved);
}
int fileControl(sqlite3_file *file, int op, void *argument)
{
    return real(file)->pMethods->xFileControl(real(file), op, argument);
}
int sectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}
int deviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}
int shmMap(sqlite3_file *file, int region, int size, int extend, void volatile **mapped)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, mapped);
}
int shmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}
void shmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}
int shmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}
int fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **page)
{
    // A memory-mapped read would go round xRead: say "not mapped" while reads fail.
    if ((state->operations & FailingDisk::Reads) != 0) {
        *page = nullptr;
        return SQLITE_OK;
    }
    return real(file)->pMethods->xFetch(real(file), offset, amount, page);
}
int unfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

const sqlite3_io_methods fileMethods = {
    3, closeFile, readFile, writeFile, truncateFile, syncFile, fileSize, lockFile, unlockFile, checkReservedLock,
    fileControl, sectorSize, deviceCharacteristics, shmMap, shmLock, shmBarrier, shmUnmap, fetch, unfetch,
};

Kind kindOf(const char *name)
{
    if (name == nullptr)
        return Kind::Other;
    const std::string path(name);
    if (path == state->database)
        return Kind::Database;
    if (path == state->database + "-wal" || path == state->database + "-journal")
        return Kind::Log;
    return Kind::Other;
}

int openFile(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<File *>(file);
    ours->base.pMethods = nullptr;
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    ours->kind = kindOf(name);
    const int rc = state->real->xOpen(state->real, name, ours->real, flags, outFlags);
    if (rc != SQLITE_OK || ours->real->pMethods == nullptr)
        return rc;
    if (ours->real->pMethods->iVersion < 3)
        return ours->real->pMethods->xClose(ours->real), SQLITE_CANTOPEN; // the unix VFS is version 3
    ours->base.pMethods = &fileMethods;
    if (ours->kind != Kind::Other)
        ++state->opens;
    return SQLITE_OK;
}

} // namespace

FailingDisk::FailingDisk(const QString &databasePath)
{
    Q_ASSERT_X(state == nullptr, "FailingDisk", "one at a time");
    state = new DiskState;
    state->real = sqlite3_vfs_find(nullptr);
    if (state->real == nullptr)
        return;
    // SQLite names a file by its full path with symbolic links resolved.
    const QFileInfo info(databasePath);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    state->database = (folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName()).toStdString();

    // Everything but opening a file goes straight to the real VFS.
    state->vfs = *state->real;
    state->vfs.pNext = nullptr;
    state->vfs.zName = "triangle-failing-disk";
    state->vfs.szOsFile = int(sizeof(File)) + state->real->szOsFile;
    state->vfs.xOpen = openFile;
    state->registered = sqlite3_vfs_register(&state->vfs, /*makeDflt=*/1) == SQLITE_OK;
}

FailingDisk::~FailingDisk()
{
    if (state->registered) {
        sqlite3_vfs_unregister(&state->vfs);
        sqlite3_vfs_register(state->real, /*makeDflt=*/1);
    }
    delete state;
    state = nullptr;
}

bool FailingDisk::ok() const
{
    return state->registered;
}

void FailingDisk::fail(unsigned operations, Files files)
{
    state->databaseFails = files != Files::Log;
    state->logFails = files != Files::Database;
    state->operations = operations;
}

void FailingDisk::heal()
{
    state->operations = 0;
}

int FailingDisk::failures() const
{
    return state->failures;
}

int FailingDisk::opens() const
{
    return state->opens;
}

} // namespace triangle::test
