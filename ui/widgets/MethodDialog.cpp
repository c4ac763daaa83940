#include "MethodDialog.h"

#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace triangle {

MethodDialog::MethodDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Method"));
    auto *text = new QTextBrowser;
    text->setHtml(methodHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString MethodDialog::methodHtml()
{
    QString html = tr("<h2>The strategic triangle</h2>"
                      "<p>Following Mark H. Moore, public value is created when three things are managed together: "
                      "<b>%1</b> (the value goals agreed with stakeholders), <b>%2</b> (legitimacy and support, the "
                      "authorising environment) and <b>%3</b> (the capacity to deliver: structure, process, technology, "
                      "people, standards). Zhang Fan's article applies the model to government operations support and "
                      "describes three forms over time: the initial triangle (about 2011), the advantage triangle "
                      "(2016–2020) and the target triangle (about 2025).</p>")
                       .arg(dimensionName(Dimension::Mission), dimensionName(Dimension::Political),
                            dimensionName(Dimension::Operational));
    html += tr("<h2>The scale</h2>"
               "<p>Each dimension of a region is scored at each stage from 0 to 10 in steps of 0.1: an analyst's "
               "judgement, backed by a rationale and by the policies and milestones linked as evidence. The scores "
               "shipped for Zhejiang, Shanxi and Sichuan are an analyst's reading of the article, not measured data.</p>");
    html += tr("<h2>The figures</h2>"
               "<p>The three axes leave the centre 120° apart, mission at the top. For scores m, p and o:</p>"
               "<ul>"
               "<li><b>Area</b> = (√3 / 4) · (m·p + p·o + o·m): each pair of neighbouring axes spans a wedge of "
               "½·a·b·sin 120°. The largest possible area is %1.</li>"
               "<li><b>Balance</b> = lowest score / highest score: 1 is perfectly balanced, 0 when one score is 0. "
               "The earlier index, the <b>area ratio</b> (m·p + p·o + o·m) / (3·x̄²) with x̄ the mean, is still shown; "
               "it barely moves (0.990 for 8.0 / 5.8 / 6.3, whose balance is 0.725).</li>"
               "<li><b>Leading dimension</b>: the highest score; scores within %2 of it share the lead.</li>"
               "<li><b>Form</b>: <i>balanced</i> when the balance is %5 or more, or all three scores lie within %3 of "
               "each other; balanced <i>high</i> when the mean is %4 or more, <i>low</i> below it. Otherwise the widest "
               "gap names it: <i>advantage-led</i> by the top dimension when its lead over the middle one is more than %2 "
               "and at least the middle one's lead over the bottom; <i>lagging</i> by the bottom dimension else.</li>"
               "<li><b>Change</b> between two stages: the later score minus the earlier, per dimension.</li>"
               "<li><b>Shares</b> (the balance map): each score divided by the sum of the three; the centre of the "
               "map, one third each, is perfect balance.</li>"
               "</ul>")
                .arg(equilateralArea(MaxScore), 0, 'f', 1)
                .arg(LeadTieTolerance, 0, 'f', 1)
                .arg(AdvantageMargin, 0, 'f', 1)
                .arg(BalancedHighMean, 0, 'f', 1)
                .arg(BalancedMinRatio, 0, 'f', 2);
    html += tr("<h2>Scores from indicators</h2>"
               "<p>Each dimension is made of indicators (the default set has four or five per dimension, built from "
               "the article). An indicator has a weight within its dimension and a rubric: named anchor levels on the "
               "0–10 scale. A rater scores an indicator by choosing an anchor, or a score between two anchors.</p>"
               "<ul>"
               "<li><b>A rater's score</b> for a dimension is the weighted mean of the indicator scores that rater gave: "
               "Σ wᵢ·sᵢ / Σ wᵢ over the indicators rated (the weights renormalised when some are unrated).</li>"
               "<li><b>Several raters</b> are combined by their mean or their median (the database remembers which). "
               "Their spread is shown as the range (lowest to highest) and the sample standard deviation; the "
               "diagrams draw the range as a band along the axis.</li>"
               "<li>A <b>derived score</b> is that combination rounded to 0.1, kept up to date with every indicator "
               "edit. A score typed by hand is marked <i>set by hand</i>, and the derived value is shown beside it.</li>"
               "<li><b>Agreement</b> between raters is Krippendorff's α with the interval metric over the indicator "
               "scores of the regions in view: 1 is perfect agreement, 0 is no better than chance.</li>"
               "<li><b>Weight sensitivity</b> draws the weights of each dimension at random around the chosen ones "
               "(Dirichlet with a concentration κ; seeded, so a run repeats), recomputes every derived score, and "
               "counts how often each region's leading dimension, form and rank stay as they are.</li>"
               "</ul>");
    return html;
}

} // namespace triangle
