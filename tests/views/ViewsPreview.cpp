// Screenshots of the interactive views, driven as a user would (hover, drag,
// Tab, Ctrl+wheel), from the seeded default database: for looking at, not a
// test. Run: QT_QPA_PLATFORM=offscreen views-preview OUTDIR [en|zh_CN]

#include "Translations.h"
#include "data/DefaultDatabase.h"
#include "render/FigureBuilder.h"
#include "views/BalanceMapView.h"
#include "views/SeriesInfoBuilder.h"
#include "views/SmallMultiplesView.h"
#include "views/TractionView.h"
#include "views/TriangleView.h"

#include <QApplication>
#include <QDir>
#include <QHelpEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolTip>
#include <QWheelEvent>

#include <optional>

using namespace triangle;

namespace {
QDir out;
bool ok = true;

void show(QWidget &widget, QSize size)
{
    widget.resize(size);
    widget.show();
    widget.activateWindow();
    if (!QTest::qWaitForWindowExposed(&widget))
        ok = false;
    QTest::qWait(30);
}

// The widget as on screen, with the tooltip showing (if any) drawn where it would pop up.
void save(QWidget &widget, const QString &name, std::optional<QPoint> cursor = {})
{
    QApplication::processEvents();
    QImage image = widget.grab().toImage();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (cursor && w->inherits("QTipLabel") && w->isVisible() && !QToolTip::text().isEmpty()) {
            QPainter painter(&image);
            const QImage tip = w->grab().toImage();
            QPoint at = *cursor + QPoint(12, 18);
            at.setX(std::min(at.x(), image.width() - tip.width() - 2));
            at.setY(at.y() + tip.height() > image.height() ? cursor->y() - tip.height() - 6 : at.y());
            painter.drawImage(at, tip);
        }
    }
    ok = image.save(out.filePath(name + QStringLiteral(".png"))) && ok;
    QToolTip::hideText();
}

QList<SmallMultiplesView::Cell> generatedCells(int count)
{
    QRandomGenerator random(2903);
    auto score = [&] { return std::round(random.bounded(100.0)) / 10.0; };
    QList<SmallMultiplesView::Cell> cells;
    for (int i = 0; i < count; ++i)
        cells.append({QStringLiteral("County %1").arg(i + 1, 4, 10, QLatin1Char('0')), makeScores(score(), score(), score()), Id(i + 1)});
    return cells;
}

void triangleViews(const Store &store, const QList<Id> &cases, Id advantage)
{
    const FigureBuilder figures(store);
    const SeriesInfoBuilder infos(store);
    {
        TriangleView view;
        view.setFigure(*figures.evolution(cases[0]), *infos.evolution(cases[0]));
        show(view, QSize(900, 640));
        save(view, QStringLiteral("triangle-evolution"));
        const QPoint vertex = view.layout().vertices[1][Dimension::Mission].toPoint();
        QTest::mouseMove(&view, vertex);
        save(view, QStringLiteral("triangle-evolution-hover"), vertex);

        const QPoint target = view.layout().geometry.vertex(Dimension::Political, 8.0).toPoint();
        const QPoint from = view.layout().vertices[1][Dimension::Political].toPoint();
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, (from + target) / 2);
        QTest::mouseMove(&view, target);
        save(view, QStringLiteral("triangle-evolution-drag"), target);
        QTest::keyClick(&view, Qt::Key_Escape);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, target);

        QTest::mouseMove(&view, QPoint(5, view.height() - 5));
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_Tab);
        QTest::keyClick(&view, Qt::Key_Tab);
        save(view, QStringLiteral("triangle-evolution-keyboard"));

        const QPoint centre = view.layout().vertices[0][Dimension::Operational].toPoint();
        QWheelEvent wheel(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, 480), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        save(view, QStringLiteral("triangle-evolution-zoomed"));
    }
    {
        TriangleView view;
        view.setFigure(*figures.comparison(cases, advantage), *infos.comparison(cases, advantage));
        show(view, QSize(900, 640));
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().vertices[1][Dimension::Political].toPoint());
        QTest::mouseMove(&view, QPoint(5, view.height() - 5));
        save(view, QStringLiteral("triangle-comparison-selected"));
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().legendEntries[2].center().toPoint());
        save(view, QStringLiteral("triangle-comparison-hidden"), view.layout().legendEntries[2].center().toPoint());
        view.resize(320, 280);
        QTest::qWait(20);
        save(view, QStringLiteral("triangle-comparison-small"));
    }
}

