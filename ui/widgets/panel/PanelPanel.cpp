#include "PanelPanel.h"

#include "AhpMatrixEditor.h"
#include "ConvergenceChart.h"
#include "PanelText.h"

#include "widgets/TableCopy.h"
#include "data/PacketFiles.h"
#include "widgets/editing/Editor.h"
#include "widgets/files/FileDialogs.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "widgets/scorecard/RaterDialog.h"
#include "store/Backups.h"
#include "store/IndicatorRepository.h"
#include "store/RaterRepository.h"
#include "store/RegionRepository.h"
#include "store/StageRepository.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include "store/WeightSetQueries.h"
#include <QLineEdit>
#include <QInputDialog>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>

namespace triangle {

namespace {
using panel::number;

const QColor FlaggedBackground(255, 224, 224);

QTableWidget *makeTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    TableCopy::install(table);
    return table;
}

void setHeaderTip(QTableWidget *table, int column, const QString &tip)
{
    if (QTableWidgetItem *header = table->horizontalHeaderItem(column))
        header->setToolTip(tip);
}

QTableWidgetItem *cell(const QString &text, const QVariant &data = {}, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, data);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem *numberCell(const QString &text)
{
    return cell(text, {}, Qt::AlignRight | Qt::AlignVCenter);
}

void flagRow(QTableWidget *table, int row, const QString &tip)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        if (QTableWidgetItem *item = table->item(row, c)) {
            item->setBackground(FlaggedBackground);
            item->setForeground(QColor(0x60, 0, 0));
            if (!tip.isEmpty())
                item->setToolTip(tip);
        }
    }
}

QString wTip()
{
    return QCoreApplication::translate("triangle::PanelPanel",
                                       "Kendall's W: agreement of the experts' rankings of the items, from 0 (none) to 1 (all rank alike).");
}
QString pTip()
{
    return QCoreApplication::translate("triangle::PanelPanel",
                                       "p: the chance of a W this large if the experts ranked at random; below the significance level the agreement is significant.");
}
QString cvTip()
{
    return QCoreApplication::translate("triangle::PanelPanel",
                                       "CV: coefficient of variation, the spread of the experts' scores relative to their mean (SD / mean).");
}
QString alphaTip()
{
    return QCoreApplication::translate("triangle::PanelPanel",
                                       "Krippendorff's α: agreement of the experts' scores beyond chance, 1 perfect, 0 as by chance; "
                                       "the interval is a 95% bootstrap interval.");
}
QString crTip()
{
    return QCoreApplication::translate("triangle::PanelPanel",
                                       "CR: consistency of the comparisons; 0.10 or less is acceptable (Saaty).");
}

const std::array<QColor, DimensionCount> DimensionColors{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c)};
} // namespace

PanelPanel::PanelPanel(Editor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_sections(new QTabWidget)
{
    m_sections->addTab(createExpertsPage(), tr("Expert&s"));
    m_sections->addTab(createRoundsPage(), tr("&Rounds"));
    m_sections->addTab(createPacketsPage(), tr("Pac&kets"));
    m_sections->addTab(createConsistencyPage(), tr("Consistenc&y"));
    m_sections->addTab(createSettingsPage(), tr("Stop R&ule and AHP"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_sections);

    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store) {
            for (auto signal : {&Store::panelChanged, &Store::scorecardChanged, &Store::stagesChanged, &Store::regionsChanged,
                                &Store::assessmentsChanged})
                connect(store, signal, this, &PanelPanel::changed);
        }
        if (m_ahpEditor)
            m_ahpEditor->close();
        changed();
    });
}

// ---- Experts ---------------------------------------------------------------

QWidget *PanelPanel::createExpertsPage()
{
    m_experts = makeTable({tr("Name"), tr("Organisation"), tr("Field"), tr("Years"), tr("Packet language"), tr("Packets sent"),
                           tr("Returned"), tr("Missing answers")});
    m_experts->setObjectName(QStringLiteral("panelExperts"));
    m_experts->setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderTip(m_experts, 7, tr("Items left unanswered in the packets the expert returned."));
    // The organisation, often long, takes what is left and is elided (its tooltip has it whole).
    m_experts->horizontalHeader()->setStretchLastSection(false);
    m_experts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    setHeaderTip(m_experts, 4, tr("The language the expert's scoring packets are written in."));
    auto *add = new QPushButton(tr("Add Exper&t…"));
    add->setToolTip(tr("Adds an expert (a rater) with field, years of experience and packet language."));
    auto *edit = new QPushButton(tr("Edit Expert…"));
    edit->setToolTip(tr("Edits the selected expert (also: double-click or Return on the row)."));
    connect(add, &QPushButton::clicked, this, &PanelPanel::addExpert);
    connect(edit, &QPushButton::clicked, this, &PanelPanel::editExpert);
    connect(m_experts, &QTableWidget::activated, this, &PanelPanel::editExpert);
    connect(m_experts, &QTableWidget::itemSelectionChanged, this, [this, edit] { edit->setEnabled(!m_experts->selectedItems().isEmpty()); });
    edit->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch(1);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("The panel's experts are the scorecard's raters. Each gets a scoring packet in the language set here."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_experts, 1);
    layout->addLayout(buttons);
    return page;
}

void PanelPanel::addExpert()
{
    if (!m_editor->store())
        return;
    RaterDialog dialog(Rater{}, this);
    dialog.setWindowTitle(tr("Add Expert"));
    if (dialog.exec() == QDialog::Accepted)
        m_editor->addRater(dialog.rater());
}

