#pragma once

#include <QSortFilterProxyModel>

namespace triangle {

// The navigator's filter: the typed text (code or either name) and, when
// asked, assessed regions only; a region's ancestors stay to hold it.
class RegionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegionFilterModel(QObject *parent = nullptr);

    void setAssessedOnly(bool on);
    bool assessedOnly() const { return m_assessedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_assessedOnly = false;
};

} // namespace triangle
