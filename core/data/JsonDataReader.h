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
    // 2 added the scorecard: raters, indicators, indicator values; 3 region groups
    static constexpr int FormatVersion = 3;

    struct Output
    {
        DataSet data;
        DataProblems problems;
    };

    // `sourceName` (a file name) starts every problem's location.
    static Output read(const QByteArray &bytes, const QString &sourceName);
    // The same for a document already parsed (the CSV reader builds one).
    static Output readDocument(const QJsonObject &root, const QString &sourceName);
};

} // namespace triangle