void PanelPanel::editExpert()
{
    Store *store = m_editor->store();
    const int row = m_experts->currentRow();
    if (!store || row < 0 || !m_experts->item(row, 0))
        return;
    const Id id = m_experts->item(row, 0)->data(Qt::UserRole).value<Id>();
    auto rater = store->raters().byId(id);
    if (!rater)
        return;
    const Rater base = *rater;
    RaterDialog dialog(base, this);
    dialog.setWindowTitle(tr("Edit Expert"));
    if (dialog.exec() == QDialog::Accepted)
        m_editor->updateRater(dialog.rater(), &base);
}

void PanelPanel::showExperts()
{
    const Id keep = m_experts->currentRow() >= 0 && m_experts->item(m_experts->currentRow(), 0)
                        ? m_experts->item(m_experts->currentRow(), 0)->data(Qt::UserRole).value<Id>()
                        : NoId;
    m_experts->setRowCount(0);
    for (const Rater &r : m_raters) {
        int sent = 0, returned = 0, missing = 0;
        for (const PacketSummary &p : m_summary.packets) {
            if (p.raterId != r.id)
                continue;
            ++sent;
            if (!p.returnedAt.isEmpty()) {
                ++returned;
                missing += std::max(0, p.items - p.answered);
            }
        }
        const int row = m_experts->rowCount();
        m_experts->insertRow(row);
        m_experts->setItem(row, 0, cell(shownText(r.name), QVariant::fromValue(r.id)));
        m_experts->setItem(row, 1, cell(shownText(r.organisation)));
        m_experts->setItem(row, 2, cell(shownText(r.field)));
        for (int c = 0; c < 3; ++c)
            m_experts->item(row, c)->setToolTip(m_experts->item(row, c)->text()); // the whole of an elided text
        m_experts->setItem(row, 3, numberCell(r.experienceYears ? QString::number(*r.experienceYears) : QString()));
        m_experts->setItem(row, 4, cell(r.language == Language::English ? QStringLiteral("English") : QStringLiteral("中文")));
        m_experts->setItem(row, 5, numberCell(QString::number(sent)));
        m_experts->setItem(row, 6, numberCell(QString::number(returned)));
        m_experts->setItem(row, 7, numberCell(returned ? QString::number(missing) : QString()));
        if (r.id == keep)
            m_experts->setCurrentCell(row, 0);
    }
}

// ---- Rounds ----------------------------------------------------------------

QWidget *PanelPanel::createRoundsPage()
{
    m_stage = new QComboBox;
    m_stage->setToolTip(tr("The stage whose rounds are shown."));
    m_round = new QComboBox;
    m_round->setToolTip(tr("A Delphi round with answers at this stage."));
    m_roundLabel = new QLabel;
    m_roundLabel->setObjectName(QStringLiteral("panelRound"));
    m_roundLabel->setWordWrap(true);
    m_roundLabel->setToolTip(cvTip());
    m_stopLabel = new QLabel;
    m_stopLabel->setObjectName(QStringLiteral("panelStop"));
    m_stopLabel->setTextFormat(Qt::RichText);
    m_stopLabel->setWordWrap(true);
    // The unmet conditions can be many (one per item): they scroll.
    m_unmet = new QTextBrowser;
    m_unmet->setObjectName(QStringLiteral("panelUnmet"));
    m_unmet->setMaximumHeight(fontMetrics().lineSpacing() * 6 + 8);
    m_unmet->setAccessibleName(tr("Unmet conditions of the stop rule"));
    m_stopLabel->setToolTip(tr("The stop rule (tab Stop Rule and AHP): every item's CV at most the limit and, in every "
                               "dimension, W significant (and at least the minimum, when set)."));
    m_dimensions = makeTable({tr("Dimension"), tr("W"), tr("p"), tr("α"), tr("α 95% interval"), tr("Largest CV")});
    m_dimensions->setObjectName(QStringLiteral("panelDimensions"));
    setHeaderTip(m_dimensions, 1, wTip());
    setHeaderTip(m_dimensions, 2, pTip());
    setHeaderTip(m_dimensions, 3, alphaTip());
    setHeaderTip(m_dimensions, 4, alphaTip());
    setHeaderTip(m_dimensions, 5, cvTip());
    m_chart = new ConvergenceChart;
    m_items = makeTable({tr("Item"), tr("Answers"), tr("Median"), tr("Q1–Q3"), tr("CV"), tr("Flag")});
    m_items->setObjectName(QStringLiteral("panelItems"));
    setHeaderTip(m_items, 3, tr("The middle half of the answers: the quartiles a next-round packet shows each expert."));
    setHeaderTip(m_items, 4, cvTip());
    setHeaderTip(m_items, 5, tr("Flagged when the item's CV is above the stop rule's limit."));

    auto *stageLabel = new QLabel(tr("Sta&ge:"));
    stageLabel->setBuddy(m_stage);
    auto *roundLabel = new QLabel(tr("R&ound:"));
    roundLabel->setBuddy(m_round);
    auto *choose = new QHBoxLayout;
    choose->addWidget(stageLabel);
    choose->addWidget(m_stage);
    choose->addSpacing(12);
    choose->addWidget(roundLabel);
    choose->addWidget(m_round);
    choose->addStretch(1);

    // The round's numbers and verdict above; the dimensions beside the
    // chart; the items below, the splitter between them to give either room.
    auto *top = new QWidget;
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_dimensions, 3);
    topLayout->addWidget(m_chart, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(m_items);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(choose);
    layout->addWidget(m_roundLabel);
    layout->addWidget(m_stopLabel);
    layout->addWidget(m_unmet);
    layout->addWidget(split, 1);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showRounds();
    });
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showRound();
    });
    return page;
}

