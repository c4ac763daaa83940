// Draws the article's three cases, their advantage triangles overlaid and a
// balance map of them to PNG, in the language asked for, by default at
// 1600×1200 (8 × 6 inches at 200 DPI): for looking at, not a test.

#include "Translations.h"
#include "render/BalanceMapRenderer.h"
#include "render/TriangleRenderer.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTextStream>

using namespace triangle;

namespace {

struct Case
{
    QString key;
    QString name;
    DimensionScores initial, advantage, target;
};

QString text(bool zh, const char *chinese, const char *english)
{
    return zh ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

template<typename Figure, typename Renderer>
bool save(const Figure &figure, Renderer render, QSize size, int dpi, const QString &path)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    RenderOptions options;
    options.dpi = dpi;
    options.printing = true;
    render(painter, QRectF(QPointF(), size), figure, options);
    painter.end();
    return image.save(path);
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: render-preview OUTDIR [en|zh_CN] [WIDTHxHEIGHT@DPI]\n";
        return 2;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d+)x(\\d+)@(\\d+)$"));
    const QRegularExpressionMatch match = sizePattern.match(args.value(3, QStringLiteral("1600x1200@200")));
    if (!match.hasMatch()) {
        QTextStream(stderr) << "size must look like 1600x1200@200\n";
        return 2;
    }
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    const int dpi = match.captured(3).toInt();
    const QString lang = args.value(2, QStringLiteral("en"));
    installTranslations(app, resolveLanguage(lang));
    const bool zh = preferChinese();
    QDir out(args[1]);
    out.mkpath(QStringLiteral("."));

    // The default data set's reading of the article; not measured.
    const QList<Case> cases{
        {QStringLiteral("zhejiang"), text(zh, "浙江", "Zhejiang"), makeScores(3.4, 3.0, 3.1), makeScores(8.0, 5.8, 6.3),
         makeScores(8.6, 8.3, 8.4)},
        {QStringLiteral("shanxi"), text(zh, "山西", "Shanxi"), makeScores(2.8, 3.0, 2.7), makeScores(5.7, 8.5, 6.0),
         makeScores(8.3, 8.7, 8.4)},
        {QStringLiteral("sichuan"), text(zh, "四川", "Sichuan"), makeScores(2.8, 2.8, 3.1), makeScores(5.9, 5.6, 8.5),
         makeScores(8.3, 8.4, 8.7)},
    };
    const QStringList stages{text(zh, "初始三角（约2011年）", "Initial (c. 2011)"),
                             text(zh, "优势三角（2016—2020年）", "Advantage (2016–2020)"),
                             text(zh, "目标三角（约2025年）", "Target (c. 2025)")};
    const QStringList stageKeys{text(zh, "初始", "initial"), text(zh, "优势", "advantage"), text(zh, "目标", "target")};
    const QString source = text(zh, "数据来源：分析人员对原文叙述的解读，并非测量值。",
                                "Source: an analyst's reading of the article's narrative, not measured data.");
    const QString suffix = zh ? QStringLiteral("-zh") : QStringLiteral("-en");

    bool ok = true;
    BalanceMapFigure balance;
    balance.title = text(zh, "三省战略三角的平衡", "Balance of the three provinces' strategic triangles");
    balance.subtitle = text(zh, "各维度得分占总分的比例；越靠近中心越均衡", "Each dimension's share of the total score; the nearer the centre, the more balanced");
    balance.footnote = source;
    for (int c = 0; c < cases.size(); ++c) {
        const Case &region = cases[c];
        TriangleFigure figure;
        figure.title = text(zh, "%1：战略三角的演进", "%1: evolution of the strategic triangle").arg(region.name);
        figure.subtitle = text(zh, "机关事务管理改革，三个阶段，0—10分", "Government offices affairs reform, three stages, scored 0–10");
        figure.footnote = source;
        figure.arrowsBetweenSeries = true;
        const std::array<DimensionScores, 3> scores{region.initial, region.advantage, region.target};
        BalancePath path{region.name, {}, c, true};
        for (int s = 0; s < 3; ++s) {
            figure.series.append({stages[s], scores[std::size_t(s)], s, s, true});
            path.points.append({stageKeys[s], scores[std::size_t(s)]});
        }
        balance.paths.append(path);
        ok = save(figure, &TriangleRenderer::render, size, dpi, out.filePath(region.key + suffix + QStringLiteral(".png"))) && ok;
    }
    TriangleFigure compared;
    compared.title = text(zh, "优势三角：三省比较", "Advantage triangles compared");
    compared.subtitle = stages[1];
    compared.footnote = source;
    for (int c = 0; c < cases.size(); ++c)
        compared.series.append({cases[c].name, cases[c].advantage, c, c, true});
    ok = save(compared, &TriangleRenderer::render, size, dpi, out.filePath(QStringLiteral("compared") + suffix + QStringLiteral(".png"))) && ok;
    ok = save(balance, &BalanceMapRenderer::render, size, dpi, out.filePath(QStringLiteral("balance") + suffix + QStringLiteral(".png"))) && ok;
    return ok ? 0 : 1;
}
