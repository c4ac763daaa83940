#include "ViewFigures.h"

#include "render/BalanceMapRenderer.h"
#include "render/FigureBuilder.h"
#include "render/TimelineRenderer.h"
#include "render/TractionRenderer.h"
#include "render/TriangleRenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

#include <cmath>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ViewFigures)
};

const QList<std::pair<FigureView, const char *>> ViewKeys = {
    {FigureView::Evolution, "evolution"}, {FigureView::Compare, "compare"},   {FigureView::Dimensions, "dimensions"},
    {FigureView::Balance, "balance"},     {FigureView::Timeline, "timeline"},   {FigureView::Traction, "traction"},
};

QHash<FigureView, FigureProvider> &providers()
{
    static QHash<FigureView, FigureProvider> registered;
    return registered;
}

FigurePaint trianglePaint(const TriangleFigure &figure)
{
    return [figure](QPainter &p, const QRectF &area, const RenderOptions &o) { TriangleRenderer::render(p, area, figure, o); };
}
} // namespace

QString figureViewKey(FigureView view)
{
    for (const auto &[known, key] : ViewKeys) {
        if (known == view)
            return QLatin1StringView(key);
    }
    return {};
}

void registerFigureProvider(FigureView view, FigureProvider provider)
{
    if (provider)
        providers().insert(view, std::move(provider));
    else
        providers().remove(view);
}

std::optional<FigureView> figureViewFromKey(const QString &key)
{
    for (const auto &[view, name] : ViewKeys) {
        if (key == QLatin1StringView(name))
            return view;
    }
    return std::nullopt;
}

QString figureViewKeys()
{
    QStringList keys;
    for (const auto &entry : ViewKeys)
        keys << QLatin1StringView(entry.second);
    return keys.join(QStringLiteral(", "));
}

QSize panelGrid(qsizetype count, const QSizeF &area)
{
    if (count <= 0)
        return {0, 0};
    const int columns = int(std::ceil(std::sqrt(double(count) * area.width() / std::max(1.0, area.height()))));
    const int cols = std::clamp(columns, 1, int(count));
    return {cols, int(std::ceil(double(count) / cols))};
}

void paintPanels(QPainter &painter, const QRectF &area, const RenderOptions &options, const QList<FigurePaint> &panels)
{
    if (panels.isEmpty())
        return;
    const QSize grid = panelGrid(panels.size(), area.size());
    const int cols = grid.width();
    const int rows = grid.height();
    const double w = area.width() / cols;
    const double h = area.height() / rows;
    for (int i = 0; i < panels.size(); ++i) {
        const QRectF cell(area.left() + (i % cols) * w, area.top() + (i / cols) * h, w, h);
        painter.save();
        painter.setClipRect(cell);
        panels[i](painter, cell, options);
        painter.restore();
    }
}

bool isTriangleView(FigureView view)
{
    return view == FigureView::Evolution || view == FigureView::Compare;
}

Result<QList<TriangleFigure>> viewTriangleFigures(const Store &store, const FigureRequest &request)
{
    if (request.regions.isEmpty() && request.groups.isEmpty())
        return StoreError{StoreError::Kind::Invalid, Tr::tr("Choose at least one region."), {}};
    const FigureBuilder builder(store, request.provenance);
    QList<TriangleFigure> figures;
    switch (request.view) {
    case FigureView::Evolution:
        for (Id region : request.regions) {
            auto figure = builder.evolution(region, request.stages);
            if (!figure)
                return figure.error();
            figures << *figure;
        }
        for (Id group : request.groups) {
            auto figure = builder.groupEvolution(group, request.stages);
            if (!figure)
                return figure.error();
            figures << *figure;
        }
        return figures;
    case FigureView::Compare: {
        QList<Id> stages = request.stages;
        if (stages.isEmpty()) {
            auto all = store.stages().all();
            if (!all)
                return all.error();
            for (const Stage &s : *all)
                stages << s.id;
        }
        for (Id stage : stages) {
            auto figure = builder.comparison(request.regions, stage, request.groups);
            if (figure) {
                figure->legendLimit = request.legendLimit;
                figures << *figure;
            }
            else if (request.stages.contains(stage))
                return figure.error(); // a stage asked for by name must show something
        }
        if (figures.isEmpty())
            return StoreError{StoreError::Kind::NotFound, Tr::tr("None of the chosen regions has an assessment to compare."), {}};
        return figures;
    }
    default:
        return StoreError{StoreError::Kind::Invalid, Tr::tr("Only the evolution and compare views are strategic triangles."), {}};
    }
}

namespace {
// For the views that draw regions one by one: the groups' members added to
// the regions, each once, after them.
Result<FigureRequest> membersForGroups(const Store &store, const FigureRequest &request)
{
    FigureRequest out = request;
    out.groups.clear();
    for (Id groupId : request.groups) {
        auto group = store.groups().members(groupId); // by code
        if (!group)
            return group.error();
        for (const Region &r : std::as_const(*group)) {
            if (!out.regions.contains(r.id))
                out.regions << r.id;
        }
    }
    return out;
}
} // namespace

Result<FigurePaint> viewFigurePaint(const Store &store, const FigureRequest &asked)
{
    const FigureBuilder builder(store, asked.provenance);
    auto expanded = isTriangleView(asked.view) ? Result<FigureRequest>(asked) : membersForGroups(store, asked);
    if (!expanded)
        return expanded.error();
    const FigureRequest &request = *expanded;
    if (request.regions.isEmpty() && request.groups.isEmpty())
        return StoreError{StoreError::Kind::Invalid, Tr::tr("Choose at least one region."), {}};

    QList<FigurePaint> panels;
    switch (request.view) {
    case FigureView::Evolution:
    case FigureView::Compare: {
        auto figures = viewTriangleFigures(store, request);
        if (!figures)
            return figures.error();
        for (const TriangleFigure &figure : *figures)
            panels << trianglePaint(figure);
        break;
    }
    case FigureView::Balance: {
        auto figure = builder.balanceMap(request.regions, request.stages);
        if (!figure)
            return figure.error();
        figure->legendLimit = request.legendLimit;
        return FigurePaint([map = *figure](QPainter &p, const QRectF &area, const RenderOptions &o) {
            BalanceMapRenderer::render(p, area, map, o);
        });
    }
    case FigureView::Timeline: {
        auto figure = builder.timeline(request.regions);
        if (!figure)
            return figure.error();
        return FigurePaint([timeline = *figure](QPainter &p, const QRectF &area, const RenderOptions &o) {
            TimelineRenderer::render(p, area, timeline, o);
        });
    }
    case FigureView::Traction:
        for (Id region : request.regions) {
            auto figure = builder.traction(region);
            if (!figure)
                return figure.error();
            panels << FigurePaint([traction = *figure](QPainter &p, const QRectF &area, const RenderOptions &o) {
                TractionRenderer::render(p, area, traction, o);
            });
        }
        break;
    case FigureView::Dimensions:
        if (const FigureProvider provider = providers().value(request.view))
            return provider(store, request);
        return StoreError{StoreError::Kind::Invalid, Tr::tr("The dimensions view cannot be drawn here: the chart module is not loaded."), {}};
    }
    if (panels.size() == 1)
        return panels.first();
    return FigurePaint([panels](QPainter &p, const QRectF &area, const RenderOptions &o) { paintPanels(p, area, o, panels); });
}

} // namespace triangle
