#include "JsonDataReader.h"

#include "JsonScanner.h"
#include "analysis/Ahp.h"
#include "model/Validation.h"
#include "store/WeightSetRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DataReader)
};

// Collects problems for one input, each tagged "source: $.path".
class Problems
{
public:
    Problems(QString source, DataProblems &out) : m_source(std::move(source)), m_out(out) {}
    QString origin(const QString &path) const { return m_source + QStringLiteral(": ") + path; }
    void add(const QString &path, const QString &message) { m_out.append({origin(path), message}); }
    int count() const { return int(m_out.size()); }

private:
    QString m_source;
    DataProblems &m_out;
};

// Reads the fields of one JSON object, reporting a missing, mistyped or
// unknown field at its path.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path, Problems &problems, std::initializer_list<const char *> known)
        : m_object(object), m_path(std::move(path)), m_problems(problems)
    {
        // Checked without building a set: this runs for each of a million records.
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            if (std::any_of(known.begin(), known.end(), [&key](const char *k) { return key == QLatin1StringView(k); }))
                continue;
            QSet<QString> knownKeys;
            for (const char *k : known)
                knownKeys.insert(QLatin1StringView(k));
            m_problems.add(at(key), Tr::tr("unknown field (accepted: %1)").arg(QStringList(knownKeys.begin(), knownKeys.end()).join(QStringLiteral(", "))));
        }
    }

    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool has(const char *key) const { return m_object.contains(QLatin1StringView(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1StringView(key)); }

    QString text(const char *key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(key);
            return {};
        }
        if (!v.isString()) {
            wrongType(key, Tr::tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            m_problems.add(at(QLatin1StringView(key)), Tr::tr("must not be empty"));
        return v.toString();
    }

    int integer(const char *key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            missing(key);
            return 0;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            wrongType(key, Tr::tr("must be a whole number"));
            return 0;
        }
        return int(d);
    }

    std::optional<double> number(const char *key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                missing(key);
            return std::nullopt;
        }
        if (!v.isDouble()) {
            wrongType(key, Tr::tr("must be a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }

    PartialDate date(const char *key)
    {
        const QString raw = text(key, true);
        if (raw.isEmpty())
            return {};
        if (auto parsed = PartialDate::parse(raw))
            return *parsed;
        m_problems.add(at(QLatin1StringView(key)),
                       Tr::tr("“%1” is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day)").arg(raw));
        return {};
    }

    template<typename Enum, typename FromKey>
    Enum choice(const char *key, FromKey fromKey, const QString &accepted, Enum fallback)
    {
        const QString raw = text(key, true);
        if (raw.isEmpty())
            return fallback;
        if (auto parsed = fromKey(raw))
            return *parsed;
        m_problems.add(at(QLatin1StringView(key)), Tr::tr("“%1” is not one of: %2").arg(raw, accepted));
        return fallback;
    }

    DimensionSet dimensions(const char *key)
    {
        DimensionSet set;
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            missing(key);
            return set;
        }
        if (!v.isArray()) {
            wrongType(key, Tr::tr("must be a list of dimensions"));
            return set;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const auto d = dimensionFromKey(items.at(i).toString());
            if (d)
                set.insert(*d);
            else
                m_problems.add(QStringLiteral("%1[%2]").arg(at(QLatin1StringView(key))).arg(i),
                               Tr::tr("unknown dimension “%1” (accepted: %2)").arg(items.at(i).toVariant().toString(), acceptedDimensionKeys()));
        }
        return set;
    }

    // An object keyed by dimension, e.g. "scores": {"mission": 8, …}.
    QJsonObject perDimension(const char *key, bool required)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                missing(key);
            return {};
        }
        if (!v.isObject()) {
            wrongType(key, Tr::tr("must be an object keyed by dimension"));
            return {};
        }
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!dimensionFromKey(it.key()))
                m_problems.add(at(QLatin1StringView(key)) + QLatin1Char('.') + it.key(),
                               Tr::tr("unknown dimension (accepted: %1)").arg(acceptedDimensionKeys()));
        }
        return object;
    }

    void missing(const char *key) { m_problems.add(at(QLatin1StringView(key)), Tr::tr("is required but missing")); }
    void wrongType(const char *key, const QString &message) { m_problems.add(at(QLatin1StringView(key)), message); }

    // Rules from model/Validation.h that the field readers above do not already cover.
    void report(const FieldProblems &problems, std::initializer_list<const char *> alreadyChecked)
    {
        for (const FieldProblem &p : problems) {
            bool skip = false;
            for (const char *k : alreadyChecked)
                skip = skip || p.field == QLatin1StringView(k);
            if (!skip)
                m_problems.add(at(p.field), p.message);
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    Problems &m_problems;
};

// Calls `readOne(object, path)` for each object of the array `key` of the
// object at `base`.
template<typename ReadOne>
void forEachRecord(const QJsonObject &root, const char *key, Problems &problems, ReadOne readOne,
                   const QString &base = QStringLiteral("$"))
{
    const QJsonValue section = root.value(QLatin1StringView(key));
    if (section.isUndefined())
        return;
    const QString path = base + QLatin1Char('.') + QLatin1StringView(key);
    if (!section.isArray()) {
        problems.add(path, Tr::tr("must be a list"));
        return;
    }
    const QJsonArray items = section.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!items.at(i).isObject())
            problems.add(itemPath, Tr::tr("must be an object"));
        else
            readOne(items.at(i).toObject(), itemPath);
    }
}

// Reports a second use of a key within the file.
class UniqueKeys
{
public:
    // `message` has %1 for the key and %2 for where it was first used.
    UniqueKeys(Problems &problems, QString message) : m_problems(problems), m_message(std::move(message)) {}
    void check(const QString &key, const QString &path)
    {
        if (key.isEmpty())
            return;
        if (m_seen.contains(key))
            m_problems.add(path, m_message.arg(key, m_seen.value(key)));
        else
            m_seen.insert(key, path);
    }

private:
    Problems &m_problems;
    QString m_message;
    QHash<QString, QString> m_seen;
};

// A list of "policy:UID" / "milestone:UID" references at `path`.
QList<EvidenceRef> evidenceRefs(const QJsonValue &refs, const QString &path, Problems &problems)
{
    QList<EvidenceRef> out;
    if (refs.isUndefined())
        return out;
    if (!refs.isArray()) {
        problems.add(path, Tr::tr("must be a list of “policy:UID” or “milestone:UID”"));
        return out;
    }
    const QJsonArray list = refs.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString ref = list.at(i).toString();
        const QString kind = ref.section(QLatin1Char(':'), 0, 0);
        const QString uid = ref.section(QLatin1Char(':'), 1);
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (uid.isEmpty() || (kind != QStringLiteral("policy") && kind != QStringLiteral("milestone"))) {
            problems.add(at, Tr::tr("“%1” is not “policy:UID” or “milestone:UID”").arg(ref));
            continue;
        }
        out.append({kind == QStringLiteral("policy") ? Evidence::Kind::Policy : Evidence::Kind::Milestone, uid,
                    problems.origin(at)});
    }
    return out;
}

