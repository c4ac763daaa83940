#include "DataTables.h"

#include "JsonDataReader.h"
#include "model/DomainNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <optional>
#include <type_traits>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataTables)
};

// What a table's rows become in the JSON document.
enum class Fills {
    Records,            // one element of `section` per row
    Settings,           // one key of "settings" per row
    Rubric,             // a level of its indicator's "rubric"
    AssessmentEvidence, // a "kind:uid" of its assessment's "evidence"
    ValueEvidence,      // a "kind:uid" of its indicator value's "evidence"
    Object,             // one row: the object `section` (panel_settings)
    WeightSetValue,     // one of its weight set's "values"
};

struct Section
{
    DataTableSpec spec;
    Fills fills;
    const char *section; // for Records, the JSON section: "regions"
};

// In reading order: a table whose rows attach to another's comes after it.
const QList<Section> &sections()
{
    using Cell = ColumnType;
    static const QList<Section> all = {
        {{"settings",
          {{"key", Cell::Text, true}, {"value", Cell::Text, true}}},
         Fills::Settings, nullptr},
        {{"stages",
          {{"key", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false},
          {"start_year", Cell::Integer, true}, {"end_year", Cell::Integer, true}, {"order", Cell::Integer, true},
          {"status", Cell::Text, false}}},
         Fills::Records, "stages"},
        {{"regions",
          {{"code", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false}, {"level", Cell::Text, true},
          {"parent", Cell::Text, false}, {"agency", Cell::Text, false}, {"notes", Cell::Text, false},
          {"data_basis", Cell::Text, false}}},
         Fills::Records, "regions"},
        {{"policies",
          {{"uid", Cell::Text, true}, {"region", Cell::Text, true}, {"date", Cell::Date, true}, {"title_zh", Cell::Text, true},
          {"title_en", Cell::Text, false}, {"issuer", Cell::Text, false}, {"level", Cell::Text, true}, {"kind", Cell::Text, true},
          {"dimensions", Cell::Dimensions, true}, {"summary", Cell::Text, false}, {"reference", Cell::Text, false},
          {"primary_dimension", Cell::Text, false}, {"date_basis", Cell::Text, false}}},
         Fills::Records, "policies"},
        {{"milestones",
          {{"uid", Cell::Text, true}, {"region", Cell::Text, true}, {"date", Cell::Date, true}, {"title_zh", Cell::Text, true},
          {"title_en", Cell::Text, false}, {"description", Cell::Text, false}, {"dimensions", Cell::Dimensions, true},
          {"quantity", Cell::Number, false}, {"unit", Cell::Text, false}, {"primary_dimension", Cell::Text, false},
          {"date_basis", Cell::Text, false}}},
         Fills::Records, "milestones"},
        {{"raters",
          {{"key", Cell::Text, true}, {"name", Cell::Text, true}, {"organisation", Cell::Text, false}, {"field", Cell::Text, false},
          {"experience_years", Cell::Integer, false}, {"language", Cell::Text, false}}},
         Fills::Records, "raters"},
        {{"indicators",
          {{"key", Cell::Text, true}, {"dimension", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false},
          {"definition", Cell::Text, false}, {"observation", Cell::Text, false}, {"direction", Cell::Text, false},
          {"weight", Cell::Number, true}, {"order", Cell::Integer, true}}},
         Fills::Records, "indicators"},
        {{"rubric_levels",
          {{"indicator", Cell::Text, true}, {"score", Cell::Number, true}, {"label_zh", Cell::Text, true},
          {"label_en", Cell::Text, false}, {"description_zh", Cell::Text, false}, {"description_en", Cell::Text, false}}},
         Fills::Rubric, nullptr},
        {{"indicator_values",
          {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"indicator", Cell::Text, true}, {"rater", Cell::Text, true},
          {"score", Cell::Number, true}, {"note", Cell::Text, false}}},
         Fills::Records, "indicator_values"},
        {{"indicator_evidence",
          {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"indicator", Cell::Text, true}, {"rater", Cell::Text, true},
          {"kind", Cell::Text, true}, {"uid", Cell::Text, true}}},
         Fills::ValueEvidence, nullptr},
        {{"assessments",
          {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"mission", Cell::Number, true},
          {"political", Cell::Number, true}, {"operational", Cell::Number, true}, {"mission_origin", Cell::Text, false},
          {"political_origin", Cell::Text, false}, {"operational_origin", Cell::Text, false},
          {"mission_rationale", Cell::Text, false}, {"political_rationale", Cell::Text, false},
          {"operational_rationale", Cell::Text, false}, {"source", Cell::Text, false}}},
         Fills::Records, "assessments"},
        {{"evidence",
          {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"dimension", Cell::Text, true}, {"kind", Cell::Text, true},
          {"uid", Cell::Text, true}}},
         Fills::AssessmentEvidence, nullptr},
        {{"groups",
          {{"key", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false}, {"note", Cell::Text, false},
          {"source", Cell::Text, false}, {"members", Cell::Text, false}}},
         Fills::Records, "groups"},
        {{"comparison_sets",
          {{"key", Cell::Text, true}, {"name", Cell::Text, true}, {"note", Cell::Text, false}, {"members", Cell::Text, false}}},
         Fills::Records, "comparison_sets"},
        {{"record_links",
          {{"from", Cell::Text, true}, {"to", Cell::Text, true}, {"quote", Cell::Text, true}, {"location", Cell::Text, false},
          {"note", Cell::Text, false}}},
         Fills::Records, "record_links"},
        // The expert panel (format 9).
        {{"panel_settings",
          {{"max_cv", Cell::Number, false}, {"significance", Cell::Number, false}, {"min_w", Cell::Number, false},
          {"ahp_aggregation", Cell::Text, false}, {"max_cr", Cell::Number, false}}},
         Fills::Object, "panel_settings"},
        {{"panel_packets",
          {{"uuid", Cell::Text, true}, {"rater", Cell::Text, true}, {"round", Cell::Integer, true}, {"stage", Cell::Text, true},
          {"regions", Cell::Text, true}, {"comparisons", Cell::Text, false}, {"deadline", Cell::Text, false},
          {"created_at", Cell::Text, true}, {"returned_at", Cell::Text, false}}},
         Fills::Records, "panel_packets"},
        {{"panel_scores",
          {{"rater", Cell::Text, true}, {"round", Cell::Integer, true}, {"stage", Cell::Text, true}, {"region", Cell::Text, true},
          {"indicator", Cell::Text, true}, {"score", Cell::Number, true}, {"note", Cell::Text, false}, {"reason", Cell::Text, false},
          {"packet", Cell::Text, false}}},
         Fills::Records, "panel_scores"},
        {{"panel_judgments",
          {{"rater", Cell::Text, true}, {"round", Cell::Integer, true}, {"scope", Cell::Text, true}, {"first", Cell::Text, true},
          {"second", Cell::Text, true}, {"value", Cell::Number, true}, {"packet", Cell::Text, false}}},
         Fills::Records, "panel_judgments"},
        // Weight sets (format 9): a set per row, then its weights, one per indicator.
        {{"weight_sets",
          {{"name", Cell::Text, true}, {"method", Cell::Text, true}, {"detail", Cell::Text, false}, {"round", Cell::Integer, false},
          {"stage", Cell::Text, false}, {"created_at", Cell::Text, false}, {"active", Cell::Text, false}}},
         Fills::Records, "weight_sets"},
        {{"weight_set_values", {{"set", Cell::Text, true}, {"indicator", Cell::Text, true}, {"weight", Cell::Number, true}}},
         Fills::WeightSetValue, nullptr},
    };
    return all;
}

