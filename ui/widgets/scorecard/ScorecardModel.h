#pragma once

#include "analysis/ScoreDerivation.h"
#include "model/Scorecard.h"

#include <QAbstractItemModel>

#include <optional>

namespace triangle {

class Editor;

// One region at one stage, as one rater scored it: the three dimensions as
// parent rows, their indicators beneath with the rubric level, score, note
// and evidence count. Edits go through the Editor (undoable, saved at once);
// a dimension row shows the rater's derived score and, in the tooltip, all
// raters' spread.
class ScorecardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, WeightColumn, LevelColumn, ScoreColumn, NoteColumn, EvidenceColumn, ColumnCount };
    enum Role {
        IndicatorIdRole = Qt::UserRole + 1,
        ValueIdRole,      // the shown rater's value, NoId when unscored
        DimensionRole,    // int(Dimension), on every row
        RubricRole,       // on LevelColumn: QVariantList of {score, label, description} maps
    };

    explicit ScorecardModel(Editor *editor, QObject *parent = nullptr);

    void setAssessment(Id regionId, Id stageId); // NoId to show nothing
    void setRater(Id raterId);
    Id regionId() const { return m_regionId; }
    Id stageId() const { return m_stageId; }
    Id raterId() const { return m_raterId; }
    const QList<Indicator> &indicators() const { return m_indicators; }
    const ScoreDerivation &derivation() const { return m_derivation; }
    std::optional<IndicatorValue> valueAt(const QModelIndex &index) const;
    QModelIndex indexOfIndicator(Id indicatorId, int column = NameColumn) const;

    // Re-reads the store (called on its change signals).
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Indicators of one dimension, in their order.
    QList<const Indicator *> ofDimension(Dimension d) const;
    const Indicator *indicatorAt(const QModelIndex &index) const;
    QVariant dimensionData(Dimension d, int column, int role) const;
    QVariant indicatorData(const Indicator &indicator, int column, int role) const;

    Editor *m_editor;
    Id m_regionId = NoId;
    Id m_stageId = NoId;
    Id m_raterId = NoId;
    QList<Indicator> m_indicators;
    PerDimension<QList<const Indicator *>> m_byDimension;
    QHash<Id, IndicatorValue> m_valueOfIndicator; // the shown rater's values
    QHash<Id, int> m_evidenceCount;              // by value id
    QHash<Id, double> m_weights;                 // normalised
    ScoreDerivation m_derivation;                // all raters
    QHash<Id, QString> m_raterNames;
    std::optional<Assessment> m_assessment;
};

} // namespace triangle
