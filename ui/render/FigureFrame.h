#pragma once

#include "FigurePainter.h"

#include <QColor>
#include <QFontMetricsF>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace triangle {

// Everything around the plot: title and subtitle on top, footnote at the
// bottom, legend to the right (landscape) or below (portrait). These are
// measured first; the plot gets what they leave, so nothing overlaps.
class FigureFrame
{
public:
    struct LegendEntry
    {
        QString label;
        QColor color;
        Qt::PenStyle lineStyle = Qt::NoPen; // the line sample behind the marker, if any
        std::optional<MarkerShape> marker = MarkerShape::Circle;
        bool ring = false;   // the leading-dimension ring around the marker
        bool dimmed = false; // a hidden series, listed faintly so it can be shown again
        bool band = false;   // a sample of the raters' range band instead of a line
        double lineScale = 1.0; // of the series line width: an emphasised series' sample is as thick as its line
    };

    FigureFrame(const FigurePainter &fp, const QRectF &area, const QString &title, const QString &subtitle,
                const QString &footnote, const QList<LegendEntry> &legend);

    QRectF plotArea() const { return m_plot; }
    QRectF titleRect() const { return m_titleRect; }
    QRectF subtitleRect() const { return m_subtitleRect; }
    QRectF footnoteRect() const { return m_footnoteRect; }
    const QStringList &legendLabels() const { return m_legendLabels; } // elided to fit their rects
    // `label` shortened to `room`, a trailing "(2016–2020)" kept whole where it fits.
    static QString elidedKeepingYears(const QFontMetricsF &metrics, const QString &label, double room);

    static constexpr double LegendSamplePt = 24; // length of the line sample in a legend entry
    // Whether everything fits the area at these sizes, with room for a plot.
    bool fits() const { return m_fits; }
    const QList<QRectF> &legendRects() const { return m_legendRects; }
    void paint() const;

    // The largest scale at which sizeAt(scale), growing with the scale, still fits.
    static double largestFit(const std::function<QSizeF(double)> &sizeAt, QSizeF available);
    // `options` with the DPI lowered until fits() holds: in an area too small
    // for its sizes a figure is drawn smaller, as a thumbnail, rather than spill.
    // The options at which a figure fits: its frame (made by `frameFor`) fits
    // and `plotFits` accepts what the frame leaves for the plot; until then
    // every size shrinks (by drawing at a lower DPI), but never its type below
    // options.minTypePt: past that it is drawn at that size in the area it has.
    using FrameFactory = std::function<FigureFrame(const FigurePainter &)>;
    static RenderOptions shrunkToFit(QPainter &painter, const RenderOptions &options, const FrameFactory &frameFor,
                                     const std::function<bool(const FigurePainter &, const FigureFrame &)> &plotFits);

private:
    double sampleWidth() const; // the marker and line before a legend label, with its gaps
    QSizeF entrySize(const LegendEntry &entry, double maxWidth) const;
    void layOutLegend();
    void paintEntry(qsizetype i) const;

    const FigurePainter &m_fp;
    QString m_title, m_subtitle, m_footnote;
    QList<LegendEntry> m_legend;
    QFont m_titleFont, m_subtitleFont, m_footnoteFont, m_legendFont;
    QRectF m_titleRect, m_subtitleRect, m_footnoteRect, m_plot;
    QList<QRectF> m_legendRects;
    QStringList m_legendLabels; // elided to fit
    bool m_fits = false;
};

} // namespace triangle