// One "policy:UID" / "milestone:UID" reference at `path`; nullopt, said, if it is not one.
std::optional<EvidenceRef> recordRef(const QString &ref, const QString &path, Problems &problems)
{
    const QString kind = ref.section(QLatin1Char(':'), 0, 0);
    const QString uid = ref.section(QLatin1Char(':'), 1);
    if (uid.isEmpty() || (kind != QStringLiteral("policy") && kind != QStringLiteral("milestone"))) {
        problems.add(path, Tr::tr("“%1” is not “policy:UID” or “milestone:UID”").arg(ref));
        return std::nullopt;
    }
    return EvidenceRef{kind == QStringLiteral("policy") ? Evidence::Kind::Policy : Evidence::Kind::Milestone, uid,
                       problems.origin(path)};
}

// The "record_links" section: "A drove B" between two records, with the
// quoted sentence. Whether the records exist and share a region the importer
// checks, as it does for evidence.
void readRecordLinks(const QJsonObject &root, Problems &problems, DataSet &data)
{
    UniqueKeys pairs(problems, Tr::tr("the link %1 is given twice (first at %2)"));
    forEachRecord(root, "record_links", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"from", "to", "quote", "location", "note"});
        RecordLinkRecord r;
        r.origin = problems.origin(path);
        const QString from = f.text("from", true);
        const QString to = f.text("to", true);
        r.quote = f.text("quote", true);
        r.location = f.text("location", false);
        r.note = f.text("note", false);
        const auto fromRef = from.isEmpty() ? std::nullopt : recordRef(from, f.at(QStringLiteral("from")), problems);
        const auto toRef = to.isEmpty() ? std::nullopt : recordRef(to, f.at(QStringLiteral("to")), problems);
        if (!fromRef || !toRef)
            return;
        r.from = *fromRef;
        r.to = *toRef;
        if (r.from == r.to) {
            problems.add(f.at(QStringLiteral("to")), Tr::tr("a record cannot drive itself (“%1”)").arg(to));
            return;
        }
        pairs.check(from + QStringLiteral(" → ") + to, path);
        data.recordLinks.append(r);
    });
}

// A group's or a comparison set's "members": a list of region codes, each once,
// in the file's order.
QStringList readMemberCodes(Fields &f, Problems &problems)
{
    QStringList codes;
    const QJsonValue members = f.value("members");
    const QString membersAt = f.at(QStringLiteral("members"));
    if (!members.isUndefined() && !members.isArray()) {
        problems.add(membersAt, Tr::tr("must be a list of region codes"));
        return codes;
    }
    const QJsonArray list = members.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString code = list.at(i).toString();
        const QString at = QStringLiteral("%1[%2]").arg(membersAt).arg(i);
        if (!isValidRegionCode(code))
            problems.add(at, Tr::tr("“%1” is not a region code (six digits, GB/T 2260)").arg(list.at(i).toVariant().toString()));
        else if (codes.contains(code))
            problems.add(at, Tr::tr("region %1 is named twice").arg(code));
        else
            codes.append(code);
    }
    return codes;
}

// The "groups" section: each group with its members as a list of region codes.
void readGroups(const QJsonObject &root, Problems &problems, DataSet &data)
{
    UniqueKeys groupKeys(problems, Tr::tr("duplicate group key “%1” (first used at %2)"));
    forEachRecord(root, "groups", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"key", "name_zh", "name_en", "note", "source", "members"});
        GroupRecord r;
        r.origin = problems.origin(path);
        r.group.key = f.text("key", true);
        r.group.nameZh = f.text("name_zh", true);
        r.group.nameEn = f.text("name_en", false);
        r.group.note = f.text("note", false);
        r.group.source = f.text("source", false);
        r.memberCodes = readMemberCodes(f, problems);
        f.report(validateRegionGroup(r.group), {"key", "name_zh"});
        if (!r.group.key.isEmpty() && !isValidGroupKey(r.group.key))
            problems.add(f.at(QStringLiteral("key")),
                         Tr::tr("“%1” may hold only letters a–z, digits, “_”, “.” and “-”, e.g. yrd").arg(r.group.key));
        groupKeys.check(r.group.key, f.at(QStringLiteral("key")));
        data.groups.append(r);
    });
}

// The "comparison_sets" section: each set with its members in the order compared.
void readComparisonSets(const QJsonObject &root, Problems &problems, DataSet &data)
{
    UniqueKeys setKeys(problems, Tr::tr("duplicate comparison set key “%1” (first used at %2)"));
    forEachRecord(root, "comparison_sets", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"key", "name", "note", "members"});
        ComparisonSetRecord r;
        r.origin = problems.origin(path);
        r.set.key = f.text("key", true);
        r.set.name = f.text("name", true);
        r.set.note = f.text("note", false);
        r.memberCodes = readMemberCodes(f, problems);
        // A blank key or name was reported by text(); a key with a space or comma is reported here.
        if (r.set.key.isEmpty())
            f.report(validateComparisonSet(r.set), {"key", "name"});
        else
            f.report(validateComparisonSet(r.set), {"name"});
        setKeys.check(r.set.key, f.at(QStringLiteral("key")));
        data.comparisonSets.append(r);
    });
}

// A whole number from `low` to `high` at `key`, or nullopt (said when it is
// given but not one). Absent or null: nullopt, said only when `required`.
std::optional<int> boundedInteger(Fields &f, const char *key, bool required, int low, int high, const QString &outOfRange,
                                  Problems &problems)
{
    const QJsonValue v = f.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            f.missing(key);
        return std::nullopt;
    }
    const int n = f.integer(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d))
        return std::nullopt; // integer() said so
    if (n < low || n > high) {
        problems.add(f.at(QLatin1StringView(key)), outOfRange.arg(n));
        return std::nullopt;
    }
    return n;
}

std::optional<int> readRound(Fields &f, Problems &problems)
{
    return boundedInteger(f, "round", true, 1, 20, Tr::tr("%1 is not a round from 1 to 20"), problems);
}

