#include "TimelineRecordModel.h"

#include "model/DomainNames.h"
#include "store/Store.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace triangle {

namespace {
// "Mission, Operational": the dimensions a record bears on.
QString dimensionList(DimensionSet set)
{
    QStringList parts;
    for (Dimension d : AllDimensions) {
        if (set.contains(d))
            parts << dimensionShortName(d);
    }
    return parts.join(TimelineRecordModel::tr(", "));
}

QString formatQuantity(const Quantity &q)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(q.value, 'g', 12), q.unit).trimmed();
}
} // namespace

TimelineRecordModel::TimelineRecordModel(Evidence::Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void TimelineRecordModel::setStore(Store *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (m_store) {
        connect(m_store, m_kind == Evidence::Kind::Policy ? &Store::policiesChanged : &Store::milestonesChanged, this,
                &TimelineRecordModel::refreshChanged);
        connect(m_store, &Store::evidenceChanged, this, &TimelineRecordModel::reloadSupports);
        connect(m_store, &Store::regionsChanged, this, &TimelineRecordModel::reload);
    }
    reload();
}

void TimelineRecordModel::setRegions(const QList<Id> &regionIds)
{
    if (regionIds == m_scope)
        return;
    m_scope = regionIds;
    reload();
}

void TimelineRecordModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_policies.clear();
    m_milestones.clear();
    m_regionNames.clear();
    m_supports.clear();
    m_textRanks.clear();
    if (m_store) {
        if (auto regions = m_store->regions().all()) {
            for (const Region &r : *regions)
                m_regionNames.insert(r.id, localizedName(r.nameZh, r.nameEn));
        }
        if (auto counts = m_store->evidence().countsByTarget(m_kind))
            m_supports = std::move(*counts);
        // One query per region in scope, or one for all.
        QList<RecordFilter> queries;
        for (Id region : std::as_const(m_scope)) {
            if (region == NoId)
                continue; // no region selected: nothing of it to show
            RecordFilter filter;
            filter.regionId = region;
            queries << filter;
        }
        if (m_scope.isEmpty())
            queries << RecordFilter{};
        if (m_kind == Evidence::Kind::Policy) {
            for (const RecordFilter &filter : std::as_const(queries)) {
                if (auto policies = m_store->policies().all(filter))
                    m_policies += *policies;
            }
            for (const Policy &p : std::as_const(m_policies))
                m_rows.append(rowOf(p));
        } else {
            for (const RecordFilter &filter : std::as_const(queries)) {
                if (auto milestones = m_store->milestones().all(filter))
                    m_milestones += *milestones;
            }
            for (const Milestone &m : std::as_const(m_milestones))
                m_rows.append(rowOf(m));
        }
    }
    indexRows();
    endResetModel();
}

TimelineRecordModel::Row TimelineRecordModel::rowOf(const Policy &p)
{
    return withSearchText({p.id, p.regionId, p.date, localizedName(p.titleZh, p.titleEn), preferChinese() ? p.titleEn : p.titleZh,
                           p.dimensions, QStringLiteral("%1 · %2").arg(policyKindName(p.kind), levelName(p.level)), {}});
}

TimelineRecordModel::Row TimelineRecordModel::rowOf(const Milestone &m)
{
    return withSearchText({m.id, m.regionId, m.date, localizedName(m.titleZh, m.titleEn), preferChinese() ? m.titleEn : m.titleZh,
                           m.dimensions, m.quantity ? formatQuantity(*m.quantity) : QString(), {}});
}

TimelineRecordModel::Row TimelineRecordModel::withSearchText(Row row)
{
    row.searchText = (row.title + QLatin1Char(' ') + row.titleOther + QLatin1Char(' ') + row.detail).toCaseFolded();
    return row;
}

void TimelineRecordModel::indexRows()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, i);
}

void TimelineRecordModel::refreshChanged()
{
    // A few records saved, added or deleted: re-read just those rows. An
    // import or a cascade does not say which, and is read again in full.
    constexpr int MostRecordsRereadOneByOne = 64;
    const auto ids = m_store ? m_store->changedRecords(m_kind == Evidence::Kind::Policy ? Store::PoliciesChanged
                                                                                       : Store::MilestonesChanged)
                             : std::nullopt;
    if (!ids || ids->size() > MostRecordsRereadOneByOne) {
        reload();
        return;
    }
    for (Id id : *ids) {
        if (m_kind == Evidence::Kind::Policy)
            refreshRecord(id, m_store->policies().byId(id), m_policies);
        else
            refreshRecord(id, m_store->milestones().byId(id), m_milestones);
    }
}

template<typename Record>
void TimelineRecordModel::refreshRecord(Id id, const Result<Record> &read, QList<Record> &records)
{
    const int row = m_rowById.value(id, -1);
    const bool inScope = read && (m_scope.isEmpty() || m_scope.contains(read->regionId));
    if (!read && read.error().kind != StoreError::Kind::NotFound) {
        reload(); // a failed read: the full reload reports nothing either, but shows what can be read
        return;
    }
    m_textRanks.clear();
    if (row >= 0 && inScope) {
        records[row] = *read;
        m_rows[row] = rowOf(*read);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        records.removeAt(row);
        m_rows.removeAt(row);
        indexRows();
        endRemoveRows();
    } else if (inScope) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        records.append(*read);
        m_rows.append(rowOf(*read));
        m_rowById.insert(id, at);
        endInsertRows();
    }
}

