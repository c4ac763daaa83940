#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace triangle {

// The three dimension scores of chosen regions across the stages, in the UI
// language: what the dimension chart shows. Built by FigureBuilder, so the
// chart itself never reads the store.
struct DimensionChartData
{
    struct Region
    {
        QString label;
        QList<std::optional<DimensionScores>> scores; // one per stage; nullopt where not assessed
    };

    QString title;
    QString subtitle;
    QString footnote;
    QStringList stages; // the categories along the x axis, in order
    QList<Region> regions;
};

} // namespace triangle
