#include "StageRepository.h"

#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
const QString StageColumns = QStringLiteral("id, key, name_zh, name_en, start_year, end_year, sort_order, status");

Stage readStage(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.key = q.value(1).toString();
    s.nameZh = q.value(2).toString();
    s.nameEn = q.value(3).toString();
    s.startYear = q.value(4).toInt();
    s.endYear = q.value(5).toInt();
    s.sortOrder = q.value(6).toInt();
    s.planned = q.value(7).toString() == QStringLiteral("planned");
    return s;
}

QVariantList stageValues(const Stage &s)
{
    return {s.key, s.nameZh, s.nameEn, s.startYear, s.endYear, s.sortOrder, stageStatusKey(s.planned)};
}
} // namespace
Result<QList<Stage>> StageRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM stages ORDER BY sort_order, start_year, id").arg(StageColumns), {},
                  tr("Reading stages"));
    if (!q)
        return q.error();
    return readAll<Stage>(*q, readStage);
}

Result<Stage> StageRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM stages WHERE id = ?").arg(StageColumns), {id}, tr("Reading a stage"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no stage with id %1 in the database.").arg(id));
    return readStage(*q);
}

Result<Stage> StageRepository::byKey(const QString &key) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM stages WHERE key = ?").arg(StageColumns), {key}, tr("Reading a stage"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no stage “%1” in the database.").arg(key));
    return readStage(*q);
}

Result<Id> StageRepository::add(const Stage &stage)
{
    if (const FieldProblems problems = validateStage(stage); !problems.isEmpty())
        return invalidRecord(tr("Stage %1").arg(stage.key), problems);
    return insertRow(QStringLiteral("INSERT INTO stages (id, key, name_zh, name_en, start_year, end_year, sort_order, status) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        QVariantList{idOrNull(stage.id)} + stageValues(stage), Store::StagesChanged, tr("Adding stage %1").arg(stage.key));
}

Status StageRepository::update(const Stage &stage)
{
    if (const FieldProblems problems = validateStage(stage); !problems.isEmpty())
        return invalidRecord(tr("Stage %1").arg(stage.key), problems);
    return changeRow(QStringLiteral("UPDATE stages SET key = ?, name_zh = ?, name_en = ?, start_year = ?, end_year = ?, "
                                       "sort_order = ?, status = ? WHERE id = ?"),
                        stageValues(stage) + QVariantList{stage.id}, Store::StagesChanged, tr("Saving stage %1").arg(stage.key),
                        tr("There is no stage with id %1 in the database.").arg(stage.id));
}

Status StageRepository::remove(Id id)
{
    return removeRow(QStringLiteral("stages"), id, Store::StagesChanged | Store::AssessmentsChanged | Store::EvidenceChanged,
                     tr("Deleting a stage"), tr("There is no stage with id %1 in the database.").arg(id));
}

} // namespace triangle
