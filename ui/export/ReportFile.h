#pragma once

#include "ReportWriter.h"

namespace triangle {

// The report's file formats: what the command line and the window offer.
enum class ReportFormat { Pdf, Odt };

// By the name's ending (.odt, else PDF).
ReportFormat reportFormatOf(const QString &path);

// The report of `regions` (in that order) and `groups`, its content assembled
// once and written by the writer of `path`'s format (ReportWriter for PDF,
// OdtReportWriter for OpenDocument text).
ReportWriter::Result writeReportFile(const Store &store, const QList<Id> &regions, const QString &path,
                                     const ReportWriter::Progress &progress = {}, const QList<Id> &groups = {});

} // namespace triangle
