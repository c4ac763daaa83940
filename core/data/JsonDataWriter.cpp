#include "JsonDataWriter.h"

#include "JsonDataReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace triangle {

namespace {
QJsonArray dimensionList(DimensionSet set)
{
    QJsonArray out;
    for (Dimension d : AllDimensions) {
        if (set.contains(d))
            out.append(dimensionKey(d));
    }
    return out;
}

QString refText(const EvidenceRef &ref)
{
    return (ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy:") : QStringLiteral("milestone:")) + ref.uid;
}

QJsonArray evidenceList(const QList<EvidenceRef> &refs)
{
    QJsonArray out;
    for (const EvidenceRef &ref : refs)
        out.append(refText(ref));
    return out;
}

// Optional text fields are left out when empty, as a person would write the file.
void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}

// The counting fields, written only where they differ from the default.
template<typename Record>
void putCounting(QJsonObject &o, const Record &r)
{
    if (r.primaryDimension)
        o.insert(QStringLiteral("primary_dimension"), dimensionKey(*r.primaryDimension));
    if (r.dateImputed)
        o.insert(QStringLiteral("date_basis"), QStringLiteral("imputed"));
}

QJsonObject policyObject(const PolicyRecord &r)
{
    const Policy &p = r.policy;
    QJsonObject o{{QStringLiteral("uid"), p.uid},
                  {QStringLiteral("region"), r.regionCode},
                  {QStringLiteral("title_zh"), p.titleZh},
                  {QStringLiteral("date"), p.date.toString()},
                  {QStringLiteral("level"), levelKey(p.level)},
                  {QStringLiteral("kind"), policyKindKey(p.kind)},
                  {QStringLiteral("dimensions"), dimensionList(p.dimensions)}};
    putText(o, "title_en", p.titleEn);
    putText(o, "issuer", p.issuer);
    putText(o, "summary", p.summary);
    putText(o, "reference", p.reference);
    putCounting(o, p);
    return o;
}

QJsonObject milestoneObject(const MilestoneRecord &r)
{
    const Milestone &m = r.milestone;
    QJsonObject o{{QStringLiteral("uid"), m.uid},
                  {QStringLiteral("region"), r.regionCode},
                  {QStringLiteral("title_zh"), m.titleZh},
                  {QStringLiteral("date"), m.date.toString()},
                  {QStringLiteral("dimensions"), dimensionList(m.dimensions)}};
    putText(o, "title_en", m.titleEn);
    putText(o, "description", m.description);
    if (m.quantity) {
        o.insert(QStringLiteral("quantity"), m.quantity->value);
        putText(o, "unit", m.quantity->unit);
    }
    putCounting(o, m);
    return o;
}

// A record as QJsonDocument indents it as an element of a top-level list:
// every line eight spaces in.
QByteArray element(const QJsonObject &o)
{
    const QByteArray alone = QJsonDocument(o).toJson(QJsonDocument::Indented);
    QByteArray out;
    out.reserve(alone.size() + alone.count('\n') * 8 + 8);
    out.append("        ");
    for (qsizetype i = 0; i < alone.size() - 1; ++i) { // without the final newline
        out.append(alone[i]);
        if (alone[i] == '\n')
            out.append("        ");
    }
    return out;
}

// Where a streamed section goes in the document: a line of its own that
// only a top-level member can be, since strings hold no raw newlines.
QByteArray placeholderLine(const char *key)
{
    return QByteArray("\n    \"") + key + "\": \"<streamed " + key + ">\"";
}

// The elements of one top-level list, `[` and `]` as QJsonDocument writes them.
template<typename Walk>
bool writeList(QIODevice &out, Walk walk)
{
    bool first = true;
    bool written = out.write("[\n") >= 0;
    const bool complete = walk([&](const QJsonObject &o) {
        if (!first)
            written = written && out.write(",\n") >= 0;
        first = false;
        written = written && out.write(element(o)) >= 0;
        return written;
    });
    if (!first)
        written = written && out.write("\n") >= 0;
    return complete && written && out.write("    ]") >= 0;
}
} // namespace

QByteArray writeJsonData(const DataSet &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeJsonData(data, buffer);
    return buffer.data();
}

