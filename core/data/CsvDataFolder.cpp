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

struct Section
{
    const char *file;    // "regions.csv"
    const char *section; // the JSON section it fills: "regions"
    QList<Column> columns;
};

const QList<Section> &sections()
{
    static const QList<Section> all = {
        {"stages.csv", "stages",
         {{"key", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false},
          {"start_year", Cell::Integer, true}, {"end_year", Cell::Integer, true}, {"order", Cell::Integer, true}}},
        {"regions.csv", "regions",
         {{"code", Cell::Text, true}, {"name_zh", Cell::Text, true}, {"name_en", Cell::Text, false}, {"level", Cell::Text, true},
          {"parent", Cell::Text, false}, {"agency", Cell::Text, false}, {"notes", Cell::Text, false}}},
        {"policies.csv", "policies",
         {{"uid", Cell::Text, true}, {"region", Cell::Text, true}, {"date", Cell::Text, true}, {"title_zh", Cell::Text, true},
          {"title_en", Cell::Text, false}, {"issuer", Cell::Text, false}, {"level", Cell::Text, true}, {"kind", Cell::Text, true},
          {"dimensions", Cell::Dimensions, true}, {"summary", Cell::Text, false}, {"reference", Cell::Text, false}}},
        {"milestones.csv", "milestones",
         {{"uid", Cell::Text, true}, {"region", Cell::Text, true}, {"date", Cell::Text, true}, {"title_zh", Cell::Text, true},
          {"title_en", Cell::Text, false}, {"description", Cell::Text, false}, {"dimensions", Cell::Dimensions, true},
          {"quantity", Cell::Number, false}, {"unit", Cell::Text, false}}},
        {"assessments.csv", "assessments",
         {{"region", Cell::Text, true}, {"stage", Cell::Text, true}, {"mission", Cell::Number, true},
          {"political", Cell::Number, true}, {"operational", Cell::Number, true}, {"mission_rationale", Cell::Text, false},
          {"political_rationale", Cell::Text, false}, {"operational_rationale", Cell::Text, false}, {"source", Cell::Text, false}}},
        {"evidence.csv", nullptr,
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
} // namespace

CsvReadOutput readCsvFolder(const QString &folder)
{
    CsvReadOutput out;
    const QString shownFolder = QDir::toNativeSeparators(QDir(folder).absolutePath());
    if (!QFileInfo(folder).isDir()) {
        out.problems << DataProblem{shownFolder, Tr::tr("is not a folder of CSV files")};
        return out;
    }

    QJsonObject root{{QStringLiteral("format"), QStringLiteral("triangle-studio")}};
    QHash<QString, QList<Origin>> origins; // JSON section → origin of each element
    QHash<QString, int> assessmentIndex;   // "region/stage" → index in assessments
    QHash<QString, QList<Origin>> evidenceOrigins; // "index.dimension" → origin of each ref
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
                out.problems << DataProblem{file + QStringLiteral(": ") + Tr::tr("line 1"),
                                            Tr::tr("unknown column “%1” (accepted: %2)").arg(name, known.join(QStringLiteral(", ")))};
            else
                at.insert(name, i);
        }
        bool columnsOk = true;
        for (const Column &c : section.columns) {
            if (c.required && !at.contains(QLatin1StringView(c.name))) {
                out.problems << DataProblem{file + QStringLiteral(": ") + Tr::tr("line 1"),
                                            Tr::tr("the required column “%1” is missing").arg(QLatin1StringView(c.name))};
                columnsOk = false;
            }
        }
        if (!columnsOk)
            continue;

        QJsonArray records;
        for (int r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows[r];
            const int line = table.rowLines[r];
            if (row.size() != table.header.size()) {
                out.problems << DataProblem{file + QStringLiteral(": ") + Tr::tr("line %1").arg(line),
                                            Tr::tr("has %1 fields where the header has %2").arg(row.size()).arg(table.header.size())};
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
            const QString sectionName = section.section ? QString(QLatin1StringView(section.section)) : QString();
            if (sectionName == QStringLiteral("regions") && o.value(QStringLiteral("parent")).toString().isEmpty())
                o.insert(QStringLiteral("parent"), QJsonValue());
            if (sectionName == QStringLiteral("assessments")) {
                // Flat columns into the nested scores and rationale objects.
                QJsonObject scores, rationale;
                for (Dimension d : AllDimensions) {
                    const QString key = dimensionKey(d);
                    if (o.contains(key))
                        scores.insert(key, o.take(key));
                    if (o.contains(key + QStringLiteral("_rationale")))
                        rationale.insert(key, o.take(key + QStringLiteral("_rationale")));
                }
                o.insert(QStringLiteral("scores"), scores);
                if (!rationale.isEmpty())
                    o.insert(QStringLiteral("rationale"), rationale);
                assessmentIndex.insert(o.value(QStringLiteral("region")).toString() + QLatin1Char('/') + o.value(QStringLiteral("stage")).toString(),
                                       int(records.size()));
            }
            if (section.section) {
                records.append(o);
                origins[sectionName] << Origin{file, line, {}};
                continue;
            }
            // evidence.csv: each row adds "kind:uid" to its assessment.
            const QString key = o.value(QStringLiteral("region")).toString() + QLatin1Char('/') + o.value(QStringLiteral("stage")).toString();
            const QString where = file + QStringLiteral(": ") + Tr::tr("line %1").arg(line);
            const int index = assessmentIndex.value(key, -1);
            const QString dimension = o.value(QStringLiteral("dimension")).toString().trimmed();
            if (index < 0) {
                out.problems << DataProblem{where, Tr::tr("there is no assessment of region %1 at stage “%2” in assessments.csv")
                                                       .arg(o.value(QStringLiteral("region")).toString(), o.value(QStringLiteral("stage")).toString())};
                continue;
            }
            if (!dimensionFromKey(dimension)) {
                out.problems << DataProblem{where + Tr::tr(", column dimension"),
                                            Tr::tr("unknown dimension “%1” (accepted: %2)").arg(dimension, acceptedDimensionKeys())};
                continue;
            }
            QJsonArray assessments = root.value(QStringLiteral("assessments")).toArray();
            QJsonObject assessment = assessments.at(index).toObject();
            QJsonObject evidence = assessment.value(QStringLiteral("evidence")).toObject();
            QJsonArray refs = evidence.value(dimension).toArray();
            refs.append(o.value(QStringLiteral("kind")).toString().trimmed() + QLatin1Char(':') + o.value(QStringLiteral("uid")).toString().trimmed());
            evidenceOrigins[QStringLiteral("%1.%2").arg(index).arg(dimension)] << Origin{file, line, QStringLiteral("uid")};
            evidence.insert(dimension, refs);
            assessment.insert(QStringLiteral("evidence"), evidence);
            assessments.replace(index, assessment);
            root.insert(QStringLiteral("assessments"), assessments);
        }
        if (section.section)
            root.insert(QLatin1StringView(section.section), records);
    }
    if (!anyFile) {
        out.problems << DataProblem{shownFolder, Tr::tr("holds none of stages.csv, regions.csv, policies.csv, milestones.csv, "
                                                        "assessments.csv, evidence.csv")};
        return out;
    }
    if (!out.problems.isEmpty())
        return out; // the files themselves are broken; their rows cannot be read

    JsonDataReader::Output read = JsonDataReader::readDocument(root, QString());
    out.data = read.data;
    // "$.regions[3].code" → "regions.csv: line 5, column code".
    static const QRegularExpression path(QStringLiteral("^: \\$\\.(\\w+)\\[(\\d+)\\](?:\\.([\\w.]+?))?(?:\\[(\\d+)\\])?$"));
    auto locate = [&](const QString &location) -> QString {
        const QRegularExpressionMatch m = path.match(location);
        if (!m.hasMatch())
            return location;
        const QString section = m.captured(1);
        const int index = m.captured(2).toInt();
        QString field = m.captured(3);
        Origin origin = origins.value(section).value(index);
        if (field.startsWith(QStringLiteral("evidence."))) {
            const QString dimension = field.section(QLatin1Char('.'), 1, 1);
            origin = evidenceOrigins.value(QStringLiteral("%1.%2").arg(index).arg(dimension)).value(m.captured(4).toInt(), origin);
            field = origin.column;
        } else if (field.startsWith(QStringLiteral("scores."))) {
            field = field.section(QLatin1Char('.'), 1);
        } else if (field.startsWith(QStringLiteral("rationale."))) {
            field = field.section(QLatin1Char('.'), 1) + QStringLiteral("_rationale");
        }
        QString where = origin.file + QStringLiteral(": ") + Tr::tr("line %1").arg(origin.line);
        if (!field.isEmpty())
            where += Tr::tr(", column %1").arg(field);
        return where;
    };
    for (DataProblem p : read.problems) {
        p.location = locate(p.location);
        out.problems << p;
    }
    // Records name their origin the same way, for the importer's messages.
    for (RegionRecord &r : out.data.regions)
        r.origin = locate(r.origin);
    for (PolicyRecord &r : out.data.policies)
        r.origin = locate(r.origin);
    for (MilestoneRecord &r : out.data.milestones)
        r.origin = locate(r.origin);
    for (AssessmentRecord &r : out.data.assessments) {
        r.origin = locate(r.origin);
        for (Dimension d : AllDimensions) {
            for (EvidenceRef &ref : r.evidence[d])
                ref.origin = locate(ref.origin);
        }
    }
    for (StageRecord &r : out.data.stages)
        r.origin = locate(r.origin);
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
    QHash<QString, QList<QStringList>> rows;
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
    for (const AssessmentRecord &r : data.assessments) {
        const Assessment &a = r.assessment;
        QStringList row{r.regionCode, r.stageKey};
        for (Dimension d : AllDimensions)
            row << number(a.scores[d]);
        for (Dimension d : AllDimensions)
            row << a.rationale[d];
        row << a.sourceNote;
        rows[QStringLiteral("assessments.csv")] << row;
        for (Dimension d : AllDimensions) {
            for (const EvidenceRef &ref : r.evidence[d])
                rows[QStringLiteral("evidence.csv")] << QStringList{r.regionCode, r.stageKey, dimensionKey(d),
                                                                    ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy")
                                                                                                       : QStringLiteral("milestone"),
                                                                    ref.uid};
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
