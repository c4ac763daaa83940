#pragma once

// The bytes of one part of a zip package, for tests and tools that look
// inside workbooks (header-only: the fuzz seeds use it without GoogleTest).

#include <QByteArray>
#include <QFile>
#include <QString>

#include <unzip.h>

namespace triangle::test {

// Empty when the package or the part is not there.
inline QByteArray zipPart(const QString &path, const char *name)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    QByteArray bytes;
    if (zip && unzLocateFile(zip, name, 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int got = 0;
        while ((got = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, got);
        unzCloseCurrentFile(zip);
    }
    if (zip)
        unzClose(zip);
    return bytes;
}

} // namespace triangle::test
