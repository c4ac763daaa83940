#include "TimelineRecordModel.h"

#include "model/DomainNames.h"
#include "store/Store.h"

#include <QLocale>

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
                &TimelineRecordModel::reload);
        connect(m_store, &Store::evidenceChanged, this, &TimelineRecordModel::reload);
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
                m_rows.append({p.id, p.regionId, p.date, localizedName(p.titleZh, p.titleEn),
                               preferChinese() ? p.titleEn : p.titleZh, p.dimensions,
                               QStringLiteral("%1 · %2").arg(policyKindName(p.kind), levelName(p.level))});
        } else {
            for (const RecordFilter &filter : std::as_const(queries)) {
                if (auto milestones = m_store->milestones().all(filter))
                    m_milestones += *milestones;
            }
            for (const Milestone &m : std::as_const(m_milestones))
                m_rows.append({m.id, m.regionId, m.date, localizedName(m.titleZh, m.titleEn),
                               preferChinese() ? m.titleEn : m.titleZh, m.dimensions,
                               m.quantity ? formatQuantity(*m.quantity) : QString()});
        }
    }
    endResetModel();
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
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
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
