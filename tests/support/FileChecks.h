#pragma once

// Small tools for tests that check what is on disk: a file's digest, and a
// folder made read-only for this process for as long as an object lives.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace triangle::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Every file and folder under `folder`, for "nothing new was left" checks.
inline QStringList folderListing(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(folder).relativeFilePath(it.next());
    out.sort();
    return out;
}

// The file's inode (0 if there is none): whether it was replaced, told
// without opening it (which would drop this process's SQLite locks on it).
inline quint64 inodeOf(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

// Unwritable by permissions, or, for root (as CI runs), by the immutable
// attribute, which binds root too. ok() is false where neither works.
class ReadOnlyPath
{
public:
    explicit ReadOnlyPath(const QString &path) : m_path(path), m_isFolder(QFileInfo(path).isDir())
    {
        if (geteuid() != 0)
            m_chmod = QFile::setPermissions(path, m_isFolder ? QFile::ReadOwner | QFile::ExeOwner : QFile::ReadOwner);
        else
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        m_ok = (m_chmod || m_immutable) && !QFileInfo(path).isWritable();
    }
    ~ReadOnlyPath() { release(); }
    ReadOnlyPath(const ReadOnlyPath &) = delete;
    ReadOnlyPath &operator=(const ReadOnlyPath &) = delete;

    bool ok() const { return m_ok; }
    // Writable again (before the object goes).
    void release()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        if (m_chmod)
            QFile::setPermissions(m_path, m_isFolder ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                       : QFile::ReadOwner | QFile::WriteOwner);
        m_immutable = m_chmod = false;
    }

private:
    QString m_path;
    bool m_isFolder = false;
    bool m_ok = false;
    bool m_immutable = false;
    bool m_chmod = false;
};

} // namespace triangle::test
