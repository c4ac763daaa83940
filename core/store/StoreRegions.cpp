// Store: regions and stages.

#include "Store.h"

#include "SqlSupport.h"
#include "model/Validation.h"

namespace triangle {

namespace {
const QString RegionColumns = QStringLiteral("id, code, name_zh, name_en, level, parent_id, agency, notes");
const QString StageColumns = QStringLiteral("id, key, name_zh, name_en, start_year, end_year, sort_order");

Region readRegion(const QSqlQuery &q)
{
    Region r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.nameZh = q.value(2).toString();
    r.nameEn = q.value(3).toString();
    r.level = levelFromKey(q.value(4).toString()).value_or(Level::Province);
    r.parentId = q.value(5).isNull() ? NoId : q.value(5).toLongLong();
    r.agency = q.value(6).toString();
    r.notes = q.value(7).toString();
    return r;
}

QVariantList regionValues(const Region &r)
{
    return {r.code, r.nameZh, r.nameEn, levelKey(r.level), idOrNull(r.parentId), r.agency, r.notes};
}

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
    return s;
}

QVariantList stageValues(const Stage &s)
{
    return {s.key, s.nameZh, s.nameEn, s.startYear, s.endYear, s.sortOrder};
}
} // namespace

Result<QList<Region>> Store::regions() const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM regions ORDER BY code").arg(RegionColumns), {}, tr("Reading regions"));
    if (!q)
        return q.error();
    return readAll<Region>(*q, readRegion);
}

Result<Region> Store::region(Id id) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM regions WHERE id = ?").arg(RegionColumns), {id}, tr("Reading a region"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no region with id %1 in the database.").arg(id));
    return readRegion(*q);
}

Result<Region> Store::regionByCode(const QString &code) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM regions WHERE code = ?").arg(RegionColumns), {code},
                           tr("Reading a region"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no region with code %1 in the database.").arg(code));
    return readRegion(*q);
}

Result<Id> Store::addRegion(const Region &region)
{
    if (const FieldProblems problems = validateRegion(region); !problems.isEmpty())
        return invalidRecord(tr("Region %1").arg(region.code), problems);
    return insertRecord(QStringLiteral("INSERT INTO regions (id, code, name_zh, name_en, level, parent_id, agency, notes) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        QVariantList{idOrNull(region.id)} + regionValues(region), RegionsChanged,
                        tr("Adding region %1").arg(region.code), [&] { return requireFreeCode(region); });
}

Status Store::updateRegion(const Region &region)
{
    if (const FieldProblems problems = validateRegion(region); !problems.isEmpty())
        return invalidRecord(tr("Region %1").arg(region.code), problems);
    return updateRecord(QStringLiteral("UPDATE regions SET code = ?, name_zh = ?, name_en = ?, level = ?, parent_id = ?, "
                                       "agency = ?, notes = ? WHERE id = ?"),
                        regionValues(region) + QVariantList{region.id}, RegionsChanged, tr("Saving region %1").arg(region.code),
                        tr("There is no region with id %1 in the database.").arg(region.id), [&] { return requireFreeCode(region); });
}

Status Store::requireFreeCode(const Region &region) const
{
    auto existing = regionByCode(region.code);
    if (existing && existing->id != region.id)
        return StoreError{StoreError::Kind::Conflict,
                          tr("A region with code %1 already exists (%2).").arg(region.code, existing->nameZh),
                          {{QStringLiteral("code"), tr("is already used by %1").arg(existing->nameZh)}}};
    return {};
}

Status Store::removeRegion(Id id)
{
    // Sub-regions, assessments, policies, milestones and evidence go by cascade.
    return deleteRecord(QStringLiteral("regions"), id, EverythingChanged & ~StagesChanged, tr("Deleting a region"),
                        tr("There is no region with id %1 in the database.").arg(id));
}

Result<QList<Stage>> Store::stages() const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM stages ORDER BY sort_order, start_year, id").arg(StageColumns), {},
                           tr("Reading stages"));
    if (!q)
        return q.error();
    return readAll<Stage>(*q, readStage);
}

Result<Stage> Store::stageByKey(const QString &key) const
{
    auto q = readStatement(QStringLiteral("SELECT %1 FROM stages WHERE key = ?").arg(StageColumns), {key}, tr("Reading a stage"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no stage “%1” in the database.").arg(key));
    return readStage(*q);
}

Result<Id> Store::addStage(const Stage &stage)
{
    if (const FieldProblems problems = validateStage(stage); !problems.isEmpty())
        return invalidRecord(tr("Stage %1").arg(stage.key), problems);
    return insertRecord(QStringLiteral("INSERT INTO stages (id, key, name_zh, name_en, start_year, end_year, sort_order) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        QVariantList{idOrNull(stage.id)} + stageValues(stage), StagesChanged, tr("Adding stage %1").arg(stage.key));
}

Status Store::updateStage(const Stage &stage)
{
    if (const FieldProblems problems = validateStage(stage); !problems.isEmpty())
        return invalidRecord(tr("Stage %1").arg(stage.key), problems);
    return updateRecord(QStringLiteral("UPDATE stages SET key = ?, name_zh = ?, name_en = ?, start_year = ?, end_year = ?, "
                                       "sort_order = ? WHERE id = ?"),
                        stageValues(stage) + QVariantList{stage.id}, StagesChanged, tr("Saving stage %1").arg(stage.key),
                        tr("There is no stage with id %1 in the database.").arg(stage.id));
}

Status Store::removeStage(Id id)
{
    return deleteRecord(QStringLiteral("stages"), id, StagesChanged | AssessmentsChanged | EvidenceChanged,
                        tr("Deleting a stage"), tr("There is no stage with id %1 in the database.").arg(id));
}

} // namespace triangle