// A cell as the JSON reader expects it; text that is not a number stays
// text, so the reader reports "must be a number" at the right place.
QJsonValue cellValue(const QString &raw, ColumnType type)
{
    using Cell = ColumnType;
    const QString text = raw.trimmed();
    switch (type) {
    case Cell::Text:
    case Cell::Date: return raw;
    case Cell::Integer:
    case Cell::Number: {
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? QJsonValue(value) : QJsonValue(raw);
    }
    case Cell::Dimensions: {
        QJsonArray list;
        static const QRegularExpression separators(QStringLiteral("[;,、\\s]+")); // compiled once: a million rows may use it
        for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
            list.append(part);
        return list;
    }
    }
    return raw;
}

// Where a row of a table came from, to turn "$.regions[3].code" into
// "regions.csv: line 5, column code".
struct Origin
{
    const SourceTable *table = nullptr;
    int line = 0;
    QString column; // set when the JSON field is not the column's key
};

QString placeOf(const SourceTable &table, int line, const QString &column = {})
{
    QString place = tableRowPlace(table, line);
    if (!column.isEmpty())
        place += columnPlace(table.titles.value(column), column);
    return place;
}

// Natural keys of several parts, joined with a character no key holds.
QString joinKeys(const QStringList &parts) { return parts.join(QChar(0x1f)); }

// The rubric order the JSON reader sorts into (a score that is not a number
// counts as 0 there), so that a rubric index means the same row before and after.
double rubricSortKey(const QJsonObject &level)
{
    const QJsonValue score = level.value(QStringLiteral("score"));
    return score.isDouble() ? score.toDouble() : 0.0;
}

struct RubricRow
{
    QJsonObject level;
    Origin origin;
};

// A row as the JSON object of its section: an empty optional cell is a field left out.
QJsonObject rowObject(const DataTableSpec &spec, const QHash<QString, int> &at, const QStringList &row)
{
    QJsonObject o;
    for (const DataColumn &c : spec.columns) {
        const int i = at.value(QLatin1StringView(c.key), -1);
        if (i < 0)
            continue;
        const QJsonValue value = cellValue(row[i], c.type);
        if (!c.required && (value.isUndefined() || (value.isString() && value.toString().isEmpty())))
            continue;
        o.insert(QLatin1StringView(c.key), value);
    }
    return o;
}

// A streamed policies or milestones table: what is needed to read its rows
// as records, long after the SourceTable it came from is gone.
struct StreamedTable
{
    DataTableSpec spec;
    QString section; // "milestones"
    SourceTable place; // the names, without cells
    QHash<QString, int> at; // field key → column
    qsizetype headerSize = 0;
    std::shared_ptr<const TableRows> rows;
    QString lineWord = Tr::tr("line %1"); // a CSV file counts lines

    // The row as a record; problems at ": $.milestones[i].field" become "milestones.csv: line 5, column field".
    template<typename Record>
    Record read(const QStringList &row, int line, qsizetype index, DataProblems *problems) const
    {
        const QString path = QStringLiteral("$.%1[%2]").arg(section).arg(index);
        DataProblems found;
        Record record;
        if constexpr (std::is_same_v<Record, PolicyRecord>)
            record = JsonDataReader::readPolicy(rowObject(spec, at, row), path, found);
        else
            record = JsonDataReader::readMilestone(rowObject(spec, at, row), path, found);
        record.origin = place.shownName + QStringLiteral(": ") + lineWord.arg(line); // tableRowPlace, its words looked up once
        if (problems) {
            const QString prefix = QStringLiteral(": ") + path + QLatin1Char('.');
            for (const DataProblem &p : std::as_const(found)) {
                QString column;
                if (p.location.startsWith(prefix)) {
                    column = p.location.mid(prefix.size());
                    column = column.left(std::min(column.indexOf(QLatin1Char('.')) < 0 ? column.size() : column.indexOf(QLatin1Char('.')),
                                                  column.indexOf(QLatin1Char('[')) < 0 ? column.size() : column.indexOf(QLatin1Char('['))));
                }
                problems->append({placeOf(place, line, column), p.message});
            }
        }
        return record;
    }
};

// The policies and milestones of streamed tables, each walk a new read of their files.
class TableTimeline : public StreamedRecords
{
public:
    std::optional<StreamedTable> policies, milestones;
    qsizetype policyRows = 0, milestoneRows = 0;

    qsizetype policyCount() const override { return policyRows; }
    qsizetype milestoneCount() const override { return milestoneRows; }
    bool forEachPolicy(const std::function<bool(const PolicyRecord &)> &take) const override { return walk(policies, take); }
    bool forEachMilestone(const std::function<bool(const MilestoneRecord &)> &take) const override { return walk(milestones, take); }

private:
    template<typename Record>
    static bool walk(const std::optional<StreamedTable> &table, const std::function<bool(const Record &)> &take)
    {
        if (!table)
            return true;
        qsizetype index = 0;
        bool stopped = false;
        QString error;
        const bool read = table->rows->forEachRow(
            [&](const QStringList &row, int line, qint64) {
                if (row.size() != table->headerSize)
                    return !(stopped = true); // the first walk found none such
                stopped = !take(table->template read<Record>(row, line, index++, nullptr));
                return !stopped;
            },
            &error);
        return read && !stopped;
    }
};

