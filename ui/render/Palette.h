#pragma once

// Colours, line styles and marker shapes shared by every figure. The
// Okabe–Ito palette stays distinguishable under the common colour-vision
// deficiencies, and each stage has its own dash pattern and marker shape so
// that greyscale prints still read.

#include "model/Dimension.h"
#include "model/SeriesPalette.h"

#include <QColor>

namespace triangle {

inline constexpr int StageLineStyleCount = 5;
inline constexpr int StageMarkerCount = 4;

enum class MarkerShape { Circle, Square, Diamond, Triangle, Cross };

QColor seriesColor(int i);          // SeriesPalette.h's seriesRgb(i)
QColor valueLabelColor(int i);      // a series' value labels: its colour, darker to read on white
Qt::PenStyle stageLineStyle(int i); // wraps around after StageLineStyleCount
MarkerShape stageMarker(int i);     // wraps around after StageMarkerCount
QColor dimensionColor(Dimension d);
// A dash pattern and a marker per dimension, so that a figure with a line
// per dimension reads in greyscale too.
Qt::PenStyle dimensionLineStyle(Dimension d);
MarkerShape dimensionMarker(Dimension d);

} // namespace triangle