// A comparison's value: a number on Saaty's scale (1/9 … 9), also as text
// "1/3"; snapped to the scale's exact value, so that 0.333333333333333 written
// by a table is 1/3 again.
std::optional<double> readSaatyValue(Fields &f, Problems &problems)
{
    const QJsonValue v = f.value("value");
    const QString at = f.at(QStringLiteral("value"));
    std::optional<double> value;
    if (v.isUndefined() || v.isNull()) {
        f.missing("value");
        return std::nullopt;
    }
    if (v.isDouble()) {
        value = v.toDouble();
    } else if (v.isString()) {
        static const QRegularExpression fraction(QStringLiteral("^\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$"));
        if (const QRegularExpressionMatch m = fraction.match(v.toString()); m.hasMatch() && m.captured(2).toInt() != 0)
            value = m.captured(1).toDouble() / m.captured(2).toDouble();
    }
    if (!value) {
        problems.add(at, Tr::tr("must be a number on Saaty's scale (1/9 … 9), e.g. 3 or 1/3"));
        return std::nullopt;
    }
    if (!isOnSaatyScale(*value)) {
        problems.add(at, Tr::tr("%1 is not on Saaty's scale (1/9 … 9)").arg(*value));
        return std::nullopt;
    }
    double nearest = 1.0;
    for (double s : saatyScale()) {
        if (std::abs(s - *value) < std::abs(nearest - *value))
            nearest = s;
    }
    return nearest;
}

// A packet's uuid at `key`: 32 lower-case hexadecimal digits (empty when absent and not required).
QString readPacketUuid(Fields &f, const char *key, bool required, Problems &problems)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    const QString uuid = f.text(key, required).trimmed();
    if (!uuid.isEmpty() && !hex32.match(uuid).hasMatch())
        problems.add(f.at(QLatin1StringView(key)), Tr::tr("“%1” is not a packet's uuid (32 hexadecimal digits)").arg(uuid));
    return uuid;
}

// The expert panel's sections (format 9). Whether the keys they name exist,
// and whether two compared indicators share the dimension named, the importer
// checks against the file and the database.
void readPanel(const QJsonObject &root, Problems &problems, DataSet &data)
{
    if (root.contains(QStringLiteral("panel_settings"))) {
        const QJsonValue settings = root.value(QStringLiteral("panel_settings"));
        const QString path = QStringLiteral("$.panel_settings");
        if (!settings.isObject()) {
            problems.add(path, Tr::tr("must be an object"));
        } else {
            Fields f(settings.toObject(), path, problems, {"max_cv", "significance", "min_w", "ahp_aggregation", "max_cr"});
            PanelSettingsRecord r;
            r.origin = problems.origin(path);
            auto check = [&](const char *key, double &into, bool ok(double), const QString &message) {
                if (const auto v = f.number(key, false)) {
                    if (ok(*v))
                        into = *v;
                    else
                        problems.add(f.at(QLatin1StringView(key)), message.arg(*v));
                }
            };
            check("max_cv", r.maxCv, [](double v) { return v > 0 && v <= 5; },
                  Tr::tr("%1 is not a coefficient of variation above 0 and at most 5"));
            check("significance", r.significance, [](double v) { return v > 0 && v < 1; },
                  Tr::tr("%1 is not a significance level between 0 and 1"));
            check("max_cr", r.maxCr, [](double v) { return v > 0 && v < 1; }, Tr::tr("%1 is not a consistency ratio between 0 and 1"));
            if (const auto w = f.number("min_w", false)) {
                if (*w >= 0 && *w <= 1)
                    r.minW = *w;
                else
                    problems.add(f.at(QStringLiteral("min_w")), Tr::tr("%1 is not a value of W from 0 to 1").arg(*w));
            }
            if (const QString aggregation = f.text("ahp_aggregation", false).trimmed(); !aggregation.isEmpty()) {
                if (aggregation == QLatin1String("aij") || aggregation == QLatin1String("aip"))
                    r.ahpAggregation = aggregation;
                else
                    problems.add(f.at(QStringLiteral("ahp_aggregation")), Tr::tr("“%1” is not one of: aij, aip").arg(aggregation));
            }
            data.panelSettings = r;
        }
    }

    UniqueKeys packetUuids(problems, Tr::tr("duplicate packet uuid “%1” (first used at %2)"));
    forEachRecord(root, "panel_packets", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems,
                 {"uuid", "rater", "round", "stage", "regions", "comparisons", "deadline", "created_at", "returned_at"});
        PanelPacketRecord r;
        r.origin = problems.origin(path);
        r.uuid = readPacketUuid(f, "uuid", true, problems);
        r.raterKey = f.text("rater", true);
        r.round = readRound(f, problems).value_or(1);
        r.stageKey = f.text("stage", true);
        const QJsonValue regions = f.value("regions");
        if (regions.isUndefined()) {
            f.missing("regions");
        } else if (!regions.isArray()) {
            f.wrongType("regions", Tr::tr("must be a list of region codes"));
        } else {
            const QJsonArray list = regions.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString code = list.at(i).toString();
                const QString at = QStringLiteral("%1[%2]").arg(f.at(QStringLiteral("regions"))).arg(i);
                if (!isValidRegionCode(code))
                    problems.add(at, Tr::tr("“%1” is not a region code (six digits, GB/T 2260)").arg(list.at(i).toVariant().toString()));
                else if (r.regionCodes.contains(code))
                    problems.add(at, Tr::tr("region %1 is named twice").arg(code));
                else
                    r.regionCodes.append(code);
            }
            if (list.isEmpty())
                problems.add(f.at(QStringLiteral("regions")), Tr::tr("name at least one region"));
        }
        const QJsonValue comparisons = f.value("comparisons");
        if (comparisons.isBool())
            r.comparisons = comparisons.toBool();
        else if (!comparisons.isUndefined() && !comparisons.isNull())
            f.wrongType("comparisons", Tr::tr("must be true or false"));
        r.deadline = f.text("deadline", false);
        r.createdAt = f.text("created_at", true);
        r.returnedAt = f.text("returned_at", false);
        packetUuids.check(r.uuid, f.at(QStringLiteral("uuid")));
        data.panelPackets.append(r);
    });

    UniqueKeys answers(problems, Tr::tr("a second answer of the same expert, round, stage, region and indicator “%1” (first at %2)"));
    forEachRecord(root, "panel_scores", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"rater", "round", "stage", "region", "indicator", "score", "note", "reason", "packet"});
        PanelScoreRecord r;
        r.origin = problems.origin(path);
        r.raterKey = f.text("rater", true);
        r.round = readRound(f, problems).value_or(1);
        r.stageKey = f.text("stage", true);
        r.regionCode = f.text("region", true);
        r.indicatorKey = f.text("indicator", true);
        if (const auto score = f.number("score", true)) {
            r.score = *score;
            if (!isValidScore(*score))
                problems.add(f.at(QStringLiteral("score")), Tr::tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(*score));
        }
        r.note = f.text("note", false);
        r.reason = f.text("reason", false);
        r.packetUuid = readPacketUuid(f, "packet", false, problems);
        answers.check(QStringList{r.raterKey, QString::number(r.round), r.stageKey, r.regionCode, r.indicatorKey}.join(QLatin1Char('/')),
                      path);
        data.panelScores.append(r);
    });

    UniqueKeys pairs(problems, Tr::tr("a second comparison of the same expert, round and pair “%1” (first at %2)"));
    forEachRecord(root, "panel_judgments", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"rater", "round", "scope", "first", "second", "value", "packet"});
        PanelJudgmentRecord r;
        r.origin = problems.origin(path);
        r.raterKey = f.text("rater", true);
        r.round = readRound(f, problems).value_or(1);
        r.scope = f.text("scope", true).trimmed();
        r.firstKey = f.text("first", true).trimmed();
        r.secondKey = f.text("second", true).trimmed();
        r.value = readSaatyValue(f, problems).value_or(1.0);
        r.packetUuid = readPacketUuid(f, "packet", false, problems);
        const bool dimensions = r.scope == QLatin1String("dimensions");
        if (!r.scope.isEmpty() && !dimensions && !dimensionFromKey(r.scope))
            problems.add(f.at(QStringLiteral("scope")),
                         Tr::tr("“%1” is neither a dimension (%2) nor “dimensions”").arg(r.scope, acceptedDimensionKeys()));
        if (dimensions) {
            for (const char *key : {"first", "second"}) {
                const QString value = QLatin1StringView(key) == QLatin1String("first") ? r.firstKey : r.secondKey;
                if (!value.isEmpty() && !dimensionFromKey(value))
                    problems.add(f.at(QLatin1StringView(key)),
                                 Tr::tr("“%1” is not a dimension (accepted: %2)").arg(value, acceptedDimensionKeys()));
            }
        }
        if (!r.firstKey.isEmpty() && r.firstKey == r.secondKey)
            problems.add(f.at(QStringLiteral("second")), Tr::tr("an item cannot be compared with itself (“%1”)").arg(r.secondKey));
        // One pair, whichever way round it is written.
        const QString low = std::min(r.firstKey, r.secondKey), high = std::max(r.firstKey, r.secondKey);
        pairs.check(QStringList{r.raterKey, QString::number(r.round), r.scope, low, high}.join(QLatin1Char('/')), path);
        data.panelJudgments.append(r);
    });
}

