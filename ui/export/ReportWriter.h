#pragma once

#include "ReportContent.h"
#include "model/Entities.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace triangle {

class Store;

// A multi-page PDF report for chosen regions (the content of ReportPages laid out on A4): a cover, the method, one page
// per region (its evolution diagram, metrics, its roll-up from assessed
// sub-regions, how each score was set, and dated policies and milestones;
// what does not fit under its figures runs onto a second page), one per
// region group, the comparison (on as many pages as its panels need to be
// drawn at print size) and a weight-sensitivity page. Figures are drawn with
// no type under 7 pt. Made in memory and written whole
// (writeOutputFile): a failed or cancelled report leaves no
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

    // `groups`: region groups, each with a page of its own after the regions'
    // (its aggregate triangle across the stages, with the members' range)
    // and a triangle on the comparison page. With groups and no regions the
    // findings and sensitivity pages take the groups' members.
    static Result write(const Store &store, const QList<Id> &regions, const QString &pdfPath, const Progress &progress = {},
                        const QList<Id> &groups = {});
    // The content laid out: each section from the top of a page, running on
    // over as many pages as it needs.
    static Result write(const ReportContent &content, const QString &pdfPath, const Progress &progress = {});
};

} // namespace triangle
