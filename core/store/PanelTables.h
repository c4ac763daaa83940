#pragma once

// The expert panel as titled tables in the UI language: experts, packets,
// each round's convergence and its items, the experts' consistency and the
// group's weights. The `panel` command prints them as text or Markdown, the
// report's panel page as HTML: one wording for both.

#include "PanelStatistics.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace triangle {

class Store;

// The summary and the records it names, by id.
struct PanelContext
{
    PanelSummary summary;
    QHash<Id, Region> regions;
    QHash<Id, Indicator> indicators;
    QHash<Id, Stage> stages;
};

Result<PanelContext> panelContext(const Store &store, const PanelOptions &options = {});

struct PanelTable
{
    QString title;
    QStringList header;
    QList<QStringList> rows;
    QList<bool> numeric; // per column: a number, aligned right
    QStringList notes;   // lines under the table
};

// Which items each round's item table lists: all (the command line), or
// only those whose CV is above the stop rule's limit (the report's page).
enum class PanelItems { All, AboveLimit };

QList<PanelTable> panelTables(const PanelContext &context, PanelItems items = PanelItems::All);

// An expert's stable key, for CSV and JSON.
QString expertKeyOf(const PanelContext &context, Id expertId);

} // namespace triangle