// Weight sets (format 9). Whether the indicators and the stage they name
// exist, and whether a set weighs every indicator, the importer checks
// against the file and the database.
void readWeightSets(const QJsonObject &root, Problems &problems, DataSet &data)
{
    UniqueKeys names(problems, Tr::tr("duplicate weight set name “%1” (first used at %2)"));
    QString firstActive; // where the first set marked active is
    forEachRecord(root, "weight_sets", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"name", "method", "detail", "round", "stage", "created_at", "active", "values"});
        WeightSetRecord r;
        r.origin = problems.origin(path);
        r.name = f.text("name", true).trimmed();
        if (const QString method = f.text("method", true).trimmed(); !method.isEmpty()) {
            if (weightSetMethodFromKey(method))
                r.method = method;
            else
                problems.add(f.at(QStringLiteral("method")),
                             Tr::tr("“%1” is not one of: %2").arg(method, QStringLiteral("analyst, ahp, entropy, critic, combined")));
        }
        r.detail = f.text("detail", false);
        r.round = boundedInteger(f, "round", false, 1, 20, Tr::tr("%1 is not a round from 1 to 20"), problems);
        r.stageKey = f.text("stage", false).trimmed();
        r.createdAt = f.text("created_at", false).trimmed();
        const QJsonValue active = f.value("active");
        if (active.isBool())
            r.active = active.toBool();
        else if (!active.isUndefined() && !active.isNull())
            f.wrongType("active", Tr::tr("must be true or false"));
        if (r.active) {
            if (firstActive.isEmpty())
                firstActive = f.at(QStringLiteral("active"));
            else
                problems.add(f.at(QStringLiteral("active")),
                             Tr::tr("a second weight set marked active (the first is at %1); at most one set is in force").arg(firstActive));
        }
        if (!f.has("values"))
            f.missing("values");
        QHash<QString, QString> weighed; // indicator key → where
        forEachRecord(o, "values", problems, [&](const QJsonObject &value, const QString &valuePath) {
            Fields vf(value, valuePath, problems, {"indicator", "weight"});
            WeightSetValueRecord v;
            v.origin = problems.origin(valuePath);
            v.indicatorKey = vf.text("indicator", true).trimmed();
            if (const auto weight = vf.number("weight", true)) {
                v.weight = *weight;
                if (!std::isfinite(*weight) || *weight < 0.0 || *weight > 100.0)
                    problems.add(vf.at(QStringLiteral("weight")), Tr::tr("%1 is not a weight from 0 to 100").arg(*weight));
            }
            if (!v.indicatorKey.isEmpty()) {
                if (weighed.contains(v.indicatorKey))
                    problems.add(vf.at(QStringLiteral("indicator")),
                                 Tr::tr("the indicator “%1” is weighed twice in this set (first at %2)")
                                     .arg(v.indicatorKey, weighed.value(v.indicatorKey)));
                else
                    weighed.insert(v.indicatorKey, vf.at(QStringLiteral("indicator")));
            }
            r.values.append(v);
        }, path);
        names.check(r.name, f.at(QStringLiteral("name")));
        data.weightSets.append(r);
    });
}

QString duplicatePolicyMessage() { return Tr::tr("duplicate policy uid “%1” (first used at %2)"); }
QString duplicateMilestoneMessage() { return Tr::tr("duplicate milestone uid “%1” (first used at %2)"); }

// How a dated record counts in the dated-evidence reading: the dimension it
// counts for (one it bears on) and whether its date was placed from context.
template<typename Record>
void readCounting(Fields &f, Record &r, Problems &problems)
{
    if (const QString primary = f.text("primary_dimension", false); !primary.isEmpty()) {
        r.primaryDimension = dimensionFromKey(primary);
        if (!r.primaryDimension)
            problems.add(f.at(QStringLiteral("primary_dimension")),
                         Tr::tr("unknown dimension “%1” (accepted: %2)").arg(primary, acceptedDimensionKeys()));
        else if (!r.dimensions.contains(*r.primaryDimension))
            problems.add(f.at(QStringLiteral("primary_dimension")),
                         Tr::tr("“%1” is not one of the record's dimensions").arg(primary));
    }
    if (const QString basis = f.text("date_basis", false); !basis.isEmpty()) {
        if (basis == u"imputed")
            r.dateImputed = true;
        else if (basis != u"given")
            problems.add(f.at(QStringLiteral("date_basis")), Tr::tr("“%1” is not one of: given, imputed").arg(basis));
    }
}

