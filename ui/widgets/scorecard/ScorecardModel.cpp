#include "ScorecardModel.h"

#include "model/BilingualText.h"
#include "model/DomainNames.h"
#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"
#include "store/RaterRepository.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace triangle {

namespace {
// Parent rows carry this internal id; indicator rows carry 1 + their dimension.
constexpr quintptr DimensionRowId = 0;

QString scoreText(double score) { return QString::number(score, 'f', 1); }

QString levelText(const Indicator &indicator, double score)
{
    if (const RubricLevel *level = rubricLevelAt(indicator, score))
        return QStringLiteral("%1 · %2").arg(scoreText(level->score), localizedName(level->labelZh, level->labelEn));
    // Between two anchors: name both.
    const RubricLevel *below = nullptr;
    const RubricLevel *above = nullptr;
    for (const RubricLevel &l : indicator.rubric) {
        if (l.score < score)
            below = &l;
        else if (!above)
            above = &l;
    }
    if (below && above)
        return ScorecardModel::tr("between %1 and %2").arg(scoreText(below->score), scoreText(above->score));
    return ScorecardModel::tr("between anchors");
}
} // namespace

ScorecardModel::ScorecardModel(Editor *editor, QObject *parent) : QAbstractItemModel(parent), m_editor(editor) {}

void ScorecardModel::setAssessment(Id regionId, Id stageId)
{
    m_regionId = regionId;
    m_stageId = stageId;
    reload();
}

void ScorecardModel::setRater(Id raterId)
{
    m_raterId = raterId;
    reload();
}

void ScorecardModel::reload()
{
    beginResetModel();
    m_indicators.clear();
    m_valueOfIndicator.clear();
    m_evidenceCount.clear();
    m_raterNames.clear();
    m_derivation = {};
    m_assessment.reset();
    for (Dimension d : AllDimensions)
        m_byDimension[d].clear();
    Store *store = m_editor->store();
    if (store) {
        if (auto indicators = store->indicators().all())
            m_indicators = *indicators;
        if (auto raters = store->raters().all()) {
            for (const Rater &r : *raters)
                m_raterNames.insert(r.id, shownText(r.name));
        }
    }
    for (const Indicator &i : std::as_const(m_indicators))
        m_byDimension[i.dimension].append(&i);
    m_weights = normalisedWeights(m_indicators);
    if (store && m_regionId != NoId && m_stageId != NoId) {
        if (auto values = store->indicatorValues().forAssessment(m_regionId, m_stageId)) {
            for (const IndicatorValue &v : *values) {
                if (v.raterId == m_raterId)
                    m_valueOfIndicator.insert(v.indicatorId, v);
            }
            const auto aggregate = store->raters().aggregate();
            m_derivation = deriveScores(m_indicators, *values, aggregate ? *aggregate : RaterAggregate::Mean);
        }
        for (const IndicatorValue &v : std::as_const(m_valueOfIndicator)) {
            if (auto links = store->indicatorValues().evidenceFor(v.id))
                m_evidenceCount.insert(v.id, int(links->size()));
        }
        if (auto a = store->assessments().at(m_regionId, m_stageId); a && a->has_value())
            m_assessment = **a;
    }
    endResetModel();
}

QList<const Indicator *> ScorecardModel::ofDimension(Dimension d) const { return m_byDimension[d]; }

std::optional<IndicatorValue> ScorecardModel::valueAt(const QModelIndex &index) const
{
    const Indicator *indicator = indicatorAt(index);
    if (!indicator)
        return std::nullopt;
    const auto it = m_valueOfIndicator.constFind(indicator->id);
    if (it == m_valueOfIndicator.cend())
        return std::nullopt;
    return *it;
}

QModelIndex ScorecardModel::indexOfIndicator(Id indicatorId, int column) const
{
    for (Dimension d : AllDimensions) {
        const auto &list = m_byDimension[d];
        for (int row = 0; row < list.size(); ++row) {
            if (list[row]->id == indicatorId)
                return createIndex(row, column, quintptr(1 + triangle::index(d)));
        }
    }
    return {};
}

