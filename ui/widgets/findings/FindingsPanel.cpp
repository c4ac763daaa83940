#include "FindingsPanel.h"

#include "FindingsModel.h"
#include "widgets/MethodDialog.h"
#include "model/DomainNames.h"
#include "store/CausalLinkQueries.h"
#include "store/Store.h"
#include "widgets/TableCopy.h"
#include "widgets/editing/Editor.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace triangle {

namespace {
// Enough for the curve's shares to be within ±5 points (95 %), drawn while the analyst waits.
constexpr int CurveDrawsPerPoint = 400;
} // namespace

FindingsPanel::FindingsPanel(Editor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_model(new FindingsModel(this)), m_table(new QTableView), m_details(new QTextBrowser),
      m_intro(new QLabel)
{
    // The help is in the app: users have no copy of the source repository's docs.
    m_intro->setText(tr("The article's claims tested on each assessed region's data (%1). Select a verdict to see the numbers "
                        "behind it; double-click to open the region's diagrams.")
                         .arg(findingsRuleText())
                     + QStringLiteral(" <a href=\"#%1\">%2</a>").arg(MethodDialog::ClaimsSection, tr("How each claim is tested").toHtmlEscaped()));
    m_intro->setTextFormat(Qt::RichText);
    m_intro->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_intro->setWordWrap(true);
    connect(m_intro, &QLabel::linkActivated, this, &FindingsPanel::showMethodHelp);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setWordWrap(true);
    TableCopy::install(m_table);
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

    // Moving through the table shows a finding's details; only activating a
    // row (double-click, Enter) opens its region: the table becoming current
    // when the tab opens must not change the region the window edits.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showDetails(); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit diagramsRequested(m_model->regionAt(index.row())); });
    // Every edit reloads the model: keep the analyst's cell.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_table->setProperty("keepRegion", current.isValid() ? m_model->regionAt(current.row()) : NoId);
        m_table->setProperty("keepColumn", current.column());
    });
    // The shares arrive from the worker: show them for the verdict in view.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == m_table->currentIndex().row())
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_curveRegion = NoId;
        m_sweptRegion = NoId;
        const int row = m_model->rowOfRegion(m_table->property("keepRegion").toLongLong());
        if (row >= 0) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->setCurrentIndex(m_model->index(row, m_table->property("keepColumn").toInt()));
        }
        m_table->resizeRowsToContents();
        showDetails();
    });
    connect(editor, &Editor::storeReplaced, m_model, &FindingsModel::setStore);
    // The links show in the details only: a change to them redraws the details, not the verdicts.
    connect(editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store)
            connect(store, &Store::linksChanged, this, &FindingsPanel::showDetails);
    });
}