// One element of "policies" at `path` ("$.policies[3]").
PolicyRecord readPolicyObject(const QJsonObject &o, const QString &path, Problems &problems)
{
    static const std::initializer_list<const char *> known = {"uid",   "region", "title_zh",   "title_en", "issuer",   "date",
                                                              "level", "kind",   "dimensions", "summary",  "reference",
                                                              "primary_dimension", "date_basis"};
    Fields f(o, path, problems, known);
    PolicyRecord r;
    r.origin = problems.origin(path);
    r.policy.uid = f.text("uid", true);
    r.regionCode = f.text("region", true);
    r.policy.titleZh = f.text("title_zh", true);
    r.policy.titleEn = f.text("title_en", false);
    r.policy.issuer = f.text("issuer", false);
    r.policy.date = f.date("date");
    r.policy.level = f.choice("level", levelFromKey, acceptedLevelKeys(), Level::National);
    r.policy.kind = f.choice("kind", policyKindFromKey, acceptedPolicyKindKeys(), PolicyKind::Other);
    r.policy.dimensions = f.dimensions("dimensions");
    readCounting(f, r.policy, problems);
    r.policy.summary = f.text("summary", false);
    r.policy.reference = f.text("reference", false);
    return r;
}

// One element of "milestones" at `path` ("$.milestones[3]").
MilestoneRecord readMilestoneObject(const QJsonObject &o, const QString &path, Problems &problems)
{
    static const std::initializer_list<const char *> known = {"uid",         "region",     "date",     "title_zh", "title_en",
                                                              "description", "dimensions", "quantity", "unit",
                                                              "primary_dimension", "date_basis"};
    Fields f(o, path, problems, known);
    MilestoneRecord r;
    r.origin = problems.origin(path);
    r.milestone.uid = f.text("uid", true);
    r.regionCode = f.text("region", true);
    r.milestone.date = f.date("date");
    r.milestone.titleZh = f.text("title_zh", true);
    r.milestone.titleEn = f.text("title_en", false);
    r.milestone.description = f.text("description", false);
    r.milestone.dimensions = f.dimensions("dimensions");
    readCounting(f, r.milestone, problems);
    const auto quantity = f.number("quantity", false);
    const QString unit = f.text("unit", false);
    if (quantity)
        r.milestone.quantity = Quantity{*quantity, unit};
    else if (!unit.isEmpty())
        f.report({{QStringLiteral("unit"), Tr::tr("a unit needs a quantity")}}, {});
    return r;
}

int lineOfOffset(const QByteArray &bytes, int offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// Hands the pages of a mapped file before `offset` (rounded down to a page)
// back to the system: read again, they come from the page cache.
void releaseMapped(const char *data, qint64 offset)
{
#ifdef Q_OS_LINUX
    constexpr quintptr Page = 4096;
    const quintptr base = reinterpret_cast<quintptr>(data);
    const quintptr alignedBase = (base + Page - 1) & ~(Page - 1);
    const quintptr end = (base + quintptr(offset)) & ~(Page - 1);
    if (end > alignedBase)
        madvise(reinterpret_cast<void *>(alignedBase), end - alignedBase, MADV_DONTNEED);
#else
    Q_UNUSED(data);
    Q_UNUSED(offset);
#endif
}

// Policies and milestones of a mapped file, parsed again each time they are
// walked. Pages already read are handed back to the system as a walk goes on,
// so that the file does not stay in the process's memory.
class JsonFileRecords : public StreamedRecords
{
public:
    JsonFileRecords(std::unique_ptr<QFile> file, const uchar *data, qint64 size, QString source)
        : m_file(std::move(file)), m_data(reinterpret_cast<const char *>(data)), m_size(size), m_source(std::move(source))
    {
    }
    ~JsonFileRecords() override
    {
        if (m_file)
            m_file->unmap(reinterpret_cast<uchar *>(const_cast<char *>(m_data)));
    }

    QList<JsonScanner::Span> policies, milestones;

    qsizetype policyCount() const override { return policies.size(); }
    qsizetype milestoneCount() const override { return milestones.size(); }

    bool forEachPolicy(const std::function<bool(const PolicyRecord &)> &take) const override
    {
        return walk(policies, QStringLiteral("$.policies[%1]"), [&](const QJsonObject &o, const QString &path, Problems &problems) {
            return take(readPolicyObject(o, path, problems));
        });
    }
    bool forEachMilestone(const std::function<bool(const MilestoneRecord &)> &take) const override
    {
        return walk(milestones, QStringLiteral("$.milestones[%1]"), [&](const QJsonObject &o, const QString &path, Problems &problems) {
            return take(readMilestoneObject(o, path, problems));
        });
    }

    // One element as a JSON value; false with `error` set when it is not valid JSON.
    bool element(const JsonScanner::Span &span, QJsonValue &value, QJsonParseError &error) const
    {
        const qint64 length = span.end - span.begin;
        if (length > 0 && m_data[span.begin] == '{') {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(m_data + span.begin, length), &error);
            value = doc.object();
            return error.error == QJsonParseError::NoError;
        }
        // Not an object: parsed inside a list, to tell "must be an object" from broken JSON.
        QByteArray wrapped;
        wrapped.reserve(length + 2);
        wrapped.append('[').append(m_data + span.begin, length).append(']');
        const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
        if (error.error != QJsonParseError::NoError) {
            error.offset = std::max(0, error.offset - 1);
            return false;
        }
        value = doc.array().at(0);
        return true;
    }

    // The 1-based line of a byte.
    int lineAt(qint64 offset) const { return int(std::count(m_data, m_data + std::min(offset, m_size), '\n')) + 1; }

    // Gives back the pages before `offset` to the system.
    void release(qint64 offset) const { releaseMapped(m_data, offset); }

    template<typename ReadOne>
    bool walk(const QList<JsonScanner::Span> &spans, const QString &pathPattern, ReadOne readOne) const
    {
        DataProblems ignored; // found and said by the first walk
        Problems problems(m_source, ignored);
        qint64 released = 0;
        for (qsizetype i = 0; i < spans.size(); ++i) {
            QJsonValue value;
            QJsonParseError error;
            if (!element(spans[i], value, error) || !value.isObject())
                return false;
            ignored.clear();
            if (!readOne(value.toObject(), pathPattern.arg(i), problems))
                return false;
            if (spans[i].end - released > ReleaseEvery) {
                release(spans[i].end);
                released = spans[i].end;
            }
        }
        return true;
    }

    QString source() const { return m_source; }
    static constexpr qint64 ReleaseEvery = 32LL * 1024 * 1024;

private:
    std::unique_ptr<QFile> m_file;
    const char *m_data;
    qint64 m_size;
    QString m_source;
};

