#pragma once

#include "DataSet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace triangle {

// Reads the JSON data format (docs/data-format.md). The whole input is
// checked, so every problem is reported at once with its JSON path; the
// DataSet is usable only when the problem list is empty. Cross-record
// references are checked by the importer, which also knows the database.
class JsonDataReader
{
public:
    // 2 added the scorecard: raters, indicators, indicator values; 3 region
    // groups; 4 comparison sets
    // 8: record_links, causal links between records; 9: the expert panel
    // (raters' field, experience_years, language; panel_settings,
    // panel_packets, panel_scores, panel_judgments; weight_sets)
    static constexpr int FormatVersion = 9;

    struct Output
    {
        DataSet data;
        DataProblems problems;
    };

    // `sourceName` (a file name) starts every problem's location.
    static Output read(const QByteArray &bytes, const QString &sourceName);
    // The same for a document already parsed (the CSV reader builds one).
    static Output readDocument(const QJsonObject &root, const QString &sourceName);

    // A file, as read() would, with the same problems. One of `streamFrom`
    // bytes or more is not held in memory: it is mapped, its policies and
    // milestones are parsed one at a time to be checked, and the DataSet walks
    // them again from the file (DataSet::streamed) to import them.
    // `progress` is told the bytes checked so far; when it returns false the
    // read stops with a problem saying so.
    static Output readFile(const QString &path, const QString &sourceName, qint64 streamFrom = StreamFromBytes,
                           const DataProgress &progress = {});
    static constexpr qint64 StreamFromBytes = 8LL * 1024 * 1024;
    // A streamed file that is not well-formed is parsed whole, to say exactly
    // what is wrong, only up to this size.
    static constexpr qint64 MaxWholeBytes = 256LL * 1024 * 1024;
    // One element of "policies" or "milestones" at `path` ("$.milestones[3]"),
    // checked as read() checks it (all but the uniqueness of its uid); its
    // problems are appended with locations ": $.milestones[3].date".
    static PolicyRecord readPolicy(const QJsonObject &object, const QString &path, DataProblems &problems);
    static MilestoneRecord readMilestone(const QJsonObject &object, const QString &path, DataProblems &problems);
    // "duplicate milestone uid “%1” (first used at %2)", for "policies" or "milestones".
    static QString duplicateUidMessage(const QString &section);

    // Problems listed from one streamed section at most; the rest are counted.
    static constexpr qsizetype MaxListedProblems = 1000;
};

} // namespace triangle