QString FindingsPanel::evidenceHtml(Id regionId, Claim claim) const
{
    Store *store = m_editor->store();
    if (!store || regionId == NoId)
        return {};
    QString html;
    if (claim == Claim::TractionFromEvidence) {
        // The dated records the curves are made of, oldest first.
        RecordFilter own;
        own.regionId = regionId;
        QList<std::pair<PartialDate, QString>> rows;
        auto dims = [](DimensionSet set) {
            QStringList names;
            for (Dimension d : AllDimensions) {
                if (set.contains(d))
                    names << dimensionShortName(d);
            }
            return names.join(tr(", "));
        };
        if (auto policies = store->policies().all(own)) {
            for (const Policy &p : *policies)
                rows << std::pair(p.date, tr("Policy: %1 (%2)").arg(localizedName(p.titleZh, p.titleEn), dims(p.dimensions)));
        }
        if (auto milestones = store->milestones().all(own)) {
            for (const Milestone &m : *milestones)
                rows << std::pair(m.date, tr("Milestone: %1 (%2)").arg(localizedName(m.titleZh, m.titleEn), dims(m.dimensions)));
        }
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        html += tr("<p><b>The dated evidence:</b></p>") + QStringLiteral("<table cellpadding='2'>");
        for (const auto &[date, text] : rows)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(date.toString(), text.toHtmlEscaped());
        return html + QStringLiteral("</table>") + causalLinksHtml(regionId);
    }
    // The scores the other claims read, stage by stage.
    auto stages = store->stages().all();
    auto assessments = store->assessments().forRegion(regionId, AssessmentRepository::Scope::ScoredOnly);
    if (!stages || !assessments)
        return {};
    html += tr("<p><b>The scores:</b></p>") + QStringLiteral("<table cellpadding='2'><tr><th></th>");
    for (Dimension d : AllDimensions)
        html += QStringLiteral("<th>%1</th>").arg(dimensionShortName(d).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const Assessment &a : *assessments) {
        QString stageName;
        for (const Stage &s : *stages) {
            if (s.id == a.stageId)
                stageName = localizedName(s.nameZh, s.nameEn);
        }
        html += QStringLiteral("<tr><td>%1</td>").arg(stageName.toHtmlEscaped());
        for (Dimension d : AllDimensions)
            html += QStringLiteral("<td align='right'>%1</td>").arg(a.scores[d], 0, 'f', 1);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString FindingsPanel::causalLinksHtml(Id regionId) const
{
    // The pull the source asserts between records, each link checked against the dates (docs/method.md, "Causal links").
    auto reading = causalReadingOf(*m_editor->store(), regionId);
    if (!reading)
        return {};
    if (reading->checks.isEmpty())
        return tr("<p><b>Causal links:</b> none recorded for this region (Policies or Milestones tab, Links…).</p>");
    QString html = tr("<p><b>Causal links</b> from the source (the record pulled must come after the one that pulled it): "
                      "%1 after, %2 cannot tell, %3 contradict the dates.</p>")
                       .arg(reading->count(LinkOrder::After))
                       .arg(reading->count(LinkOrder::CannotTell))
                       .arg(reading->count(LinkOrder::Before))
                   + QStringLiteral("<table cellpadding='2'><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                         .arg(tr("Link and check").toHtmlEscaped(), tr("Quote").toHtmlEscaped(), tr("Location").toHtmlEscaped());
    for (int i : CausalLinkText::chainOrder(*reading)) {
        const LinkCheck &c = reading->checks[i];
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(CausalLinkText::line(c).toHtmlEscaped(), c.link.quote.toHtmlEscaped(),
                         c.link.location.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

void FindingsPanel::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const ClaimFinding *f = m_model->findingAt(current);
    if (!f) {
        m_details->setHtml(tr("<p>Select a verdict to see the numbers that decided it.</p>"));
        return;
    }
    QString html = tr("<h3>%1 — %2: %3</h3>") // the colon is the language's own
                       .arg(current.siblingAtColumn(0).data().toString().toHtmlEscaped(), claimName(f->claim).toHtmlEscaped(),
                            verdictName(f->verdict).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(f->explanation.toHtmlEscaped());
    html += tr("<p><b>Data:</b> %1.</p>").arg(dataBasisDescription(m_model->basisAt(current.row())).toHtmlEscaped());
    html += tr("<p><b>All claims for this region:</b> %1.</p>")
                .arg(verdictTallyText(m_model->tallyAt(current.row())).toHtmlEscaped());
    if (!f->missing.isEmpty())
        html += tr("<p><b>Missing:</b> %1</p>").arg(f->missing.join(tr(", ")).toHtmlEscaped());
    if (!f->numbers.isEmpty()) {
        html += tr("<p><b>The numbers:</b></p>") + QStringLiteral("<table cellpadding='2'>");
        for (const FindingNumber &n : f->numbers)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(findingNumberName(n.key).toHtmlEscaped(), QString::number(n.rounded(), 'f', n.decimals));
        html += QStringLiteral("</table>");
    }
    if (!f->thresholds.isEmpty())
        html += tr("<p><b>Rule (%1):</b> %2.</p>").arg(findingsRuleText(), f->thresholds.toHtmlEscaped());
    html += uncertaintyHtml(current.row(), f->claim);
    html += thresholdsHtml(current.row(), f->claim);
    html += evidenceHtml(m_model->regionAt(current.row()), f->claim);
    m_details->setHtml(html);
}

QString FindingsPanel::uncertaintyHtml(int row, Claim claim)
{
    const FindingsUncertainty *u = m_model->uncertaintyAt(row);
    if (!u)
        return tr("<p><b>Under uncertainty:</b> redrawing the weights and raters…</p>");
    const UncertaintySettings &settings = u->settings;
    QString html = tr("<p><b>Under uncertainty</b> (weights drawn around the chosen ones, κ = %1; raters resampled with "
                      "replacement; seed %2): %3.</p>")
                       .arg(settings.concentration)
                       .arg(settings.seed)
                       .arg(uncertaintyText(u->of(claim)).toHtmlEscaped());
    // The curve over κ, for the region in view: drawn when first shown.
    const Id region = m_model->regionAt(row);
    if (region != m_curveRegion) {
        m_curveRegion = region;
        const FindingsUncertaintyInput *input = m_model->uncertaintyInputAt(row);
        m_curve = input ? concentrationCurve(*input, CurveDrawsPerPoint, settings.seed) : std::nullopt;
    }
    if (!m_curve)
        return html;
    html += tr("<p><b>Over κ</b> (%n weight draws each): how often the verdict changes, and how often the advantage "
               "stage's form does. A smaller κ lets the weights stray further from the chosen ones.</p>",
               nullptr, CurveDrawsPerPoint)
            + QStringLiteral("<table cellpadding='2'><tr><th>κ</th><th>%1</th><th>%2</th></tr>")
                  .arg(tr("verdict changes").toHtmlEscaped(), tr("form changes").toHtmlEscaped());
    for (const ConcentrationPoint &p : std::as_const(*m_curve))
        html += QStringLiteral("<tr><td align='right'>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                    .arg(p.concentration)
                    .arg(shareText(p.verdictChange[std::size_t(claim)]), shareText(p.advantageFormChange));
    return html + QStringLiteral("</table>");
}

QString FindingsPanel::thresholdsHtml(int row, Claim claim)
{
    const FindingsUncertaintyInput *input = m_model->uncertaintyInputAt(row);
    if (!input)
        return {};
    // Swept when the region is first shown: 139 runs of the rules.
    const Id region = m_model->regionAt(row);
    if (region != m_sweptRegion) {
        m_sweptRegion = region;
        m_swept = thresholdSensitivity(input->findings);
    }
    QString html = tr("<p><b>Under other thresholds</b> (each constant of the form classifier tried over the range shown, "
                      "the others held): %1 as reported.</p>")
                       .arg(outcomeText(m_swept.of(claim).reported).toHtmlEscaped())
                   + QStringLiteral("<table cellpadding='2'>");
    for (const ThresholdReading &r : m_swept.of(claim).readings)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                    .arg(thresholdName(r.threshold).toHtmlEscaped(), QString::number(r.value, 'f', r.sweep.decimals),
                         thresholdReadingText(r).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void FindingsPanel::showMethodHelp()
{
    // Not modal: the analyst reads the rules beside the verdicts they explain.
    // One at a time: a second click brings the open one back to the claims.
    if (!m_methodHelp) {
        m_methodHelp = new MethodDialog(this);
        m_methodHelp->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_methodHelp->show();
    m_methodHelp->raise();
    m_methodHelp->activateWindow();
    m_methodHelp->showSection(MethodDialog::ClaimsSection);
}

} // namespace triangle
