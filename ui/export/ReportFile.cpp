#include "ReportFile.h"

#include "OdtReportWriter.h"
#include "ReportPages.h"

namespace triangle {

ReportFormat reportFormatOf(const QString &path)
{
    return path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive) ? ReportFormat::Odt : ReportFormat::Pdf;
}

ReportWriter::Result writeReportFile(const Store &store, const QList<Id> &regions, const QString &path,
                                     const ReportWriter::Progress &progress, const QList<Id> &groups)
{
    if (reportFormatOf(path) == ReportFormat::Pdf)
        return ReportWriter::write(store, regions, path, progress, groups);
    auto content = reportContent(store, regions, groups);
    if (!content) {
        ReportWriter::Result result;
        result.error = content.error().message;
        return result;
    }
    return OdtReportWriter::write(*content, path, progress);
}

} // namespace triangle
