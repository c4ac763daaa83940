#pragma once

#include "model/Dimension.h"

#include <QWidget>

namespace triangle {

// A small, live drawing of the scores being edited, by the figure renderer.
class TrianglePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TrianglePreview(QWidget *parent = nullptr);
    void setScores(const DimensionScores &scores, bool shown);
    QSize sizeHint() const override { return {260, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DimensionScores m_scores;
    bool m_shown = false;
};

} // namespace triangle
