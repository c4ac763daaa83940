#include "CrashScript.h"

#include "data/DataExporter.h"
#include "data/JsonDataWriter.h"
#include "store/IndicatorRepository.h"
#include "store/RaterRepository.h"
#include "store/Store.h"
#include "widgets/editing/Editor.h"

#include <QCryptographicHash>
#include <QUndoStack>

namespace triangle::crash {

QByteArray importData(int milestones)
{
    QByteArray json = R"({"format": "triangle-studio", "milestones": [)";
    for (int i = 0; i < milestones; ++i) {
        if (i > 0)
            json += ',';
        json += QStringLiteral(R"({"uid": "crash-m%1", "region": "330000", "date": "%2", "title_zh": "崩溃试验里程碑 %1", "dimensions": ["operational"]})")
                    .arg(i)
                    .arg(2000 + i % 25)
                    .toUtf8();
    }
    json += "]}";
    return json;
}

namespace {
// The assessment an edit works on: the default data has nine, in a fixed order.
Assessment assessmentFor(const Store &store, int index)
{
    const auto all = store.assessments().all();
    if (!all || all->isEmpty())
        return {};
    return all->at(index % all->size());
}
} // namespace

QString makeEdit(Editor &editor, int index)
{
    Store &store = *editor.store();
    const int round = index / 6;
    const Assessment assessment = assessmentFor(store, round);
    switch (index % 6) {
    case 0: { // one score
        const Dimension dimension = AllDimensions[size_t(round % 3)];
        const double score = double((index * 37) % 101) / 10.0;
        if (!editor.setScore(assessment.id, dimension, score))
            return {};
        return QStringLiteral("score %1 of assessment %2 set to %3").arg(int(dimension)).arg(assessment.id).arg(score);
    }
    case 1: { // a new policy
        Policy policy;
        policy.uid = QStringLiteral("crash-p%1").arg(index);
        policy.regionId = assessment.regionId;
        policy.titleZh = QStringLiteral("崩溃试验政策 %1").arg(index);
        policy.titleEn = QStringLiteral("Crash trial policy %1").arg(index);
        policy.date = PartialDate::ofYear(2000 + index % 25);
        policy.level = Level::Province;
        policy.dimensions = {Dimension::Mission, Dimension::Operational};
        policy.summary = QString(200 + index % 300, QLatin1Char('s'));
        if (!editor.addPolicy(policy))
            return {};
        return QStringLiteral("policy %1 added").arg(policy.uid);
    }
    case 2: { // a new rater
        Rater rater;
        rater.key = QStringLiteral("crash-r%1").arg(index);
        rater.name = QStringLiteral("Crash trial rater %1").arg(index);
        if (!editor.addRater(rater))
            return {};
        return QStringLiteral("rater %1 added").arg(rater.key);
    }
    case 3: { // an indicator value: the value and the derived score it moves, in one transaction
        const auto indicators = store.indicators().all();
        const auto rater = store.raters().byKey(QStringLiteral("crash-r%1").arg(index - 1));
        if (!indicators || indicators->isEmpty() || !rater)
            return {};
        IndicatorValue value;
        value.regionId = assessment.regionId;
        value.stageId = assessment.stageId;
        value.indicatorId = indicators->at(round % indicators->size()).id;
        value.raterId = rater->id;
        value.score = double((index * 13) % 101) / 10.0;
        if (!editor.setIndicatorValue(value))
            return {};
        return QStringLiteral("indicator value %1 by %2").arg(value.score).arg(rater->key);
    }
    case 4: { // removing the policy of this round, with its snapshot for undo
        const auto policy = store.policies().byUid(QStringLiteral("crash-p%1").arg(index - 3));
        if (!policy || !editor.removePolicy(policy->id))
            return {};
        return QStringLiteral("policy %1 removed").arg(policy->uid);
    }
    case 5: { // and undoing that: it comes back under its id
        bool refused = false;
        const auto connection = QObject::connect(&editor, &Editor::failed, [&refused] { refused = true; });
        const int before = editor.undoStack()->index();
        editor.undoStack()->undo();
        QObject::disconnect(connection);
        if (refused || editor.undoStack()->index() != before - 1)
            return {};
        return QStringLiteral("removal of policy crash-p%1 undone").arg(index - 4);
    }
    }
    return {};
}

QByteArray contentDigest(const Store &store)
{
    auto data = exportDataSet(store);
    if (!data)
        return {};
    return QCryptographicHash::hash(writeJsonData(*data), QCryptographicHash::Sha256).toHex();
}

} // namespace triangle::crash
