#include "ReportFile.h"

#include "LibreOfficeConversion.h"
#include "OdtReportWriter.h"
#include "ReportPages.h"

#include <QTemporaryDir>

namespace triangle {

ReportFormat reportFormatOf(const QString &path)
{
    if (path.endsWith(QStringLiteral(".odt"), Qt::CaseInsensitive))
        return ReportFormat::Odt;
    if (path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive))
        return ReportFormat::Docx;
    return ReportFormat::Pdf;
}

QString reportSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Odt: return QStringLiteral(".odt");
    case ReportFormat::Docx: return QStringLiteral(".docx");
    case ReportFormat::Pdf: break;
    }
    return QStringLiteral(".pdf");
}

ReportWriter::Result writeReportFile(const Store &store, const QList<Id> &regions, const QString &path,
                                     const ReportWriter::Progress &progress, const QList<Id> &groups,
                                     const WordConversion &toWord)
{
    if (reportFormatOf(path) == ReportFormat::Pdf)
        return ReportWriter::write(store, regions, path, progress, groups);
    auto content = reportContent(store, regions, groups);
    if (!content) {
        ReportWriter::Result result;
        result.error = content.error().message;
        return result;
    }
    if (reportFormatOf(path) == ReportFormat::Odt)
        return OdtReportWriter::write(*content, path, progress);
    // Word: the OpenDocument text, staged, then converted by LibreOffice.
    QTemporaryDir staging;
    const QString odt = staging.filePath(QStringLiteral("report.odt"));
    ReportWriter::Result written = OdtReportWriter::write(*content, odt, progress);
    if (!written.ok)
        return written;
    written.error = toWord ? toWord(odt, path) : convertWithLibreOffice(odt, QStringLiteral("docx"), path);
    written.ok = written.error.isEmpty();
    return written;
}

} // namespace triangle
