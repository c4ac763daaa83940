#include "OpenDatabaseFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMutex>

#include <optional>

#include <sys/stat.h>

namespace triangle {

namespace {
// The names SQLite gives the files beside a database.
const QStringList SidecarSuffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    friend bool operator==(const FileId &, const FileId &) = default;
};

// Asks the file system, never opening the file.
std::optional<FileId> fileId(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileId{status.st_dev, status.st_ino};
}

// A path as the file system resolves it: the folder's links followed, so
// that a file not created yet can still be compared by name.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir(folder.isEmpty() ? info.absolutePath() : folder).filePath(info.fileName());
}

struct OpenFile
{
    QString path;
    int connections = 0;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<OpenFile> &openFiles()
{
    static QList<OpenFile> files;
    return files;
}

bool sameFile(const std::optional<FileId> &aId, const QString &aResolved, const QString &b)
{
    if (aId) {
        if (const auto bId = fileId(b))
            return *aId == *bId;
    }
    return aResolved == resolved(b);
}
} // namespace

OpenDatabaseFiles::Registration::Registration(const QString &path) : m_path(QFileInfo(path).absoluteFilePath())
{
    const QMutexLocker lock(&mutex());
    for (OpenFile &file : openFiles()) {
        if (file.path == m_path) {
            ++file.connections;
            return;
        }
    }
    openFiles().append({m_path, 1});
}

OpenDatabaseFiles::Registration::~Registration()
{
    const QMutexLocker lock(&mutex());
    QList<OpenFile> &files = openFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (files[i].path == m_path && --files[i].connections == 0) {
            files.removeAt(i);
            return;
        }
    }
}

QString OpenDatabaseFiles::databaseOf(const QString &path)
{
    const auto id = fileId(path);
    const QString asResolved = resolved(path);
    const QMutexLocker lock(&mutex());
    for (const OpenFile &file : std::as_const(openFiles())) {
        if (sameFile(id, asResolved, file.path))
            return file.path;
        for (const QString &suffix : SidecarSuffixes) {
            if (sameFile(id, asResolved, file.path + suffix))
                return file.path;
        }
    }
    return {};
}

bool OpenDatabaseFiles::contains(const QString &path)
{
    return !databaseOf(path).isEmpty();
}

} // namespace triangle