// The first walk over a streamed section: every element parsed and checked,
// uids compared by a hash of each (a million strings would not fit the memory
// bound) and, where two hashes meet, by the uids themselves.
// False when an element is not valid JSON: then that is the only problem told,
// as when the whole document is parsed.
template<typename ReadOne>
bool checkStreamed(const JsonFileRecords &file, const QList<JsonScanner::Span> &spans, const QString &section,
                   const QString &duplicateMessage, DataProblems &out, const DataProgress &progress, qint64 fileSize,
                   ReadOne readOne)
{
    DataProblems found;
    Problems problems(file.source(), found);
    qsizetype unlisted = 0;
    QHash<size_t, qint32> uidAt; // hash of a uid → index of its first record
    auto uidOf = [&](qsizetype i) {
        QJsonValue value;
        QJsonParseError error;
        return file.element(spans[i], value, error) ? value.toObject().value(QLatin1StringView("uid")).toString() : QString();
    };
    auto note = [&](const DataProblem &p) {
        if (out.size() < JsonDataReader::MaxListedProblems)
            out.append(p);
        else
            ++unlisted;
    };
    qint64 released = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (progress && i % 4096 == 0 && !progress(spans[i].begin, fileSize)) {
            out = {{file.source(), Tr::tr("the reading was cancelled")}};
            return false;
        }
        const QString path = QStringLiteral("$.%1[%2]").arg(section).arg(i);
        QJsonValue value;
        QJsonParseError error;
        if (!file.element(spans[i], value, error)) {
            const qint64 offset = spans[i].begin + error.offset;
            if (error.error == QJsonParseError::IllegalUTF8String)
                out = {{file.source() + QStringLiteral(": $"), Tr::tr("the file is not valid UTF-8 text (save it as UTF-8)")}};
            else
                out = {{file.source() + QStringLiteral(": ") + Tr::tr("line %1").arg(file.lineAt(offset)),
                        Tr::tr("not valid JSON: %1").arg(error.errorString())}};
            return false;
        }
        if (!value.isObject()) {
            problems.add(path, Tr::tr("must be an object"));
        } else {
            const QString uid = readOne(value.toObject(), path, problems);
            if (!uid.isEmpty()) {
                const size_t h = qHash(uid);
                const auto first = uidAt.constFind(h);
                if (first == uidAt.cend())
                    uidAt.insert(h, qint32(i));
                else if (uidOf(*first) == uid)
                    problems.add(path + QStringLiteral(".uid"),
                                 duplicateMessage.arg(uid, QStringLiteral("$.%1[%2].uid").arg(section).arg(*first)));
            }
        }
        for (const DataProblem &p : std::as_const(found))
            note(p);
        found.clear();
        if (spans[i].end - released > JsonFileRecords::ReleaseEvery) {
            file.release(spans[i].end);
            released = spans[i].end;
        }
    }
    if (unlisted > 0)
        out.append({file.source() + QStringLiteral(": $.") + section, Tr::tr("%n more problem(s) not listed", nullptr, int(unlisted))});
    return true;
}
} // namespace