void balanceMapView(const Store &store, const QList<Id> &cases)
{
    BalanceMapView view;
    view.setFigure(*FigureBuilder(store).balanceMap(cases));
    show(view, QSize(900, 640));
    const QPoint point = view.layout().points[1][1].toPoint();
    QTest::mouseMove(&view, point);
    save(view, QStringLiteral("balance-map-hover"), point);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.layout().legendEntries[0].center().toPoint());
    QTest::mouseMove(&view, QPoint(5, view.height() - 5));
    save(view, QStringLiteral("balance-map-hidden"));
}

void smallMultiples(const Store &store, Id stage)
{
    {
        QList<SmallMultiplesView::Cell> cells;
        for (const Region &r : *store.regions().all()) {
            if (const auto a = store.assessments().at(r.id, stage); a && a->has_value())
                cells.append({localizedName(r.nameZh, r.nameEn), (*a)->scores, r.id});
        }
        SmallMultiplesView view;
        view.setCells(cells);
        show(view, QSize(640, 260));
        save(view, QStringLiteral("small-multiples-cases"));
    }
    SmallMultiplesView view;
    view.setCells(generatedCells(2900));
    view.setSortKey(SmallMultiplesView::SortKey::Area);
    show(view, QSize(1280, 800));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::mouseMove(view.viewport(), view.cellRect(13).center());
    save(view, QStringLiteral("small-multiples-2900-area"));
    const QPoint hover = view.cellRect(13).center();
    QHelpEvent help(QEvent::ToolTip, hover, view.viewport()->mapToGlobal(hover));
    QApplication::sendEvent(view.viewport(), &help);
    save(view, QStringLiteral("small-multiples-2900-tooltip"), view.viewport()->mapTo(&view, hover));
    view.setSortKey(SmallMultiplesView::SortKey::Balance);
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    save(view, QStringLiteral("small-multiples-2900-balance-end"));
    view.resize(420, 520);
    QTest::qWait(20);
    save(view, QStringLiteral("small-multiples-narrow"));
}
// Each case's traction, and Zhejiang's with the pointer on its half-way year.
void tractionViews(const Store &store, const QList<Id> &cases)
{
    const QStringList names{QStringLiteral("zhejiang"), QStringLiteral("shanxi"), QStringLiteral("sichuan")};
    for (int i = 0; i < cases.size(); ++i) {
        auto figure = FigureBuilder(store).traction(cases[i]);
        if (!figure) {
            ok = false;
            continue;
        }
        TractionView view;
        view.setFigure(*figure);
        show(view, QSize(900, 600));
        save(view, QStringLiteral("traction-%1").arg(names.value(i)));
        if (i == 0 && view.layout().halfway[Dimension::Mission]) {
            const QPoint at = (*view.layout().halfway[Dimension::Mission] + QPointF(12, 4)).toPoint();
            QTest::mouseMove(&view, at);
            save(view, QStringLiteral("traction-zhejiang-hover"), at);
        }
    }
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: views-preview OUTDIR [en|zh_CN]\n";
        return 2;
    }
    installTranslations(app, resolveLanguage(args.value(2, QStringLiteral("en"))));
    out = QDir(args[1]);
    out.mkpath(QStringLiteral("."));

    QTemporaryDir dir;
    auto opened = openOrCreateSeeded(dir.filePath(QStringLiteral("preview.tsdb")));
    if (!opened) {
        QTextStream(stderr) << opened.error().message << '\n';
        return 1;
    }
    const Store &store = **opened;
    QList<Id> cases;
    for (const char *code : {"330000", "140000", "510000"}) // Zhejiang, Shanxi, Sichuan
        cases << store.regions().byCode(QLatin1StringView(code))->id;
    const Id advantage = store.stages().byKey(QStringLiteral("advantage"))->id;

    triangleViews(store, cases, advantage);
    balanceMapView(store, cases);
    smallMultiples(store, advantage);
    tractionViews(store, cases);
    return ok ? 0 : 1;
}