// The first walk over a streamed table: every row checked as a small table's
// would be, uids compared by their hashes and, where two meet, by the uids.
// Returns the number of rows.
qsizetype checkStreamedTable(const StreamedTable &table, DataProblems &out, const DataProgress &progress, bool &cancelled)
{
    qsizetype unlisted = 0;
    auto note = [&](const DataProblem &p) {
        if (out.size() < JsonDataReader::MaxListedProblems)
            out.append(p);
        else
            ++unlisted;
    };
    QHash<size_t, std::pair<int, qint64>> uidAt; // hash of a uid → line and offset of its first row
    const QString duplicate = JsonDataReader::duplicateUidMessage(table.section);
    const int uidColumn = table.at.value(QStringLiteral("uid"), -1);
    qsizetype index = 0;
    QString error;
    const bool read = table.rows->forEachRow(
        [&](const QStringList &row, int line, qint64 offset) {
            if (progress && index % 4096 == 0 && !progress(offset, table.rows->bytes())) {
                cancelled = true;
                return false;
            }
            if (row.size() != table.headerSize) {
                note({placeOf(table.place, line), Tr::tr("has %1 fields where the header has %2").arg(row.size()).arg(table.headerSize)});
                ++index;
                return true;
            }
            DataProblems found;
            QString uid;
            if (table.section == QStringLiteral("policies"))
                uid = table.read<PolicyRecord>(row, line, index, &found).policy.uid;
            else
                uid = table.read<MilestoneRecord>(row, line, index, &found).milestone.uid;
            for (const DataProblem &p : std::as_const(found))
                note(p);
            if (!uid.isEmpty() && uidColumn >= 0) {
                const size_t h = qHash(uid);
                const auto first = uidAt.constFind(h);
                if (first == uidAt.cend())
                    uidAt.insert(h, {line, offset});
                else if (table.rows->rowAt(first->second).value(uidColumn) == uid)
                    note({placeOf(table.place, line, QStringLiteral("uid")),
                          duplicate.arg(uid, placeOf(table.place, first->first, QStringLiteral("uid")))});
            }
            ++index;
            return true;
        },
        &error);
    if (!read && !cancelled)
        note({table.place.shownName, error});
    if (unlisted > 0)
        out.append({table.place.shownName, Tr::tr("%n more problem(s) not listed", nullptr, int(unlisted))});
    return index;
}
} // namespace

QString tableRowPlace(const SourceTable &table, int line)
{
    return table.shownName + QStringLiteral(": ")
        + (table.rowsAre == SourceTable::Rows::Lines ? Tr::tr("line %1").arg(line) : Tr::tr("row %1").arg(line));
}

