#pragma once

// Sizes of figure elements in points (1/72 inch), turned into device pixels
// for the resolution drawn at, so one figure is as crisp at 72 DPI as at 600
// and on high-DPI screens.

#include <QColor>
#include <QFont>

#include <algorithm>

namespace triangle {

struct FigureStyle
{
    double marginPt = 12;
    double gapPt = 10;     // between blocks: title, plot, legend, footnote
    double labelGapPt = 3; // between a label and what it labels

    double titlePt = 14;
    double subtitlePt = 10;
    double axisTitlePt = 10.5;
    double tickPt = 7.5;
    double valuePt = 8;
    double legendPt = 9;
    double footnotePt = 7.5;

    double seriesLinePt = 1.8;
    double gridLinePt = 0.5;
    double axisLinePt = 0.8;
    double arrowLinePt = 1.1;
    double markerPt = 5.5;
    double leadRingPt = 11;
    double fillOpacity = 0.12;
    // The band of several raters' range along an axis: wide enough to see
    // beside the axis line, pale enough that the outline reads over it.
    double spreadBandPt = 5.0;
    double spreadCapPt = 1.0;
    double spreadOpacity = 0.4;

    QColor background{0xFFFFFF};
    QColor text{0x1A1A1A};
    QColor secondaryText{0x5C5C5C};
    QColor grid{0xDADADA};
    QColor axis{0x8C8C8C};

    static double pixels(double points, int dpi) { return points * dpi / 72.0; }
    // The smallest of the sizes above that text is set in.
    double smallestTypePt() const
    {
        return std::min({titlePt, subtitlePt, axisTitlePt, tickPt, valuePt, legendPt, footnotePt});
    }
};

// The font families figures ask for, best first: Chinese and Latin text both.
QStringList figureFontFamilies();

// A font that covers Chinese, sized in device pixels for `dpi`, so that text
// measures the same on a QImage, an SVG or a PDF page. `printing`: for a
// file, without OpenType substitutions (see figureFont's definition).
QFont figureFont(double pointSize, int dpi, bool printing = false);

} // namespace triangle
