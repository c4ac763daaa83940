#include "ChartFigures.h"

#include "charts/DimensionChart.h"
#include "export/ViewFigures.h"
#include "render/FigureBuilder.h"

#include <QApplication>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ChartFigures)
};
} // namespace

void registerChartFigures()
{
    registerFigureProvider(FigureView::Dimensions, [](const Store &store, const FigureRequest &request) -> Result<FigurePaint> {
        // Qt Charts draws with widgets' graphics items.
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return StoreError{StoreError::Kind::Invalid, Tr::tr("The dimensions chart needs the widgets application."), {}};
        auto data = FigureBuilder(store, request.provenance).dimensionSeries(request.regions, request.stages);
        if (!data)
            return data.error();
        return FigurePaint([chart = DimensionChart(*data)](QPainter &p, const QRectF &area, const RenderOptions &o) {
            chart.paint(p, area, o);
        });
    });
}

} // namespace triangle
