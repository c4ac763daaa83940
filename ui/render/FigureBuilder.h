#pragma once

#include "BalanceMapFigure.h"
#include "TriangleFigure.h"
#include "store/Result.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace triangle {

// Turns what the store holds into figures, in the UI language: the same
// figures for the views on screen, the export dialog and the command line.
class FigureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(triangle::FigureBuilder)

public:
    explicit FigureBuilder(const Store &store);

    // One region's stages on one diagram (all stages when `stages` is empty),
    // with arrows from each stage to the next. Fails when none is assessed.
    Result<TriangleFigure> evolution(Id regionId, const QList<Id> &stages = {}) const;

    // Several regions at one stage, overlaid.
    Result<TriangleFigure> comparison(const QList<Id> &regionIds, Id stageId) const;

    // Each region's path across the stages on the ternary balance map.
    Result<BalanceMapFigure> balanceMap(const QList<Id> &regionIds, const QList<Id> &stages = {}) const;

private:
    Result<QList<Stage>> chosenStages(const QList<Id> &stageIds) const;
    QString footnote(const QList<Assessment> &shown) const;

    const Store &m_store;
};

} // namespace triangle
