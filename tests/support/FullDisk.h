#pragma once
// A real full disk: a small tmpfs mounted on a temporary folder, filled up on
// demand, so that the kernel itself answers ENOSPC. Mounting needs root (or
// CAP_SYS_ADMIN); ok() says whether it worked, and the tests skip otherwise.

#include <QString>
#include <QTemporaryDir>

namespace triangle::test {

class FullDisk
{
public:
    explicit FullDisk(qint64 bytes = 2 * 1024 * 1024);
    ~FullDisk(); // unmounts (lazily, should a file still be open)
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    bool ok() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Fills what is left with a file of its own; true once not a byte is free.
    bool fill();
    // Removes that file again.
    void makeRoom();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace triangle::test
