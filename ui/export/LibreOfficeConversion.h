#pragma once

#include <QString>

#include <functional>

namespace triangle {

// LibreOffice's soffice (or libreoffice) on the PATH; empty when not installed.
QString libreOfficeProgram();

// Converts the document at `input` with LibreOffice, headless, to `format`
// (its --convert-to filter: "docx") and writes the result to `output`
// through writeOutputFile. The report's Word document is made this way: a
// maintained converter, rather than OOXML written by hand. Returns an empty
// string, or a sentence saying what went wrong. It blocks until LibreOffice
// is done (seconds; minutes on its first start): the window runs it on a
// thread of its own, and `cancelled`, asked while it waits, stops it.
QString convertWithLibreOffice(const QString &input, const QString &format, const QString &output,
                               const std::function<bool()> &cancelled = {});

} // namespace triangle
