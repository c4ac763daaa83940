#include "support/FullDisk.h"

#include <QFile>
#include <QStorageInfo>

#include <sys/mount.h>

namespace triangle::test {

namespace {
const QString FillerName = QStringLiteral("filler");
}

FullDisk::FullDisk(qint64 bytes)
{
    if (!m_dir.isValid())
        return;
    const QByteArray options = "size=" + QByteArray::number(bytes);
    m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) == 0;
}

FullDisk::~FullDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

bool FullDisk::fill()
{
    QFile filler(filePath(FillerName));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    // tmpfs hands out whole pages: a page at a time fills it to the last byte.
    const QByteArray page(4096, '\0');
    while (filler.write(page) == page.size()) {
    }
    filler.close();
    return QStorageInfo(m_dir.path()).bytesAvailable() == 0;
}

void FullDisk::makeRoom()
{
    QFile::remove(filePath(FillerName));
}

} // namespace triangle::test
