#include "FileProbe.h"

#include "OpenDatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QtEndian>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::FileProbe)
};

// The layout of the first 100 bytes is fixed by SQLite's file format
// (https://www.sqlite.org/fileformat.html, "The Database Header").
constexpr int HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3"; // followed by a NUL: 16 bytes

StoreError fileError(StoreError::Kind kind, const QString &message) { return StoreError{kind, message, {}}; }
} // namespace

Result<FileProbe> probeDatabaseFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return fileError(StoreError::Kind::Missing, Tr::tr("“%1” does not exist.").arg(shown));
    if (!info.isFile())
        return fileError(StoreError::Kind::NotAFile, Tr::tr("“%1” is not a file.").arg(shown));

    FileProbe probe;
    probe.exists = true;
    probe.fileWritable = info.isWritable();
    probe.folderWritable = QFileInfo(info.absolutePath()).isWritable();
    probe.writable = probe.fileWritable && probe.folderWritable;
    probe.bytesFree = bytesFreeIn(info.absolutePath());
    // A file this process already has open was probed when it was first
    // opened; opening it again here, however briefly, would drop SQLite's
    // locks on it when closed (see OpenDatabaseFiles).
    if (OpenDatabaseFiles::contains(path)) {
        probe.empty = info.size() == 0;
        return probe;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(StoreError::Kind::NotReadable,
                         Tr::tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    const qint64 size = file.size();
    if (size == 0) {
        probe.empty = true;
        return probe;
    }

    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArray(Magic, sizeof Magic)))
        return fileError(StoreError::Kind::NotADatabase,
                         Tr::tr("“%1” is not a SQLite database: it does not start with a SQLite header.").arg(shown));

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    // The page count is trustworthy only when written by SQLite ≥ 3.7.0,
    // which stamps the change counter into "version-valid-for".
    const bool countValid = qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fileError(StoreError::Kind::Corrupt,
                         Tr::tr("“%1” is damaged: its header gives an impossible page size.").arg(shown));
    const qint64 expected = qint64(pageSize) * pageCount;
    // A checkpoint cut short (a crash, kill -9) can leave the file shorter
    // than its header says while the log beside it still holds every page:
    // SQLite replays the log on opening, and its own check judges the rest.
    const bool logToReplay = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    // A count asking for a thousand times the file is a damaged header (a
    // flipped bit), not a file cut short: no copy stops that early unnoticed.
    constexpr qint64 AbsurdFactor = 1024;
    if (countValid && !logToReplay && expected / AbsurdFactor > size)
        return fileError(StoreError::Kind::Corrupt,
                         Tr::tr("“%1” has a damaged header: it gives %2 pages (%3 bytes) for a file of %4 bytes.")
                             .arg(shown)
                             .arg(pageCount)
                             .arg(expected)
                             .arg(size));
    if ((countValid && size < expected && !logToReplay) || size % pageSize != 0)
        return fileError(StoreError::Kind::Truncated,
                         Tr::tr("“%1” is truncated: it has %2 bytes where its header expects %3.")
                             .arg(shown)
                             .arg(size)
                             .arg(countValid ? expected : (size / pageSize + 1) * pageSize));
    return probe;
}

qint64 bytesFreeIn(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

bool nearlyFull(const FileProbe &probe)
{
    return probe.bytesFree >= 0 && probe.bytesFree < 1024 * 1024;
}

} // namespace triangle
