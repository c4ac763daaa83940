#include "FigureBuilder.h"

#include "model/DomainNames.h"

#include <QFileInfo>

namespace triangle {

namespace {
QString regionName(const Region &r) { return localizedName(r.nameZh, r.nameEn); }
QString stageName(const Stage &s) { return localizedName(s.nameZh, s.nameEn); }

StoreError nothingToShow(const QString &message) { return StoreError{StoreError::Kind::NotFound, message, {}}; }
} // namespace

FigureBuilder::FigureBuilder(const Store &store) : m_store(store) {}

Result<QList<Stage>> FigureBuilder::chosenStages(const QList<Id> &stageIds) const
{
    auto all = m_store.stages();
    if (!all || stageIds.isEmpty())
        return all;
    QList<Stage> chosen;
    for (const Stage &s : *all) {
        if (stageIds.contains(s.id))
            chosen << s;
    }
    return chosen;
}

QString FigureBuilder::footnote(const QList<Assessment> &shown) const
{
    // Every distinct source note of the scores shown, then where they are kept.
    QStringList notes;
    for (const Assessment &a : shown) {
        const QString note = a.sourceNote.trimmed();
        if (!note.isEmpty() && !notes.contains(note))
            notes << note;
    }
    QString text = notes.isEmpty() ? tr("Scores: analysts' judgements on a 0–10 scale.")
                                   : tr("Scores: %1").arg(notes.join(QStringLiteral("; ")));
    return text + QLatin1Char(' ') + tr("Triangle Studio, %1.").arg(QFileInfo(m_store.filePath()).fileName());
}

Result<TriangleFigure> FigureBuilder::evolution(Id regionId, const QList<Id> &stageIds) const
{
    auto region = m_store.region(regionId);
    if (!region)
        return region.error();
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    auto assessments = m_store.assessments(regionId);
    if (!assessments)
        return assessments.error();

    TriangleFigure figure;
    figure.title = tr("%1: the strategic triangle across stages").arg(regionName(*region));
    figure.arrowsBetweenSeries = true;
    QList<Assessment> shown;
    for (int i = 0; i < stages->size(); ++i) {
        const Stage &stage = (*stages)[i];
        for (const Assessment &a : *assessments) {
            if (a.stageId != stage.id)
                continue;
            TriangleSeries series;
            series.label = QStringLiteral("%1 (%2)").arg(stageName(stage),
                                                         stage.startYear == stage.endYear ? QString::number(stage.startYear)
                                                                                          : QStringLiteral("%1–%2").arg(stage.startYear).arg(stage.endYear));
            series.scores = a.scores;
            series.colorIndex = i;
            series.styleIndex = i;
            figure.series << series;
            shown << a;
        }
    }
    if (figure.series.isEmpty())
        return nothingToShow(tr("%1 has no assessment at the chosen stages.").arg(regionName(*region)));
    figure.subtitle = region->code;
    figure.footnote = footnote(shown);
    return figure;
}

Result<TriangleFigure> FigureBuilder::comparison(const QList<Id> &regionIds, Id stageId) const
{
    auto stages = chosenStages({stageId});
    if (!stages)
        return stages.error();
    if (stages->isEmpty())
        return nothingToShow(tr("There is no stage with id %1.").arg(stageId));
    const Stage stage = stages->first();

    TriangleFigure figure;
    figure.title = tr("%1: regions compared").arg(stageName(stage));
    QList<Assessment> shown;
    QStringList missing;
    for (int i = 0; i < regionIds.size(); ++i) {
        auto region = m_store.region(regionIds[i]);
        if (!region)
            return region.error();
        auto a = m_store.assessment(region->id, stage.id);
        if (!a)
            return a.error();
        if (!a->has_value()) {
            missing << regionName(*region);
            continue;
        }
        TriangleSeries series;
        series.label = regionName(*region);
        series.scores = (*a)->scores;
        series.colorIndex = i;
        series.styleIndex = 0;
        figure.series << series;
        shown << **a;
    }
    if (figure.series.isEmpty())
        return nothingToShow(tr("None of the chosen regions is assessed at stage “%1”.").arg(stageName(stage)));
    figure.subtitle = missing.isEmpty() ? QString() : tr("Not assessed at this stage: %1").arg(missing.join(tr(", ")));
    figure.footnote = footnote(shown);
    return figure;
}

Result<BalanceMapFigure> FigureBuilder::balanceMap(const QList<Id> &regionIds, const QList<Id> &stageIds) const
{
    auto stages = chosenStages(stageIds);
    if (!stages)
        return stages.error();
    BalanceMapFigure figure;
    figure.title = tr("Balance map: each dimension's share of the total score");
    QList<Assessment> shown;
    for (int i = 0; i < regionIds.size(); ++i) {
        auto region = m_store.region(regionIds[i]);
        if (!region)
            return region.error();
        auto assessments = m_store.assessments(region->id);
        if (!assessments)
            return assessments.error();
        BalancePath path;
        path.label = regionName(*region);
        path.colorIndex = i;
        for (const Stage &stage : *stages) {
            for (const Assessment &a : *assessments) {
                if (a.stageId == stage.id) {
                    path.points << BalancePoint{stageName(stage), a.scores};
                    shown << a;
                }
            }
        }
        if (!path.points.isEmpty())
            figure.paths << path;
    }
    if (figure.paths.isEmpty())
        return nothingToShow(tr("None of the chosen regions has an assessment to place on the balance map."));
    figure.footnote = footnote(shown);
    return figure;
}

} // namespace triangle
