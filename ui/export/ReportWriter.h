#pragma once

#include "model/Entities.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace triangle {

class Store;

// A multi-page PDF report for chosen regions: a cover, the method, one page
// per region (its evolution diagram, metrics, how each score was set, and
// dated policies and milestones), a comparison page and a weight-sensitivity
// page. Written through QSaveFile: a failed or cancelled report leaves no
// file (and any earlier file untouched).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportWriter)

public:
    // Called after each page with (pages done, pages in all); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        int pages = 0;
        QString error; // a sentence, when not ok and not cancelled
    };

    static Result write(const Store &store, const QList<Id> &regions, const QString &pdfPath, const Progress &progress = {});
};

} // namespace triangle
