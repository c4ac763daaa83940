#pragma once

#include "render/RenderOptions.h"
#include "render/TractionFigure.h"

#include <QWidget>

namespace triangle {

// Advantage traction on screen, drawn by TractionRenderer: hovering the
// chart shows, for the year under the pointer, each dimension's count so far
// of its total and which of them reach half that year.
class TractionView : public QWidget
{
    Q_OBJECT

public:
    explicit TractionView(QWidget *parent = nullptr);

    void setFigure(const TractionFigure &figure);
    const TractionFigure &figure() const { return m_figure; }
    // Where the figure lies now, in widget coordinates.
    const TractionLayout &layout() const;
    // The tooltip at `pos`: empty off the chart and before the first year.
    QString toolTipAt(QPointF pos) const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    RenderOptions renderOptions() const;
    void updateDescription();

    TractionFigure m_figure;
    mutable TractionLayout m_layout;
    mutable bool m_layoutValid = false;
};

} // namespace triangle