DataReadOutput readDataTables(const QList<SourceTable> &sources, const DataProgress &progress)
{
    auto timeline = std::make_shared<TableTimeline>();
    DataReadOutput out;
    QHash<QString, QJsonArray> records;            // JSON section → its elements
    QHash<QString, QList<Origin>> origins;         // JSON section → origin of each element
    QJsonObject settings;
    QHash<QString, Origin> settingOrigins;         // setting key → its row
    QHash<QString, int> assessmentIndex;           // region, stage → index in assessments
    QHash<QString, int> indicatorIndex;            // key → index in indicators
    QHash<QString, int> valueIndex;                // region, stage, indicator, rater → index in indicator_values
    QHash<int, QHash<QString, QJsonArray>> assessmentEvidence; // assessment index → dimension → refs
    QHash<QString, QList<Origin>> evidenceOrigins; // "index.dimension" → origin of each ref
    QHash<int, QList<RubricRow>> rubricRows;       // indicator index → its levels, in table order
    QHash<int, QList<Origin>> rubricOrigins;       // indicator index → origin of each level, as sorted
    QHash<int, QJsonArray> valueEvidence;          // value index → refs
    QHash<int, QList<Origin>> valueEvidenceOrigins;
    QHash<QString, QHash<QString, QString>> columnTitles;
    QHash<QString, QJsonObject> objects;           // a one-row table's JSON section → its object
    QHash<QString, Origin> objectOrigins;          // that section → its row
    QHash<QString, int> weightSetIndex;            // name → index in weight_sets
    QHash<int, QJsonArray> weightSetValues;        // weight set index → its values, in table order
    QHash<int, QList<Origin>> weightSetValueOrigins;
    // How the sources name a table, also one they do not hold: "indicators.csv", "sheet indicators".
    auto shownOf = [&sources](const char *table) {
        const QString name = QLatin1StringView(table);
        for (const SourceTable &t : sources) {
            if (t.table == name)
                return t.shownName;
        }
        return sources.isEmpty() ? name : QString(sources.first().shownName).replace(sources.first().table, name);
    };

    for (const Section &section : sections()) {
        const QString tableName = QLatin1StringView(section.spec.name);
        const auto found = std::find_if(sources.cbegin(), sources.cend(), [&](const SourceTable &t) { return t.table == tableName; });
        if (found == sources.cend())
            continue;
        const SourceTable &source = *found;
        if (!source.error.isEmpty()) {
            out.problems << DataProblem{source.shownName, source.error};
            continue;
        }
        if (!source.titles.isEmpty())
            columnTitles.insert(source.shownName, source.titles);
        const CsvTable &table = source.cells;
        // Columns: each known one found (any order), each required one present, nothing unknown.
        QHash<QString, int> at;
        QStringList known;
        for (const DataColumn &c : section.spec.columns)
            known << QLatin1StringView(c.key);
        for (int i = 0; i < table.header.size(); ++i) {
            const QString name = table.header[i].trimmed();
            if (!known.contains(name))
                out.problems << DataProblem{placeOf(source, source.keyLine),
                                            Tr::tr("unknown column “%1” (accepted: %2)").arg(name, known.join(QStringLiteral(", ")))};
            else
                at.insert(name, i);
        }
        bool columnsOk = true;
        for (const DataColumn &c : section.spec.columns) {
            if (c.required && !at.contains(QLatin1StringView(c.key))) {
                out.problems << DataProblem{placeOf(source, source.keyLine),
                                            Tr::tr("the required column “%1” is missing").arg(QLatin1StringView(c.key))};
                columnsOk = false;
            }
        }
        if (!columnsOk)
            continue;
        if (source.streamedRows && (tableName == QStringLiteral("policies") || tableName == QStringLiteral("milestones"))) {
            SourceTable place = source;
            place.cells = {};
            place.streamedRows.reset();
            StreamedTable streamed{section.spec, tableName, place, at, table.header.size(), source.streamedRows};
            if (source.rowsAre == SourceTable::Rows::Rows)
                streamed.lineWord = Tr::tr("row %1"); // a sheet counts rows
            (tableName == QStringLiteral("policies") ? timeline->policies : timeline->milestones) = streamed;
            continue;
        }

        const QString sectionName = section.section ? QString(QLatin1StringView(section.section)) : QString();
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows[r];
            const int line = table.rowLines[r];
            const QString where = placeOf(source, line);
            if (row.size() != table.header.size()) {
                out.problems << DataProblem{where, Tr::tr("has %1 fields where the header has %2").arg(row.size()).arg(table.header.size())};
                continue;
            }
            QJsonObject o = rowObject(section.spec, at, row);
            auto cell = [&o](const char *name) { return o.value(QLatin1StringView(name)).toString(); };
            // Evidence rows are checked for their kind here, where the column is known;
            // the JSON reader would only see "kind:uid" as a whole.
            auto evidenceRef = [&]() -> std::optional<QString> {
                const QString kind = cell("kind").trimmed();
                if (kind != QStringLiteral("policy") && kind != QStringLiteral("milestone")) {
                    out.problems << DataProblem{placeOf(source, line, QStringLiteral("kind")),
                                                Tr::tr("“%1” is not one of: policy, milestone").arg(kind)};
                    return std::nullopt;
                }
                return kind + QLatin1Char(':') + cell("uid").trimmed();
            };

            switch (section.fills) {
            case Fills::Records: {
                const int index = int(records[sectionName].size());
                if (sectionName == QStringLiteral("regions") && cell("parent").isEmpty())
                    o.insert(QStringLiteral("parent"), QJsonValue());
                if ((sectionName == QStringLiteral("groups") || sectionName == QStringLiteral("comparison_sets"))
                    && o.contains(QStringLiteral("members"))) {
                    // One cell of region codes, separated as dimensions are; a set keeps their order.
                    static const QRegularExpression separators(QStringLiteral("[;,、\\s]+"));
                    o.insert(QStringLiteral("members"),
                             QJsonArray::fromStringList(cell("members").split(separators, Qt::SkipEmptyParts)));
                }
                if (sectionName == QStringLiteral("panel_packets")) {
                    // The regions in one cell, as a group's members; "comparisons" yes or no.
                    static const QRegularExpression separators(QStringLiteral("[;,、\\s]+"));
                    o.insert(QStringLiteral("regions"), QJsonArray::fromStringList(cell("regions").split(separators, Qt::SkipEmptyParts)));
                    if (o.contains(QStringLiteral("comparisons"))) {
                        const QString flag = cell("comparisons").trimmed().toLower();
                        if (flag == QStringLiteral("yes") || flag == QStringLiteral("true") || flag == QStringLiteral("1"))
                            o.insert(QStringLiteral("comparisons"), true);
                        else if (flag == QStringLiteral("no") || flag == QStringLiteral("false") || flag == QStringLiteral("0"))
                            o.insert(QStringLiteral("comparisons"), false);
                    }
                }
                if (sectionName == QStringLiteral("assessments")) {
                    // Flat columns into the nested scores, origin and rationale objects.
                    QJsonObject scores, origin, rationale;
                    for (Dimension d : AllDimensions) {
                        const QString key = dimensionKey(d);
                        if (o.contains(key))
                            scores.insert(key, o.take(key));
                        if (o.contains(key + QStringLiteral("_origin")))
                            origin.insert(key, o.take(key + QStringLiteral("_origin")).toString().trimmed());
                        if (o.contains(key + QStringLiteral("_rationale")))
                            rationale.insert(key, o.take(key + QStringLiteral("_rationale")));
                    }
                    o.insert(QStringLiteral("scores"), scores);
                    if (!origin.isEmpty())
                        o.insert(QStringLiteral("origin"), origin);
                    if (!rationale.isEmpty())
                        o.insert(QStringLiteral("rationale"), rationale);
                    assessmentIndex.insert(joinKeys({cell("region"), cell("stage")}), index);
                } else if (sectionName == QStringLiteral("weight_sets")) {
                    // "active" yes or no, as a packet's "comparisons"; every set has its values, if none.
                    if (o.contains(QStringLiteral("active"))) {
                        const QString flag = cell("active").trimmed().toLower();
                        if (flag == QStringLiteral("yes") || flag == QStringLiteral("true") || flag == QStringLiteral("1"))
                            o.insert(QStringLiteral("active"), true);
                        else if (flag == QStringLiteral("no") || flag == QStringLiteral("false") || flag == QStringLiteral("0"))
                            o.insert(QStringLiteral("active"), false);
                    }
                    o.insert(QStringLiteral("values"), QJsonArray());
                    if (!weightSetIndex.contains(cell("name").trimmed()))
                        weightSetIndex.insert(cell("name").trimmed(), index);
                } else if (sectionName == QStringLiteral("indicators")) {
                    if (!indicatorIndex.contains(cell("key")))
                        indicatorIndex.insert(cell("key"), index);
                } else if (sectionName == QStringLiteral("indicator_values")) {
                    const QString key = joinKeys({cell("region"), cell("stage"), cell("indicator"), cell("rater")});
                    if (!valueIndex.contains(key))
                        valueIndex.insert(key, index);
                }
                records[sectionName].append(o);
                origins[sectionName] << Origin{&source, line, {}};
                break;
            }
            case Fills::Settings: {
                const QString key = cell("key").trimmed();
                if (key != QStringLiteral("rater_aggregate") && key != QStringLiteral("group_aggregate")) {
                    out.problems << DataProblem{placeOf(source, line, QStringLiteral("key")),
                                                Tr::tr("unknown setting “%1” (accepted: %2)")
                                                    .arg(key, QStringLiteral("rater_aggregate, group_aggregate"))};
                } else if (settingOrigins.contains(key)) {
                    out.problems << DataProblem{placeOf(source, line, QStringLiteral("key")),
                                                Tr::tr("“%1” is already set at %2").arg(key, placeOf(source, settingOrigins.value(key).line))};
                } else {
                    settings.insert(key, o.value(QStringLiteral("value")));
                    settingOrigins.insert(key, Origin{&source, line, QStringLiteral("value")});
                }
                break;
            }
            case Fills::Object: {
                if (objectOrigins.contains(sectionName)) {
                    out.problems << DataProblem{where, Tr::tr("%1 holds one row; this is another (the first is at %2)")
                                                           .arg(source.shownName, placeOf(source, objectOrigins.value(sectionName).line))};
                } else {
                    objects.insert(sectionName, o);
                    objectOrigins.insert(sectionName, Origin{&source, line, {}});
                }
                break;
            }
            case Fills::Rubric: {
                const int index = indicatorIndex.value(cell("indicator"), -1);
                if (index < 0) {
                    out.problems << DataProblem{placeOf(source, line, QStringLiteral("indicator")),
                                                Tr::tr("there is no indicator “%1” in %2").arg(cell("indicator"), shownOf("indicators"))};
                    break;
                }
                o.remove(QStringLiteral("indicator"));
                rubricRows[index] << RubricRow{o, Origin{&source, line, {}}};
                break;
            }
            case Fills::WeightSetValue: {
                const int index = weightSetIndex.value(cell("set").trimmed(), -1);
                if (index < 0) {
                    out.problems << DataProblem{placeOf(source, line, QStringLiteral("set")),
                                                Tr::tr("there is no weight set “%1” in %2").arg(cell("set"), shownOf("weight_sets"))};
                    break;
                }
                o.remove(QStringLiteral("set"));
                weightSetValues[index].append(o);
                weightSetValueOrigins[index] << Origin{&source, line, {}};
                break;
            }
            case Fills::ValueEvidence: {
                const int index = valueIndex.value(joinKeys({cell("region"), cell("stage"), cell("indicator"), cell("rater")}), -1);
                if (index < 0) {
                    out.problems << DataProblem{where, Tr::tr("there is no value of indicator “%1” by rater “%2” for region %3 at stage "
                                                              "“%4” in %5")
                                                           .arg(cell("indicator"), cell("rater"), cell("region"), cell("stage"),
                                                                shownOf("indicator_values"))};
                    break;
                }
                if (const auto ref = evidenceRef()) {
                    valueEvidence[index].append(*ref);
                    valueEvidenceOrigins[index] << Origin{&source, line, QStringLiteral("uid")};
                }
                break;
            }
            case Fills::AssessmentEvidence: {
                const int index = assessmentIndex.value(joinKeys({cell("region"), cell("stage")}), -1);
                const QString dimension = cell("dimension").trimmed();
                if (index < 0) {
                    out.problems << DataProblem{where, Tr::tr("there is no assessment of region %1 at stage “%2” in %3")
                                                           .arg(cell("region"), cell("stage"), shownOf("assessments"))};
                    break;
                }
                if (!dimensionFromKey(dimension)) {
                    out.problems << DataProblem{placeOf(source, line, QStringLiteral("dimension")),
                                                Tr::tr("unknown dimension “%1” (accepted: %2)").arg(dimension, acceptedDimensionKeys())};
                    break;
                }
                if (const auto ref = evidenceRef()) {
                    assessmentEvidence[index][dimension].append(*ref);
                    evidenceOrigins[QStringLiteral("%1.%2").arg(index).arg(dimension)] << Origin{&source, line, QStringLiteral("uid")};
                }
                break;
            }
            }
        }
    }
    if (!out.problems.isEmpty())
        return out; // the files themselves are broken; their rows cannot be read

    // The attached rows into their parents.
    QJsonArray &indicators = records[QStringLiteral("indicators")];
    for (auto it = rubricRows.begin(); it != rubricRows.end(); ++it) {
        QList<RubricRow> &levels = it.value();
        std::stable_sort(levels.begin(), levels.end(),
                         [](const RubricRow &a, const RubricRow &b) { return rubricSortKey(a.level) < rubricSortKey(b.level); });
        QJsonArray rubric;
        for (const RubricRow &level : levels) {
            rubric.append(level.level);
            rubricOrigins[it.key()] << level.origin;
        }
        QJsonObject indicator = indicators.at(it.key()).toObject();
        indicator.insert(QStringLiteral("rubric"), rubric);
        indicators.replace(it.key(), indicator);
    }
    QJsonArray &weightSets = records[QStringLiteral("weight_sets")];
    for (auto it = weightSetValues.cbegin(); it != weightSetValues.cend(); ++it) {
        QJsonObject set = weightSets.at(it.key()).toObject();
        set.insert(QStringLiteral("values"), it.value());
        weightSets.replace(it.key(), set);
    }
    QJsonArray &values = records[QStringLiteral("indicator_values")];
    for (auto it = valueEvidence.cbegin(); it != valueEvidence.cend(); ++it) {
        QJsonObject value = values.at(it.key()).toObject();
        value.insert(QStringLiteral("evidence"), it.value());
        values.replace(it.key(), value);
    }
    QJsonArray &assessments = records[QStringLiteral("assessments")];
    for (auto it = assessmentEvidence.cbegin(); it != assessmentEvidence.cend(); ++it) {
        QJsonObject assessment = assessments.at(it.key()).toObject();
        QJsonObject evidence;
        for (auto dim = it.value().cbegin(); dim != it.value().cend(); ++dim)
            evidence.insert(dim.key(), dim.value());
        assessment.insert(QStringLiteral("evidence"), evidence);
        assessments.replace(it.key(), assessment);
    }

    QJsonObject root{{QStringLiteral("format"), QStringLiteral("triangle-studio")}};
    if (!settings.isEmpty())
        root.insert(QStringLiteral("settings"), settings);
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (!it.value().isEmpty())
            root.insert(it.key(), it.value());
    }
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        root.insert(it.key(), it.value());

    JsonDataReader::Output read = JsonDataReader::readDocument(root, QString());
    out.data = read.data;
    out.data.columnTitles = columnTitles;

    // "$.regions[3].code" → "regions.csv: line 5, column code"; empty when
    // the path names no row of the tables.
    static const QRegularExpression settingPath(QStringLiteral("^\\$\\.settings\\.(\\w+)$"));
    static const QRegularExpression objectPath(QStringLiteral("^\\$\\.(panel_settings)(?:\\.(\\w+))?$"));
    static const QRegularExpression recordPath(QStringLiteral("^\\$\\.(\\w+)\\[(\\d+)\\](.*)$"));
    static const QRegularExpression rubricField(QStringLiteral("^\\.rubric\\[(\\d+)\\](?:\\.(\\w+))?$"));
    static const QRegularExpression weightSetValueField(QStringLiteral("^\\.values\\[(\\d+)\\](?:\\.(\\w+))?$"));
    static const QRegularExpression valueEvidenceField(QStringLiteral("^\\.evidence\\[(\\d+)\\]$"));
    static const QRegularExpression assessmentEvidenceField(QStringLiteral("^\\.evidence\\.(\\w+)\\[(\\d+)\\]$"));
    static const QRegularExpression plainField(QStringLiteral("^\\.(\\w+)(?:\\.(\\w+))?(?:\\[\\d+\\])?$"));
    auto tablePlace = [&](const QString &jsonPath) -> QString {
        Origin origin;
        QString column;
        if (const QRegularExpressionMatch m = settingPath.match(jsonPath); m.hasMatch()) {
            origin = settingOrigins.value(m.captured(1));
            column = origin.column;
        } else if (const QRegularExpressionMatch m = objectPath.match(jsonPath); m.hasMatch()) {
            origin = objectOrigins.value(m.captured(1));
            column = m.captured(2);
        } else if (const QRegularExpressionMatch m = recordPath.match(jsonPath); m.hasMatch()) {
            const QString section = m.captured(1);
            const int index = m.captured(2).toInt();
            const QString rest = m.captured(3);
            origin = origins.value(section).value(index);
            if (const QRegularExpressionMatch f = rubricField.match(rest); f.hasMatch() && section == QStringLiteral("indicators")) {
                origin = rubricOrigins.value(index).value(f.captured(1).toInt(), origin);
                column = f.captured(2);
            } else if (const QRegularExpressionMatch f = weightSetValueField.match(rest); f.hasMatch() && section == QStringLiteral("weight_sets")) {
                origin = weightSetValueOrigins.value(index).value(f.captured(1).toInt(), origin);
                column = f.captured(2);
            } else if (const QRegularExpressionMatch f = valueEvidenceField.match(rest);
                       f.hasMatch() && section == QStringLiteral("indicator_values")) {
                origin = valueEvidenceOrigins.value(index).value(f.captured(1).toInt(), origin);
                column = origin.column;
            } else if (const QRegularExpressionMatch f = assessmentEvidenceField.match(rest); f.hasMatch()) {
                origin = evidenceOrigins.value(QStringLiteral("%1.%2").arg(index).arg(f.captured(1))).value(f.captured(2).toInt(), origin);
                column = origin.column;
            } else if (const QRegularExpressionMatch f = plainField.match(rest); f.hasMatch()) {
                const QString field = f.captured(1);
                const QString dimension = f.captured(2);
                // Nested per-dimension objects are flat columns in the tables.
                if (field == QStringLiteral("scores"))
                    column = dimension;
                else if (field == QStringLiteral("origin") || field == QStringLiteral("rationale"))
                    column = dimension + QLatin1Char('_') + field;
                else if (dimension.isEmpty())
                    column = field;
            }
        }
        if (!origin.table)
            return {};
        return placeOf(*origin.table, origin.line, column);
    };
    // A location as the reader writes it: ": $.regions[3].code".
    auto locate = [&](const QString &location) -> QString {
        if (!location.startsWith(QStringLiteral(": ")))
            return location;
        const QString place = tablePlace(location.mid(2));
        return place.isEmpty() ? location : place;
    };
    // Messages name other records by path too ("first used at $.stages[0].key").
    static const QRegularExpression pathInText(QStringLiteral("\\$\\.\\w+(?:\\[\\d+\\]|\\.\\w+)*"));
    auto relocateMessage = [&](const QString &message) -> QString {
        QString result;
        qsizetype done = 0;
        for (const QRegularExpressionMatch &m : pathInText.globalMatch(message)) {
            const QString place = tablePlace(m.captured());
            if (place.isEmpty())
                continue;
            result += message.mid(done, m.capturedStart() - done) + place;
            done = m.capturedEnd();
        }
        return result + message.mid(done);
    };
    for (DataProblem p : read.problems) {
        p.location = locate(p.location);
        p.message = relocateMessage(p.message);
        out.problems << p;
    }
    // Records name their origin the same way, for the importer's messages.
    for (StageRecord &r : out.data.stages)
        r.origin = locate(r.origin);
    for (RegionRecord &r : out.data.regions)
        r.origin = locate(r.origin);
    for (PolicyRecord &r : out.data.policies)
        r.origin = locate(r.origin);
    for (MilestoneRecord &r : out.data.milestones)
        r.origin = locate(r.origin);
    for (RaterRecord &r : out.data.raters)
        r.origin = locate(r.origin);
    for (IndicatorRecord &r : out.data.indicators)
        r.origin = locate(r.origin);
    for (IndicatorValueRecord &r : out.data.indicatorValues) {
        r.origin = locate(r.origin);
        for (EvidenceRef &ref : r.evidence)
            ref.origin = locate(ref.origin);
    }
    for (GroupRecord &r : out.data.groups)
        r.origin = locate(r.origin);
    for (ComparisonSetRecord &r : out.data.comparisonSets)
        r.origin = locate(r.origin);
    for (RecordLinkRecord &r : out.data.recordLinks) {
        r.origin = locate(r.origin);
        r.from.origin = locate(r.from.origin);
        r.to.origin = locate(r.to.origin);
    }
    if (out.data.panelSettings)
        out.data.panelSettings->origin = locate(out.data.panelSettings->origin);
    for (PanelPacketRecord &r : out.data.panelPackets)
        r.origin = locate(r.origin);
    for (PanelScoreRecord &r : out.data.panelScores)
        r.origin = locate(r.origin);
    for (PanelJudgmentRecord &r : out.data.panelJudgments)
        r.origin = locate(r.origin);
    for (WeightSetRecord &r : out.data.weightSets) {
        r.origin = locate(r.origin);
        for (WeightSetValueRecord &v : r.values)
            v.origin = locate(v.origin);
    }
    for (AssessmentRecord &r : out.data.assessments) {
        r.origin = locate(r.origin);
        for (Dimension d : AllDimensions) {
            for (EvidenceRef &ref : r.evidence[d])
                ref.origin = locate(ref.origin);
        }
    }
    // Streamed tables last: checked row by row, then walked again to be imported.
    if (timeline->policies || timeline->milestones) {
        bool cancelled = false;
        if (timeline->policies)
            timeline->policyRows = checkStreamedTable(*timeline->policies, out.problems, progress, cancelled);
        if (timeline->milestones && !cancelled)
            timeline->milestoneRows = checkStreamedTable(*timeline->milestones, out.problems, progress, cancelled);
        if (cancelled)
            out.problems = {{timeline->milestones ? timeline->milestones->place.shownName : timeline->policies->place.shownName,
                             Tr::tr("the reading was cancelled")}};
        if (out.problems.isEmpty())
            out.data.streamed = timeline;
    }
    return out;
}

