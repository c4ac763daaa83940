#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace triangle {

// One file of a zip archive; `stored` keeps it uncompressed (an
// OpenDocument's mimetype, which must come first and be stored).
struct ZipEntry
{
    QString name;
    QByteArray content;
    bool stored = false;
};

// The archive of `entries` in that order, made in memory with minizip (so it
// can be written whole by writeOutputFile); empty on failure.
QByteArray zipArchive(const QList<ZipEntry> &entries);

} // namespace triangle
