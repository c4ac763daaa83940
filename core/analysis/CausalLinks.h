#pragma once

// Causal links checked against the dates (docs/method.md, "Causal links"):
// a record that was pulled by another must come after it. Dates are compared
// as the months they allow (EvidenceTiming's spans), so two records in
// overlapping spans cannot be told apart, and a date placed from context is
// flagged, since the check then rests on the analyst's placing.

#include "EvidenceTiming.h"
#include "model/RecordLink.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace triangle {

// A region's record as the check needs it.
struct LinkedRecord
{
    RecordRef ref;
    QString uid;
    QString titleZh;
    QString titleEn;
    PartialDate date;
    bool dateImputed = false;
};

// Where the pulled record stands against its puller.
enum class LinkOrder {
    After,      // the pulled record's months all come after the puller's
    CannotTell, // their months overlap
    Before,     // the pulled record comes first: the link contradicts the dates
};

struct LinkCheck
{
    RecordLink link;
    LinkedRecord from;
    LinkedRecord to;
    LinkOrder order = LinkOrder::CannotTell;
    bool missingRecord = false; // an end not among the records given: not checked
    bool imputed() const { return from.dateImputed || to.dateImputed; }
};

// A region's links, each checked, and the chains they make.
struct CausalReading
{
    QList<LinkCheck> checks; // in the links' order
    // Each chain is a path A → B → C… along the links, as indices into
    // `checks`, from a record nothing pulled to one that pulls nothing; a
    // link that forks starts a chain per branch, and a cycle stops where it
    // would come back.
    QList<QList<int>> chains;

    int count(LinkOrder order) const;
    int imputedCount() const;
};

CausalReading readCausalLinks(const QList<LinkedRecord> &records, const QList<RecordLink> &links);

// The check's words for reports, views and the command line.
class CausalLinkText
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CausalLinkText)

public:
    static QString order(LinkOrder order);   // "after", "same time, cannot tell", …
    static QString key(LinkOrder order);     // "after", "cannot_tell", "contradicts" (JSON)
    static QString imputedNote();            // "a date placed from context"
    static QString recordKey(const LinkedRecord &record); // "policy:UID", as data files name it
    static QString record(const LinkedRecord &record);    // "2018 · title" in the UI language
    // "2018 · A → 2023-01 · B: after", the imputed dates said; tables give
    // the quote and its location beside it.
    static QString line(const LinkCheck &check);
    // Each link once, along the chains in order: what views and the report list.
    static QList<int> chainOrder(const CausalReading &reading);
};

} // namespace triangle
