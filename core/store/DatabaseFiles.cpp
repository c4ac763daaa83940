#include "DatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <sys/stat.h>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DatabaseFiles)
};

struct FileId
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileId &) const = default;
};

// The file `path` names, links followed; nullopt when there is none.
std::optional<FileId> fileId(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{st.st_dev, st.st_ino};
}

// Where a file written at `path` would be created: symbolic links followed
// (also a dangling one), then its folder resolved. Empty when the folder does not exist.
QString creationPath(const QString &path)
{
    QString at = QFileInfo(path).absoluteFilePath();
    // As the kernel gives up after 40 links, so does this.
    for (int hops = 0; hops < 40 && QFileInfo(at).isSymLink(); ++hops)
        at = QFileInfo(at).symLinkTarget();
    const QString folder = QFileInfo(QFileInfo(at).absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(QFileInfo(at).fileName());
}
} // namespace

bool refersToDatabase(const QString &output, const QString &database)
{
    if (output.isEmpty() || database.isEmpty())
        return false;
    const auto outputId = fileId(output);
    const QString outputPath = creationPath(output);
    // SQLite names the -wal, -shm and -journal after the database's resolved
    // path; the name as given is checked too.
    QStringList bases{creationPath(database), QFileInfo(database).absoluteFilePath()};
    for (const QString &base : bases) {
        for (const QString &file :
             {base, base + QStringLiteral("-wal"), base + QStringLiteral("-shm"), base + QStringLiteral("-journal")}) {
            const auto id = fileId(file);
            if (outputId && id && *outputId == *id)
                return true;
            if (!outputPath.isEmpty() && outputPath == creationPath(file))
                return true;
        }
    }
    return false;
}

QString firstDatabaseOutput(const QStringList &outputs, const QString &database)
{
    for (const QString &output : outputs) {
        if (refersToDatabase(output, database))
            return output;
    }
    return {};
}

QString databaseOutputRefusal(const QString &output, const QString &database)
{
    return Tr::tr("“%1” is the open database “%2” (or its -wal or -shm file) and is not written over; choose another "
                  "output file.")
        .arg(QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath()),
             QDir::toNativeSeparators(QFileInfo(database).absoluteFilePath()));
}

} // namespace triangle
