#include "FindingsModel.h"

#include "model/DomainNames.h"
#include "store/FindingsQueries.h"
#include "store/Store.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace triangle {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_workers.setMaxThreadCount(1);
}

FindingsModel::~FindingsModel() { stopUncertainty(); }

void FindingsModel::stopUncertainty()
{
    if (m_cancel)
        *m_cancel = true;
    // The worker stops between two draws; no result is posted once it
    // returns, so none reaches a destroyed model.
    m_workers.waitForDone();
    m_cancel.reset();
    m_pending = 0;
}

void FindingsModel::startUncertainty()
{
    QList<FindingsUncertaintyInput> inputs;
    for (const Row &row : std::as_const(m_rows))
        inputs << row.input;
    if (inputs.isEmpty()) {
        emit uncertaintyReady();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_pending = int(inputs.size());
    const int generation = ++m_generation;
    m_workers.start([this, inputs, cancel = m_cancel, generation] {
        for (qsizetype i = 0; i < inputs.size() && !*cancel; ++i) {
            FindingsUncertainty result = findingsUncertainty(inputs[i], {}, cancel.get());
            if (*cancel)
                return;
            RegionFindings withP = findingsFor(inputs[i].findings);
            QMetaObject::invokeMethod(
                this,
                [this, i, generation, result = std::move(result), withP = std::move(withP)] {
                    if (generation != m_generation || i >= m_rows.size())
                        return;
                    m_rows[i].uncertainty = result;
                    m_rows[i].findings = withP;
                    emit dataChanged(index(int(i), 1), index(int(i), columnCount() - 1));
                    if (--m_pending == 0)
                        emit uncertaintyReady();
                },
                Qt::QueuedConnection);
        }
    });
}

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
    stopUncertainty();
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        if (auto regions = assessedRegions(*m_store)) {
            auto inputs = findingsUncertaintyInputsFor(*m_store, *regions);
            for (qsizetype i = 0; inputs && i < regions->size(); ++i) {
                auto region = m_store->regions().byId(regions->at(i));
                if (!region)
                    continue;
                // The verdicts at once; the dated evidence's permutation p,
                // thousands of shuffles a region, comes from the worker.
                FindingsInput quick = inputs->at(i).findings;
                quick.evidenceShuffles = 0;
                m_rows << Row{*region, inputs->at(i), findingsFor(quick), std::nullopt};
            }
        }
    }
    endResetModel();
    startUncertainty();
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

DataBasis FindingsModel::basisAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].findings.basis : DataBasis::Observed;
}

const FindingsUncertaintyInput *FindingsModel::uncertaintyInputAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].input : nullptr;
}

const FindingsUncertainty *FindingsModel::uncertaintyAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].uncertainty ? &*m_rows[row].uncertainty : nullptr;
}

int FindingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 1 + int(AllClaims.size()); }

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? tr("Region") : QVariant();
    const QString name = claimName(AllClaims[std::size_t(section - 1)]);
    if (role == Qt::ToolTipRole)
        return name;
    // "Advantage traction (dated evidence)" is wider than its column in a
    // window of 1280 pixels: its reading goes on a second line.
    return QString(name).replace(QStringLiteral(" ("), QStringLiteral("\n(")).replace(QStringLiteral("（"), QStringLiteral("\n（"));
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
    // Beneath the verdict: what the data rest on and, once redrawn, how often the verdict holds.
    auto status = [&] {
        QString text = dataBasisName(row.findings.basis);
        if (!row.uncertainty)
            return tr("%1 · redrawing…").arg(text);
        if (const QString share = uncertaintyShortText(row.uncertainty->claims[index.column() - 1]); !share.isEmpty())
            text = tr("%1 · %2").arg(text, share);
        return text;
    };
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1\n%2").arg(verdictName(f.verdict), status());
    case VerdictRole: return int(f.verdict);
    case Qt::ToolTipRole:
        return row.uncertainty ? QStringLiteral("%1\n%2").arg(f.explanation, uncertaintyText(row.uncertainty->claims[index.column() - 1]))
                               : f.explanation;
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
