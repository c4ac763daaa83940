#pragma once

// The raters' agreement over every region of a data set, stage by stage and
// pooled over stages, as the store gives it for a database (raterAgreementByStageFor):
// what the workbook's derived Agreement sheet shows.

#include "DataSet.h"
#include "analysis/AgreementByStage.h"

namespace triangle {

struct DataSetAgreement
{
    QList<Stage> stages; // in stage order; ids are the data set's own
    AgreementByStage agreement;
};
DataSetAgreement agreementOf(const DataSet &data);

} // namespace triangle
