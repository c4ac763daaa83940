#pragma once

#include "render/TimelineFigure.h"

#include <QWidget>

namespace triangle {

class Store;

// The timeline on screen, drawn by TimelineRenderer; hovering a marker or a
// label shows the policy or milestone it stands for, and a crowd of markers
// all of theirs, labelled on the figure or not.
class TimelineCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget *parent = nullptr);
    void setFigure(const TimelineFigure &figure, const Store *store);
    const TimelineLayout &timelineLayout() const { return m_layout; }
    // The tooltip's text at `pos`, as shown on hover.
    QString toolTipAt(QPointF pos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString describe(const TimelineLayout::Marker &marker) const;

    TimelineFigure m_figure;
    TimelineLayout m_layout;
    const Store *m_store = nullptr;
};

} // namespace triangle