void PanelPanel::setStage(Id stageId)
{
    if (const int at = m_stage->findData(QVariant::fromValue(stageId)); at >= 0)
        m_stage->setCurrentIndex(at);
}

void PanelPanel::setRound(int round)
{
    if (const int at = m_round->findData(round); at >= 0)
        m_round->setCurrentIndex(at);
}

void PanelPanel::reloadStages()
{
    const QScopedValueRollback loading(m_loading, true);
    const QVariant keep = m_stage->currentData();
    m_stage->clear();
    for (const Stage &s : m_stages)
        m_stage->addItem(localizedName(s.nameZh, s.nameEn), QVariant::fromValue(s.id));
    int at = m_stage->findData(keep);
    if (at < 0) {
        // At first the stage with the latest round of answers, else the first.
        at = 0;
        if (!m_summary.rounds.isEmpty())
            at = std::max(0, m_stage->findData(QVariant::fromValue(m_summary.rounds.last().stage.id)));
    }
    m_stage->setCurrentIndex(at);
}

void PanelPanel::showRounds()
{
    const Id stage = m_stage->currentData().value<Id>();
    {
        const QScopedValueRollback loading(m_loading, true);
        const QVariant keep = m_round->currentData();
        m_round->clear();
        for (const PanelRoundStatistics &r : m_summary.rounds)
            if (r.stage.id == stage)
                m_round->addItem(tr("Round %1").arg(r.round), r.round);
        const int at = m_round->findData(keep);
        m_round->setCurrentIndex(at >= 0 ? at : m_round->count() - 1); // the latest at first
    }
    // The chart: every round of the stage.
    QList<int> rounds;
    QList<ConvergenceChart::Series> series;
    for (Dimension d : AllDimensions)
        series.append({tr("W %1").arg(dimensionShortName(d)), {}, DimensionColors[index(d)], false});
    series.append({tr("largest CV"), {}, QColor(0x55, 0x55, 0x55), true});
    for (const PanelRoundStatistics &r : m_summary.rounds) {
        if (r.stage.id != stage)
            continue;
        rounds << r.round;
        std::optional<double> maxCv;
        for (Dimension d : AllDimensions) {
            std::optional<double> w;
            for (const PanelDimensionStatistics &dim : r.dimensions) {
                if (dim.dimension == d) {
                    w = dim.concordance.w;
                    if (dim.maxCoefficientOfVariation)
                        maxCv = std::max(maxCv.value_or(0.0), *dim.maxCoefficientOfVariation);
                }
            }
            series[index(d)].values.append(w);
        }
        series.last().values.append(maxCv);
    }
    // A dimension with no items in any round is left out of the legend.
    series.erase(std::remove_if(series.begin(), series.end() - 1,
                                [](const ConvergenceChart::Series &s) {
                                    return std::none_of(s.values.cbegin(), s.values.cend(), [](const auto &v) { return v.has_value(); });
                                }),
                 series.end() - 1);
    m_chart->setData(rounds, series, m_summary.settings.maxCoefficientOfVariation);
    showRound();
}

const PanelRoundStatistics *PanelPanel::currentRound() const
{
    const Id stage = m_stage->currentData().value<Id>();
    const int round = m_round->currentData().toInt();
    for (const PanelRoundStatistics &r : m_summary.rounds)
        if (r.stage.id == stage && r.round == round)
            return &r;
    return nullptr;
}