JsonDataReader::Output JsonDataReader::read(const QByteArray &bytes, const QString &sourceName)
{
    Output out;
    Problems problems(sourceName, out.problems);

    if (bytes.trimmed().isEmpty()) {
        problems.add(QStringLiteral("$"), Tr::tr("the file is empty"));
        return out;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    (void)QString(utf8.decode(bytes));
    if (utf8.hasError()) {
        problems.add(QStringLiteral("$"), Tr::tr("the file is not valid UTF-8 text (save it as UTF-8)"));
        return out;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.add(Tr::tr("line %1").arg(lineOfOffset(bytes, parseError.offset)),
                     Tr::tr("not valid JSON: %1").arg(parseError.errorString()));
        return out;
    }
    if (!doc.isObject()) {
        problems.add(QStringLiteral("$"), Tr::tr("must be a JSON object with “format”: “triangle-studio”"));
        return out;
    }
    return readDocument(doc.object(), sourceName);
}

JsonDataReader::Output JsonDataReader::readDocument(const QJsonObject &root, const QString &sourceName)
{
    Output out;
    Problems problems(sourceName, out.problems);
    Fields top(root, QStringLiteral("$"), problems,
               {"format", "version", "description", "settings", "stages", "regions", "policies", "milestones", "raters",
                "indicators", "indicator_values", "assessments", "groups", "comparison_sets", "record_links", "panel_settings",
                "panel_packets", "panel_scores", "panel_judgments", "weight_sets"});
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("triangle-studio")) {
        problems.add(QStringLiteral("$.format"), Tr::tr("must be “triangle-studio”: this is not a Triangle Studio data file"));
        return out;
    }
    const int version = top.has("version") ? top.integer("version") : FormatVersion;
    if (version > FormatVersion) {
        problems.add(QStringLiteral("$.version"),
                     Tr::tr("format version %1 is newer than this program reads (%2)").arg(version).arg(FormatVersion));
        return out;
    }
    out.data.description = top.text("description", false);
    if (top.has("settings")) {
        const QJsonValue settings = top.value("settings");
        if (!settings.isObject()) {
            problems.add(QStringLiteral("$.settings"), Tr::tr("must be an object"));
        } else {
            Fields f(settings.toObject(), QStringLiteral("$.settings"), problems, {"rater_aggregate", "group_aggregate"});
            if (f.has("rater_aggregate"))
                out.data.raterAggregate = f.choice("rater_aggregate", raterAggregateFromKey, QStringLiteral("mean, median"),
                                                   RaterAggregate::Mean);
            if (f.has("group_aggregate"))
                out.data.groupAggregate = f.choice("group_aggregate", groupAggregateFromKey, QStringLiteral("mean, median"),
                                                   GroupAggregate::Mean);
        }
    }

    UniqueKeys stageKeys(problems, Tr::tr("duplicate stage key “%1” (first used at %2)"));
    forEachRecord(root, "stages", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"key", "name_zh", "name_en", "start_year", "end_year", "order", "status"});
        Stage s;
        s.key = f.text("key", true);
        s.nameZh = f.text("name_zh", true);
        s.nameEn = f.text("name_en", false);
        s.startYear = f.integer("start_year");
        s.endYear = f.integer("end_year");
        s.sortOrder = f.integer("order");
        if (const QString status = f.text("status", false); !status.isEmpty()) {
            if (const auto planned = plannedFromStageStatusKey(status))
                s.planned = *planned;
            else
                problems.add(f.at(QStringLiteral("status")), Tr::tr("“%1” is not one of: observed, planned").arg(status));
        }
        f.report(validateStage(s), {"key", "name_zh"});
        stageKeys.check(s.key, f.at(QStringLiteral("key")));
        out.data.stages.append({s, problems.origin(path)});
    });

    UniqueKeys regionCodes(problems, Tr::tr("duplicate region code “%1” (first used at %2)"));
    forEachRecord(root, "regions", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"code", "name_zh", "name_en", "level", "parent", "agency", "notes", "data_basis"});
        RegionRecord r;
        r.origin = problems.origin(path);
        r.region.code = f.text("code", true);
        r.region.nameZh = f.text("name_zh", true);
        r.region.nameEn = f.text("name_en", false);
        r.region.level = f.choice("level", levelFromKey, acceptedLevelKeys(), Level::Province);
        r.parentCode = f.text("parent", false);
        r.region.agency = f.text("agency", false);
        r.region.notes = f.text("notes", false);
        if (const QString basis = f.text("data_basis", false); !basis.isEmpty()) {
            if (const auto parsed = dataBasisFromKey(basis))
                r.region.basis = *parsed;
            else
                problems.add(f.at(QStringLiteral("data_basis")), Tr::tr("“%1” is not one of: %2").arg(basis, acceptedDataBasisKeys()));
        }
        if (!r.region.code.isEmpty() && !isValidRegionCode(r.region.code))
            f.report({{QStringLiteral("code"), Tr::tr("“%1” is not six digits (GB/T 2260), e.g. 330000").arg(r.region.code)}}, {});
        if (r.region.level == Level::National && !r.parentCode.isEmpty())
            f.report({{QStringLiteral("parent"), Tr::tr("the national level has no parent region")}}, {});
        if (r.region.level != Level::National && r.parentCode.isEmpty() && f.has("level"))
            f.report({{QStringLiteral("parent"), Tr::tr("must name the code of the region this one belongs to")}}, {});
        regionCodes.check(r.region.code, f.at(QStringLiteral("code")));
        out.data.regions.append(r);
    });

    UniqueKeys policyUids(problems, duplicatePolicyMessage());
    forEachRecord(root, "policies", problems, [&](const QJsonObject &o, const QString &path) {
        PolicyRecord r = readPolicyObject(o, path, problems);
        policyUids.check(r.policy.uid, path + QStringLiteral(".uid"));
        out.data.policies.append(r);
    });

    UniqueKeys milestoneUids(problems, duplicateMilestoneMessage());
    forEachRecord(root, "milestones", problems, [&](const QJsonObject &o, const QString &path) {
        MilestoneRecord r = readMilestoneObject(o, path, problems);
        milestoneUids.check(r.milestone.uid, path + QStringLiteral(".uid"));
        out.data.milestones.append(r);
    });

    UniqueKeys raterKeys(problems, Tr::tr("duplicate rater key “%1” (first used at %2)"));
    forEachRecord(root, "raters", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"key", "name", "organisation", "field", "experience_years", "language"});
        Rater r;
        r.key = f.text("key", true);
        r.name = f.text("name", true);
        r.organisation = f.text("organisation", false);
        r.field = f.text("field", false);
        r.experienceYears =
            boundedInteger(f, "experience_years", false, 0, 80, Tr::tr("%1 is not a number of years from 0 to 80"), problems);
        if (const QString language = f.text("language", false).trimmed(); !language.isEmpty()) {
            if (language == QLatin1String("en"))
                r.language = Language::English;
            else if (language != QLatin1String("zh_CN"))
                problems.add(f.at(QStringLiteral("language")), Tr::tr("“%1” is not one of: zh_CN, en").arg(language));
        }
        f.report(validateRater(r), {"key", "name", "experience_years"});
        raterKeys.check(r.key, f.at(QStringLiteral("key")));
        out.data.raters.append({r, problems.origin(path)});
    });

    UniqueKeys indicatorKeys(problems, Tr::tr("duplicate indicator key “%1” (first used at %2)"));
    forEachRecord(root, "indicators", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems,
                 {"key", "dimension", "name_zh", "name_en", "definition", "observation", "direction", "weight", "order", "rubric"});
        Indicator i;
        i.key = f.text("key", true);
        i.dimension = f.choice("dimension", dimensionFromKey, acceptedDimensionKeys(), Dimension::Mission);
        i.nameZh = f.text("name_zh", true);
        i.nameEn = f.text("name_en", false);
        i.definition = f.text("definition", false);
        i.observation = f.text("observation", false);
        if (f.has("direction"))
            i.direction = f.choice("direction", indicatorDirectionFromKey, acceptedIndicatorDirectionKeys(),
                                   IndicatorDirection::HigherIsBetter);
        i.weight = f.number("weight", true).value_or(1.0);
        i.sortOrder = f.integer("order");
        forEachRecord(o, "rubric", problems, [&](const QJsonObject &level, const QString &levelPath) {
            Fields lf(level, levelPath, problems, {"score", "label_zh", "label_en", "description_zh", "description_en"});
            RubricLevel l;
            l.score = lf.number("score", true).value_or(0.0);
            l.labelZh = lf.text("label_zh", true);
            l.labelEn = lf.text("label_en", false);
            l.descriptionZh = lf.text("description_zh", false);
            l.descriptionEn = lf.text("description_en", false);
            i.rubric.append(l);
        }, path);
        // Checked in the file's order, so that rubric[j] names the anchor as written.
        f.report(validateIndicator(i), {"key", "name_zh"});
        std::sort(i.rubric.begin(), i.rubric.end(), [](const RubricLevel &a, const RubricLevel &b) { return a.score < b.score; });
        indicatorKeys.check(i.key, f.at(QStringLiteral("key")));
        out.data.indicators.append({i, problems.origin(path)});
    });

    UniqueKeys valueKeys(problems, Tr::tr("a second value for the same region, stage, indicator and rater “%1” (first at %2)"));
    forEachRecord(root, "indicator_values", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"region", "stage", "indicator", "rater", "score", "note", "evidence"});
        IndicatorValueRecord r;
        r.origin = problems.origin(path);
        r.regionCode = f.text("region", true);
        r.stageKey = f.text("stage", true);
        r.indicatorKey = f.text("indicator", true);
        r.raterKey = f.text("rater", true);
        if (const auto score = f.number("score", true)) {
            r.value.score = *score;
            if (!isValidScore(*score))
                problems.add(f.at(QStringLiteral("score")), Tr::tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(*score));
        }
        r.value.note = f.text("note", false);
        r.evidence = evidenceRefs(f.value("evidence"), f.at(QStringLiteral("evidence")), problems);
        valueKeys.check(QStringList{r.regionCode, r.stageKey, r.indicatorKey, r.raterKey}.join(QLatin1Char('/')), path);
        out.data.indicatorValues.append(r);
    });

    UniqueKeys assessmentKeys(problems, Tr::tr("a second assessment of the same region and stage “%1” (first at %2)"));
    forEachRecord(root, "assessments", problems, [&](const QJsonObject &o, const QString &path) {
        Fields f(o, path, problems, {"region", "stage", "scores", "origin", "rationale", "source", "evidence"});
        AssessmentRecord r;
        r.origin = problems.origin(path);
        r.regionCode = f.text("region", true);
        r.stageKey = f.text("stage", true);
        r.assessment.sourceNote = f.text("source", false);
        const QJsonObject scores = f.perDimension("scores", true);
        const QJsonObject rationale = f.perDimension("rationale", false);
        const QJsonObject evidence = f.perDimension("evidence", false);
        const QJsonObject origins = f.perDimension("origin", false);
        for (Dimension d : AllDimensions) {
            const QString key = dimensionKey(d);
            const QString scorePath = f.at(QStringLiteral("scores.") + key);
            const QJsonValue score = scores.value(key);
            if (!scores.isEmpty() && score.isUndefined())
                problems.add(scorePath, Tr::tr("is required but missing"));
            else if (!score.isUndefined() && !score.isDouble())
                problems.add(scorePath, Tr::tr("must be a number from 0 to 10"));
            else if (!score.isUndefined() && !isValidScore(score.toDouble()))
                problems.add(scorePath, Tr::tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(score.toDouble()));
            r.assessment.scores[d] = score.toDouble();

            const QJsonValue reason = rationale.value(key);
            if (!reason.isUndefined() && !reason.isString())
                problems.add(f.at(QStringLiteral("rationale.") + key), Tr::tr("must be text"));
            r.assessment.rationale[d] = reason.toString();

            r.evidence[d] = evidenceRefs(evidence.value(key), f.at(QStringLiteral("evidence.") + key), problems);

            const QJsonValue origin = origins.value(key);
            if (origin.isUndefined())
                continue;
            if (const auto parsed = scoreOriginFromKey(origin.toString()))
                r.assessment.origin[d] = *parsed;
            else
                problems.add(f.at(QStringLiteral("origin.") + key),
                             Tr::tr("“%1” is not one of: hand, derived, unscored").arg(origin.toVariant().toString()));
            // The score of a dimension nobody has scored is 0, never a number read as one.
            if (r.assessment.origin[d] == ScoreOrigin::Unscored && r.assessment.scores[d] != 0.0)
                problems.add(f.at(QStringLiteral("scores.") + key),
                             Tr::tr("is %1, but its origin is “unscored”: an unscored dimension's score is 0")
                                 .arg(r.assessment.scores[d], 0, 'f', 1));
        }
        assessmentKeys.check(r.regionCode + QLatin1Char('/') + r.stageKey, path);
        out.data.assessments.append(r);
    });

    readGroups(root, problems, out.data);
    readComparisonSets(root, problems, out.data);
    readRecordLinks(root, problems, out.data);
    readPanel(root, problems, out.data);
    readWeightSets(root, problems, out.data);
    return out;
}


