#pragma once

// Small tools for tests that check what is on disk: a file's digest, and a
// folder made read-only for this process for as long as an object lives.

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>

#include <unistd.h>

namespace triangle::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Unwritable by permissions, or, for root (as CI runs), by the immutable
// attribute, which binds root too. ok() is false where neither works.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &folder) : m_folder(folder)
    {
        if (geteuid() != 0)
            m_chmod = QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        else
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) == 0;
        m_ok = (m_chmod || m_immutable) && !QFileInfo(folder).isWritable();
    }
    ~ReadOnlyFolder() { release(); }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool ok() const { return m_ok; }
    // Writable again (before the object goes).
    void release()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_folder});
        if (m_chmod)
            QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_immutable = m_chmod = false;
    }

private:
    QString m_folder;
    bool m_ok = false;
    bool m_immutable = false;
    bool m_chmod = false;
};

} // namespace triangle::test