void PanelPanel::showRound()
{
    m_dimensions->setRowCount(0);
    m_items->setRowCount(0);
    const PanelRoundStatistics *round = currentRound();
    if (!round) {
        m_roundLabel->setText(m_editor->store() ? tr("No answers at this stage yet: make packets (tab Packets), send them, "
                                                     "and import the returned ones.")
                                                : QString());
        m_stopLabel->clear();
        m_unmet->clear();
        m_unmet->hide();
        return;
    }
    std::optional<double> maxCv;
    for (const PanelDimensionStatistics &d : round->dimensions)
        if (d.maxCoefficientOfVariation)
            maxCv = std::max(maxCv.value_or(0.0), *d.maxCoefficientOfVariation);
    m_roundLabel->setText(tr("Round %1 at %2: %3 experts answered, %4 answers; largest CV %5 (limit %6).")
                              .arg(round->round)
                              .arg(localizedName(round->stage.nameZh, round->stage.nameEn))
                              .arg(round->expertIds.size())
                              .arg(round->answers)
                              .arg(number(maxCv, 2), number(m_summary.settings.maxCoefficientOfVariation, 2)));
    m_unmet->setVisible(!round->stop.met);
    m_unmet->clear();
    if (round->stop.met) {
        m_stopLabel->setText(QStringLiteral("<span style=\"color:#2e7d32;font-weight:bold\">%1</span>")
                                 .arg(tr("Stop rule met: the panel has converged; no further round is needed.").toHtmlEscaped()));
    } else {
        m_stopLabel->setText(QStringLiteral("<span style=\"color:#c62828;font-weight:bold\">%1</span>")
                                 .arg(tr("Stop rule not met (%1 conditions):").arg(round->stop.unmet.size()).toHtmlEscaped()));
        QString html = QStringLiteral("<ul style=\"margin:0\">");
        for (const QString &sentence : round->stop.unmet)
            html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
        m_unmet->setHtml(html + QStringLiteral("</ul>"));
    }
    const auto addAgreement = [this](int row, const PanelAgreement &a) {
        m_dimensions->setItem(row, 3, numberCell(number(a.alpha.alpha, 2)));
        QTableWidgetItem *interval = cell(a.interval.low && a.interval.high
                                              ? QStringLiteral("[%1, %2]").arg(number(a.interval.low, 2), number(a.interval.high, 2))
                                              : QStringLiteral("—"));
        if (!a.interval.reason.isEmpty())
            interval->setToolTip(a.interval.reason);
        else if (!a.alpha.reason.isEmpty())
            interval->setToolTip(a.alpha.reason);
        m_dimensions->setItem(row, 4, interval);
    };
    for (const PanelDimensionStatistics &d : round->dimensions) {
        const int row = m_dimensions->rowCount();
        m_dimensions->insertRow(row);
        m_dimensions->setItem(row, 0, cell(dimensionName(d.dimension)));
        QTableWidgetItem *w = numberCell(number(d.concordance.w, 2));
        w->setToolTip(d.concordance.reason.isEmpty()
                          ? tr("%1 experts, %2 items").arg(d.concordance.raters).arg(d.concordance.items)
                          : d.concordance.reason);
        m_dimensions->setItem(row, 1, w);
        m_dimensions->setItem(row, 2, numberCell(panel::pValueText(d.concordance.pValue)));
        addAgreement(row, d.agreement);
        m_dimensions->setItem(row, 5, numberCell(number(d.maxCoefficientOfVariation, 2)));
    }
    const int stageRow = m_dimensions->rowCount();
    m_dimensions->insertRow(stageRow);
    m_dimensions->setItem(stageRow, 0, cell(tr("The stage (every item)")));
    m_dimensions->setItem(stageRow, 1, numberCell(QString()));
    m_dimensions->setItem(stageRow, 2, numberCell(QString()));
    addAgreement(stageRow, round->stageAgreement);
    m_dimensions->setItem(stageRow, 5, numberCell(number(maxCv, 2)));
    int height = m_dimensions->horizontalHeader()->sizeHint().height() + 2 * m_dimensions->frameWidth();
    for (int r = 0; r < m_dimensions->rowCount(); ++r)
        height += m_dimensions->rowHeight(r);
    m_dimensions->setMinimumHeight(std::min(height, 220));

    const double limit = m_summary.settings.maxCoefficientOfVariation;
    for (const PanelItemStatistics &item : round->items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        const ItemSpread &s = item.spread;
        m_items->setItem(row, 0, cell(item.label));
        m_items->setItem(row, 1, numberCell(QString::number(s.answers)));
        m_items->setItem(row, 2, numberCell(s.answers ? QString::number(s.median, 'f', 1) : QStringLiteral("—")));
        m_items->setItem(row, 3, numberCell(s.answers ? QStringLiteral("%1–%2").arg(QString::number(s.lowerQuartile, 'f', 1),
                                                                                       QString::number(s.upperQuartile, 'f', 1))
                                                      : QStringLiteral("—")));
        m_items->setItem(row, 4, numberCell(number(s.coefficientOfVariation, 2)));
        const bool flagged = s.coefficientOfVariation && *s.coefficientOfVariation > limit;
        m_items->setItem(row, 5, cell(flagged ? tr("CV above %1").arg(number(limit, 2)) : QString()));
        if (flagged)
            flagRow(m_items, row, tr("The experts' answers to this item are spread more than the stop rule allows."));
    }
}

// ---- Packets ---------------------------------------------------------------

QWidget *PanelPanel::createPacketsPage()
{
    m_packets = makeTable({tr("Expert"), tr("Stage"), tr("Round"), tr("Regions"), tr("Created"), tr("Returned"), tr("Answered")});
    m_packets->setObjectName(QStringLiteral("panelPackets"));
    setHeaderTip(m_packets, 6, tr("Items answered of the items the packet asks for."));
    auto *make = new QPushButton(tr("Make Packe&ts…"));
    make->setToolTip(tr("Writes one scoring packet (.xlsx) per expert into a folder, to send out."));
    auto *import = new QPushButton(tr("Imp&ort Returned Packets…"));
    import->setToolTip(tr("Reads returned packets, one file or a folder of them, and stores the experts' answers."));
    connect(make, &QPushButton::clicked, this, &PanelPanel::makePacketsDialog);
    connect(import, &QPushButton::clicked, this, &PanelPanel::importPacketsDialog);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(make);
    buttons->addWidget(import);
    buttons->addStretch(1);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_packets, 1);
    layout->addLayout(buttons);
    return page;
}

