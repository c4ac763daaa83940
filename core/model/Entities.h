#pragma once

// The records analysts keep: regions, stages, assessments, policies,
// milestones and the evidence that ties a score to them.
// Plain values; the Store reads and writes them.

#include "Dimension.h"
#include "Kinds.h"
#include "PartialDate.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace triangle {

using Id = qint64;
inline constexpr Id NoId = 0; // a record not stored yet

struct Region
{
    Id id = NoId;
    QString code;   // GB/T 2260 administrative code, six digits (330000 = Zhejiang)
    QString nameZh;
    QString nameEn;
    Level level = Level::Province;
    Id parentId = NoId; // NoId for the national level
    QString agency;     // the body that runs offices affairs there
    QString notes;
    DataBasis basis = DataBasis::Observed; // the shipped cases are Illustrative

    friend bool operator==(const Region &, const Region &) = default;
};

// A time slice at which regions are assessed: initial (~2011), advantage
// (2016–2020), target (~2025), and any an analyst adds.
struct Stage
{
    Id id = NoId;
    QString key; // stable identifier: "initial", "advantage", "target"
    QString nameZh;
    QString nameEn;
    int startYear = 0;
    int endYear = 0;
    int sortOrder = 0;
    // The scores at this stage are planned values (the target triangle of a
    // Five-Year plan), not observed: findings that read them say so.
    bool planned = false;

    friend bool operator==(const Stage &, const Stage &) = default;
};

// One region at one stage: a score per dimension with the analyst's reasons.
struct Assessment
{
    Id id = NoId;
    Id regionId = NoId;
    Id stageId = NoId;
    DimensionScores scores;
    PerDimension<ScoreOrigin> origin; // Hand unless derived or not scored yet
    PerDimension<QString> rationale;
    // Where the scores come from and how far to trust them,
    // e.g. "an analyst's reading of the article's narrative, not measured".
    QString sourceNote;

    // Whether every dimension has a score, typed or derived: only such an
    // assessment is a triangle that figures, findings and reports read.
    bool isScored() const
    {
        for (Dimension d : AllDimensions) {
            if (origin[d] == ScoreOrigin::Unscored)
                return false;
        }
        return true;
    }

    friend bool operator==(const Assessment &, const Assessment &) = default;
};

struct Policy
{
    Id id = NoId;
    QString uid; // stable across export and import; generated when empty
    Id regionId = NoId; // the region whose government issued it
    QString titleZh;
    QString titleEn;
    QString issuer;
    PartialDate date;
    Level level = Level::National;
    PolicyKind kind = PolicyKind::Other;
    DimensionSet dimensions;
    // The dimension the record counts for in the dated-evidence reading
    // (one of `dimensions`); none: shared equally among them.
    std::optional<Dimension> primaryDimension;
    bool dateImputed = false; // the source gives no date: placed from context
    QString summary;
    QString reference;

    friend bool operator==(const Policy &, const Policy &) = default;
};

struct Quantity
{
    double value = 0.0;
    QString unit; // "项", "m²", "records"

    friend bool operator==(const Quantity &, const Quantity &) = default;
};

struct Milestone
{
    Id id = NoId;
    QString uid;
    Id regionId = NoId;
    PartialDate date;
    QString titleZh;
    QString titleEn;
    QString description;
    DimensionSet dimensions;
    std::optional<Dimension> primaryDimension; // as a policy's
    bool dateImputed = false;
    std::optional<Quantity> quantity;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

// A link from one dimension of one assessment to the policy or milestone
// that supports that score.
struct Evidence
{
    enum class Kind { Policy, Milestone };

    Id id = NoId;
    Id assessmentId = NoId;
    Dimension dimension = Dimension::Mission;
    Kind kind = Kind::Policy;
    Id targetId = NoId; // a Policy id or a Milestone id, by kind

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

} // namespace triangle
