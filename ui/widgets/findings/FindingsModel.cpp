#include "FindingsModel.h"

#include "model/DomainNames.h"
#include "store/FindingsQueries.h"
#include "store/Store.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace triangle {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store) {
        // Anything a claim reads: scores, stages, dated records, regions.
        for (auto signal : {&Store::assessmentsChanged, &Store::stagesChanged, &Store::policiesChanged, &Store::milestonesChanged,
                            &Store::regionsChanged})
            connect(store, signal, this, &FindingsModel::reload);
    }
    reload();
}

void FindingsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        if (auto regions = assessedRegions(*m_store)) {
            for (Id id : *regions) {
                auto region = m_store->regions().byId(id);
                auto input = findingsInputFor(*m_store, id);
                if (region && input)
                    m_rows << Row{*region, findingsFor(*input)};
            }
        }
    }
    endResetModel();
}

Id FindingsModel::regionAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].region.id : NoId; }

int FindingsModel::rowOfRegion(Id regionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].region.id == regionId)
            return row;
    }
    return -1;
}

const ClaimFinding *FindingsModel::findingAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.column() == 0 || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows[index.row()].findings.claims[index.column() - 1];
}

VerdictTally FindingsModel::tallyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? tallyVerdicts(m_rows[row].findings) : VerdictTally{};
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 1 + int(AllClaims.size()); }

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Region") : claimName(AllClaims[std::size_t(section - 1)]);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    if (role == RegionIdRole)
        return row.region.id;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 %2").arg(localizedName(row.region.nameZh, row.region.nameEn), row.region.code);
        if (role == Qt::ToolTipRole)
            return verdictTallyText(tallyVerdicts(row.findings));
        return {};
    }
    const ClaimFinding &f = row.findings.claims[index.column() - 1];
    switch (role) {
    case Qt::DisplayRole: return verdictName(f.verdict);
    case VerdictRole: return int(f.verdict);
    case Qt::ToolTipRole: return f.explanation;
    case Qt::DecorationRole: {
        // Icons and words together: the verdict reads without colour and in print.
        const QStyle::StandardPixmap icon = f.verdict == Verdict::Supported      ? QStyle::SP_DialogApplyButton
                                          : f.verdict == Verdict::NotSupported   ? QStyle::SP_DialogCancelButton
                                          : f.verdict == Verdict::CannotTell     ? QStyle::SP_MessageBoxWarning
                                          : f.verdict == Verdict::Planned        ? QStyle::SP_FileDialogInfoView
                                                                                 : QStyle::SP_MessageBoxQuestion;
        return QApplication::style()->standardIcon(icon);
    }
    default: return {};
    }
}

} // namespace triangle
