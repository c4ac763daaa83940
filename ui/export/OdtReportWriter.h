#pragma once

#include "ReportContent.h"
#include "ReportWriter.h"

#include <QCoreApplication>

namespace triangle {

// The report as an OpenDocument text (.odt) that LibreOffice, Word and WPS
// open and edit: the same content as the PDF, with real headings (text:h with
// outline levels, so a navigation pane shows the outline), tables as tables
// and the figures embedded as PNG images. Its heading styles set the size and
// weight for Chinese (the Asian attributes) as well as for Latin text. Written
// whole through writeOutputFile.
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(triangle::OdtReportWriter)

public:
    static ReportWriter::Result write(const ReportContent &content, const QString &odtPath,
                                      const ReportWriter::Progress &progress = {});
};

} // namespace triangle
