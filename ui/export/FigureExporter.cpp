#include "FigureExporter.h"

#include "PdfTextLayer.h"

#include "data/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::FigureExporter)
};

RenderOptions printOptions(const ExportSettings &settings, int dpi)
{
    RenderOptions options;
    options.dpi = dpi;
    options.printing = true;
    options.style = settings.style;
    return options;
}

// Paints on `device`, whose coordinates are pixels at `dpi`.
void paintOn(QPaintDevice *device, const FigurePaint &paint, const ExportSettings &settings, int dpi, const QRectF &area)
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter, area, printOptions(settings, dpi));
}
} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("png"))
        return ExportFormat::Png;
    if (suffix == QStringLiteral("svg"))
        return ExportFormat::Svg;
    if (suffix == QStringLiteral("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<QSizeF> parseFigureSizePt(const QString &text, int dpi)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*[x×*]\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt|px)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString unit = m.captured(3).toLower();
    double pointsPerUnit = 72.0 / 25.4; // millimetres
    if (unit == QStringLiteral("cm"))
        pointsPerUnit = 72.0 / 2.54;
    else if (unit == QStringLiteral("in"))
        pointsPerUnit = 72.0;
    else if (unit == QStringLiteral("pt"))
        pointsPerUnit = 1.0;
    else if (unit == QStringLiteral("px"))
        pointsPerUnit = 72.0 / dpi;
    return QSizeF(m.captured(1).toDouble() * pointsPerUnit, m.captured(2).toDouble() * pointsPerUnit);
}

QSize pixelSize(const QSizeF &sizePt, int dpi)
{
    return QSize(int(std::lround(sizePt.width() / 72.0 * dpi)), int(std::lround(sizePt.height() / 72.0 * dpi)));
}

QImage renderFigureImage(const FigurePaint &paint, const ExportSettings &settings, int dpi)
{
    QImage image(pixelSize(settings.sizePt, dpi), QImage::Format_ARGB32_Premultiplied);
    // Dots per metre: PNG readers then know the physical size.
    const int dpm = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(settings.style.background);
    paintOn(&image, paint, settings, dpi, QRectF(QPointF(0, 0), image.size()));
    return image;
}

QString figureSizeProblem(const QSizeF &sizePt)
{
    if (sizePt.width() < 72 || sizePt.height() < 72 || sizePt.width() > 72 * 100 || sizePt.height() > 72 * 100)
        return Tr::tr("A figure must be between 1 and 100 inches wide and high.");
    return {};
}

QString exportFigure(const FigurePaint &paint, const ExportSettings &settings, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const auto format = exportFormatForPath(path);
    if (!format)
        return Tr::tr("“%1”: the file name must end in .png, .svg or .pdf.").arg(shown);
    if (settings.dpi < MinExportDpi || settings.dpi > MaxExportDpi)
        return Tr::tr("%1 DPI is outside the range %2–%3.").arg(settings.dpi).arg(MinExportDpi).arg(MaxExportDpi);
    if (const QString problem = figureSizeProblem(settings.sizePt); !problem.isEmpty())
        return problem;

    // Made in memory, then written whole: the encoders do not all check
    // their writes (libpng prints its own lines on a full disk).
    QByteArray bytes;
    QBuffer file(&bytes);
    file.open(QIODevice::WriteOnly);
    switch (*format) {
    case ExportFormat::Png: {
        const QImage image = renderFigureImage(paint, settings, settings.dpi);
        if (!image.save(&file, "PNG"))
            return Tr::tr("“%1” cannot be written as PNG.").arg(shown);
        break;
    }
    case ExportFormat::Svg: {
        // One SVG unit per point: the viewBox is the figure's size in points,
        // and text stays text, in the fonts the figure names.
        constexpr int SvgDpi = 72;
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setResolution(SvgDpi);
        svg.setSize(pixelSize(settings.sizePt, SvgDpi));
        svg.setViewBox(QRectF(QPointF(0, 0), settings.sizePt));
        svg.setTitle(settings.title);
        svg.setDescription(Tr::tr("Made with Triangle Studio"));
        paintOn(&svg, paint, settings, SvgDpi, QRectF(QPointF(0, 0), settings.sizePt));
        break;
    }
    case ExportFormat::Pdf: {
        // Vector, fonts embedded; the resolution only sets the drawing grid.
        constexpr int PdfDpi = 1200;
        QPdfWriter pdf(&file);
        pdf.setResolution(PdfDpi);
        pdf.setPageSize(QPageSize(settings.sizePt, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(settings.title);
        pdf.setCreator(QStringLiteral("Triangle Studio"));
        paintOn(&pdf, paint, settings, PdfDpi, QRectF(QPointF(0, 0), pixelSize(settings.sizePt, PdfDpi)));
        break;
    }
    }
    file.close();
    return writeOutputFile(path, *format == ExportFormat::Pdf ? withReadableTextLayer(bytes) : bytes);
}

} // namespace triangle
