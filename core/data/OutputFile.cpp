#include "OutputFile.h"

#include "store/DatabaseFiles.h"
#include "store/OpenDatabaseFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::OutputFile)
};

// Passes every write on to the file, whole: a short write is retried until
// the file reports why it failed, and the first failure is kept.
class CheckedDevice : public QIODevice
{
public:
    explicit CheckedDevice(QSaveFile &file) : m_file(file) { open(QIODevice::WriteOnly); }

    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        for (qint64 done = 0; done < length;) {
            const qint64 written = m_file.write(data + done, length - done);
            if (written <= 0) {
                m_failed = true;
                setErrorString(m_file.errorString());
                return -1;
            }
            done += written;
        }
        return length;
    }

private:
    QSaveFile &m_file;
    bool m_failed = false;
};

bool diskFull(const QSaveFile &file) { return file.error() == QFileDevice::ResourceError; }
} // namespace

QString writeOutputFile(const QString &path, const std::function<bool(QIODevice &out)> &write, const QString &whenGivenUp,
                        const QString &shownAs)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(QFileInfo(shownAs.isEmpty() ? path : shownAs).absoluteFilePath());
    auto failure = [&](const QString &reason) { return Tr::tr("“%1” cannot be written: %2").arg(shown, reason); };
    const QString full = Tr::tr("the disk holding it is full; any earlier file of that name is left as it was");
    if (target.isDir())
        return failure(Tr::tr("it is a folder"));
    // Whatever the command or dialog checked: no output ever replaces a
    // database this process has open, or its -wal or -shm.
    if (const QString database = OpenDatabaseFiles::databaseOf(path); !database.isEmpty())
        return databaseOutputRefusal(shownAs.isEmpty() ? path : shownAs, database);
    // QSaveFile would rename its file over a device or a pipe (as root, over /dev/zero).
    if (target.exists() && !target.isFile())
        return failure(Tr::tr("it is not a regular file (a device, a pipe or a socket)"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(diskFull(file) ? full : file.errorString());
    CheckedDevice out(file);
    const bool written = write(out);
    // The last buffered bytes, then the disk's own cache: a full disk or a
    // failing drive may only say so here.
    const bool flushed = written && !out.failed() && file.flush();
    const int syncError = flushed && ::fsync(file.handle()) != 0 ? errno : 0;
    if (!flushed || syncError != 0) {
        QString reason;
        if (diskFull(file) || syncError == ENOSPC || syncError == EDQUOT)
            reason = full;
        else if (syncError != 0)
            reason = QString::fromLocal8Bit(std::strerror(syncError));
        else if (out.failed() || file.error() != QFileDevice::NoError)
            reason = file.errorString();
        else
            reason = whenGivenUp.isEmpty() ? Tr::tr("its content could not be made") : whenGivenUp;
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(diskFull(file) ? full : file.errorString());
    return {};
}

QString writeOutputFile(const QString &path, const QByteArray &content)
{
    return writeOutputFile(path, [&content](QIODevice &out) { return out.write(content) == content.size(); });
}

} // namespace triangle
