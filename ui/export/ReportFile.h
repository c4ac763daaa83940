#pragma once

#include "ReportWriter.h"

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
ReportWriter::Result writeReportFile(const Store &store, const QList<Id> &regions, const QString &path,
                                     const ReportWriter::Progress &progress = {}, const QList<Id> &groups = {});

} // namespace triangle
