#pragma once

// The Okabe–Ito colours that figures draw regions and stages in, as
// 0xRRGGBB: here, in the core, so that the workbook's charts (libxlsxwriter,
// no Qt Gui) and the renderer (Palette.h's seriesColor()) share one table.

#include <array>
#include <cstddef>
#include <cstdint>

namespace triangle {

inline constexpr int SeriesColorCount = 8;

inline constexpr std::array<std::uint32_t, SeriesColorCount> SeriesRgb{
    0xE69F00, // orange
    0x56B4E9, // sky blue
    0x009E73, // bluish green
    0xF0E442, // yellow
    0x0072B2, // blue
    0xD55E00, // vermillion
    0xCC79A7, // reddish purple
    0x000000, // black
};

// The colour at `i`, around the palette after SeriesColorCount.
constexpr std::uint32_t seriesRgb(int i)
{
    return SeriesRgb[std::size_t(((i % SeriesColorCount) + SeriesColorCount) % SeriesColorCount)];
}

} // namespace triangle
