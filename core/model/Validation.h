#pragma once

// Rules every record must meet before it reaches the database. Forms use them
// to show a message at the field, the importer to report a file's problems,
// and the Store to refuse bad writes; the schema's CHECK constraints repeat
// the essential ones as the last line of defence.

#include "ComparisonSet.h"
#include "Entities.h"
#include "RecordLink.h"
#include "RegionGroup.h"
#include "Scorecard.h"

#include <QList>
#include <QString>

namespace triangle {

struct FieldProblem
{
    QString field;   // the record's field as named in data files: "code", "scores.mission"
    QString message; // a sentence in the UI language

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

using FieldProblems = QList<FieldProblem>;

bool isValidRegionCode(const QString &code);

FieldProblems validateRegion(const Region &region);
FieldProblems validateStage(const Stage &stage);
FieldProblems validateAssessment(const Assessment &assessment);
FieldProblems validatePolicy(const Policy &policy);
FieldProblems validateMilestone(const Milestone &milestone);
FieldProblems validateIndicator(const Indicator &indicator);
FieldProblems validateRater(const Rater &rater);
FieldProblems validateIndicatorValue(const IndicatorValue &value);
FieldProblems validateRegionGroup(const RegionGroup &group);
FieldProblems validateComparisonSet(const ComparisonSet &set);
FieldProblems validateRecordLink(const RecordLink &link);

// "code: must be six digits; name_zh: must not be empty"
QString describeProblems(const FieldProblems &problems);

} // namespace triangle