void PanelPanel::showPackets()
{
    m_packets->setRowCount(0);
    for (const PacketSummary &p : m_summary.packets) {
        const int row = m_packets->rowCount();
        m_packets->insertRow(row);
        m_packets->setItem(row, 0, cell(expertName(p.raterId), QVariant::fromValue(p.id)));
        m_packets->setItem(row, 1, cell(stageName(p.stageId)));
        m_packets->setItem(row, 2, numberCell(QString::number(p.round)));
        m_packets->setItem(row, 3, numberCell(QString::number(p.regionIds.size())));
        QStringList regions;
        for (Id region : p.regionIds)
            regions << m_regionNames.value(region, QString::number(region));
        m_packets->item(row, 3)->setToolTip(regions.join(QStringLiteral(", ")));
        const auto when = [](const QString &iso) {
            const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
            return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : iso;
        };
        m_packets->setItem(row, 4, cell(when(p.createdAt)));
        m_packets->setItem(row, 5, cell(p.returnedAt.isEmpty() ? tr("not yet") : when(p.returnedAt)));
        m_packets->setItem(row, 6, numberCell(p.returnedAt.isEmpty() ? QString() : tr("%1 / %2").arg(p.answered).arg(p.items)));
        if (p.comparisons)
            m_packets->item(row, 0)->setToolTip(tr("With the AHP comparisons."));
    }
}

void PanelPanel::makePacketsDialog()
{
    Store *store = m_editor->store();
    if (!store)
        return;
    MakePacketsDialog dialog(*store, m_stage->currentData().value<Id>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PacketsWritten written = writePackets(dialog.choice());
    QMessageBox box(written.failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Make Scoring Packets"),
                    describeWritten(written), QMessageBox::Ok, this);
    box.exec();
}

PanelPanel::PacketsWritten PanelPanel::writePackets(const MakePacketsDialog::Choice &choice)
{
    PacketsWritten out;
    Store *store = m_editor->store();
    if (!store)
        return out;
    auto stage = store->stages().byId(choice.stageId);
    if (!stage) {
        out.failures.append({QString(), stage.error().message});
        return out;
    }
    if (!QDir().mkpath(choice.folder)) {
        out.failures.append({QString(), tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(choice.folder))});
        return out;
    }
    QProgressDialog progress(tr("Writing the scoring packets…"), tr("Cancel"), 0, int(choice.experts.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < choice.experts.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled())
            break;
        auto expert = store->raters().byId(choice.experts[i]);
        if (!expert) {
            out.failures.append({QString::number(choice.experts[i]), expert.error().message});
            continue;
        }
        const QString path = QDir(choice.folder).filePath(packetFileName(*expert, *stage, choice.round));
        PacketRequest request{expert->id, stage->id, choice.regions, choice.round, choice.deadline, choice.comparisons};
        if (auto made = makePacketFile(*store, request, path))
            out.files << path;
        else
            out.failures.append({expert->name, made.error().message});
    }
    progress.setValue(int(choice.experts.size()));
    return out;
}

QString PanelPanel::describeWritten(const PacketsWritten &written)
{
    QStringList lines;
    lines << tr("Packets written: %1.").arg(written.files.size());
    if (!written.files.isEmpty())
        lines << tr("Folder: %1").arg(QDir::toNativeSeparators(QFileInfo(written.files.first()).absolutePath()));
    for (const QString &file : written.files)
        lines << QStringLiteral("  • %1").arg(QFileInfo(file).fileName());
    for (const auto &[expert, why] : written.failures)
        lines << (expert.isEmpty() ? tr("Not written: %1").arg(why) : tr("Not written for %1: %2").arg(expert, why));
    return lines.join(QLatin1Char('\n'));
}

void PanelPanel::importPacketsDialog()
{
    if (!m_editor->store())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Import Returned Packets"),
                    tr("Importing returned packets stores the experts' answers at once. It cannot be taken back with "
                       "Edit › Undo: a backup of the database is taken first, and File › Restore from Backup brings it back."),
                    QMessageBox::Cancel, this);
    QPushButton *files = ask.addButton(tr("Choose &Files…"), QMessageBox::AcceptRole);
    QPushButton *folder = ask.addButton(tr("Choose a Fol&der…"), QMessageBox::AcceptRole);
    ask.setDefaultButton(files);
    ask.exec();
    QStringList paths;
    QString directory;
    if (ask.clickedButton() == files) {
        QFileDialog dialog(this, tr("Returned Packets"), QDir::homePath(), tr("Scoring packets (*.xlsx)"));
        FileDialogs::makeContentBlind(dialog);
        dialog.setFileMode(QFileDialog::ExistingFiles);
        if (dialog.exec() != QDialog::Accepted)
            return;
        paths = dialog.selectedFiles();
    } else if (ask.clickedButton() == folder) {
        QFileDialog dialog(this, tr("Folder of Returned Packets"), QDir::homePath());
        FileDialogs::makeContentBlind(dialog);
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        directory = dialog.selectedFiles().first();
    } else {
        return;
    }
    const PacketsImported imported = importPackets(paths, directory);
    QDialog result(this);
    result.setWindowTitle(tr("Import Returned Packets"));
    auto *text = new QTextBrowser;
    text->setPlainText(describeImported(imported));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, &result, &QDialog::accept);
    auto *layout = new QVBoxLayout(&result);
    layout->addWidget(text);
    layout->addWidget(buttons);
    result.resize(640, 420);
    result.exec();
}

PanelPanel::PacketsImported PanelPanel::importPackets(const QStringList &files, const QString &folder)
{
    PacketsImported out;
    Store *store = m_editor->store();
    if (!store || (files.isEmpty() && folder.isEmpty()))
        return out;
    // A snapshot first, so that an unwanted import can be undone from it.
    if (auto backup = Backups::takeForUser(*store); !backup)
        out.backupError = backup.error();
    QProgressDialog progress(tr("Importing the returned packets…"), QString(), 0, int(files.size()) + (folder.isEmpty() ? 0 : 1), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < files.size(); ++i) {
        progress.setValue(i);
        if (auto report = importPacketFile(*store, files[i]))
            out.imported << *report;
        else
            out.refused.append({files[i], report.error().message});
    }
    if (!folder.isEmpty()) {
        const PacketFolderImport all = importPacketFolder(*store, folder, [&progress, &files](int done, int total) {
            progress.setMaximum(int(files.size()) + total);
            progress.setValue(int(files.size()) + done);
        });
        out.imported << all.imported;
        out.refused << all.refused;
        out.skipped << all.skipped;
    }
    progress.setValue(progress.maximum());
    return out;
}

