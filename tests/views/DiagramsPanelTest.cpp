// The diagrams panel inside the real main window at its default size
// (1280 × 800), in English and Chinese: every page's tab shows without
// scrolling, the traction page draws the selected region, and the
// timeline's tooltip names records whose label found no room.

#include "data/DefaultDatabase.h"
#include "model/DomainNames.h"
#include "store/Store.h"
#include "views/TractionView.h"
#include "views/TriangleView.h"
#include "widgets/MainWindow.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/diagrams/TimelineCanvas.h"

#include <QApplication>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace triangle;

namespace {
// The application's catalogue for one test, removed again after it.
class Catalogue
{
public:
    explicit Catalogue(const QString &code)
    {
        if (code == QStringLiteral("en"))
            return;
        m_translator = std::make_unique<QTranslator>();
        m_loaded = m_translator->load(QStringLiteral(":/i18n/triangle_%1.qm").arg(code));
        QCoreApplication::installTranslator(m_translator.get());
        setUiLanguage(triangle::Language::Chinese);
    }
    ~Catalogue()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        setUiLanguage(triangle::Language::English);
    }
    bool loaded() const { return !m_translator || m_loaded; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

class DiagramsPanelTest : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        language = std::make_unique<Catalogue>(QLatin1StringView(GetParam()));
        ASSERT_TRUE(language->loaded());
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        ASSERT_TRUE(window->openDatabase(m_dir.filePath(QStringLiteral("window.tsdb")), true));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        zhejiang = window->store()->regions().byCode(QStringLiteral("330000"))->id;
        window->selectRegion(zhejiang);
        auto *tabs = window->findChild<QTabWidget *>();
        ASSERT_TRUE(tabs);
        tabs->setCurrentWidget(window->diagramsPanel());
        QApplication::processEvents();
    }
    void TearDown() override
    {
        window.reset();
        language.reset();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Catalogue> language;
    std::unique_ptr<MainWindow> window;
    Id zhejiang = NoId;
};

TEST_P(DiagramsPanelTest, EveryPagesTabShowsWithoutScrollingAtTheDefaultSize)
{
    DiagramsPanel *panel = window->diagramsPanel();
    QTabBar *bar = panel->pageBar();
    ASSERT_EQ(bar->count(), DiagramsPanel::TractionPage + 1);
    for (int page = 0; page < bar->count(); ++page) {
        panel->showPage(DiagramsPanel::Page(page));
        QApplication::processEvents();
        EXPECT_LE(bar->sizeHint().width(), bar->width()) << "page " << page;
        // Every tab lies wholly inside the bar, and the scroll arrows are hidden.
        for (int tab = 0; tab < bar->count(); ++tab)
            EXPECT_TRUE(bar->rect().contains(bar->tabRect(tab))) << "tab " << tab << " on page " << page;
        for (const QToolButton *arrow : bar->findChildren<QToolButton *>())
            EXPECT_FALSE(arrow->isVisible()) << "page " << page;
    }
}

TEST_P(DiagramsPanelTest, TheTractionPageDrawsTheSelectedRegion)
{
    DiagramsPanel *panel = window->diagramsPanel();
    panel->showPage(DiagramsPanel::TractionPage);
    QApplication::processEvents();
    const TractionView *view = panel->tractionView();
    ASSERT_TRUE(view->isVisible());
    EXPECT_EQ(view->figure().years.value(0), 2016);
    EXPECT_TRUE(view->figure().curves[Dimension::Mission].leading); // Zhejiang is mission-led
    EXPECT_TRUE(view->figure().title.contains(localizedName(QStringLiteral("浙江省"), QStringLiteral("Zhejiang"))))
        << qPrintable(view->figure().title);
    EXPECT_TRUE(view->layout().halfway[Dimension::Mission].has_value());
    const FigureRequest request = panel->currentRequest();
    EXPECT_EQ(request.view, FigureView::Traction);
    EXPECT_EQ(request.regions, QList<Id>{zhejiang});
    EXPECT_TRUE(viewFigurePaint(*window->store(), request).ok());
}

TEST_P(DiagramsPanelTest, TimelineTooltipNamesRecordsWithoutALabel)
{
    DiagramsPanel *panel = window->diagramsPanel();
    panel->showPage(DiagramsPanel::TimelinePage);
    TimelineCanvas *canvas = panel->timelineCanvas();
    // Small, so that some labels find no room.
    canvas->setMinimumSize(0, 0);
    window->resize(900, 560);
    QApplication::processEvents();
    canvas->repaint();
    const TimelineLayout &layout = canvas->timelineLayout();
    ASSERT_FALSE(layout.markers.isEmpty());
    int unlabelled = 0;
    for (const TimelineLayout::Marker &m : layout.markers) {
        const QString tip = canvas->toolTipAt(m.rect.center());
        EXPECT_FALSE(tip.isEmpty()) << m.id;
        if (!m.label.isNull()) {
            // A label, shortened or not, gives the record in full.
            EXPECT_FALSE(canvas->toolTipAt(m.label.center()).isEmpty()) << m.id;
            continue;
        }
        ++unlabelled;
        const QString title = m.kind == Evidence::Kind::Policy
            ? localizedName(window->store()->policies().byId(m.id)->titleZh, window->store()->policies().byId(m.id)->titleEn)
            : localizedName(window->store()->milestones().byId(m.id)->titleZh, window->store()->milestones().byId(m.id)->titleEn);
        EXPECT_TRUE(tip.contains(title)) << qPrintable(tip);
    }
    EXPECT_GT(unlabelled, 0) << "the test needs a crowded timeline";
}

// The comparison overlays as many assessed regions as the analyst asks for,
// or all of them at the spin box's lowest value.
TEST_P(DiagramsPanelTest, TheRegionsBoxSetsHowManyRegionsTheComparisonOverlays)
{
    DiagramsPanel *panel = window->diagramsPanel();
    panel->showPage(DiagramsPanel::ComparePage);
    QApplication::processEvents();
    QSpinBox *box = panel->overlaidRegionsBox();
    ASSERT_TRUE(box->isVisible());
    EXPECT_EQ(box->value(), 12);
    EXPECT_EQ(panel->compareView()->figure().series.size(), 3); // the default data assess three provinces

    box->setValue(2);
    QApplication::processEvents();
    EXPECT_EQ(panel->compareView()->figure().series.size(), 2);
    EXPECT_EQ(panel->currentRequest().regions.size(), 2); // and Export Figure draws the same

    box->setValue(box->minimum());
    QApplication::processEvents();
    EXPECT_EQ(box->text(), box->specialValueText());
    EXPECT_EQ(panel->compareView()->figure().series.size(), 3);

    panel->showPage(DiagramsPanel::GridPage);
    QApplication::processEvents();
    EXPECT_FALSE(box->isVisible()); // the grid shows every region anyway
}

INSTANTIATE_TEST_SUITE_P(Languages, DiagramsPanelTest, ::testing::Values("en", "zh_CN"),
                         [](const auto &info) { return QString::fromLatin1(info.param).remove(QLatin1Char('_')).toStdString(); });
} // namespace
