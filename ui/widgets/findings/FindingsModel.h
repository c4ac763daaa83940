#pragma once

#include "analysis/Findings.h"
#include "model/Entities.h"

#include <QAbstractTableModel>

namespace triangle {

class Store;

// Regions × claims: every assessed region's verdict on each of the article's
// claims, as a word and an icon (never colour alone), with the numbers in the
// tooltip. Follows the store: a changed score changes the verdicts at once.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { RegionIdRole = Qt::UserRole + 1, VerdictRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setStore(Store *store);
    void reload();

    Id regionAt(int row) const;
    int rowOfRegion(Id regionId) const;
    const ClaimFinding *findingAt(const QModelIndex &index) const; // null on the region column
    VerdictTally tallyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Region region;
        RegionFindings findings;
    };
    Store *m_store = nullptr;
    QList<Row> m_rows;
};

} // namespace triangle
