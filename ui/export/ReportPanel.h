#pragma once

// The report's page on the expert panel (issue 22): who the experts are,
// the packets sent and returned, each round's convergence (Kendall's W and
// its p-value, α with its interval, the CV) and the stop rule, the items
// that did not converge, each expert's consistency ratio and the group's
// AHP weights — the tables the `panel` command prints.

#include "store/PanelTables.h"

#include <QString>

namespace triangle {

QString panelPageHtml(const PanelContext &panel);

} // namespace triangle
