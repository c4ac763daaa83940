#pragma once

#include <QList>
#include <QSortFilterProxyModel>

class QTreeView;

namespace triangle {

class RegionTreeModel;

// The navigator's filter: the typed text (code or either name) and, when
// asked, assessed regions only; a region's ancestors stay to hold it.
// Which regions stay is worked out in one pass over the RegionTreeModel's
// flat list (matches, then their ancestors), so that a keystroke costs one
// look-up per row rather than a recursive search under every row.
class RegionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegionFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    // Case-insensitive; empty shows every region.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setAssessedOnly(bool on);
    bool assessedOnly() const { return m_assessedOnly; }
    bool isFiltering() const { return !m_text.isEmpty() || m_assessedOnly; }

    // Shows the matches in `view`: collapses it, then opens the regions that
    // hold a match level by level (the national level, then provinces, then
    // cities) for as long as no more than `maxRows` rows show. A filter as
    // broad as "3" thus shows the provinces that hold matches rather than
    // laying out thousands of rows on a keystroke.
    void revealMatches(QTreeView *view, int maxRows = 400) const;

    // Known from the kept set without filtering the children: the view asks
    // this of every row it shows, and the base class would build a mapping
    // of each row's children to answer.
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void markDirty() { m_dirty = true; }
    void recompute() const;

    RegionTreeModel *m_regions = nullptr;
    QString m_text; // lower-cased
    bool m_assessedOnly = false;
    // Per region of the source's flat list: kept (a match or holds one), and
    // holds a match below it. Worked out when first needed after a change.
    mutable QList<bool> m_kept;
    mutable QList<bool> m_holdsMatch;
    mutable bool m_dirty = true;
};

} // namespace triangle
