#pragma once

#include "analysis/TriangleMetrics.h"
#include "model/Entities.h"
#include "render/TriangleFigure.h"

#include <QAbstractScrollArea>
#include <QList>

class QLabel;

namespace triangle {

// Many regions' triangles at one stage, side by side in a scrolling grid.
// Built for every county-level unit (~2,900): cells are painted, never
// widgets, and only the rows in view are drawn. Arrow keys move the current
// cell, Enter or a click opens its region.
class SmallMultiplesView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    struct Cell
    {
        QString label;
        DimensionScores scores;
        Id regionId = NoId;
        RaterBands spread{}; // where several raters derived a score
    };

    // Code is the order the cells were given in: the Store lists regions by code.
    enum class SortKey { Code, Area, Balance, Mission, Political, Operational };
    Q_ENUM(SortKey)
    static SortKey sortKeyFor(Dimension d);

    explicit SmallMultiplesView(QWidget *parent = nullptr);

    void setCells(const QList<Cell> &cells);
    const QList<Cell> &cells() const { return m_cells; } // as given
    int cellCount() const { return int(m_cells.size()); }
    const Cell &cellAt(int position) const { return m_cells[m_order[position]]; } // in display order

    // Largest first; ties keep the given order.
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }

    int currentPosition() const { return m_current; }
    void setCurrentPosition(int position);
    Id currentRegion() const;
    void setCurrentRegion(Id regionId);

    QSize cellSize() const { return m_cellSize; }
    int columnCount() const { return m_columns; }
    QRect cellRect(int position) const;      // in viewport coordinates
    int positionAt(QPoint viewportPos) const; // -1 outside every cell
    int lastPaintedCellCount() const { return m_lastPainted; }

    QSize sizeHint() const override;

signals:
    void regionActivated(triangle::Id regionId);
    void currentRegionChanged(triangle::Id regionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    double sortValue(int cell) const;
    QString sortValueText(int cell) const;
    QString toolTip(int position) const;
    void sort();
    void layOutCells();
    void paintCell(QPainter &painter, int position, const QRect &rect) const;
    void ensureVisible(int position);
    void setHover(int position);
    void updateDescription();

    QList<Cell> m_cells;
    QList<TriangleMetrics> m_metrics; // parallel to m_cells
    QList<int> m_order;               // display position → index into m_cells
    SortKey m_sortKey = SortKey::Code;
    QLabel *m_key;                    // what the axes and colours mean
    QSize m_cellSize;
    int m_columns = 1;
    int m_current = -1;
    int m_hover = -1;
    int m_lastPainted = 0;
};

} // namespace triangle
