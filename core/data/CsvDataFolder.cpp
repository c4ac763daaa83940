#include "CsvDataFolder.h"

#include "CsvTable.h"
#include "JsonDataReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::CsvDataFolder)
};

enum class Cell { Text, Integer, Number, Dimensions };

struct Column
{
    const char *name;
    Cell type;
    bool required;
};

// What a file's rows become in the JSON document.
enum class Fills {
    Records,            // one element of `section` per row
    Settings,           // one key of "settings" per row
    Rubric,             // a level of its indicator's "rubric"
    AssessmentEvidence, // a "kind:uid" of its assessment's "evidence"
    ValueEvidence,      // a "kind:uid" of its indicator value's "evidence"
};

struct Section
{
    const char *file;    // "regions.csv"
    Fills fills;
    const char *section; // for Records, the JSON section: "regions"
    QList<Column> columns;
};

// In reading order: a file whose rows attach to another's comes after it.
const QList<Section> &sections()
{
    static const QList<Section> all = {
        {"settings.csv", Fills::Settings, nullptr, {{"key", Cell::Text, true}, {"value", Cell::Text, true}}},
        {"stages.csv", Fills::Records, "stages",
         {{"key", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false},
          {"start_year", Cell::Integer, true}, {"end_year", Cell::Integer, true}, {"order", Cell::Integer, true}}},
        {"regions.csv", Fills::Records, "regions",
         {{"code", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false}, {"level", Cell::Text, true},
          {"parent", Cell::Text, false}, {"agency", Cell::Text, false}, {"notes", Cell::Text, false}}},
        {"policies.csv", Fills::Records, "policies",
         {{"uid", Cell::Text, true}, {"region", Cell::Text, true}, {"date", Cell::Text, true}, {"title_zh", Cell::Text, true},
          {"title_en", Cell::Text, false}, {"issuer", Cell::Text, false}, {"level", Cell::Text, true}, {"kind", Cell::Text, true},
          {"dimensions", Cell::Dimensions, true}, {"summary", Cell::Text, false}, {"reference", Cell::Text, false}}},
        {"milestones.csv", Fills::Records, "milestones",
         {{"uid", Cell::Text, true}, {"region", Cell::Text, true}, {"date", Cell::Text, true}, {"title_zh", Cell::Text, true},
          {"title_en", Cell::Text, false}, {"description", Cell::Text, false}, {"dimensions", Cell::Dimensions, true},
          {"quantity", Cell::Number, false}, {"unit", Cell::Text, false}}},
        {"raters.csv", Fills::Records, "raters",
         {{"key", Cell::Text, true}, {"name", Cell::Text, true}, {"organisation", Cell::Text, false}}},
        {"indicators.csv", Fills::Records, "indicators",
         {{"key", Cell::Text, true}, {"dimension", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false},
          {"definition", Cell::Text, false}, {"observation", Cell::Text, false}, {"direction", Cell::Text, false},
          {"weight", Cell::Number, true}, {"order", Cell::Integer, true}}},
        {"rubric_levels.csv", Fills::Rubric, nullptr,
         {{"indicator", Cell::Text, true}, {"score", Cell::Number, true}, {"label_zh", Cell::Text, true},
          {"label_en", Cell::Text, false}, {"description_zh", Cell::Text, false}, {"description_en", Cell::Text, false}}},
        {"indicator_values.csv", Fills::Records, "indicator_values",
         {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"indicator", Cell::Text, true}, {"rater", Cell::Text, true},
          {"score", Cell::Number, true}, {"note", Cell::Text, false}}},
        {"indicator_evidence.csv", Fills::ValueEvidence, nullptr,
         {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"indicator", Cell::Text, true}, {"rater", Cell::Text, true},
          {"kind", Cell::Text, true}, {"uid", Cell::Text, true}}},
        {"assessments.csv", Fills::Records, "assessments",
         {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"mission", Cell::Number, true},
          {"political", Cell::Number, true}, {"operational", Cell::Number, true}, {"mission_origin", Cell::Text, false},
          {"political_origin", Cell::Text, false}, {"operational_origin", Cell::Text, false},
          {"mission_rationale", Cell::Text, false}, {"political_rationale", Cell::Text, false},
          {"operational_rationale", Cell::Text, false}, {"source", Cell::Text, false}}},
        {"evidence.csv", Fills::AssessmentEvidence, nullptr,
         {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"dimension", Cell::Text, true}, {"kind", Cell::Text, true},
          {"uid", Cell::Text, true}}},
    };
    return all;
}

