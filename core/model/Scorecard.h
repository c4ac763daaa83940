#pragma once

// The indicator scorecard: what a dimension's score is made of. An indicator
// belongs to one dimension and carries a rubric of anchor levels on the 0–10
// scale; raters score indicators per region and stage, and a dimension's score
// can be derived from those values (analysis/ScoreDerivation.h).

#include "DomainNames.h"
#include "Entities.h"

#include <QList>
#include <QString>

namespace triangle {

// How the observed quantity relates to the score: most indicators are
// "higher is better"; a cost or a count of failures is "lower is better"
// (the rubric then puts the lower observation at the higher anchor).
enum class IndicatorDirection : std::uint8_t {
    HigherIsBetter,
    LowerIsBetter,
};

QString indicatorDirectionKey(IndicatorDirection direction); // "higher-better", "lower-better"
std::optional<IndicatorDirection> indicatorDirectionFromKey(QStringView key);
QString acceptedIndicatorDirectionKeys();

// One named anchor of a rubric: "7 — a law or regulation in force".
struct RubricLevel
{
    double score = 0.0; // on the 0–10 scale, 0.1 steps; unique within the rubric
    QString labelZh;
    QString labelEn;
    QString descriptionZh;
    QString descriptionEn;

    friend bool operator==(const RubricLevel &, const RubricLevel &) = default;
};

struct Indicator
{
    Id id = NoId;
    QString key; // stable identifier: "mission-vision"
    Dimension dimension = Dimension::Mission;
    QString nameZh;
    QString nameEn;
    QString definition;  // what it judges
    QString observation; // how it is observed: which documents, which facts
    IndicatorDirection direction = IndicatorDirection::HigherIsBetter;
    double weight = 1.0; // within its dimension, > 0; shown normalised
    int sortOrder = 0;
    QList<RubricLevel> rubric; // by score, ascending

    friend bool operator==(const Indicator &, const Indicator &) = default;
};

// Someone who scores: an analyst, a panel member, a reading of a source.
struct Rater
{
    Id id = NoId;
    QString key; // stable identifier: "article-reading"
    QString name;
    QString organisation;
    // What a panel reports of its experts (issue 22): their field and years
    // of experience; and the language their scoring packets are written in.
    QString field;
    std::optional<int> experienceYears; // 0–80
    Language language = Language::Chinese;

    friend bool operator==(const Rater &, const Rater &) = default;
};

// One rater's score of one indicator for one region at one stage. The rubric
// level chosen is the anchor whose score equals `score`; a score between
// anchors is allowed and shown as such.
struct IndicatorValue
{
    Id id = NoId;
    Id regionId = NoId;
    Id stageId = NoId;
    Id indicatorId = NoId;
    Id raterId = NoId;
    double score = 0.0; // 0–10, 0.1 steps
    QString note;

    friend bool operator==(const IndicatorValue &, const IndicatorValue &) = default;
};

// A policy or milestone that supports one indicator value.
struct IndicatorEvidence
{
    Id id = NoId;
    Id valueId = NoId;
    Evidence::Kind kind = Evidence::Kind::Policy;
    Id targetId = NoId;

    friend bool operator==(const IndicatorEvidence &, const IndicatorEvidence &) = default;
};

// How the raters' derived scores are combined into one.
enum class RaterAggregate : std::uint8_t {
    Mean,
    Median,
};

QString raterAggregateKey(RaterAggregate aggregate); // "mean", "median"
std::optional<RaterAggregate> raterAggregateFromKey(QStringView key);

// The anchor whose score equals `score`, or nullptr.
const RubricLevel *rubricLevelAt(const Indicator &indicator, double score);

} // namespace triangle