PolicyRecord JsonDataReader::readPolicy(const QJsonObject &object, const QString &path, DataProblems &problems)
{
    Problems sink(QString(), problems);
    return readPolicyObject(object, path, sink);
}

MilestoneRecord JsonDataReader::readMilestone(const QJsonObject &object, const QString &path, DataProblems &problems)
{
    Problems sink(QString(), problems);
    return readMilestoneObject(object, path, sink);
}

QString JsonDataReader::duplicateUidMessage(const QString &section)
{
    return section == QStringLiteral("policies") ? duplicatePolicyMessage() : duplicateMilestoneMessage();
}

JsonDataReader::Output JsonDataReader::readFile(const QString &path, const QString &sourceName, qint64 streamFrom,
                                                const DataProgress &progress)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        Output out;
        out.problems.append({sourceName, Tr::tr("cannot be read: %1").arg(file->errorString())});
        return out;
    }
    const qint64 size = file->size();
    const uchar *data = size >= streamFrom && size > 0 ? file->map(0, size) : nullptr;
    // Small files, and files that cannot be mapped, are read whole.
    auto whole = [&]() -> Output {
        if (data)
            file->unmap(const_cast<uchar *>(data));
        if (!file->seek(0)) {
            Output out;
            out.problems.append({sourceName, Tr::tr("cannot be read: %1").arg(file->errorString())});
            return out;
        }
        return read(file->readAll(), sourceName);
    };
    if (!data)
        return whole();

    const QStringList streamedKeys = {QStringLiteral("policies"), QStringLiteral("milestones")};
    QList<JsonScanner::Member> members;
    // A file whose structure the scanner cannot follow is broken JSON (or
    // JSON no writer of ours makes): the whole-document parser says what is wrong.
    qint64 failedAt = 0;
    // The scan reads the whole file: the pages behind it are handed back as it goes.
    const auto passed = [data](qint64 offset) { releaseMapped(reinterpret_cast<const char *>(data), offset); };
    if (!JsonScanner::scan(reinterpret_cast<const char *>(data), size, streamedKeys, members, &failedAt, passed)) {
        if (size <= MaxWholeBytes)
            return whole();
        // Too large to parse whole just to say why: where the scan stopped.
        Output out;
        const qint64 lines = std::count(reinterpret_cast<const char *>(data), reinterpret_cast<const char *>(data) + failedAt, '\n');
        out.problems.append({sourceName + QStringLiteral(": ") + Tr::tr("line %1").arg(lines + 1),
                             Tr::tr("not valid JSON: %1").arg(Tr::tr("unexpected character"))});
        file->unmap(const_cast<uchar *>(data));
        return out;
    }

    // Everything but the streamed arrays is small: parsed as one document.
    QByteArray rest("{");
    auto records = std::make_shared<JsonFileRecords>(std::move(file), data, size, sourceName);
    for (const JsonScanner::Member &m : std::as_const(members)) {
        if (rest.size() > 1)
            rest.append(',');
        rest.append('"').append(m.key.toUtf8()).append("\":");
        if (m.streamed) {
            rest.append("[]");
            (m.key == QStringLiteral("policies") ? records->policies : records->milestones) = m.elements;
        } else {
            rest.append(reinterpret_cast<const char *>(data) + m.value.begin, m.value.end - m.value.begin);
        }
    }
    rest.append('}');
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        records.reset();
        QFile again(path);
        if (!again.open(QIODevice::ReadOnly)) {
            Output out;
            out.problems.append({sourceName, Tr::tr("cannot be read: %1").arg(again.errorString())});
            return out;
        }
        return read(again.readAll(), sourceName);
    }
    const QJsonObject root = doc.object();
    Output out = readDocument(root, sourceName);
    // Not this program's file, or a newer one: readDocument said so and read no further.
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (root.value(QLatin1StringView("format")).toString() != QStringLiteral("triangle-studio")
        || (version.isDouble() && version.toDouble() == std::floor(version.toDouble()) && version.toDouble() > FormatVersion))
        return out;

    const bool wellFormed =
        checkStreamed(*records, records->policies, QStringLiteral("policies"), duplicatePolicyMessage(), out.problems, progress, size,
                      [](const QJsonObject &o, const QString &at, Problems &problems) { return readPolicyObject(o, at, problems).policy.uid; })
        && checkStreamed(*records, records->milestones, QStringLiteral("milestones"), duplicateMilestoneMessage(), out.problems,
                         progress, size, [](const QJsonObject &o, const QString &at, Problems &problems) {
                             return readMilestoneObject(o, at, problems).milestone.uid;
                         });
    records->release(size);
    if (!wellFormed) {
        out.data = {};
        return out;
    }
    if (out.problems.isEmpty())
        out.data.streamed = records;
    return out;
}

} // namespace triangle
