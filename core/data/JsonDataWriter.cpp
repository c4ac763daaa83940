#include "JsonDataWriter.h"

#include "JsonDataReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// Optional text fields are left out when empty, as a person would write the file.
void putText(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1StringView(key), value);
}
} // namespace

QByteArray writeJsonData(const DataSet &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("triangle-studio"));
    root.insert(QStringLiteral("version"), JsonDataReader::FormatVersion);
    putText(root, "description", data.description);

    QJsonArray stages;
    for (const StageRecord &r : data.stages) {
        QJsonObject o{{QStringLiteral("key"), r.stage.key},
                      {QStringLiteral("name_zh"), r.stage.nameZh},
                      {QStringLiteral("start_year"), r.stage.startYear},
                      {QStringLiteral("end_year"), r.stage.endYear},
                      {QStringLiteral("order"), r.stage.sortOrder}};
        putText(o, "name_en", r.stage.nameEn);
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
        regions.append(o);
    }
    root.insert(QStringLiteral("regions"), regions);

    QJsonArray policies;
    for (const PolicyRecord &r : data.policies) {
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
        policies.append(o);
    }
    root.insert(QStringLiteral("policies"), policies);

    QJsonArray milestones;
    for (const MilestoneRecord &r : data.milestones) {
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
        milestones.append(o);
    }
    root.insert(QStringLiteral("milestones"), milestones);

    QJsonArray assessments;
    for (const AssessmentRecord &r : data.assessments) {
        QJsonObject scores, rationale, evidence;
        for (Dimension d : AllDimensions) {
            scores.insert(dimensionKey(d), r.assessment.scores[d]);
            putText(rationale, dimensionKey(d).toLatin1().constData(), r.assessment.rationale[d]);
            QJsonArray refs;
            for (const EvidenceRef &ref : r.evidence[d])
                refs.append((ref.kind == Evidence::Kind::Policy ? QStringLiteral("policy:") : QStringLiteral("milestone:")) + ref.uid);
            if (!refs.isEmpty())
                evidence.insert(dimensionKey(d), refs);
        }
        QJsonObject o{{QStringLiteral("region"), r.regionCode},
                      {QStringLiteral("stage"), r.stageKey},
                      {QStringLiteral("scores"), scores}};
        if (!rationale.isEmpty())
            o.insert(QStringLiteral("rationale"), rationale);
        putText(o, "source", r.assessment.sourceNote);
        if (!evidence.isEmpty())
            o.insert(QStringLiteral("evidence"), evidence);
        assessments.append(o);
    }
    root.insert(QStringLiteral("assessments"), assessments);

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace triangle
