#pragma once

#include "ReportContent.h"
#include "model/Entities.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace triangle {

class Store;

// A multi-page PDF report for chosen regions: the content of ReportPages
// (a cover, the method, the findings, a part per region in the order chosen —
// its evolution diagram, metrics, roll-up from assessed sub-regions, how each
// score was set and the argument behind it, and its dated policies and
// milestones — a part per region group, the comparison and the weight
// sensitivity) laid out on A4: each part from the top of a page, running on
// over as many pages as it needs. Figures are drawn with no type under 7 pt.
// Made in memory and written whole (writeOutputFile): a failed or cancelled
// report leaves no file (and any earlier file untouched).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(triangle::ReportWriter)

public:
    // Called after each part with (parts done, parts in all); returning false cancels.
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
