#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace triangle {

// Every output file (data, figures, reports, tables) is written here, so that
// each is written whole or not at all: into a file beside the target
// (QSaveFile) that replaces it only once every byte was written, flushed and
// synced to the disk. A short write is an error even where the code writing
// does not check (QImage, QPdfWriter, a writer testing only for -1): Qt
// reports a write that fills the disk half-way as a success, and QSaveFile
// 6.4 commits a file whose last buffered bytes could not be written.
//
// `write` writes the content into the device it is given, and returns false
// to give up (a failure of its own, or a cancel); the target is then left as
// it was. Returns an empty string, or a sentence naming the file and saying
// what went wrong: that its disk is full, the system's reason, or
// `whenGivenUp` for a writer that gave up with no write failing. The file is
// named as `shownAs` when given (a file written in a staging folder).
QString writeOutputFile(const QString &path, const std::function<bool(QIODevice &out)> &write, const QString &whenGivenUp = {},
                        const QString &shownAs = {});

// The same for content already made.
QString writeOutputFile(const QString &path, const QByteArray &content);

} // namespace triangle
