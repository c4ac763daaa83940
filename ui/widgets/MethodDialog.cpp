#include "MethodDialog.h"

#include "analysis/AgreementText.h"
#include "analysis/CausalLinks.h"
#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "analysis/ThresholdSensitivity.h"
#include "analysis/TriangleMetrics.h"
#include "model/DomainNames.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace triangle {

namespace {
// The first or last value a threshold's sweep tries, on its grid.
QString sweepEnd(FormThreshold threshold, bool last)
{
    const ThresholdSweep sweep = sweepOf(threshold);
    return QString::number(sweep.valueAt(last ? sweep.steps : 0), 'f', sweep.decimals);
}
} // namespace

MethodDialog::MethodDialog(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser)
{
    setWindowTitle(tr("Method"));
    m_text->setHtml(methodHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
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
               "<li><b>Weight sensitivity</b> draws the weights of each dimension at random around the chosen ones "
               "(Dirichlet with a concentration κ; seeded, so a run repeats), recomputes every derived score, and "
               "counts how often each region's leading dimension, form and rank stay as they are.</li>"
               "</ul>");
    // Agreement apart, with the figures the outputs use, so that it says what they show.
    html += withAgreementFigures(tr("<p><b>Agreement</b> between raters is Krippendorff's α with the interval metric over the indicator "
               "scores of the regions in view, stage by stage: 1 is perfect agreement, 0 is no better than chance. "
               "Pooled over stages it would count the differences between stages as agreement, so it is shown only "
               "beside the stages' values and labelled so. Each α has a 95 % interval (a bootstrap over the scored "
               "items, %1 resamples, seed %2) and Krippendorff's verdict: reliable from %3, tentative conclusions only "
               "from %4, unreliable below.</p>"));
    return html + claimsHtml();
}

