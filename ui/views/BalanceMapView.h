#pragma once

#include "render/BalanceMapFigure.h"
#include "render/BalanceMapLayout.h"
#include "render/RenderOptions.h"

#include <QHash>
#include <QWidget>

namespace triangle {

// The balance map on screen, drawn by BalanceMapRenderer: hover a point for
// its shares, click a point to select its region's path, click a legend
// entry to hide or show a path. Arrow keys move between paths, Enter
// selects one, H hides or shows it.
class BalanceMapView : public QWidget
{
    Q_OBJECT

public:
    explicit BalanceMapView(QWidget *parent = nullptr);

    // Paths the user hid stay hidden, matched by label.
    void setFigure(const BalanceMapFigure &figure);
    const BalanceMapFigure &figure() const { return m_figure; } // with the user's hidden paths
    // Where the figure lies now, in widget coordinates.
    const BalanceMapLayout &layout() const;

    int selectedPath() const { return m_selected; }
    void setSelectedPath(int index);
    bool isPathVisible(int index) const;
    void setPathVisible(int index, bool visible);
    int highlightedPath() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void seriesActivated(int index);
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Hit
    {
        enum class Kind { None, Legend, Point, Path } kind = Kind::None;
        int path = -1;
        int point = -1;
    };

    Hit hitTest(QPointF pos) const;
    RenderOptions renderOptions() const;
    void relayout();
    QString pointToolTip(int path, int point) const;
    void setHover(const Hit &hit, QPointF pos);
    void activate(int path);
    void moveCurrent(int step);
    void updateDescription();

    BalanceMapFigure m_figure;
    QHash<QString, bool> m_userVisibility; // by path label, kept across figures
    mutable BalanceMapLayout m_layout;
    mutable bool m_layoutValid = false;
    Hit m_hover;
    int m_selected = -1;
    int m_current = -1; // the keyboard's path
};

} // namespace triangle