const Indicator *ScorecardModel::indicatorAt(const QModelIndex &idx) const
{
    if (!idx.isValid() || idx.internalId() == DimensionRowId)
        return nullptr;
    const auto &list = m_byDimension[Dimension(idx.internalId() - 1)];
    return idx.row() < list.size() ? list[idx.row()] : nullptr;
}

QModelIndex ScorecardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < DimensionCount ? createIndex(row, column, DimensionRowId) : QModelIndex();
    if (parent.internalId() != DimensionRowId)
        return {};
    const Dimension d = Dimension(parent.row());
    return row < m_byDimension[d].size() ? createIndex(row, column, quintptr(1 + parent.row())) : QModelIndex();
}

QModelIndex ScorecardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == DimensionRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, DimensionRowId);
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return DimensionCount;
    if (parent.internalId() != DimensionRowId || parent.column() != 0)
        return 0;
    return int(m_byDimension[Dimension(parent.row())].size());
}

int ScorecardModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Indicator");
    case WeightColumn: return tr("Weight");
    case LevelColumn: return tr("Rubric level");
    case ScoreColumn: return tr("Score");
    case NoteColumn: return tr("Note");
    case EvidenceColumn: return tr("Evidence");
    }
    return {};
}

QVariant ScorecardModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid())
        return {};
    if (idx.internalId() == DimensionRowId)
        return dimensionData(Dimension(idx.row()), idx.column(), role);
    const Indicator *indicator = indicatorAt(idx);
    return indicator ? indicatorData(*indicator, idx.column(), role) : QVariant();
}

QVariant ScorecardModel::dimensionData(Dimension d, int column, int role) const
{
    if (role == DimensionRole)
        return triangle::index(d);
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const DimensionDerivation &derivation = m_derivation[d];
    const auto mine = std::find_if(derivation.raters.cbegin(), derivation.raters.cend(),
                                   [this](const RaterDimensionScore &r) { return r.raterId == m_raterId; });
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const RaterDimensionScore &r : derivation.raters)
            lines << tr("%1: %2 (%n indicator(s) scored)", nullptr, r.indicatorsRated)
                         .arg(m_raterNames.value(r.raterId), QString::number(r.score, 'f', 2));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn: return dimensionName(d);
    case WeightColumn: return QStringLiteral("100 %");
    case LevelColumn:
        if (!m_assessment)
            return tr("no assessment at this stage");
        switch (m_assessment->origin[d]) {
        case ScoreOrigin::Derived: return tr("score derived: %1").arg(scoreText(m_assessment->scores[d]));
        case ScoreOrigin::Hand: return tr("score set by hand: %1").arg(scoreText(m_assessment->scores[d]));
        case ScoreOrigin::Unscored: return tr("not scored yet");
        }
        return {};
    case ScoreColumn: return mine != derivation.raters.cend() ? QString::number(mine->score, 'f', 2) : QString();
    case NoteColumn:
        if (derivation.spread.count > 1)
            return tr("%n raters: %1 (range %2–%3, SD %4)", nullptr, derivation.spread.count)
                .arg(QString::number(*derivation.value, 'f', 2), QString::number(derivation.spread.minimum, 'f', 2),
                     QString::number(derivation.spread.maximum, 'f', 2),
                     QString::number(derivation.spread.standardDeviation, 'f', 2));
        if (derivation.spread.count == 1) {
            // An indicator left unscored does not count: say how few the score rests on.
            if (derivation.ratedIndicatorCount() < derivation.indicatorCount)
                return tr("one rater; %1 of %n indicator(s) scored", nullptr, derivation.indicatorCount)
                    .arg(derivation.ratedIndicatorCount());
            return tr("one rater");
        }
        return tr("no indicator scored");
    }
    return {};
}

