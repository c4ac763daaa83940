#pragma once

#include "DataSet.h"
#include "store/Result.h"
#include "store/Store.h"

#include <memory>

namespace triangle {

// The file extension of Triangle Studio databases (registered as a MIME type
// by the desktop files in packaging/).
inline constexpr char DatabaseSuffix[] = "tsdb";

// The user's own database: <AppDataLocation>/default.tsdb.
QString defaultDatabasePath();

// The data shipped in resources/data/default-data.json: the national level,
// the 31 provincial-level units, the three stages and the article's three
// cases. Fails only if the shipped file is broken (a build error).
Result<DataSet> defaultData();

// The frame of a new study: the default data's regions, stages and region groups, without
// the article's policies, milestones and assessments.
DataSet referenceData(const DataSet &defaults);

// Creates a new database at `path` (which must not exist) holding `data`.
// A failure leaves no file behind.
Result<std::unique_ptr<Store>> createDatabase(const QString &path, const DataSet &data);

// Opens `path`, creating it when missing; a database this call creates is
// seeded with defaultData() before it is returned. A seed that fails leaves
// no file behind.
Result<std::unique_ptr<Store>> openOrCreateSeeded(const QString &path);

} // namespace triangle
