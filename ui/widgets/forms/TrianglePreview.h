#pragma once

#include "render/TriangleFigure.h"

#include <QWidget>

namespace triangle {

// A small drawing by the figure renderer: the scores being edited, or a
// whole figure (a region's evolution beside its metrics).
class TrianglePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TrianglePreview(QWidget *parent = nullptr);
    void setScores(const DimensionScores &scores, bool shown);
    void setFigure(const TriangleFigure &figure, bool shown = true);
    const TriangleFigure &figure() const { return m_figure; }
    QSize sizeHint() const override { return {260, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TriangleFigure m_figure;
    bool m_shown = false;
};

} // namespace triangle