QVariant ScorecardModel::indicatorData(const Indicator &indicator, int column, int role) const
{
    const auto found = m_valueOfIndicator.constFind(indicator.id);
    const IndicatorValue *value = found == m_valueOfIndicator.cend() ? nullptr : &*found;
    switch (role) {
    case IndicatorIdRole: return indicator.id;
    case ValueIdRole: return value ? value->id : NoId;
    case DimensionRole: return triangle::index(indicator.dimension);
    case RubricRole: {
        QVariantList levels;
        for (const RubricLevel &l : indicator.rubric)
            levels << QVariantMap{{QStringLiteral("score"), l.score},
                                  {QStringLiteral("label"), localizedName(l.labelZh, l.labelEn)},
                                  {QStringLiteral("description"), localizedName(l.descriptionZh, l.descriptionEn)}};
        return levels;
    }
    case Qt::EditRole:
        if (column == LevelColumn || column == ScoreColumn)
            return value ? value->score : QVariant();
        if (column == NoteColumn)
            return value ? value->note : QString();
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("<b>%1</b><p>%2</p><p><i>How it is observed:</i> %3</p>")
                .arg(localizedName(indicator.nameZh, indicator.nameEn).toHtmlEscaped(), shownText(indicator.definition).toHtmlEscaped(),
                     shownText(indicator.observation).toHtmlEscaped());
        if (column == LevelColumn && value) {
            // The level as the cell shows it (cut in a narrow column), then its anchor's description.
            if (const RubricLevel *level = rubricLevelAt(indicator, value->score))
                return QStringLiteral("%1\n%2").arg(indicatorData(indicator, column, Qt::DisplayRole).toString(),
                                                    localizedName(level->descriptionZh, level->descriptionEn));
        }
        if (column == NoteColumn && value)
            return value->note;
        return {};
    case Qt::ForegroundRole:
        if (!value && column != NameColumn && column != WeightColumn)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DisplayRole:
        break;
    default: return {};
    }
    switch (column) {
    case NameColumn: return localizedName(indicator.nameZh, indicator.nameEn);
    case WeightColumn: return QStringLiteral("%1 %").arg(m_weights.value(indicator.id) * 100.0, 0, 'f', 0);
    case LevelColumn: return value ? levelText(indicator, value->score) : tr("not scored");
    case ScoreColumn: return value ? scoreText(value->score) : QString();
    case NoteColumn: return value ? value->note.section(QLatin1Char('\n'), 0, 0) : QString();
    case EvidenceColumn: return value ? QString::number(m_evidenceCount.value(value->id)) : QString();
    }
    return {};
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex &idx) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(idx);
    const bool editable = indicatorAt(idx) && m_raterId != NoId && m_regionId != NoId && m_stageId != NoId;
    if (editable && (idx.column() == LevelColumn || idx.column() == ScoreColumn || idx.column() == NoteColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScorecardModel::setData(const QModelIndex &idx, const QVariant &value, int role)
{
    const Indicator *indicator = indicatorAt(idx);
    if (role != Qt::EditRole || !indicator || m_raterId == NoId)
        return false;
    IndicatorValue v;
    if (auto existing = valueAt(idx))
        v = *existing;
    else
        v = {NoId, m_regionId, m_stageId, indicator->id, m_raterId, 0.0, {}};
    if (idx.column() == LevelColumn || idx.column() == ScoreColumn) {
        bool ok = false;
        const double score = value.toDouble(&ok);
        if (!ok)
            return false;
        v.score = roundToScoreGrid(score);
    } else if (idx.column() == NoteColumn) {
        if (v.id == NoId)
            return false; // a note explains a score: score the indicator first
        v.note = value.toString();
    } else {
        return false;
    }
    // The store's signal reloads the model.
    return m_editor->setIndicatorValue(v).has_value();
}

} // namespace triangle
