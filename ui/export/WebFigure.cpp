#include "WebFigure.h"

#include "EChartsOption.h"
#include "data/OutputFile.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::WebFigure)
};

const QString OptionSuffix = QStringLiteral(".echarts.json");

// JSON that can stand inside a <script> element: '<' occurs only in strings,
// where \u003c means the same, so no "</script>" can end the element early.
QByteArray scriptSafeJson(const QJsonObject &option)
{
    return QJsonDocument(option).toJson(QJsonDocument::Compact).replace("<", "\\u003c");
}
} // namespace

std::optional<WebFormat> webFormatForPath(const QString &path)
{
    if (path.endsWith(OptionSuffix, Qt::CaseInsensitive))
        return WebFormat::Option;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm"))
        return WebFormat::Page;
    return std::nullopt;
}

QByteArray echartsLibrary()
{
    QFile file(QStringLiteral(":/web/echarts.min.js"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString echartsVersion()
{
    return QStringLiteral(TRIANGLE_ECHARTS_VERSION);
}

QByteArray webPage(const QJsonObject &option, const QSizeF &sizePt, const QString &title)
{
    const QSize chart = pixelSize(sizePt, CssDpi);
    const int width = chart.width(), height = chart.height();
    const QString language = uiLanguage() == Language::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en");
    const QByteArray w = QByteArray::number(width), h = QByteArray::number(height);
    QByteArray page;
    page += "<!DOCTYPE html>\n<html lang=\"" + language.toUtf8() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"Triangle Studio " TRIANGLE_VERSION "\">\n"
            "<title>" + title.toHtmlEscaped().toUtf8() + "</title>\n<style>\n"
            "html, body { margin: 0; height: 100%; overflow: hidden; background: #ffffff; }\n"
            "#figure { position: absolute; left: 0; top: 0; width: " + w + "px; height: " + h + "px; transform-origin: 0 0; }\n"
            "</style>\n</head>\n<body>\n"
            "<div id=\"figure\" role=\"img\" aria-label=\"" + title.toHtmlEscaped().toUtf8() + "\"></div>\n"
            "<script>\n" + echartsLibrary() + "\n</script>\n"
            "<script type=\"application/json\" id=\"triangle-option\">" + scriptSafeJson(option) + "</script>\n"
            "<script>\n"
            "(function () {\n"
            "  var width = " + w + ", height = " + h + ";\n"
            "  var figure = document.getElementById('figure');\n"
            "  var option = JSON.parse(document.getElementById('triangle-option').textContent);\n"
            "  echarts.init(figure, null, { renderer: 'svg', width: width, height: height }).setOption(option);\n"
            // Drawn at the figure's own size, type included, then scaled as a whole to fill the window: the
            // page shows the figure's proportions at any size, and SVG keeps it sharp.
            "  function fit() {\n"
            "    var scale = Math.min(window.innerWidth / width, window.innerHeight / height);\n"
            "    figure.style.transform = 'scale(' + scale + ')';\n"
            "    figure.style.left = Math.max(0, (window.innerWidth - width * scale) / 2) + 'px';\n"
            "    figure.style.top = Math.max(0, (window.innerHeight - height * scale) / 2) + 'px';\n"
            "  }\n"
            "  fit();\n"
            "  window.addEventListener('resize', fit);\n"
            "})();\n"
            "</script>\n</body>\n</html>\n";
    return page;
}

QString exportWebFigure(const QList<TriangleFigure> &figures, const ExportSettings &settings, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const auto format = webFormatForPath(path);
    if (!format)
        return Tr::tr("“%1”: a web figure's file name must end in .html or .echarts.json.").arg(shown);
    if (figures.isEmpty())
        return Tr::tr("There is no figure to write.");
    if (*format == WebFormat::Page && echartsLibrary().isEmpty())
        return Tr::tr("This build of Triangle Studio lacks the ECharts library, so it cannot write web pages.");
    if (const QString problem = figureSizeProblem(settings.sizePt); !problem.isEmpty())
        return problem;
    const QJsonObject option = echartsOption(figures, settings.sizePt, settings.style);
    QByteArray content;
    if (*format == WebFormat::Option) {
        content = QJsonDocument(option).toJson(QJsonDocument::Indented);
    } else {
        QStringList titles;
        for (const TriangleFigure &figure : figures)
            titles << figure.title;
        content = webPage(option, settings.sizePt, titles.join(QStringLiteral(" · ")));
    }

    return writeOutputFile(path, content);
}

} // namespace triangle
