#pragma once

namespace triangle {

// Lets figure export draw the views that need Qt Charts (the dimension
// chart), which triangle_export does not link. Called once at start-up.
void registerChartFigures();

} // namespace triangle