QString PanelPanel::describeImported(const PacketsImported &imported)
{
    QStringList lines;
    lines << tr("Packets imported: %1; refused: %2.").arg(imported.imported.size()).arg(imported.refused.size());
    if (imported.backupError)
        lines << tr("No backup could be taken first: %1").arg(imported.backupError->message);
    for (const PacketImportReport &report : imported.imported) {
        // The first sentence names the file, the expert and the round.
        lines << QString();
        const QStringList sentences = describePacketImport(report);
        for (int i = 0; i < sentences.size(); ++i)
            lines << (i == 0 ? sentences[i] : QStringLiteral("  • %1").arg(sentences[i]));
    }
    if (!imported.refused.isEmpty()) {
        lines << QString() << tr("Refused (nothing of these was stored):");
        for (const auto &[file, why] : imported.refused)
            lines << QStringLiteral("  • %1: %2").arg(QFileInfo(file).fileName(), why);
    }
    if (!imported.skipped.isEmpty()) {
        lines << QString() << tr("Not scoring packets, skipped:");
        for (const QString &file : imported.skipped)
            lines << QStringLiteral("  • %1").arg(QFileInfo(file).fileName());
    }
    return lines.join(QLatin1Char('\n'));
}

// ---- Consistency -----------------------------------------------------------

QWidget *PanelPanel::createConsistencyPage()
{
    m_consistency = makeTable({tr("Expert"), tr("Round"), tr("Compared"), tr("Comparisons"), tr("CR"), tr("Verdict")});
    m_consistency->setObjectName(QStringLiteral("panelConsistency"));
    setHeaderTip(m_consistency, 4, crTip());
    m_consistency->setToolTip(tr("Double-click or press Return on a row to edit those comparisons."));
    m_consistency->setWordWrap(true);
    m_consistency->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_consistency->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weights = makeTable({tr("Round"), tr("Compared"), tr("Aggregation"), tr("Weights"), tr("Experts used"), tr("Left out")});
    m_weights->setObjectName(QStringLiteral("panelWeights"));
    setHeaderTip(m_weights, 2, tr("AIJ: the experts' comparisons are combined (geometric mean), then weighted; AIP: each "
                                  "expert's weights are averaged."));
    setHeaderTip(m_weights, 5, tr("Experts whose comparisons are incomplete or whose CR is above the limit."));
    m_includeInconsistent = new QCheckBox(tr("Include inconsistent experts in the group's &weights"));
    m_includeInconsistent->setToolTip(tr("Normally an expert whose CR is above the limit is left out of the group's weights."));
    connect(m_includeInconsistent, &QCheckBox::toggled, this, &PanelPanel::reload);
    auto *edit = new QPushButton(tr("Edit C&omparisons…"));
    edit->setToolTip(tr("Opens an expert's pairwise comparisons as a matrix, with the weights and CR as you edit."));
    connect(edit, &QPushButton::clicked, this, &PanelPanel::editComparisons);
    connect(m_consistency, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        QTableWidgetItem *first = m_consistency->item(index.row(), 0);
        QTableWidgetItem *scope = m_consistency->item(index.row(), 2);
        QTableWidgetItem *round = m_consistency->item(index.row(), 1);
        if (first && scope && round)
            openComparisons(first->data(Qt::UserRole).value<Id>(), round->data(Qt::UserRole).toInt(), scope->data(Qt::UserRole).toString());
    });
    auto *keep = new QPushButton(tr("Keep as Wei&ght Set…"));
    keep->setObjectName(QStringLiteral("keepAhpWeights"));
    keep->setToolTip(tr("Records the group's weights of the latest round as a weight set, which Scorecard › Weight Sets can put in force."));
    connect(keep, &QPushButton::clicked, this, &PanelPanel::keepAsWeightSet);
    auto *row = new QHBoxLayout;
    row->addWidget(m_includeInconsistent);
    row->addStretch(1);
    row->addWidget(keep);
    row->addWidget(edit);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *each = new QLabel(tr("Each expert's comparisons:"));
    layout->addWidget(each);
    layout->addWidget(m_consistency, 3);
    layout->addWidget(new QLabel(tr("The group's weights:")));
    layout->addWidget(m_weights, 2);
    layout->addLayout(row);
    return page;
}