const QList<DataTableSpec> &dataTables()
{
    static const QList<DataTableSpec> specs = [] {
        QList<DataTableSpec> list;
        for (const Section &section : sections())
            list << section.spec;
        return list;
    }();
    return specs;
}

QString dataColumnTitle(const QString &table, const QString &column)
{
    for (Dimension d : AllDimensions) {
        const QString key = dimensionKey(d);
        if (column == key)
            return Tr::tr("%1 score").arg(dimensionShortName(d));
        if (column == key + QStringLiteral("_origin"))
            return Tr::tr("%1 origin").arg(dimensionShortName(d));
        if (column == key + QStringLiteral("_rationale"))
            return Tr::tr("%1 rationale").arg(dimensionShortName(d));
    }
    const auto is = [&](const char *t, const char *c) { return table == QLatin1StringView(t) && column == QLatin1StringView(c); };
    if (is("settings", "key"))
        return Tr::tr("Setting");
    if (is("stages", "key"))
        return Tr::tr("Stage key");
    if (is("raters", "key"))
        return Tr::tr("Rater key");
    if (is("groups", "key"))
        return Tr::tr("Group key");
    if (is("groups", "members"))
        return Tr::tr("Member region codes");
    if (is("comparison_sets", "key"))
        return Tr::tr("Set key");
    if (is("comparison_sets", "name"))
        return Tr::tr("Set name");
    if (is("comparison_sets", "members"))
        return Tr::tr("Member region codes, in order");
    if (is("record_links", "from"))
        return Tr::tr("Driving record (kind:uid)");
    if (is("record_links", "to"))
        return Tr::tr("Driven record (kind:uid)");
    if (is("record_links", "quote"))
        return Tr::tr("Quoted sentence");
    if (is("record_links", "location"))
        return Tr::tr("Location in the source");
    if (is("raters", "field"))
        return Tr::tr("Field of expertise");
    if (is("raters", "experience_years"))
        return Tr::tr("Years of experience");
    if (is("raters", "language"))
        return Tr::tr("Packet language (zh_CN or en)");
    if (is("panel_settings", "max_cv"))
        return Tr::tr("Largest coefficient of variation");
    if (is("panel_settings", "significance"))
        return Tr::tr("Significance level of W");
    if (is("panel_settings", "min_w"))
        return Tr::tr("Smallest W");
    if (is("panel_settings", "ahp_aggregation"))
        return Tr::tr("AHP aggregation (aij or aip)");
    if (is("panel_settings", "max_cr"))
        return Tr::tr("Largest consistency ratio");
    if (is("panel_packets", "uuid") || column == QStringLiteral("packet"))
        return Tr::tr("Packet uuid");
    if (is("panel_packets", "regions"))
        return Tr::tr("Region codes");
    if (is("panel_packets", "comparisons"))
        return Tr::tr("With comparisons (yes or no)");
    if (is("panel_packets", "deadline"))
        return Tr::tr("Deadline");
    if (is("panel_packets", "created_at"))
        return Tr::tr("Made at (UTC)");
    if (is("panel_packets", "returned_at"))
        return Tr::tr("Returned at (UTC)");
    if (column == QStringLiteral("round"))
        return Tr::tr("Round");
    if (is("panel_scores", "reason"))
        return Tr::tr("Reason");
    if (is("panel_judgments", "scope"))
        return Tr::tr("Scope (dimension key or dimensions)");
    if (is("panel_judgments", "first"))
        return Tr::tr("First item key");
    if (is("panel_judgments", "second"))
        return Tr::tr("Second item key");
    if (is("panel_judgments", "value"))
        return Tr::tr("First over second (1/9 … 9)");
    if (is("weight_sets", "name") || is("weight_set_values", "set"))
        return Tr::tr("Weight set name");
    if (is("weight_sets", "method"))
        return Tr::tr("Method (analyst, ahp, entropy, critic or combined)");
    if (is("weight_sets", "detail"))
        return Tr::tr("How it was made");
    if (is("weight_sets", "created_at"))
        return Tr::tr("Made at (UTC)");
    if (is("weight_sets", "active"))
        return Tr::tr("In force (yes or no)");
    if (is("weight_set_values", "weight"))
        return Tr::tr("Weight (0 to 100)");
    if (is("indicators", "key") || is("weight_set_values", "indicator"))
        return Tr::tr("Indicator key");
    if (is("indicators", "order"))
        return Tr::tr("Order within dimension");
    if (is("rubric_levels", "score"))
        return Tr::tr("Anchor score");
    if (is("policies", "kind"))
        return Tr::tr("Policy kind");
    if (is("rubric_levels", "indicator") || is("indicator_values", "indicator") || is("indicator_evidence", "indicator"))
        return Tr::tr("Indicator key");
    if (table.contains(QStringLiteral("evidence")) && column == QStringLiteral("kind"))
        return Tr::tr("Evidence kind");
    if (table.contains(QStringLiteral("evidence")) && column == QStringLiteral("uid"))
        return Tr::tr("Evidence uid");
    static const QHash<QString, const char *> generic = {
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("triangle::DataTables", "Value")},
        {QStringLiteral("name_zh"), QT_TRANSLATE_NOOP("triangle::DataTables", "Name (Chinese)")},
        {QStringLiteral("name_en"), QT_TRANSLATE_NOOP("triangle::DataTables", "Name (English)")},
        {QStringLiteral("start_year"), QT_TRANSLATE_NOOP("triangle::DataTables", "Start year")},
        {QStringLiteral("end_year"), QT_TRANSLATE_NOOP("triangle::DataTables", "End year")},
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("triangle::DataTables", "Order")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("triangle::DataTables", "Region code")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("triangle::DataTables", "Level")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("triangle::DataTables", "Parent region code")},
        {QStringLiteral("agency"), QT_TRANSLATE_NOOP("triangle::DataTables", "Offices affairs agency")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("triangle::DataTables", "Notes")},
        {QStringLiteral("uid"), QT_TRANSLATE_NOOP("triangle::DataTables", "Uid")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("triangle::DataTables", "Region code")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("triangle::DataTables", "Stage key")},
        {QStringLiteral("rater"), QT_TRANSLATE_NOOP("triangle::DataTables", "Rater key")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("triangle::DataTables", "Date")},
        {QStringLiteral("title_zh"), QT_TRANSLATE_NOOP("triangle::DataTables", "Title (Chinese)")},
        {QStringLiteral("title_en"), QT_TRANSLATE_NOOP("triangle::DataTables", "Title (English)")},
        {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("triangle::DataTables", "Issuer")},
        {QStringLiteral("dimensions"), QT_TRANSLATE_NOOP("triangle::DataTables", "Dimensions")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("triangle::DataTables", "Summary")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("triangle::DataTables", "Reference")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("triangle::DataTables", "Description")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("triangle::DataTables", "Quantity")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("triangle::DataTables", "Unit")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("triangle::DataTables", "Name")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("triangle::DataTables", "Organisation")},
        {QStringLiteral("dimension"), QT_TRANSLATE_NOOP("triangle::DataTables", "Dimension")},
        {QStringLiteral("definition"), QT_TRANSLATE_NOOP("triangle::DataTables", "Definition")},
        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("triangle::DataTables", "How it is observed")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("triangle::DataTables", "Direction")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("triangle::DataTables", "Weight")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("triangle::DataTables", "Score")},
        {QStringLiteral("label_zh"), QT_TRANSLATE_NOOP("triangle::DataTables", "Label (Chinese)")},
        {QStringLiteral("label_en"), QT_TRANSLATE_NOOP("triangle::DataTables", "Label (English)")},
        {QStringLiteral("description_zh"), QT_TRANSLATE_NOOP("triangle::DataTables", "Description (Chinese)")},
        {QStringLiteral("description_en"), QT_TRANSLATE_NOOP("triangle::DataTables", "Description (English)")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("triangle::DataTables", "Note")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("triangle::DataTables", "Source")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("triangle::DataTables", "Kind")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("triangle::DataTables", "Status (observed or planned)")},
        {QStringLiteral("data_basis"), QT_TRANSLATE_NOOP("triangle::DataTables", "Data basis (observed or illustrative)")},
        {QStringLiteral("primary_dimension"), QT_TRANSLATE_NOOP("triangle::DataTables", "Counts for dimension")},
        {QStringLiteral("date_basis"), QT_TRANSLATE_NOOP("triangle::DataTables", "Date (given or imputed)")},
    };
    const char *title = generic.value(column);
    return title ? Tr::tr(title) : column;
}

