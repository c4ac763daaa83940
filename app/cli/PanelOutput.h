#pragma once

// The `panel` command's outputs of a PanelSummary: a table for the terminal,
// CSV (one long table: a row per measure), JSON and Markdown.

#include "data/Provenance.h"
#include "store/PanelTables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace triangle::cli {

struct PanelRun
{
    PanelContext context;
    Provenance provenance;
};

QString panelTable(const PanelRun &run);
QString panelMarkdown(const PanelRun &run);
QByteArray panelCsv(const PanelRun &run);
QByteArray panelJson(const PanelRun &run);

} // namespace triangle::cli
