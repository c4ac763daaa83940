#pragma once

#include "model/Entities.h"

#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

#include <algorithm>

namespace triangle {

// Policies and milestones along the years: one lane per region, stages
// shaded behind. Plain data in the UI language; TimelineRenderer draws it.
struct TimelineFigure
{
    struct Item
    {
        Evidence::Kind kind = Evidence::Kind::Policy;
        Id id = NoId;
        PartialDate date;
        QString label; // short; drawn where there is room
        DimensionSet dims;
        // Cited as evidence, or a law or regulation: marked first where a
        // lane is too crowded to mark every record.
        bool notable = false;
    };

    struct Lane
    {
        QString label;
        QList<Item> items;
    };

    struct StageBand
    {
        QString label;
        int startYear = 0;
        int endYear = 0; // inclusive
    };

    QString title;
    QString subtitle;
    QString footnote;
    QList<Lane> lanes; // top to bottom
    QList<StageBand> stages;
    int fromYear = 0; // inclusive: the axis runs from 1 January of fromYear
    int toYear = 0;   // to 31 December of toYear
};

// Where a TimelineRenderer put things, for hit tests in the views.
struct TimelineLayout
{
    struct Marker
    {
        QRectF rect;
        Evidence::Kind kind = Evidence::Kind::Policy;
        Id id = NoId;
        int lane = 0;
        QRectF label;    // the record's title, null when it found no room (the view's tooltip shows it)
        QLineF leader{}; // from the marker to a label set apart from it; null beside the marker
    };

    QRectF plot;            // the lanes, between the lane labels and the year axis
    QList<QRectF> lanes;    // one per lane, in figure order
    QList<Marker> markers;  // in drawing order: a later one lies on top
    QList<QRectF> stageBands; // one per stage band shown, in figure order; null when outside the years

    // A crowded lane counts its records per year and dimension in a strip of
    // cells instead of marking each (TimelineRenderer::DenseLaneItems).
    struct DensityCell
    {
        QRectF rect;
        int lane = 0;
        int year = 0;
        Dimension dimension = Dimension::Mission;
        int count = 0; // records that year bearing on the dimension
    };
    QList<DensityCell> density;
    QList<int> markedPerLane; // per lane, how many of its records have a marker

    // x of a fractional year (2018.5 is mid-2018).
    double fromYear = 0.0;
    double toYear = 0.0;
    double xOf(double year) const
    {
        return toYear > fromYear ? plot.left() + (year - fromYear) / (toYear - fromYear) * plot.width() : plot.left();
    }

    // The topmost marker at `point`, or nullptr.
    const Marker *markerAt(QPointF point) const
    {
        for (qsizetype i = markers.size() - 1; i >= 0; --i) {
            if (markers[i].rect.contains(point))
                return &markers[i];
        }
        return nullptr;
    }
    // The marker whose label lies at `point`, or nullptr.
    const Marker *labelAt(QPointF point) const
    {
        for (const Marker &m : markers) {
            if (!m.label.isNull() && m.label.contains(point))
                return &m;
        }
        return nullptr;
    }
    // The markers within `radius` pixels of `point`, topmost first: a crowd
    // of markers, some of them unlabelled, shown together in a tooltip.
    QList<const Marker *> markersNear(QPointF point, double radius) const
    {
        QList<const Marker *> near;
        for (qsizetype i = markers.size() - 1; i >= 0; --i) {
            if (markers[i].rect.adjusted(-radius, -radius, radius, radius).contains(point))
                near << &markers[i];
        }
        return near;
    }
    const DensityCell *densityAt(QPointF point) const
    {
        for (const DensityCell &cell : density) {
            if (cell.rect.contains(point))
                return &cell;
        }
        return nullptr;
    }
    int labelledCount() const
    {
        return int(std::count_if(markers.cbegin(), markers.cend(), [](const Marker &m) { return !m.label.isNull(); }));
    }
};

} // namespace triangle
