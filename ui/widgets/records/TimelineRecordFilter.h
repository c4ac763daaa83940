#pragma once

#include "model/Entities.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace triangle {

class TimelineRecordModel;

// Filters a TimelineRecordModel (already narrowed to regions) by dimension, year range and text.
class TimelineRecordFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineRecordFilter(QObject *parent = nullptr);

    void setDimension(std::optional<Dimension> dimension);
    void setYearRange(int from, int to); // 0: open
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const TimelineRecordModel *records() const;

    std::optional<Dimension> m_dimension;
    int m_from = 0;
    int m_to = 0;
    QString m_text; // case-folded
};

} // namespace triangle
