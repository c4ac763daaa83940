#pragma once

// What `triangle-studio sensitivity` writes: a table for people, CSV and JSON
// with stable keys for scripts.

#include "analysis/WeightSensitivity.h"
#include "data/Provenance.h"
#include "model/Entities.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace triangle::cli {

// One run of the weight sensitivity, with what its output names.
struct SensitivityRun
{
    Stage stage;
    SensitivityResult result;
    QHash<Id, Region> regions;  // every region of the result, by id
    QList<Region> notAssessed;  // asked for, but without an assessment at the stage
    Provenance provenance;      // what it was computed with
};

// Aligned columns in the interface language; shares of draws as percentages.
QString sensitivityTable(const SensitivityRun &run);
// A header row of stable keys, then one row per region; rates as fractions.
QByteArray sensitivityCsv(const SensitivityRun &run);
// The parameters and one object per region; rates as fractions.
QByteArray sensitivityJson(const SensitivityRun &run);

} // namespace triangle::cli
