#include "FigureStyle.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace triangle {

QStringList figureFontFamilies()
{
    return {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
}

QFont figureFont(double pointSize, int dpi)
{
    QFont font;
    font.setFamilies(figureFontFamilies());
    font.setPixelSize(std::max(1, int(std::lround(FigureStyle::pixels(pointSize, dpi)))));
    // Hinting snaps glyphs to the pixel grid and so changes text widths with
    // the resolution; without it a figure keeps its proportions at any DPI.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace triangle