void PanelPanel::showConsistency()
{
    m_consistency->setRowCount(0);
    const double limit = m_summary.settings.maxConsistencyRatio;
    for (const ExpertConsistency &c : m_summary.consistency) {
        const int row = m_consistency->rowCount();
        m_consistency->insertRow(row);
        m_consistency->setItem(row, 0, cell(expertName(c.expertId), QVariant::fromValue(c.expertId)));
        m_consistency->setItem(row, 1, numberCell(QString::number(c.round)));
        m_consistency->item(row, 1)->setData(Qt::UserRole, c.round);
        m_consistency->setItem(row, 2, cell(scopeName(c.scope), c.scope));
        m_consistency->setItem(row, 3, numberCell(tr("%1 / %2").arg(c.pairsGiven).arg(c.pairsNeeded)));
        m_consistency->setItem(row, 4, numberCell(number(c.result.consistencyRatio, 3)));
        QString verdict;
        if (!c.matrix || c.result.weights.isEmpty())
            verdict = c.result.reason;
        else if (c.passes)
            verdict = tr("consistent");
        else if (c.result.repair) {
            const AhpRepair &r = *c.result.repair;
            verdict = tr("above %1: the comparison %2 vs %3 (now %4) breaks consistency most; %5 would bring CR to %6")
                          .arg(number(limit, 2), itemName(c.itemKeys.value(r.row)), itemName(c.itemKeys.value(r.column)),
                               AhpMatrixEditor::saatyText(r.currentValue), AhpMatrixEditor::saatyText(r.suggestedValue),
                               number(r.ratioAfter, 2));
        } else {
            verdict = tr("above %1").arg(number(limit, 2));
        }
        m_consistency->setItem(row, 5, cell(verdict));
        if (c.matrix && !c.passes)
            flagRow(m_consistency, row, verdict);
    }
    m_weights->setRowCount(0);
    for (const PanelAhpWeights &w : m_summary.weights) {
        const int row = m_weights->rowCount();
        m_weights->insertRow(row);
        m_weights->setItem(row, 0, numberCell(QString::number(w.round)));
        m_weights->setItem(row, 1, cell(scopeName(w.scope)));
        m_weights->setItem(row, 2, cell(w.aggregation.toUpper()));
        QStringList weights;
        for (int i = 0; i < w.weights.size() && i < w.itemKeys.size(); ++i)
            weights << tr("%1 %2").arg(itemName(w.itemKeys[i]), number(w.weights[i], 3));
        m_weights->setItem(row, 3, cell(weights.isEmpty() ? w.reason : weights.join(QStringLiteral(" · "))));
        QStringList used, left;
        for (Id id : w.expertsUsed)
            used << expertName(id);
        for (Id id : w.expertsLeftOut)
            left << expertName(id);
        m_weights->setItem(row, 4, cell(used.join(QStringLiteral(", "))));
        m_weights->setItem(row, 5, cell(left.join(QStringLiteral(", "))));
    }
}

void PanelPanel::editComparisons()
{
    Id expert = NoId;
    int round = 1;
    QString scope;
    if (const int row = m_consistency->currentRow(); row >= 0 && m_consistency->item(row, 0)) {
        expert = m_consistency->item(row, 0)->data(Qt::UserRole).value<Id>();
        round = m_consistency->item(row, 1)->data(Qt::UserRole).toInt();
        scope = m_consistency->item(row, 2)->data(Qt::UserRole).toString();
    }
    openComparisons(expert, round, scope);
}

void PanelPanel::openComparisons(Id expert, int round, const QString &scope)
{
    if (!m_editor->store())
        return;
    if (!m_ahpEditor) {
        m_ahpEditor = new AhpMatrixEditor(m_editor, this);
        m_ahpEditor->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (expert != NoId)
        m_ahpEditor->setExpert(expert);
    if (!scope.isEmpty()) {
        m_ahpEditor->setRound(round);
        m_ahpEditor->setScope(scope);
    }
    m_ahpEditor->show();
    m_ahpEditor->raise();
    m_ahpEditor->activateWindow();
}

// ---- Settings --------------------------------------------------------------

QWidget *PanelPanel::createSettingsPage()
{
    const auto spin = [](double min, double max, double step, int decimals) {
        auto *box = new QDoubleSpinBox;
        box->setRange(min, max);
        box->setSingleStep(step);
        box->setDecimals(decimals);
        box->setKeyboardTracking(false);
        return box;
    };
    m_maxCv = spin(0.01, 2.0, 0.05, 2);
    m_maxCv->setToolTip(tr("The panel has converged only when every item's CV is at most this. ") + cvTip());
    m_significance = spin(0.001, 0.2, 0.01, 3);
    m_significance->setToolTip(tr("Kendall's W must be significant at this level in every dimension. ") + pTip());
    m_useMinimumW = new QCheckBox(tr("Require &W of at least"));
    m_minimumW = spin(0.0, 1.0, 0.05, 2);
    m_minimumW->setToolTip(wTip());
    m_useMinimumW->setToolTip(tr("Besides being significant, W must reach this value in every dimension."));
    m_aggregation = new QComboBox;
    m_aggregation->addItem(tr("AIJ — combine the experts' comparisons"), QStringLiteral("aij"));
    m_aggregation->addItem(tr("AIP — average the experts' weights"), QStringLiteral("aip"));
    m_aggregation->setToolTip(tr("AIJ (aggregation of individual judgments) for a panel that judges as one; AIP "
                                 "(aggregation of individual priorities) for experts who judge as separate individuals."));
    m_maxCr = spin(0.01, 0.5, 0.01, 2);
    m_maxCr->setToolTip(tr("An expert whose CR is above this is flagged and left out of the group's weights. ") + crTip());
    auto *minimumRow = new QHBoxLayout;
    minimumRow->addWidget(m_useMinimumW);
    minimumRow->addWidget(m_minimumW);
    minimumRow->addStretch(1);

    auto *stop = new QGroupBox(tr("When the panel has converged"));
    auto *stopForm = new QFormLayout(stop);
    stopForm->addRow(tr("Largest CV of an i&tem:"), m_maxCv);
    stopForm->addRow(tr("Si&gnificance of W:"), m_significance);
    stopForm->addRow(QString(), minimumRow);
    auto *ahp = new QGroupBox(tr("AHP comparisons"));
    auto *ahpForm = new QFormLayout(ahp);
    // Numbers need no page-wide boxes.
    stopForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    ahpForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    ahpForm->addRow(tr("Com&bine by:"), m_aggregation);
    ahpForm->addRow(tr("Largest CR all&owed:"), m_maxCr);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(stop);
    layout->addWidget(ahp);
    auto *note = new QLabel(tr("Each change is saved at once; Edit › Undo takes it back."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);

    for (QDoubleSpinBox *box : {m_maxCv, m_significance, m_minimumW, m_maxCr})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                saveSettings();
        });
    connect(m_useMinimumW, &QCheckBox::toggled, this, [this](bool on) {
        m_minimumW->setEnabled(on);
        if (!m_loading)
            saveSettings();
    });
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            saveSettings();
    });
    return page;
}