namespace {
QString tableNumber(double v) { return QString::number(v, 'g', 15); }
QString tableDimensions(DimensionSet set)
{
    QStringList keys;
    for (Dimension d : AllDimensions) {
        if (set.contains(d))
            keys << dimensionKey(d);
    }
    return keys.join(QLatin1Char(';'));
}
} // namespace

namespace {
template<typename Record>
QStringList countingCells(const Record &r)
{
    return {r.primaryDimension ? dimensionKey(*r.primaryDimension) : QString(), r.dateImputed ? QStringLiteral("imputed") : QString()};
}
} // namespace

QStringList policyRow(const PolicyRecord &r)
{
    const Policy &p = r.policy;
    return QStringList{p.uid, r.regionCode, p.date.toString(), p.titleZh, p.titleEn, p.issuer, levelKey(p.level), policyKindKey(p.kind),
                       tableDimensions(p.dimensions), p.summary, p.reference}
           + countingCells(p);
}

QStringList milestoneRow(const MilestoneRecord &r)
{
    const Milestone &m = r.milestone;
    return QStringList{m.uid, r.regionCode, m.date.toString(), m.titleZh, m.titleEn, m.description, tableDimensions(m.dimensions),
                       m.quantity ? tableNumber(m.quantity->value) : QString(), m.quantity ? m.quantity->unit : QString()}
           + countingCells(m);
}

