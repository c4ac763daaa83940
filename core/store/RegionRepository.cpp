#include "RegionRepository.h"

#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

#include <QHash>

namespace triangle {

namespace {
const QString RegionColumns = QStringLiteral("id, code, name_zh, name_en, level, parent_id, agency, notes, data_basis");

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
    r.basis = dataBasisFromKey(q.value(8).toString()).value_or(DataBasis::Observed);
    return r;
}

QVariantList regionValues(const Region &r)
{
    return {r.code, r.nameZh, r.nameEn, levelKey(r.level), idOrNull(r.parentId), r.agency, r.notes, dataBasisKey(r.basis)};
}

} // namespace

Result<QList<Region>> RegionRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM regions ORDER BY code").arg(RegionColumns), {}, tr("Reading regions"));
    if (!q)
        return q.error();
    return readAll<Region>(*q, readRegion);
}

Result<Region> RegionRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM regions WHERE id = ?").arg(RegionColumns), {id}, tr("Reading a region"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no region with id %1 in the database.").arg(id));
    return readRegion(*q);
}

Result<Region> RegionRepository::byCode(const QString &code) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM regions WHERE code = ?").arg(RegionColumns), {code},
                  tr("Reading a region"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no region with code %1 in the database.").arg(code));
    return readRegion(*q);
}

Result<Id> RegionRepository::add(const Region &region)
{
    if (const FieldProblems problems = validateRegion(region); !problems.isEmpty())
        return invalidRecord(tr("Region %1").arg(region.code), problems);
    // The code is checked first, for a friendlier message than SQLite's UNIQUE failure.
    Id id = NoId;
    Status status = write([&]() -> Status {
        if (Status free = requireFreeCode(region); !free)
            return free;
        auto added = insertRow(QStringLiteral("INSERT INTO regions (id, code, name_zh, name_en, level, parent_id, agency, notes, "
                                              "data_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                               QVariantList{idOrNull(region.id)} + regionValues(region), Store::RegionsChanged,
                               tr("Adding region %1").arg(region.code));
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    if (!status)
        return status.error();
    return id;
}

Status RegionRepository::update(const Region &region)
{
    if (const FieldProblems problems = validateRegion(region); !problems.isEmpty())
        return invalidRecord(tr("Region %1").arg(region.code), problems);
    return write([&]() -> Status {
        if (Status free = requireFreeCode(region); !free)
            return free;
        return changeRow(QStringLiteral("UPDATE regions SET code = ?, name_zh = ?, name_en = ?, level = ?, parent_id = ?, "
                                        "agency = ?, notes = ?, data_basis = ? WHERE id = ?"),
                         regionValues(region) + QVariantList{region.id}, Store::RegionsChanged,
                         tr("Saving region %1").arg(region.code),
                         tr("There is no region with id %1 in the database.").arg(region.id));
    });
}

Result<AddedRegions> RegionRepository::addMissing(const QList<CodedRegion> &regions)
{
    for (const CodedRegion &coded : regions) {
        Region region = coded.region;
        region.parentId = coded.parentCode.isEmpty() ? NoId : 1; // the parent is looked up below
        if (const FieldProblems problems = validateRegion(region); !problems.isEmpty())
            return invalidRecord(tr("Region %1").arg(region.code), problems);
    }
    AddedRegions out;
    Status status = write([&]() -> Status {
        out = {};
        // Every stored code once, rather than a query per region: thousands of them.
        auto q = read(QStringLiteral("SELECT code, id FROM regions"), {}, tr("Reading regions"));
        if (!q)
            return q.error();
        QHash<QString, Id> ids;
        while (q->next())
            ids.insert(q->value(0).toString(), q->value(1).toLongLong());
        for (const CodedRegion &coded : regions) {
            if (ids.contains(coded.region.code)) {
                ++out.present;
                continue;
            }
            Region region = coded.region;
            region.id = NoId;
            region.parentId = NoId;
            if (!coded.parentCode.isEmpty()) {
                region.parentId = ids.value(coded.parentCode, NoId);
                if (region.parentId == NoId)
                    return StoreError{StoreError::Kind::Invalid,
                                      tr("Region %1 (%2) belongs to region %3, which is not in the database.")
                                          .arg(region.code, region.nameZh, coded.parentCode),
                                      {}};
            }
            auto added = writeStatement(QStringLiteral("INSERT INTO regions (id, code, name_zh, name_en, level, parent_id, "
                                                       "agency, notes, data_basis) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                        regionValues(region), Store::RegionsChanged, tr("Adding region %1").arg(region.code));
            if (!added)
                return added.error();
            ids.insert(region.code, added->lastInsertId().toLongLong());
            ++out.added;
        }
        return {};
    });
    if (!status)
        return status.error();
    return out;
}

Status RegionRepository::requireFreeCode(const Region &region) const
{
    auto existing = byCode(region.code);
    if (existing && existing->id != region.id)
        return StoreError{StoreError::Kind::Conflict,
                          tr("A region with code %1 already exists (%2).").arg(region.code, existing->nameZh),
                          {{QStringLiteral("code"), tr("is already used by %1").arg(existing->nameZh)}}};
    return {};
}

Status RegionRepository::remove(Id id)
{
    // Sub-regions, assessments, policies, milestones and evidence go by cascade.
    return removeRow(QStringLiteral("regions"), id, Store::EverythingChanged & ~Store::StagesChanged, tr("Deleting a region"),
                     tr("There is no region with id %1 in the database.").arg(id));
}


} // namespace triangle