bool writeJsonData(const DataSet &data, QIODevice &out)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("triangle-studio"));
    root.insert(QStringLiteral("version"), JsonDataReader::FormatVersion);
    putText(root, "description", data.description);
    QJsonObject settings;
    if (data.raterAggregate)
        settings.insert(QStringLiteral("rater_aggregate"), raterAggregateKey(*data.raterAggregate));
    if (data.groupAggregate)
        settings.insert(QStringLiteral("group_aggregate"), groupAggregateKey(*data.groupAggregate));
    if (!settings.isEmpty())
        root.insert(QStringLiteral("settings"), settings);

    QJsonArray stages;
    for (const StageRecord &r : data.stages) {
        QJsonObject o{{QStringLiteral("key"), r.stage.key},
                      {QStringLiteral("name_zh"), r.stage.nameZh},
                      {QStringLiteral("start_year"), r.stage.startYear},
                      {QStringLiteral("end_year"), r.stage.endYear},
                      {QStringLiteral("order"), r.stage.sortOrder}};
        putText(o, "name_en", r.stage.nameEn);
        if (r.stage.planned) // "observed" is the default, so only a plan is written
            o.insert(QStringLiteral("status"), stageStatusKey(true));
        stages.append(o);
    }
    root.insert(QStringLiteral("stages"), stages);

    QJsonArray regions;
    for (const RegionRecord &r : data.regions) {
        QJsonObject o{{QStringLiteral("code"), r.region.code},
                      {QStringLiteral("name_zh"), r.region.nameZh},
                      {QStringLiteral("level"), levelKey(r.region.level)},
                      {QStringLiteral("parent"), r.parentCode.isEmpty() ? QJsonValue() : QJsonValue(r.parentCode)}};
        putText(o, "name_en", r.region.nameEn);
        putText(o, "agency", r.region.agency);
        putText(o, "notes", r.region.notes);
        if (r.region.basis != DataBasis::Observed) // the default, left out
            o.insert(QStringLiteral("data_basis"), dataBasisKey(r.region.basis));
        regions.append(o);
    }
    root.insert(QStringLiteral("regions"), regions);

    // Policies and milestones are written one at a time where the placeholders stand.
    root.insert(QStringLiteral("policies"), QStringLiteral("<streamed policies>"));
    root.insert(QStringLiteral("milestones"), QStringLiteral("<streamed milestones>"));

    QJsonArray raters;
    for (const RaterRecord &r : data.raters) {
        QJsonObject o{{QStringLiteral("key"), r.rater.key}, {QStringLiteral("name"), r.rater.name}};
        putText(o, "organisation", r.rater.organisation);
        putText(o, "field", r.rater.field);
        if (r.rater.experienceYears)
            o.insert(QStringLiteral("experience_years"), *r.rater.experienceYears);
        o.insert(QStringLiteral("language"), r.rater.language == Language::English ? QStringLiteral("en") : QStringLiteral("zh_CN"));
        raters.append(o);
    }
    if (!raters.isEmpty())
        root.insert(QStringLiteral("raters"), raters);

    QJsonArray indicators;
    for (const IndicatorRecord &r : data.indicators) {
        const Indicator &i = r.indicator;
        QJsonArray rubric;
        for (const RubricLevel &l : i.rubric) {
            QJsonObject level{{QStringLiteral("score"), l.score}, {QStringLiteral("label_zh"), l.labelZh}};
            putText(level, "label_en", l.labelEn);
            putText(level, "description_zh", l.descriptionZh);
            putText(level, "description_en", l.descriptionEn);
            rubric.append(level);
        }
        QJsonObject o{{QStringLiteral("key"), i.key},
                      {QStringLiteral("dimension"), dimensionKey(i.dimension)},
                      {QStringLiteral("name_zh"), i.nameZh},
                      {QStringLiteral("direction"), indicatorDirectionKey(i.direction)},
                      {QStringLiteral("weight"), i.weight},
                      {QStringLiteral("order"), i.sortOrder},
                      {QStringLiteral("rubric"), rubric}};
        putText(o, "name_en", i.nameEn);
        putText(o, "definition", i.definition);
        putText(o, "observation", i.observation);
        indicators.append(o);
    }
    if (!indicators.isEmpty())
        root.insert(QStringLiteral("indicators"), indicators);

    QJsonArray values;
    for (const IndicatorValueRecord &r : data.indicatorValues) {
        QJsonObject o{{QStringLiteral("region"), r.regionCode},
                      {QStringLiteral("stage"), r.stageKey},
                      {QStringLiteral("indicator"), r.indicatorKey},
                      {QStringLiteral("rater"), r.raterKey},
                      {QStringLiteral("score"), r.value.score}};
        putText(o, "note", r.value.note);
        if (!r.evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), evidenceList(r.evidence));
        values.append(o);
    }
    if (!values.isEmpty())
        root.insert(QStringLiteral("indicator_values"), values);

    QJsonArray assessments;
    for (const AssessmentRecord &r : data.assessments) {
        QJsonObject scores, rationale, evidence, origin;
        for (Dimension d : AllDimensions) {
            scores.insert(dimensionKey(d), r.assessment.scores[d]);
            putText(rationale, dimensionKey(d).toLatin1().constData(), r.assessment.rationale[d]);
            if (!r.evidence[d].isEmpty())
                evidence.insert(dimensionKey(d), evidenceList(r.evidence[d]));
            // "hand" is the default, so only derived and unscored dimensions are written.
            if (r.assessment.origin[d] != ScoreOrigin::Hand)
                origin.insert(dimensionKey(d), scoreOriginKey(r.assessment.origin[d]));
        }
        QJsonObject o{{QStringLiteral("region"), r.regionCode},
                      {QStringLiteral("stage"), r.stageKey},
                      {QStringLiteral("scores"), scores}};
        if (!origin.isEmpty())
            o.insert(QStringLiteral("origin"), origin);
        if (!rationale.isEmpty())
            o.insert(QStringLiteral("rationale"), rationale);
        putText(o, "source", r.assessment.sourceNote);
        if (!evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), evidence);
        assessments.append(o);
    }
    root.insert(QStringLiteral("assessments"), assessments);

    QJsonArray groups;
    for (const GroupRecord &r : data.groups) {
        QJsonObject o{{QStringLiteral("key"), r.group.key},
                      {QStringLiteral("name_zh"), r.group.nameZh},
                      {QStringLiteral("members"), QJsonArray::fromStringList(r.memberCodes)}};
        putText(o, "name_en", r.group.nameEn);
        putText(o, "note", r.group.note);
        putText(o, "source", r.group.source);
        groups.append(o);
    }
    if (!groups.isEmpty())
        root.insert(QStringLiteral("groups"), groups);

    QJsonArray sets;
    for (const ComparisonSetRecord &r : data.comparisonSets) {
        QJsonObject o{{QStringLiteral("key"), r.set.key},
                      {QStringLiteral("name"), r.set.name},
                      {QStringLiteral("members"), QJsonArray::fromStringList(r.memberCodes)}};
        putText(o, "note", r.set.note);
        sets.append(o);
    }
    if (!sets.isEmpty())
        root.insert(QStringLiteral("comparison_sets"), sets);

    QJsonArray links;
    for (const RecordLinkRecord &r : data.recordLinks) {
        QJsonObject o{{QStringLiteral("from"), refText(r.from)}, {QStringLiteral("to"), refText(r.to)},
                      {QStringLiteral("quote"), r.quote}};
        putText(o, "location", r.location);
        putText(o, "note", r.note);
        links.append(o);
    }
    if (!links.isEmpty())
        root.insert(QStringLiteral("record_links"), links);

    if (data.panelSettings) {
        const PanelSettingsRecord &p = *data.panelSettings;
        QJsonObject o{{QStringLiteral("max_cv"), p.maxCv},
                      {QStringLiteral("significance"), p.significance},
                      {QStringLiteral("ahp_aggregation"), p.ahpAggregation},
                      {QStringLiteral("max_cr"), p.maxCr}};
        if (p.minW)
            o.insert(QStringLiteral("min_w"), *p.minW);
        root.insert(QStringLiteral("panel_settings"), o);
    }
    QJsonArray packets;
    for (const PanelPacketRecord &r : data.panelPackets) {
        QJsonObject o{{QStringLiteral("uuid"), r.uuid},
                      {QStringLiteral("rater"), r.raterKey},
                      {QStringLiteral("round"), r.round},
                      {QStringLiteral("stage"), r.stageKey},
                      {QStringLiteral("regions"), QJsonArray::fromStringList(r.regionCodes)},
                      {QStringLiteral("comparisons"), r.comparisons},
                      {QStringLiteral("created_at"), r.createdAt}};
        putText(o, "deadline", r.deadline);
        putText(o, "returned_at", r.returnedAt);
        packets.append(o);
    }
    if (!packets.isEmpty())
        root.insert(QStringLiteral("panel_packets"), packets);
    QJsonArray answers;
    for (const PanelScoreRecord &r : data.panelScores) {
        QJsonObject o{{QStringLiteral("rater"), r.raterKey},
                      {QStringLiteral("round"), r.round},
                      {QStringLiteral("stage"), r.stageKey},
                      {QStringLiteral("region"), r.regionCode},
                      {QStringLiteral("indicator"), r.indicatorKey},
                      {QStringLiteral("score"), r.score}};
        putText(o, "note", r.note);
        putText(o, "reason", r.reason);
        putText(o, "packet", r.packetUuid);
        answers.append(o);
    }
    if (!answers.isEmpty())
        root.insert(QStringLiteral("panel_scores"), answers);
    QJsonArray judgments;
    for (const PanelJudgmentRecord &r : data.panelJudgments) {
        QJsonObject o{{QStringLiteral("rater"), r.raterKey},
                      {QStringLiteral("round"), r.round},
                      {QStringLiteral("scope"), r.scope},
                      {QStringLiteral("first"), r.firstKey},
                      {QStringLiteral("second"), r.secondKey},
                      {QStringLiteral("value"), r.value}};
        putText(o, "packet", r.packetUuid);
        judgments.append(o);
    }
    if (!judgments.isEmpty())
        root.insert(QStringLiteral("panel_judgments"), judgments);

    QJsonArray weightSets;
    for (const WeightSetRecord &r : data.weightSets) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("method"), r.method},
                      {QStringLiteral("created_at"), r.createdAt},
                      {QStringLiteral("active"), r.active}};
        putText(o, "detail", r.detail);
        if (r.round)
            o.insert(QStringLiteral("round"), *r.round);
        putText(o, "stage", r.stageKey);
        QJsonArray values;
        for (const WeightSetValueRecord &v : r.values)
            values.append(QJsonObject{{QStringLiteral("indicator"), v.indicatorKey}, {QStringLiteral("weight"), v.weight}});
        o.insert(QStringLiteral("values"), values);
        weightSets.append(o);
    }
    if (!weightSets.isEmpty())
        root.insert(QStringLiteral("weight_sets"), weightSets);

    const QByteArray document = QJsonDocument(root).toJson(QJsonDocument::Indented);
    struct Cut
    {
        qsizetype at;
        qsizetype length;
        bool policies;
    };
    QList<Cut> cuts;
    for (const bool policies : {true, false}) {
        const QByteArray line = placeholderLine(policies ? "policies" : "milestones");
        const QByteArray value = policies ? QByteArray("\"<streamed policies>\"") : QByteArray("\"<streamed milestones>\"");
        const qsizetype at = document.indexOf(line);
        if (at < 0)
            return false;
        cuts.append({at + line.size() - value.size(), value.size(), policies});
    }
    std::sort(cuts.begin(), cuts.end(), [](const Cut &a, const Cut &b) { return a.at < b.at; });
    qsizetype done = 0;
    for (const Cut &cut : cuts) {
        if (out.write(document.constData() + done, cut.at - done) < 0)
            return false;
        done = cut.at + cut.length;
        const bool written = cut.policies ? writeList(out, [&](const std::function<bool(const QJsonObject &)> &put) {
            for (const PolicyRecord &r : data.policies) {
                if (!put(policyObject(r)))
                    return false;
            }
            return !data.streamed || data.streamed->forEachPolicy([&](const PolicyRecord &r) { return put(policyObject(r)); });
        })
                                          : writeList(out, [&](const std::function<bool(const QJsonObject &)> &put) {
            for (const MilestoneRecord &r : data.milestones) {
                if (!put(milestoneObject(r)))
                    return false;
            }
            return !data.streamed || data.streamed->forEachMilestone([&](const MilestoneRecord &r) { return put(milestoneObject(r)); });
        });
        if (!written)
            return false;
    }
    return out.write(document.constData() + done, document.size() - done) >= 0;
}

} // namespace triangle
