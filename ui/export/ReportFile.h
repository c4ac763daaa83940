#pragma once

#include "ReportWriter.h"

#include <functional>

namespace triangle {

// The report's file formats: what the command line and the window offer.
// Docx: the OpenDocument text converted by LibreOffice, where it is installed.
enum class ReportFormat { Pdf, Odt, Docx };

// By the name's ending (.odt, .docx, else PDF).
ReportFormat reportFormatOf(const QString &path);
// ".pdf", ".odt", ".docx"
QString reportSuffix(ReportFormat format);

// The report of `regions` (in that order) and `groups`, its content assembled
// once and written by the writer of `path`'s format (ReportWriter for PDF,
// OdtReportWriter for OpenDocument text, which LibreOffice converts for Word).
//
// A Word document is written as OpenDocument text and then converted by
// `toWord(odt, docx)` (an empty string or what went wrong); by default
// convertWithLibreOffice, blocking: the window passes one that waits on a
// thread of its own.
using WordConversion = std::function<QString(const QString &odt, const QString &docx)>;
ReportWriter::Result writeReportFile(const Store &store, const QList<Id> &regions, const QString &path,
                                     const ReportWriter::Progress &progress = {}, const QList<Id> &groups = {},
                                     const WordConversion &toWord = {});

} // namespace triangle
