#include "ZipArchive.h"

#include <QBuffer>
#include <QDateTime>

#include <zip.h>

namespace triangle {

namespace {
// minizip's file functions over a QBuffer: the archive never touches the disk.
QBuffer *bufferOf(voidpf stream) { return static_cast<QBuffer *>(stream); }

voidpf openBuffer(voidpf opaque, const void *, int) { return opaque; }
uLong readBuffer(voidpf, voidpf stream, void *buf, uLong size)
{
    return uLong(std::max<qint64>(0, bufferOf(stream)->read(static_cast<char *>(buf), qint64(size))));
}
uLong writeBuffer(voidpf, voidpf stream, const void *buf, uLong size)
{
    return uLong(std::max<qint64>(0, bufferOf(stream)->write(static_cast<const char *>(buf), qint64(size))));
}
ZPOS64_T tellBuffer(voidpf, voidpf stream) { return ZPOS64_T(bufferOf(stream)->pos()); }
long seekBuffer(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    QBuffer *buffer = bufferOf(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = buffer->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = buffer->size();
    return buffer->seek(base + qint64(offset)) ? 0 : -1;
}
int closeBuffer(voidpf, voidpf) { return 0; }
int bufferError(voidpf, voidpf) { return 0; }
} // namespace

QByteArray zipArchive(const QList<ZipEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadWrite);
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openBuffer;
    functions.zread_file = readBuffer;
    functions.zwrite_file = writeBuffer;
    functions.ztell64_file = tellBuffer;
    functions.zseek64_file = seekBuffer;
    functions.zclose_file = closeBuffer;
    functions.zerror_file = bufferError;
    functions.opaque = &buffer;
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return {};
    bool ok = true;
    for (const ZipEntry &entry : entries) {
        zip_fileinfo info{};
        // The time of writing, as a word processor shows it among the parts.
        const QDateTime now = QDateTime::currentDateTime();
        info.tmz_date = {uInt(now.time().second()), uInt(now.time().minute()), uInt(now.time().hour()),
                         uInt(now.date().day()), uInt(now.date().month() - 1), uInt(now.date().year())};
        const QByteArray name = entry.name.toUtf8();
        ok = zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                   entry.stored ? 0 : Z_DEFLATED, entry.stored ? 0 : Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, entry.content.constData(), unsigned(entry.content.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
        if (!ok)
            break;
    }
    if (zipClose(zip, nullptr) != ZIP_OK || !ok)
        return {};
    buffer.close();
    return bytes;
}

} // namespace triangle