QString MethodDialog::claimsHtml()
{
    QString html = QStringLiteral("<a name=\"%1\"></a>").arg(ClaimsSection);
    html += tr("<h2>The article's claims</h2>"
               "<p>The Findings tab, the report and the command line test three claims of the article on each region's "
               "data. Each claim is <b>%1</b> when the data bear it out, <b>%2</b> when they contradict it, <b>%3</b> "
               "when something it reads is missing (the Findings tab then says what), <b>%4</b> when the data tie "
               "where the claim asks for an order, and <b>%6</b> when it reads a target stage whose scores are planned "
               "values (what the plan would give is said beside). Stages are recognised by their keys: initial, "
               "advantage and target. "
               "Scores and their changes are compared on their 0.1 grid, so equal gains are equal. The rules carry a "
               "version (%5), printed beside every verdict; a change to a rule or a threshold makes a new one.</p>")
                .arg(verdictName(Verdict::Supported), verdictName(Verdict::NotSupported), verdictName(Verdict::NotEnoughData),
                     verdictName(Verdict::CannotTell), findingsRuleText(), verdictName(Verdict::Planned));
    html += QStringLiteral("<ul>");
    html += tr("<li><b>%1</b> tests that every dimension's score rises or holds from the initial to the advantage stage and "
               "from the advantage to the target stage. It needs assessments at all three stages. It is supported when no "
               "score falls by more than %2 (the %3), not supported when one does.</li>")
                .arg(claimName(Claim::ContinuousEvolution))
                .arg(EvolutionFallTolerance, 0, 'f', 2)
                .arg(evolutionFallToleranceLabel());
    html += tr("<li><b>%1</b> tests that one dimension leads at the advantage stage, that it gained more than either other "
               "from the initial stage, and that each other dimension then gains more than it towards the target stage, "
               "catching up. It needs assessments at all three stages. It is not supported when no single dimension leads "
               "(scores within %2 of the highest share the lead) or when either gain falls short; an equal gain is not "
               "more.</li>")
                .arg(claimName(Claim::TractionFromScores))
                .arg(LeadTieTolerance, 0, 'f', 1);
    html += tr("<li><b>%1</b> tests the same pull with the region's own dated policies and milestones, up to the advantage "
               "stage's last year (later records cannot have made the advantage and are not counted). Each record counts "
               "once: for the dimension it counts for (its dialog's \"Counts for\"), or shared equally among those it "
               "bears on. A date stands for the months it allows: a year alone is any month of that year. The leading "
               "dimension's records must reach half their total before every other dimension's, with no overlap of the "
               "months their dates allow; another dimension wholly earlier makes it not supported, an overlap means the "
               "dates cannot tell. It needs an assessment at the advantage stage, which names the leader, at least %2 "
               "dated records, and records counting for the leader and for another dimension; otherwise it cannot be "
               "tested, and says why. Beside the verdict: each dimension's first year and half-way point, a permutation "
               "p (the records' dimensions shuffled among their dates %3 times: how often the leader leads by as much), "
               "and the verdict without the records whose dates the source does not give.</li>")
                .arg(claimName(Claim::TractionFromEvidence))
                .arg(MinTimedRecords)
                .arg(EvidenceShuffles);
    html += tr("<li><b>%1</b> tests the article's sequence of states with the app's own classifier of forms: the "
               "initial triangle balanced, the advantage triangle not (led or lagging by one dimension), the target "
               "triangle balanced again. A triangle is balanced when its lowest score is at least %2 of its highest, or "
               "every score lies within %3 of the others. It needs assessments at all three stages, and names the form "
               "seen at each. Beside it stands the spread (highest − lowest score, in points), which a rise of every score "
               "by the same amount leaves unchanged. Where advantage traction from the scores also holds, the others' "
               "catching up is what returns the balance: the two count as one support.</li>")
                .arg(claimName(Claim::DynamicBalance))
                .arg(BalancedMinRatio, 0, 'f', 2)
                .arg(AdvantageMargin, 0, 'f', 1);
    html += QStringLiteral("</ul>");
    html += tr("<p><b>What the data rest on.</b> Every verdict is shown with its region's data basis: <i>%1</i> (gathered "
               "from documents and measurement) or <i>%2</i> (built from a narrative, as the shipped cases are from the "
               "article's prose). An illustrative verdict shows what that reading gives, not an observation. The region's "
               "Profile sets it.</p>")
                .arg(dataBasisName(DataBasis::Observed), dataBasisName(DataBasis::Illustrative));
    html += tr("<p><b>Under uncertainty.</b> Each verdict is tested again %1 times with the indicator weights drawn around "
               "the chosen ones (Dirichlet, κ = %2, as in the weight sensitivity) and %1 times with the raters resampled "
               "with replacement, where several raters scored the region; every draw derives the scores as the app does. "
               "The verdict is shown with the share of draws that give it. Scores typed by hand are not redrawn. For a "
               "planned verdict the share of what the plan's values would give is shown too. Selecting a verdict also "
               "shows how often it changes for κ from %3 to %4: the smaller κ, the further the weights may stray.</p>")
                .arg(DefaultVerdictDraws)
                .arg(DefaultVerdictConcentration)
                .arg(CurveConcentrations.front())
                .arg(CurveConcentrations.back());
    html += tr("<p><b>Under other thresholds.</b> The form classifier's constants were set between the shipped values. "
               "Each is tried over a range (the shared lead %1–%2 points, the balance ratio %3–%4, the spread %5–%6 "
               "points, the high mean %7–%8), the others held, and every claim is tested again: a verdict's details "
               "give the values that keep it and what the nearest value beyond them gives.</p>")
                .arg(sweepEnd(FormThreshold::LeadTie, false), sweepEnd(FormThreshold::LeadTie, true),
                     sweepEnd(FormThreshold::BalancedMinRatio, false), sweepEnd(FormThreshold::BalancedMinRatio, true),
                     sweepEnd(FormThreshold::AdvantageMargin, false), sweepEnd(FormThreshold::AdvantageMargin, true),
                     sweepEnd(FormThreshold::BalancedHighMean, false), sweepEnd(FormThreshold::BalancedHighMean, true));
    html += tr("<p>Selecting a verdict on the Findings tab shows the numbers that decided it, the rule applied and, for a "
               "claim without enough data, what is missing.</p>");
    html += tr("<h2>Causal links</h2>"
               "<p>The article asserts pull, not only order. An analyst records it as a link between two of a region's "
               "records (a policy or milestone drove another), with the source's sentence and where it stands. The rule: "
               "the record pulled must come after the one that pulled it. Dates are compared as the months they allow, "
               "as in the dated evidence (a year alone is any month of it): <i>%1</i> when all of the pulled record's "
               "months come later, <i>%2</i> when they overlap, <i>%3</i> when they all come earlier. A link resting on a "
               "date placed from context says so. The check says only whether the dates allow the claim.</p>")
                .arg(CausalLinkText::order(LinkOrder::After), CausalLinkText::order(LinkOrder::CannotTell),
                     CausalLinkText::order(LinkOrder::Before));
    return html;
}

void MethodDialog::showSection(const QString &anchor)
{
    m_text->scrollToAnchor(anchor);
}

} // namespace triangle