void TimelineRecordModel::reloadSupports()
{
    if (!m_store || m_rows.isEmpty())
        return;
    auto counts = m_store->evidence().countsByTarget(m_kind);
    if (!counts) {
        reload(); // let the full reload meet the error the usual way
        return;
    }
    m_supports = std::move(*counts);
    m_textRanks.remove(SupportsColumn);
    emit dataChanged(index(0, SupportsColumn), index(rowCount() - 1, SupportsColumn));
}

QString TimelineRecordModel::displayText(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

const QList<int> &TimelineRecordModel::textRanks(int column) const
{
    auto found = m_textRanks.constFind(column);
    if (found != m_textRanks.cend())
        return *found;
    const int count = int(m_rows.size());
    QStringList texts;
    texts.reserve(count);
    for (int row = 0; row < count; ++row)
        texts << displayText(row, column);
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    // Case-insensitive, as the filter's sort was before it compared ranks.
    std::stable_sort(order.begin(), order.end(), [&texts](int a, int b) {
        return QString::compare(texts.at(a), texts.at(b), Qt::CaseInsensitive) < 0;
    });
    QList<int> ranks(count);
    for (int place = 0; place < count; ++place) {
        const bool tie = place > 0 && QString::compare(texts.at(order[place]), texts.at(order[place - 1]), Qt::CaseInsensitive) == 0;
        ranks[order[place]] = tie ? ranks[order[place - 1]] : place;
    }
    return *m_textRanks.insert(column, std::move(ranks));
}

bool TimelineRecordModel::rowLessThan(int column, int left, int right) const
{
    const Row &a = m_rows.at(left);
    const Row &b = m_rows.at(right);
    switch (Column(column)) {
    case DateColumn: return a.date.sortKey() < b.date.sortKey();
    case SupportsColumn: return m_supports.value(a.id) < m_supports.value(b.id);
    default: {
        const QList<int> &ranks = textRanks(column);
        return ranks.at(left) < ranks.at(right);
    }
    }
}

QString TimelineRecordModel::supportedScores(Id id) const
{
    // Asked for on hover only, so a query per tooltip is fine.
    auto links = m_store ? m_store->evidence().citing(m_kind, id) : Result<QList<Evidence>>(QList<Evidence>{});
    if (!links || links->isEmpty())
        return tr("Not cited as evidence for any score.");
    auto stages = m_store->stages().all();
    QStringList lines;
    for (const Evidence &e : *links) {
        auto a = m_store->assessments().byId(e.assessmentId);
        if (!a)
            continue;
        QString stageName;
        for (const Stage &s : stages ? *stages : QList<Stage>{}) {
            if (s.id == a->stageId)
                stageName = localizedName(s.nameZh, s.nameEn);
        }
        lines << tr("%1 · %2 · %3").arg(m_regionNames.value(a->regionId), stageName, dimensionName(e.dimension));
    }
    return tr("Supports:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

int TimelineRecordModel::rowOfId(Id id) const
{
    return m_rowById.value(id, -1);
}

const Policy *TimelineRecordModel::policyAt(int row) const
{
    return m_kind == Evidence::Kind::Policy && row >= 0 && row < m_policies.size() ? &m_policies[row] : nullptr;
}

const Milestone *TimelineRecordModel::milestoneAt(int row) const
{
    return m_kind == Evidence::Kind::Milestone && row >= 0 && row < m_milestones.size() ? &m_milestones[row] : nullptr;
}

int TimelineRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    const int supports = m_supports.value(row.id);
    switch (role) {
    case IdRole: return row.id;
    case RegionIdRole: return row.regionId;
    case YearRole: return row.date.year();
    case DimensionBitsRole: return row.dimensions.bits();
    case SearchTextRole: return row.title + QLatin1Char(' ') + row.titleOther + QLatin1Char(' ') + row.detail;
    case SortRole:
        switch (Column(index.column())) {
        case DateColumn: return row.date.sortKey();
        case SupportsColumn: return supports;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == SupportsColumn)
            return supportedScores(row.id);
        return row.titleOther.isEmpty() ? row.title : row.title + QLatin1Char('\n') + row.titleOther;
    case Qt::TextAlignmentRole:
        return index.column() == SupportsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case DateColumn: return row.date.toString();
        case RegionColumn: return m_regionNames.value(row.regionId);
        case TitleColumn: return row.title;
        case DimensionsColumn: return dimensionList(row.dimensions);
        case DetailColumn: return row.detail;
        case SupportsColumn: return supports == 0 ? QString() : QString::number(supports);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant TimelineRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SupportsColumn)
        return tr("How many scores cite this as evidence");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case RegionColumn: return tr("Region");
    case TitleColumn: return tr("Title");
    case DimensionsColumn: return tr("Bears on");
    case DetailColumn: return m_kind == Evidence::Kind::Policy ? tr("Kind · level") : tr("Quantity");
    case SupportsColumn: return tr("Supports");
    case ColumnCount: break;
    }
    return {};
}

} // namespace triangle
