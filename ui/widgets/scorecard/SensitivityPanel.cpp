#include "SensitivityPanel.h"

#include "analysis/MetricsText.h"
#include "model/DomainNames.h"
#include "store/ScorecardQueries.h"
#include "store/Store.h"
#include "widgets/TableCopy.h"
#include "widgets/editing/Editor.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Columns { RegionColumn, LeadingColumn, LeadingStableColumn, FormColumn, FormStableColumn, RankColumn, RankStableColumn, Columns };
constexpr int StabilityRole = Qt::UserRole + 1;

// A bar as long as the share of draws that kept the reading, with the
// percentage written on it (so it reads in print and without colour).
class StabilityBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant stability = index.data(StabilityRole);
        if (!stability.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect frame = option.rect.adjusted(4, 4, -4, -4);
        QRect bar = frame;
        bar.setWidth(int(frame.width() * std::clamp(stability.toDouble(), 0.0, 1.0)));
        painter->save();
        painter->setPen(Qt::NoPen);
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlpha(110);
        painter->setBrush(fill);
        painter->drawRect(bar);
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame.adjusted(0, 0, -1, -1));
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(frame, Qt::AlignCenter, index.data().toString());
        painter->restore();
    }
};

QString percent(double share) { return QStringLiteral("%1 %").arg(share * 100.0, 0, 'f', 1); }
} // namespace

SensitivityPanel::SensitivityPanel(Editor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_stage(new QComboBox), m_concentration(new QDoubleSpinBox), m_draws(new QSpinBox),
      m_seed(new QSpinBox), m_table(new QTableWidget(0, Columns)), m_status(new QLabel)
{
    m_concentration->setRange(0.1, 100000.0);
    m_concentration->setDecimals(1);
    m_concentration->setValue(50.0);
    m_concentration->setToolTip(tr("Dirichlet concentration κ: the weights are drawn as Dirichlet(κ · chosen weights). "
                                   "Larger κ keeps the draws closer to the chosen weights."));
    m_draws->setRange(100, 1000000);
    m_draws->setSingleStep(1000);
    m_draws->setValue(10000);
    m_seed->setRange(0, 999999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed repeats the same draws."));
    auto *runButton = new QPushButton(tr("&Run"));
    runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    // The stage on a row of its own: with the draw settings beside it the
    // page was wider than a 1280-pixel screen leaves it beside the docks.
    auto *stageRow = new QHBoxLayout;
    auto *controls = new QHBoxLayout;
    auto addField = [](QHBoxLayout *row, const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        row->addWidget(l);
        row->addWidget(field);
        row->addSpacing(8);
    };
    addField(stageRow, tr("&Stage:"), m_stage);
    stageRow->addStretch();
    addField(controls, tr("&Concentration κ:"), m_concentration);
    addField(controls, tr("&Draws:"), m_draws);
    addField(controls, tr("S&eed:"), m_seed);
    controls->addWidget(runButton);
    controls->addStretch();

    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Leading dimension"), tr("Lead kept"), tr("Form"), tr("Form kept"),
                                        tr("Rank (range)"), tr("Rank kept")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    TableCopy::install(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FormColumn, QHeaderView::Stretch);
    auto *bars = new StabilityBarDelegate(m_table);
    for (int c : {LeadingStableColumn, FormStableColumn, RankStableColumn}) {
        m_table->setItemDelegateForColumn(c, bars);
        m_table->setColumnWidth(c, 120);
    }
    m_status->setWordWrap(true);

    auto *explanation = new QLabel(tr("Each draw takes new indicator weights around the chosen ones, recomputes every derived "
                                      "score and reads the triangle again. “Kept” is the share of draws in which the reading "
                                      "stayed as it is with the chosen weights. Scores set by hand do not move with the weights."));
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stageRow);
    layout->addLayout(controls);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(runButton, &QPushButton::clicked, this, &SensitivityPanel::run);
    connect(m_stage, &QComboBox::activated, this, &SensitivityPanel::run);
    connect(m_editor, &Editor::storeReplaced, this, [this](Store *store) {
        if (store)
            connect(store, &Store::stagesChanged, this, &SensitivityPanel::reloadStages);
        reloadStages();
        m_table->setRowCount(0);
        m_status->clear();
    });
}

void SensitivityPanel::reloadStages()
{
    const Id keep = m_stage->currentData().toLongLong();
    m_stage->clear();
    Store *store = m_editor->store();
    if (!store)
        return;
    if (auto stages = store->stages().all()) {
        for (const Stage &s : *stages)
            m_stage->addItem(localizedName(s.nameZh, s.nameEn), s.id);
    }
    int at = m_stage->findData(keep);
    if (at < 0) {
        if (auto advantage = store->stages().byKey(QStringLiteral("advantage")))
            at = m_stage->findData(advantage->id);
    }
    m_stage->setCurrentIndex(std::max(at, 0));
}

void SensitivityPanel::run()
{
    Store *store = m_editor->store();
    if (!store || m_stage->currentIndex() < 0)
        return;
    const Id stage = m_stage->currentData().toLongLong();
    auto regions = regionsWithIndicatorValues(*store, stage);
    if (!regions) {
        m_status->setText(regions.error().message);
        return;
    }
    auto input = sensitivityInputFor(*store, *regions, stage);
    if (!input) {
        m_status->setText(input.error().message);
        return;
    }
    input->concentration = m_concentration->value();
    input->draws = m_draws->value();
    input->seed = quint64(m_seed->value());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QElapsedTimer timer;
    timer.start();
    m_result = runWeightSensitivity(*input);
    const qint64 elapsed = timer.elapsed();
    QApplication::restoreOverrideCursor();

    m_table->setRowCount(int(m_result.regions.size()));
    for (int row = 0; row < m_result.regions.size(); ++row) {
        const SensitivityRegionResult &r = m_result.regions[row];
        const auto region = store->regions().byId(r.regionId);
        auto set = [this, row](int column, const QString &text, std::optional<double> stability = std::nullopt) {
            auto *item = new QTableWidgetItem(text);
            if (stability)
                item->setData(StabilityRole, *stability);
            m_table->setItem(row, column, item);
        };
        set(RegionColumn, region ? localizedName(region->nameZh, region->nameEn) : QString::number(r.regionId));
        set(LeadingColumn, r.baselineLeading ? dimensionName(*r.baselineLeading) : tr("shared lead"));
        set(LeadingStableColumn, percent(1.0 - r.leadingChangeRate), 1.0 - r.leadingChangeRate);
        set(FormColumn, formName(r.baselineForm));
        set(FormStableColumn, percent(1.0 - r.formChangeRate), 1.0 - r.formChangeRate);
        set(RankColumn, r.rankMin == r.rankMax ? QString::number(r.baselineRank)
                                               : tr("%1 (%2–%3)").arg(r.baselineRank).arg(r.rankMin).arg(r.rankMax));
        set(RankStableColumn, percent(1.0 - r.rankChangeRate), 1.0 - r.rankChangeRate);
        if (!r.weightsApply)
            m_table->item(row, RegionColumn)->setToolTip(tr("Every score of this region is set by hand: weights do not move it."));
    }
    m_status->setText(tr("%n draw(s), concentration %1, seed %2, over %3 region(s) with indicator scores; %4 ms.", nullptr,
                         m_result.draws)
                          .arg(m_result.concentration, 0, 'f', 1)
                          .arg(m_result.seed)
                          .arg(m_result.regions.size())
                          .arg(elapsed));
}

} // namespace triangle