// A cell as the JSON reader expects it; text that is not a number stays
// text, so the reader reports "must be a number" at the right place.
QJsonValue cellValue(const QString &raw, Cell type)
{
    const QString text = raw.trimmed();
    switch (type) {
    case Cell::Text: return raw;
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
        for (const QString &part : text.split(QRegularExpression(QStringLiteral("[;,、\\s]+")), Qt::SkipEmptyParts))
            list.append(part);
        return list;
    }
    }
    return raw;
}

// Where a row of a section came from, to turn "$.regions[3].code" into
// "regions.csv: line 5, column code".
struct Origin
{
    QString file;
    int line = 0;
    QString column; // set when the JSON field is not the CSV column's name
};

QString dataFileName(const QString &folder, const char *file) { return QDir(folder).filePath(QLatin1StringView(file)); }

QString lineOf(const QString &file, int line) { return file + QStringLiteral(": ") + Tr::tr("line %1").arg(line); }

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
} // namespace

CsvReadOutput readCsvFolder(const QString &folder)
{
    CsvReadOutput out;
    const QString shownFolder = QDir::toNativeSeparators(QDir(folder).absolutePath());
    if (!QFileInfo(folder).isDir()) {
        out.problems << DataProblem{shownFolder, Tr::tr("is not a folder of CSV files")};
        return out;
    }

    QHash<QString, QJsonArray> records;            // JSON section → its elements
    QHash<QString, QList<Origin>> origins;         // JSON section → origin of each element
    QJsonObject settings;
    QHash<QString, Origin> settingOrigins;         // setting key → its row
    QHash<QString, int> assessmentIndex;           // region, stage → index in assessments
    QHash<QString, int> indicatorIndex;            // key → index in indicators
    QHash<QString, int> valueIndex;                // region, stage, indicator, rater → index in indicator_values
    QHash<int, QHash<QString, QJsonArray>> assessmentEvidence; // assessment index → dimension → refs
    QHash<QString, QList<Origin>> evidenceOrigins; // "index.dimension" → origin of each ref
    QHash<int, QList<RubricRow>> rubricRows;       // indicator index → its levels, in file order
    QHash<int, QList<Origin>> rubricOrigins;       // indicator index → origin of each level, as sorted
    QHash<int, QJsonArray> valueEvidence;          // value index → refs
    QHash<int, QList<Origin>> valueEvidenceOrigins;
    bool anyFile = false;

    for (const Section &section : sections()) {
        const QString path = dataFileName(folder, section.file);
        const QString file = QLatin1StringView(section.file);
        if (!QFile::exists(path))
            continue;
        anyFile = true;
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            out.problems << DataProblem{file, Tr::tr("cannot be read: %1").arg(in.errorString())};
            continue;
        }
        QString error;
        const CsvTable table = CsvTable::parse(in.readAll(), &error);
        if (!error.isEmpty()) {
            out.problems << DataProblem{file, error};
            continue;
        }
        // Columns: each known one found (any order), each required one present, nothing unknown.
        QHash<QString, int> at;
        QStringList known;
        for (const Column &c : section.columns)
            known << QLatin1StringView(c.name);
        for (int i = 0; i < table.header.size(); ++i) {
            const QString name = table.header[i].trimmed();
            if (!known.contains(name))
                out.problems << DataProblem{lineOf(file, 1),
                                            Tr::tr("unknown column “%1” (accepted: %2)").arg(name, known.join(QStringLiteral(", ")))};
            else
                at.insert(name, i);
        }
        bool columnsOk = true;
        for (const Column &c : section.columns) {
            if (c.required && !at.contains(QLatin1StringView(c.name))) {
                out.problems << DataProblem{lineOf(file, 1),
                                            Tr::tr("the required column “%1” is missing").arg(QLatin1StringView(c.name))};
                columnsOk = false;
            }
        }
        if (!columnsOk)
            continue;

        const QString sectionName = section.section ? QString(QLatin1StringView(section.section)) : QString();
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows[r];
            const int line = table.rowLines[r];
            const QString where = lineOf(file, line);
            if (row.size() != table.header.size()) {
                out.problems << DataProblem{where, Tr::tr("has %1 fields where the header has %2").arg(row.size()).arg(table.header.size())};
                continue;
            }
            QJsonObject o;
            for (const Column &c : section.columns) {
                const int i = at.value(QLatin1StringView(c.name), -1);
                if (i < 0)
                    continue;
                const QJsonValue value = cellValue(row[i], c.type);
                // An empty optional cell is a field left out.
                if (!c.required && (value.isUndefined() || (value.isString() && value.toString().isEmpty())))
                    continue;
                o.insert(QLatin1StringView(c.name), value);
            }
            auto cell = [&o](const char *name) { return o.value(QLatin1StringView(name)).toString(); };
            // Evidence rows are checked for their kind here, where the column is known;
            // the JSON reader would only see "kind:uid" as a whole.
            auto evidenceRef = [&]() -> std::optional<QString> {
                const QString kind = cell("kind").trimmed();
                if (kind != QStringLiteral("policy") && kind != QStringLiteral("milestone")) {
                    out.problems << DataProblem{where + Tr::tr(", column %1").arg(QStringLiteral("kind")),
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
                } else if (sectionName == QStringLiteral("indicators")) {
                    if (!indicatorIndex.contains(cell("key")))
                        indicatorIndex.insert(cell("key"), index);
                } else if (sectionName == QStringLiteral("indicator_values")) {
                    const QString key = joinKeys({cell("region"), cell("stage"), cell("indicator"), cell("rater")});
                    if (!valueIndex.contains(key))
                        valueIndex.insert(key, index);
                }
                records[sectionName].append(o);
                origins[sectionName] << Origin{file, line, {}};
                break;
            }
            case Fills::Settings: {
                const QString key = cell("key").trimmed();
                if (key != QStringLiteral("rater_aggregate")) {
                    out.problems << DataProblem{where + Tr::tr(", column %1").arg(QStringLiteral("key")),
                                                Tr::tr("unknown setting “%1” (accepted: rater_aggregate)").arg(key)};
                } else if (settingOrigins.contains(key)) {
                    out.problems << DataProblem{where + Tr::tr(", column %1").arg(QStringLiteral("key")),
                                                Tr::tr("“%1” is already set at line %2").arg(key).arg(settingOrigins.value(key).line)};
                } else {
                    settings.insert(key, o.value(QStringLiteral("value")));
                    settingOrigins.insert(key, Origin{file, line, QStringLiteral("value")});
                }
                break;
            }
            case Fills::Rubric: {
                const int index = indicatorIndex.value(cell("indicator"), -1);
                if (index < 0) {
                    out.problems << DataProblem{where + Tr::tr(", column %1").arg(QStringLiteral("indicator")),
                                                Tr::tr("there is no indicator “%1” in indicators.csv").arg(cell("indicator"))};
                    break;
                }
                o.remove(QStringLiteral("indicator"));
                rubricRows[index] << RubricRow{o, Origin{file, line, {}}};
                break;
            }
            case Fills::ValueEvidence: {
                const int index = valueIndex.value(joinKeys({cell("region"), cell("stage"), cell("indicator"), cell("rater")}), -1);
                if (index < 0) {
                    out.problems << DataProblem{where, Tr::tr("there is no value of indicator “%1” by rater “%2” for region %3 at stage "
                                                              "“%4” in indicator_values.csv")
                                                           .arg(cell("indicator"), cell("rater"), cell("region"), cell("stage"))};
                    break;
                }
                if (const auto ref = evidenceRef()) {
                    valueEvidence[index].append(*ref);
                    valueEvidenceOrigins[index] << Origin{file, line, QStringLiteral("uid")};
                }
                break;
            }
            case Fills::AssessmentEvidence: {
                const int index = assessmentIndex.value(joinKeys({cell("region"), cell("stage")}), -1);
                const QString dimension = cell("dimension").trimmed();
                if (index < 0) {
                    out.problems << DataProblem{where, Tr::tr("there is no assessment of region %1 at stage “%2” in assessments.csv")
                                                           .arg(cell("region"), cell("stage"))};
                    break;
                }
                if (!dimensionFromKey(dimension)) {
                    out.problems << DataProblem{where + Tr::tr(", column dimension"),
                                                Tr::tr("unknown dimension “%1” (accepted: %2)").arg(dimension, acceptedDimensionKeys())};
                    break;
                }
                if (const auto ref = evidenceRef()) {
                    assessmentEvidence[index][dimension].append(*ref);
                    evidenceOrigins[QStringLiteral("%1.%2").arg(index).arg(dimension)] << Origin{file, line, QStringLiteral("uid")};
                }
                break;
            }
            }
        }
    }
    if (!anyFile) {
        QStringList files;
        for (const Section &section : sections())
            files << QLatin1StringView(section.file);
        out.problems << DataProblem{shownFolder, Tr::tr("holds none of %1").arg(files.join(QStringLiteral(", ")))};
        return out;
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

    JsonDataReader::Output read = JsonDataReader::readDocument(root, QString());
    out.data = read.data;

    // "$.regions[3].code" → "regions.csv: line 5, column code"; empty when
    // the path names no row of the folder.
    static const QRegularExpression settingPath(QStringLiteral("^\\$\\.settings\\.(\\w+)$"));
    static const QRegularExpression recordPath(QStringLiteral("^\\$\\.(\\w+)\\[(\\d+)\\](.*)$"));
    static const QRegularExpression rubricField(QStringLiteral("^\\.rubric\\[(\\d+)\\](?:\\.(\\w+))?$"));
    static const QRegularExpression valueEvidenceField(QStringLiteral("^\\.evidence\\[(\\d+)\\]$"));
    static const QRegularExpression assessmentEvidenceField(QStringLiteral("^\\.evidence\\.(\\w+)\\[(\\d+)\\]$"));
    static const QRegularExpression plainField(QStringLiteral("^\\.(\\w+)(?:\\.(\\w+))?(?:\\[\\d+\\])?$"));
    auto csvPlace = [&](const QString &jsonPath) -> QString {
        Origin origin;
        QString column;
        if (const QRegularExpressionMatch m = settingPath.match(jsonPath); m.hasMatch()) {
            origin = settingOrigins.value(m.captured(1));
            column = origin.column;
        } else if (const QRegularExpressionMatch m = recordPath.match(jsonPath); m.hasMatch()) {
            const QString section = m.captured(1);
            const int index = m.captured(2).toInt();
            const QString rest = m.captured(3);
            origin = origins.value(section).value(index);
            if (const QRegularExpressionMatch f = rubricField.match(rest); f.hasMatch() && section == QStringLiteral("indicators")) {
                origin = rubricOrigins.value(index).value(f.captured(1).toInt(), origin);
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
                // Nested per-dimension objects are flat columns in the CSV file.
                if (field == QStringLiteral("scores"))
                    column = dimension;
                else if (field == QStringLiteral("origin") || field == QStringLiteral("rationale"))
                    column = dimension + QLatin1Char('_') + field;
                else if (dimension.isEmpty())
                    column = field;
            }
        }
        if (origin.file.isEmpty())
            return {};
        QString where = lineOf(origin.file, origin.line);
        if (!column.isEmpty())
            where += Tr::tr(", column %1").arg(column);
        return where;
    };
    // A location as the reader writes it: ": $.regions[3].code".
    auto locate = [&](const QString &location) -> QString {
        if (!location.startsWith(QStringLiteral(": ")))
            return location;
        const QString place = csvPlace(location.mid(2));
        return place.isEmpty() ? location : place;
    };
    // Messages name other records by path too ("first used at $.stages[0].key").
    static const QRegularExpression pathInText(QStringLiteral("\\$\\.\\w+(?:\\[\\d+\\]|\\.\\w+)*"));
    auto relocateMessage = [&](const QString &message) -> QString {
        QString result;
        qsizetype done = 0;
        for (const QRegularExpressionMatch &m : pathInText.globalMatch(message)) {
            const QString place = csvPlace(m.captured());
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
    for (AssessmentRecord &r : out.data.assessments) {
        r.origin = locate(r.origin);
        for (Dimension d : AllDimensions) {
            for (EvidenceRef &ref : r.evidence[d])
                ref.origin = locate(ref.origin);
        }
    }
    return out;
}

QString writeCsvFolder(const DataSet &data, const QString &folder, bool withBom)
{
    const QString shown = QDir::toNativeSeparators(QDir(folder).absolutePath());
    if (!QDir().mkpath(folder))
        return Tr::tr("The folder “%1” cannot be created.").arg(shown);
    auto number = [](double v) { return QString::number(v, 'g', 15); };
    auto dims = [](DimensionSet set) {
        QStringList keys;
        for (Dimension d : AllDimensions) {
            if (set.contains(d))
                keys << dimensionKey(d);
        }
        return keys.join(QLatin1Char(';'));
    };
    auto kind = [](const EvidenceRef &ref) {
        return ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy") : QStringLiteral("milestone");
    };
    QHash<QString, QList<QStringList>> rows;
    if (data.raterAggregate)
        rows[QStringLiteral("settings.csv")] << QStringList{QStringLiteral("rater_aggregate"), raterAggregateKey(*data.raterAggregate)};
    for (const StageRecord &r : data.stages)
        rows[QStringLiteral("stages.csv")] << QStringList{r.stage.key, r.stage.nameZh, r.stage.nameEn, QString::number(r.stage.startYear),
                                                          QString::number(r.stage.endYear), QString::number(r.stage.sortOrder)};
    for (const RegionRecord &r : data.regions)
        rows[QStringLiteral("regions.csv")] << QStringList{r.region.code, r.region.nameZh, r.region.nameEn, levelKey(r.region.level),
                                                           r.parentCode, r.region.agency, r.region.notes};
    for (const PolicyRecord &r : data.policies) {
        const Policy &p = r.policy;
        rows[QStringLiteral("policies.csv")] << QStringList{p.uid, r.regionCode, p.date.toString(), p.titleZh, p.titleEn, p.issuer,
                                                            levelKey(p.level), policyKindKey(p.kind), dims(p.dimensions), p.summary,
                                                            p.reference};
    }
    for (const MilestoneRecord &r : data.milestones) {
        const Milestone &m = r.milestone;
        rows[QStringLiteral("milestones.csv")] << QStringList{m.uid, r.regionCode, m.date.toString(), m.titleZh, m.titleEn,
                                                              m.description, dims(m.dimensions),
                                                              m.quantity ? number(m.quantity->value) : QString(),
                                                              m.quantity ? m.quantity->unit : QString()};
    }
    for (const RaterRecord &r : data.raters)
        rows[QStringLiteral("raters.csv")] << QStringList{r.rater.key, r.rater.name, r.rater.organisation};
    for (const IndicatorRecord &r : data.indicators) {
        const Indicator &i = r.indicator;
        rows[QStringLiteral("indicators.csv")] << QStringList{i.key, dimensionKey(i.dimension), i.nameZh, i.nameEn, i.definition,
                                                              i.observation, indicatorDirectionKey(i.direction), number(i.weight),
                                                              QString::number(i.sortOrder)};
        for (const RubricLevel &l : i.rubric)
            rows[QStringLiteral("rubric_levels.csv")] << QStringList{i.key, number(l.score), l.labelZh, l.labelEn, l.descriptionZh,
                                                                     l.descriptionEn};
    }
    for (const IndicatorValueRecord &r : data.indicatorValues) {
        rows[QStringLiteral("indicator_values.csv")] << QStringList{r.regionCode, r.stageKey, r.indicatorKey, r.raterKey,
                                                                    number(r.value.score), r.value.note};
        for (const EvidenceRef &ref : r.evidence)
            rows[QStringLiteral("indicator_evidence.csv")] << QStringList{r.regionCode, r.stageKey, r.indicatorKey, r.raterKey,
                                                                          kind(ref), ref.uid};
    }
    for (const AssessmentRecord &r : data.assessments) {
        const Assessment &a = r.assessment;
        QStringList row{r.regionCode, r.stageKey};
        for (Dimension d : AllDimensions)
            row << number(a.scores[d]);
        // "hand" is the default, so only derived scores are marked.
        for (Dimension d : AllDimensions)
            row << (a.origin[d] == ScoreOrigin::Derived ? scoreOriginKey(ScoreOrigin::Derived) : QString());
        for (Dimension d : AllDimensions)
            row << a.rationale[d];
        row << a.sourceNote;
        rows[QStringLiteral("assessments.csv")] << row;
        for (Dimension d : AllDimensions) {
            for (const EvidenceRef &ref : r.evidence[d])
                rows[QStringLiteral("evidence.csv")] << QStringList{r.regionCode, r.stageKey, dimensionKey(d), kind(ref), ref.uid};
        }
    }
    for (const Section &section : sections()) {
        QStringList header;
        for (const Column &c : section.columns)
            header << QLatin1StringView(c.name);
        QSaveFile file(dataFileName(folder, section.file));
        if (!file.open(QIODevice::WriteOnly) || file.write(CsvTable::write(header, rows.value(QLatin1StringView(section.file)), withBom)) < 0
            || !file.commit())
            return Tr::tr("“%1” cannot be written: %2")
                .arg(QDir::toNativeSeparators(dataFileName(folder, section.file)), file.errorString());
    }
    return {};
}

} // namespace triangle
