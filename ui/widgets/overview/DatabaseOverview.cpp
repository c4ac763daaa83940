#include "DatabaseOverview.h"

#include "analysis/Findings.h"
#include "analysis/MetricsText.h"
#include "model/DomainNames.h"
#include "store/FindingsQueries.h"
#include "store/Store.h"
#include "views/SmallTrianglePainter.h"
#include "widgets/editing/Editor.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace triangle {

namespace {
constexpr int IconSize = 96;
constexpr int GridWidth = IconSize * 2 + 24;
constexpr int RegionIdRole = Qt::UserRole + 1;

// The stage the thumbnail shows: the advantage triangle when there is one
// (where regions differ most), else the latest assessed stage.
std::optional<Assessment> shownAssessment(const QList<Assessment> &assessments, Id advantage)
{
    for (const Assessment &a : assessments) {
        if (a.stageId == advantage)
            return a;
    }
    if (assessments.isEmpty())
        return std::nullopt;
    return assessments.last();
}
} // namespace

DatabaseOverview::DatabaseOverview(Editor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_summary(new QLabel), m_regions(new QListWidget)
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_regions->setViewMode(QListView::IconMode);
    m_regions->setIconSize(QSize(IconSize, IconSize));
    m_regions->setResizeMode(QListView::Adjust);
    m_regions->setMovement(QListView::Static);
    m_regions->setGridSize(QSize(GridWidth, IconSize + 72));
    m_regions->setWordWrap(true);
    m_regions->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_regions, 1);
    connect(m_regions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit regionActivated(item->data(RegionIdRole).toLongLong()); });
    connect(m_regions, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit regionActivated(item->data(RegionIdRole).toLongLong()); });
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store) {
            for (auto signal : {&Store::regionsChanged, &Store::assessmentsChanged, &Store::policiesChanged,
                                &Store::milestonesChanged, &Store::scorecardChanged, &Store::stagesChanged})
                connect(store, signal, this, &DatabaseOverview::reload);
        }
        reload();
    });
}

void DatabaseOverview::reload()
{
    m_regions->clear();
    Store *store = m_editor->store();
    if (!store) {
        m_summary->clear();
        return;
    }
    const auto counts = store->counts();
    const auto assessed = assessedRegions(*store);
    const auto advantage = store->stages().byKey(QStringLiteral("advantage"));
    const Id advantageId = advantage ? advantage->id : NoId;
    QString html = QStringLiteral("<h2>%1</h2>").arg(QFileInfo(store->filePath()).fileName().toHtmlEscaped());
    if (counts && assessed) {
        html += tr("<p>%n region(s), %1 of them assessed; %2 stages; %3 assessments; %4 policies and %5 milestones; "
                   "%6 indicators scored by %7 rater(s).</p>",
                   nullptr, counts->regions)
                    .arg(assessed->size())
                    .arg(counts->stages)
                    .arg(counts->assessments)
                    .arg(counts->policies)
                    .arg(counts->milestones)
                    .arg(counts->indicators)
                    .arg(counts->raters);
    }
    html += tr("<p><b>Where to start:</b> choose an assessed region below or in the navigator, where assessed regions are "
               "in bold (tick “Assessed only” to list just them). <i>Scorecard</i> shows how each score comes from its "
               "indicators, <i>Findings</i> tests the article's claims on the data, and <i>Diagrams</i> compares the "
               "regions.</p>");
    if (assessed && assessed->isEmpty())
        html += tr("<p>No region is assessed yet: select a region and add an assessment on the Assessments tab.</p>");
    m_summary->setText(html);
    if (!assessed)
        return;

    const QPalette palette = this->palette();
    int textHeight = 0; // of the tallest item's text, for the grid
    for (Id id : *assessed) {
        auto region = store->regions().byId(id);
        auto assessments = store->assessments().forRegion(id, AssessmentRepository::Scope::ScoredOnly);
        auto input = findingsInputFor(*store, id);
        if (!region || !assessments || !input)
            continue;
        const auto shown = shownAssessment(*assessments, advantageId);
        if (!shown)
            continue;
        QPixmap pixmap(IconSize * devicePixelRatio(), IconSize * devicePixelRatio());
        pixmap.setDevicePixelRatio(devicePixelRatio());
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            SmallTrianglePainter::paint(painter, QRectF(0, 0, IconSize, IconSize), shown->scores, palette);
        }
        const RegionFindings findings = findingsFor(*input);
        // One count a line: a narrow item would otherwise break "0 | not enough data".
        const QString text = QStringLiteral("%1\n%2\n%3")
                                 .arg(localizedName(region->nameZh, region->nameEn), formName(classifyForm(shown->scores)),
                                      verdictTallyParts(tallyVerdicts(findings)).join(QLatin1Char('\n')));
        auto *item = new QListWidgetItem(QIcon(pixmap), text, m_regions);
        item->setData(RegionIdRole, id);
        item->setToolTip(findingsSentence(findings));
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        textHeight = std::max(textHeight, m_regions->fontMetrics()
                                              .boundingRect(QRect(0, 0, GridWidth, 1000), Qt::AlignHCenter | Qt::TextWordWrap, text)
                                              .height());
    }
    // The grid as tall as the tallest text: five lines, taller in Chinese
    // (its fallback font), or the last count is elided.
    m_regions->setGridSize(QSize(GridWidth, IconSize + 16 + textHeight));
}

} // namespace triangle