bool isTimelineTable(const QString &table)
{
    return table == QStringLiteral("policies") || table == QStringLiteral("milestones");
}

bool forEachTimelineRow(const DataSet &data, const QString &table, const std::function<bool(const QStringList &)> &take)
{
    if (table == QStringLiteral("policies")) {
        for (const PolicyRecord &r : data.policies) {
            if (!take(policyRow(r)))
                return false;
        }
        return !data.streamed || data.streamed->forEachPolicy([&](const PolicyRecord &r) { return take(policyRow(r)); });
    }
    for (const MilestoneRecord &r : data.milestones) {
        if (!take(milestoneRow(r)))
            return false;
    }
    return !data.streamed || data.streamed->forEachMilestone([&](const MilestoneRecord &r) { return take(milestoneRow(r)); });
}

QHash<QString, QList<QStringList>> dataTableRows(const DataSet &data)
{
    auto number = tableNumber;
    auto kind = [](const EvidenceRef &ref) {
        return ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy") : QStringLiteral("milestone");
    };
    QHash<QString, QList<QStringList>> rows;
    if (data.raterAggregate)
        rows[QStringLiteral("settings")] << QStringList{QStringLiteral("rater_aggregate"), raterAggregateKey(*data.raterAggregate)};
    if (data.groupAggregate)
        rows[QStringLiteral("settings")] << QStringList{QStringLiteral("group_aggregate"), groupAggregateKey(*data.groupAggregate)};
    for (const GroupRecord &r : data.groups)
        rows[QStringLiteral("groups")] << QStringList{r.group.key, r.group.nameZh, r.group.nameEn, r.group.note, r.group.source,
                                                          r.memberCodes.join(QLatin1Char(';'))};
    for (const ComparisonSetRecord &r : data.comparisonSets)
        rows[QStringLiteral("comparison_sets")] << QStringList{r.set.key, r.set.name, r.set.note, r.memberCodes.join(QLatin1Char(';'))};
    for (const RecordLinkRecord &r : data.recordLinks)
        rows[QStringLiteral("record_links")] << QStringList{kind(r.from) + QLatin1Char(':') + r.from.uid,
                                                                kind(r.to) + QLatin1Char(':') + r.to.uid, r.quote, r.location, r.note};
    for (const StageRecord &r : data.stages)
        rows[QStringLiteral("stages")] << QStringList{r.stage.key, r.stage.nameZh, r.stage.nameEn, QString::number(r.stage.startYear),
                                                          QString::number(r.stage.endYear), QString::number(r.stage.sortOrder),
                                                          r.stage.planned ? stageStatusKey(true) : QString()};
    for (const RegionRecord &r : data.regions)
        rows[QStringLiteral("regions")] << QStringList{r.region.code, r.region.nameZh, r.region.nameEn, levelKey(r.region.level),
                                                           r.parentCode, r.region.agency, r.region.notes,
                                                           r.region.basis == DataBasis::Observed ? QString() : dataBasisKey(r.region.basis)};
    for (const RaterRecord &r : data.raters)
        rows[QStringLiteral("raters")] << QStringList{r.rater.key, r.rater.name, r.rater.organisation, r.rater.field,
                                                          r.rater.experienceYears ? QString::number(*r.rater.experienceYears) : QString(),
                                                          r.rater.language == Language::English ? QStringLiteral("en")
                                                                                                : QStringLiteral("zh_CN")};
    if (data.panelSettings) {
        const PanelSettingsRecord &p = *data.panelSettings;
        rows[QStringLiteral("panel_settings")] << QStringList{number(p.maxCv), number(p.significance), p.minW ? number(*p.minW) : QString(),
                                                                  p.ahpAggregation, number(p.maxCr)};
    }
    for (const PanelPacketRecord &r : data.panelPackets)
        rows[QStringLiteral("panel_packets")] << QStringList{r.uuid, r.raterKey, QString::number(r.round), r.stageKey,
                                                                 r.regionCodes.join(QLatin1Char(';')),
                                                                 r.comparisons ? QStringLiteral("yes") : QStringLiteral("no"),
                                                                 r.deadline, r.createdAt, r.returnedAt};
    for (const PanelScoreRecord &r : data.panelScores)
        rows[QStringLiteral("panel_scores")] << QStringList{r.raterKey, QString::number(r.round), r.stageKey, r.regionCode,
                                                                r.indicatorKey, number(r.score), r.note, r.reason, r.packetUuid};
    for (const PanelJudgmentRecord &r : data.panelJudgments)
        rows[QStringLiteral("panel_judgments")] << QStringList{r.raterKey, QString::number(r.round), r.scope, r.firstKey,
                                                                   r.secondKey, number(r.value), r.packetUuid};
    for (const WeightSetRecord &r : data.weightSets) {
        rows[QStringLiteral("weight_sets")] << QStringList{r.name, r.method, r.detail, r.round ? QString::number(*r.round) : QString(),
                                                               r.stageKey, r.createdAt,
                                                               r.active ? QStringLiteral("yes") : QStringLiteral("no")};
        for (const WeightSetValueRecord &v : r.values)
            rows[QStringLiteral("weight_set_values")] << QStringList{r.name, v.indicatorKey, number(v.weight)};
    }
    for (const IndicatorRecord &r : data.indicators) {
        const Indicator &i = r.indicator;
        rows[QStringLiteral("indicators")] << QStringList{i.key, dimensionKey(i.dimension), i.nameZh, i.nameEn, i.definition,
                                                              i.observation, indicatorDirectionKey(i.direction), number(i.weight),
                                                              QString::number(i.sortOrder)};
        for (const RubricLevel &l : i.rubric)
            rows[QStringLiteral("rubric_levels")] << QStringList{i.key, number(l.score), l.labelZh, l.labelEn, l.descriptionZh,
                                                                     l.descriptionEn};
    }
    for (const IndicatorValueRecord &r : data.indicatorValues) {
        rows[QStringLiteral("indicator_values")] << QStringList{r.regionCode, r.stageKey, r.indicatorKey, r.raterKey,
                                                                    number(r.value.score), r.value.note};
        for (const EvidenceRef &ref : r.evidence)
            rows[QStringLiteral("indicator_evidence")] << QStringList{r.regionCode, r.stageKey, r.indicatorKey, r.raterKey,
                                                                          kind(ref), ref.uid};
    }
    for (const AssessmentRecord &r : data.assessments) {
        const Assessment &a = r.assessment;
        QStringList row{r.regionCode, r.stageKey};
        for (Dimension d : AllDimensions)
            row << number(a.scores[d]);
        // "hand" is the default, so only derived and unscored dimensions are marked.
        for (Dimension d : AllDimensions)
            row << (a.origin[d] == ScoreOrigin::Hand ? QString() : scoreOriginKey(a.origin[d]));
        for (Dimension d : AllDimensions)
            row << a.rationale[d];
        row << a.sourceNote;
        rows[QStringLiteral("assessments")] << row;
        for (Dimension d : AllDimensions) {
            for (const EvidenceRef &ref : r.evidence[d])
                rows[QStringLiteral("evidence")] << QStringList{r.regionCode, r.stageKey, dimensionKey(d), kind(ref), ref.uid};
        }
    }
    return rows;
}

} // namespace triangle
