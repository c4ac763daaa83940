#pragma once

// The POSIX (fcntl) locks this process holds on a file, as the kernel lists
// them in /proc/locks. SQLite keeps such locks on a database, and on its -shm
// file under WAL, for as long as a connection is open; a process that closes
// any other descriptor of the file loses them all (SQLite's "How To Corrupt",
// 2.2), and tests use this to catch that.

#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace triangle::test {

// The POSIX lock ranges this process holds on `path`, as /proc/locks lists
// them ("READ 1073741826 1073742335"); nullopt when the file or /proc/locks
// cannot be read.
inline std::optional<QStringList> posixLockRangesOn(const QString &path)
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    // "MAJ:MIN:INODE" with the device numbers in hexadecimal, as the kernel prints them.
    const QString file = QStringLiteral("%1:%2:%3")
                             .arg(major(status.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(minor(status.st_dev), 2, 16, QLatin1Char('0'))
                             .arg(status.st_ino);
    const QString pid = QString::number(::getpid());
    // /proc files report a size of 0: read until the end, not by size.
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    QStringList held;
    // "1: POSIX  ADVISORY  READ 1234 fe:01:5678 128 128"; a waiting request has "->" after the number.
    for (const QString &line : QString::fromLatin1(locks.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() >= 8 && fields.at(1) == QLatin1String("POSIX") && fields.at(4) == pid && fields.at(5) == file)
            held << fields.at(3) + QLatin1Char(' ') + fields.at(6) + QLatin1Char(' ') + fields.at(7);
    }
    return held;
}

// The number of POSIX lock ranges this process holds on `path`; nullopt when
// the file or /proc/locks cannot be read.
inline std::optional<int> posixLocksHeldOn(const QString &path)
{
    const auto ranges = posixLockRangesOn(path);
    return ranges ? std::optional<int>(int(ranges->size())) : std::nullopt;
}

// For a test's failure message: the ranges held on `path`, or why none can be read.
inline std::string describePosixLocksOn(const QString &path)
{
    const auto ranges = posixLockRangesOn(path);
    if (!ranges)
        return "(the locks cannot be read)";
    return ranges->isEmpty() ? std::string("no lock") : ranges->join(QStringLiteral(", ")).toStdString();
}

} // namespace triangle::test
