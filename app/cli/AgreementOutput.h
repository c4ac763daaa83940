#pragma once

// What `triangle-studio agreement` writes: a table for people, CSV and JSON
// with stable keys for scripts. Every stage's rows come first; the rows
// pooled over stages last, labelled so.

#include "data/Provenance.h"
#include "store/ScorecardQueries.h"
#include "model/Entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace triangle::cli {

struct AgreementRun
{
    QList<Region> regions; // those the agreement is over
    StageAgreements agreement;
    Provenance provenance; // what it was computed with
};

// Aligned columns in the interface language: stage, scope, α, 95 % interval,
// pairable units, verdict; each reason α or its interval is missing once, below.
QString agreementTable(const AgreementRun &run);
// A header row of stable keys, then a row per stage and scope; numbers to three decimals.
QByteArray agreementCsv(const AgreementRun &run);
// The method and an object per stage and scope; numbers to three decimals.
QByteArray agreementJson(const AgreementRun &run);

} // namespace triangle::cli