void PanelPanel::showSettings()
{
    const QScopedValueRollback loading(m_loading, true);
    const PanelSettings &s = m_summary.settings;
    m_maxCv->setValue(s.maxCoefficientOfVariation);
    m_significance->setValue(s.significance);
    m_useMinimumW->setChecked(s.minimumW.has_value());
    m_minimumW->setEnabled(s.minimumW.has_value());
    m_minimumW->setValue(s.minimumW.value_or(0.5));
    m_aggregation->setCurrentIndex(std::max(0, m_aggregation->findData(s.ahpAggregation)));
    m_maxCr->setValue(s.maxConsistencyRatio);
}

void PanelPanel::saveSettings()
{
    if (!m_editor->store())
        return;
    PanelSettings s = m_summary.settings;
    s.maxCoefficientOfVariation = m_maxCv->value();
    s.significance = m_significance->value();
    s.minimumW = m_useMinimumW->isChecked() ? std::optional<double>(m_minimumW->value()) : std::nullopt;
    s.ahpAggregation = m_aggregation->currentData().toString();
    s.maxConsistencyRatio = m_maxCr->value();
    if (!m_editor->setPanelSettings(s))
        showSettings(); // refused: show what is stored
}

// ---- Loading ---------------------------------------------------------------

void PanelPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

void PanelPanel::changed()
{
    m_dirty = true;
    if (isVisible())
        reload();
}

void PanelPanel::reload()
{
    m_dirty = false;
    Store *store = m_editor->store();
    setEnabled(store != nullptr);
    m_summary = PanelSummary{};
    m_raters.clear();
    m_stages.clear();
    m_indicators.clear();
    if (store) {
        PanelOptions options;
        options.includeInconsistent = m_includeInconsistent->isChecked();
        if (auto summary = panelSummary(*store, options))
            m_summary = std::move(summary).value();
        else
            m_summary.settings = panel::orEmpty(store->panel().settings());
        m_raters = panel::orEmpty(store->raters().all());
        m_stages = panel::orEmpty(store->stages().all());
        m_indicators = panel::orEmpty(store->indicators().all());
        m_regionNames.clear();
        for (const Region &r : panel::orEmpty(store->regions().all()))
            m_regionNames.insert(r.id, localizedName(r.nameZh, r.nameEn));
    }
    showExperts();
    reloadStages();
    showRounds();
    showPackets();
    showConsistency();
    showSettings();
}

QString PanelPanel::expertName(Id id) const
{
    for (const Rater &r : m_raters)
        if (r.id == id)
            return shownText(r.name);
    return tr("expert %1").arg(id);
}

QString PanelPanel::stageName(Id id) const
{
    for (const Stage &s : m_stages)
        if (s.id == id)
            return localizedName(s.nameZh, s.nameEn);
    return QString::number(id);
}

QString PanelPanel::itemName(const QString &key) const
{
    if (const auto d = dimensionFromKey(key))
        return dimensionName(*d);
    for (const Indicator &i : m_indicators)
        if (i.key == key)
            return localizedName(i.nameZh, i.nameEn);
    return key;
}

QString PanelPanel::scopeName(const QString &scope) const
{
    if (scope == QLatin1String("dimensions"))
        return tr("The three dimensions");
    if (const auto d = dimensionFromKey(scope))
        return tr("%1: its indicators").arg(dimensionName(*d));
    return scope;
}

void PanelPanel::keepAsWeightSet()
{
    Store *store = m_editor->store();
    if (!store)
        return;
    auto rounds = store->panel().judgmentRounds();
    const int round = rounds && !rounds->isEmpty() ? rounds->last() : 1;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Keep as Weight Set"), tr("Name of the new weight set:"), QLineEdit::Normal,
                                               tr("AHP, round %1").arg(round), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    auto set = ahpWeightSet(*store, round, m_includeInconsistent->isChecked(), name);
    if (!set) {
        QMessageBox::warning(this, tr("Keep as Weight Set"), set.error().message);
        return;
    }
    if (auto id = store->weightSets().add(*set); !id) {
        QMessageBox::warning(this, tr("Keep as Weight Set"), id.error().message);
        return;
    }
    QMessageBox::information(this, tr("Keep as Weight Set"),
                             tr("Added the weight set “%1”: %2. Scorecard › Weight Sets… puts it in force.").arg(set->name, set->detail));
}

} // namespace triangle
