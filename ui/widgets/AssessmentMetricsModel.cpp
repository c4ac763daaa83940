#include "AssessmentMetricsModel.h"

#include "analysis/MetricsText.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/Store.h"

namespace triangle {

AssessmentMetricsModel::AssessmentMetricsModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentMetricsModel::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_regionId = NoId;
    if (m_store) {
        connect(m_store, &Store::assessmentsChanged, this, &AssessmentMetricsModel::reload);
        connect(m_store, &Store::stagesChanged, this, &AssessmentMetricsModel::reload);
    }
    reload();
}

void AssessmentMetricsModel::setRegion(Id regionId)
{
    m_regionId = regionId;
    reload();
}

void AssessmentMetricsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store && m_regionId != NoId) {
        auto stages = m_store->stages().all();
        auto assessments = m_store->assessments().forRegion(m_regionId, AssessmentRepository::Scope::ScoredOnly);
        if (stages && assessments) {
            for (const Assessment &a : *assessments) {
                auto stage = std::find_if(stages->begin(), stages->end(), [&](const Stage &s) { return s.id == a.stageId; });
                if (stage != stages->end())
                    m_rows.append({*stage, a, analyse(a.scores)});
            }
        }
    }
    endResetModel();
}

int AssessmentMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssessmentMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= MissionColumn && index.column() <= BalanceColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() >= MissionColumn && index.column() <= OperationalColumn)
            return row.assessment.rationale[Dimension(index.column() - MissionColumn)];
        return explainMetrics(row.metrics) + QStringLiteral("\n") + shownText(row.assessment.sourceNote);
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == StageColumn)
        return localizedName(row.stage.nameZh, row.stage.nameEn);
    return cellText(Column(index.column()), row.assessment.scores, row.metrics);
}

QString AssessmentMetricsModel::cellText(Column column, const DimensionScores &scores, const TriangleMetrics &metrics)
{
    switch (column) {
    case MissionColumn:
    case PoliticalColumn:
    case OperationalColumn:
        return QString::number(scores[Dimension(column - MissionColumn)], 'f', 1);
    case AreaColumn: return QString::number(metrics.area, 'f', 1);
    case BalanceColumn: return QString::number(metrics.balance, 'f', 3);
    case LeaderColumn: return leadersText(metrics.leaders);
    case FormColumn: return formName(metrics.form);
    case StageColumn:
    case ColumnCount: break;
    }
    return {};
}

QVariant AssessmentMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return columnTitle(Column(section));
}

QString AssessmentMetricsModel::columnTitle(Column column)
{
    switch (column) {
    case StageColumn: return tr("Stage");
    case MissionColumn: return dimensionShortName(Dimension::Mission);
    case PoliticalColumn: return dimensionShortName(Dimension::Political);
    case OperationalColumn: return dimensionShortName(Dimension::Operational);
    case AreaColumn: return tr("Area");
    case BalanceColumn: return tr("Balance");
    case LeaderColumn: return tr("Leading");
    case FormColumn: return tr("Form");
    case ColumnCount: break;
    }
    return {};
}

} // namespace triangle
