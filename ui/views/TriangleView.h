#pragma once

#include "SeriesInfo.h"
#include "TriangleHit.h"
#include "ZoomTransform.h"
#include "render/RenderOptions.h"
#include "render/TriangleFigure.h"
#include "render/TriangleLayout.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QWidget>

#include <optional>

class QAction;

namespace triangle {

// One strategic-triangle figure on screen, drawn by TriangleRenderer.
// Hover a vertex for its score and reasons; click a series to select it;
// drag a vertex (or Tab to it and press Up/Down) to change a score; click a
// legend entry to hide or show a series; Ctrl+wheel zooms.
//
// The view edits nothing itself: it emits scoreEdited() and keeps showing
// the figure it was given until setFigure() brings the stored result, so
// a refused edit never lingers on screen.
class TriangleView : public QWidget
{
    Q_OBJECT

public:
    using SeriesInfo = triangle::SeriesInfo;

    // A vertex of one series.
    struct Vertex
    {
        int series = -1;
        Dimension dimension = Dimension::Mission;
        friend bool operator==(const Vertex &, const Vertex &) = default;
    };

    explicit TriangleView(QWidget *parent = nullptr);

    // `info` runs parallel to figure.series; series without info are read-only.
    // Series the user hid stay hidden, matched by label.
    void setFigure(const TriangleFigure &figure, const QList<SeriesInfo> &info = {});
    // As shown: with the user's hidden series and a drag in progress.
    const TriangleFigure &figure() const { return m_figure; }
    const QList<SeriesInfo> &seriesInfo() const { return m_info; }
    // Where the figure lies now, in widget coordinates (zoom applied).
    const TriangleLayout &layout() const;

    int selectedSeries() const { return m_selected; }
    void setSelectedSeries(int index);
    bool isSeriesVisible(int index) const;
    void setSeriesVisible(int index, bool visible);

    std::optional<Vertex> focusedVertex() const { return m_cursor; } // the keyboard cursor
    int highlightedSeries() const;
    std::optional<Dimension> highlightedVertex() const;

    double zoom() const { return m_zoom.scale(); }
    QAction *zoomToFitAction() const { return m_zoomToFit; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

public slots:
    void zoomToFit();

signals:
    void seriesActivated(int index);
    void scoreEdited(triangle::Id assessmentId, triangle::Dimension dimension, double score);
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    using Hit = TriangleHit;
    // A mouse press and what it may turn into.
    struct Press
    {
        enum class Kind { None, Click, Vertex, Pan } kind = Kind::None;
        Vertex vertex;
        double originalScore = 0.0;
        QPointF pressPos;
        QPointF lastPos;
        bool dragging = false;
        TriangleGeometry geometry; // at the press: a drag moves vertices, not axes
    };

    Hit hitTest(QPointF pos) const;
    RenderOptions renderOptions() const;
    void relayout(); // the layout changed: vertices moved, the size or zoom changed
    bool isEditable(int series) const;
    QString vertexToolTip(Vertex v) const;
    void setHover(const Hit &hit, QPointF pos);
    void cancelDrag();
    void activate(int series);
    void editScore(Vertex v, double score);
    QList<Vertex> cursorStops() const;
    bool moveCursor(int step, bool wrap);
    void setKeyboardCursor(std::optional<Vertex> v);
    void updateDescription();

    void ensureBase() const; // draws the figure without highlight into m_base, if stale

    TriangleFigure m_figure;
    QList<SeriesInfo> m_info;
    QHash<QString, bool> m_userVisibility; // by series label, kept across figures
    mutable TriangleLayout m_layout; // in widget coordinates
    // The figure without any highlight, at the device pixel ratio, and where
    // it put things before the zoom: hover and selection repaint only the
    // highlight over it. Stale after a change of figure, size, zoom or a drag.
    mutable QImage m_base;
    mutable TriangleLayout m_baseLayout;
    mutable bool m_layoutValid = false;
    ZoomTransform m_zoom;
    Hit m_hover;
    Press m_press;
    int m_selected = -1;
    std::optional<Vertex> m_cursor;
    QAction *m_zoomToFit;
};

} // namespace triangle
