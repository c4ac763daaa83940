#pragma once

#include "analysis/TriangleMetrics.h"
#include "model/Entities.h"

#include <QAbstractTableModel>

namespace triangle {

class Store;

// One row per stage of a region: the three scores and what the analysis
// makes of them (area, balance, leading dimension, form).
class AssessmentMetricsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StageColumn, MissionColumn, PoliticalColumn, OperationalColumn, AreaColumn, BalanceColumn,
                  LeaderColumn, FormColumn, ColumnCount };

    explicit AssessmentMetricsModel(QObject *parent = nullptr);

    void setStore(Store *store);
    void setRegion(Id regionId);
    Id stageIdAt(int row) const { return m_rows.value(row).stage.id; }

    // A column's title, and the text of a triangle's cell in it (any column
    // but the stage), as the table shows them: for other tables of metrics.
    static QString columnTitle(Column column);
    static QString cellText(Column column, const DimensionScores &scores, const TriangleMetrics &metrics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    struct Row
    {
        Stage stage;
        Assessment assessment;
        TriangleMetrics metrics;
    };

    Store *m_store = nullptr;
    Id m_regionId = NoId;
    QList<Row> m_rows;
};

} // namespace triangle
