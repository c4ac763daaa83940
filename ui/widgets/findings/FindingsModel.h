#pragma once

#include "analysis/Findings.h"
#include "analysis/FindingsUncertainty.h"
#include "model/Entities.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace triangle {

class Store;

// Regions × claims: every assessed region's verdict on each of the article's
// claims, as a word and an icon (never colour alone), with the region's data
// basis and the verdict's share under redrawn weights and raters beneath, and
// the numbers in the tooltip. Follows the store: a changed score changes the
// verdicts at once; the shares and the dated evidence's permutation p follow
// from a worker thread, region by region.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RegionIdRole = Qt::UserRole + 1, VerdictRole };

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    void setStore(Store *store);
    void reload();

    Id regionAt(int row) const;
    int rowOfRegion(Id regionId) const;
    const ClaimFinding *findingAt(const QModelIndex &index) const; // null on the region column
    VerdictTally tallyAt(int row) const;
    DataBasis basisAt(int row) const;
    // What the region's scores are derived from, for the curve over κ.
    const FindingsUncertaintyInput *uncertaintyInputAt(int row) const;
    // nullptr until the worker has redrawn the row's verdicts.
    const FindingsUncertainty *uncertaintyAt(int row) const;
    bool isComputingUncertainty() const { return m_pending > 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Every row's shares are in (after a reload, once the worker is done).
    void uncertaintyReady();

private:
    struct Row
    {
        Region region;
        FindingsUncertaintyInput input;
        RegionFindings findings;
        std::optional<FindingsUncertainty> uncertainty;
    };
    void startUncertainty();
    void stopUncertainty();

    Store *m_store = nullptr;
    QList<Row> m_rows;
    // The worker redraws on copies of the inputs; a reload cancels it, and
    // results of an earlier generation are dropped.
    QThreadPool m_workers;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    int m_pending = 0;
};

} // namespace triangle
