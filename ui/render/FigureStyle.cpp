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

QFont figureFont(double pointSize, int dpi, bool printing)
{
    QFont font;
    font.setFamilies(figureFontFamilies());
    font.setPixelSize(std::max(1, int(std::lround(FigureStyle::pixels(pointSize, dpi)))));
    // Hinting snaps glyphs to the pixel grid and so changes text widths with
    // the resolution; without it a figure keeps its proportions at any DPI.
    font.setHintingPreference(QFont::PreferNoHinting);
    // In a file every glyph comes straight from the font's character map. Qt's
    // PDF engine names a glyph (ToUnicode) by the character the map gives for
    // it, so a glyph that shaping substituted has no name and drops out of the
    // text layer: under an English or C locale Noto Sans CJK's 'locl' swaps a
    // digit after "−", "-" or "/ (", and "（n − 1）" was copied as "（n − ）".
    // Chinese and Latin need no shaping to look right (only kerning is lost).
    if (printing)
        font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace triangle
