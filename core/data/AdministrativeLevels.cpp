#include "AdministrativeLevels.h"

#include "DefaultDatabase.h"
#include "store/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace triangle {

namespace {
const QString LevelsResource = QStringLiteral(":/triangle/data/admin-levels.json");
} // namespace

Result<AdministrativeLevels::Levels> AdministrativeLevels::load()
{
    QFile file(LevelsResource);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Missing, tr("The administrative levels are missing from this build."), {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const auto broken = [](const QString &why) {
        return StoreError{StoreError::Kind::Invalid, tr("The administrative levels of this build are invalid: %1").arg(why), {}};
    };
    if (document.isNull())
        return broken(parseError.errorString());
    const QJsonObject root = document.object();
    const QJsonObject dataset = root.value(QStringLiteral("dataset")).toObject();
    const QStringList columns{QStringLiteral("code"), QStringLiteral("name_zh"), QStringLiteral("name_en"),
                              QStringLiteral("level"), QStringLiteral("parent")};
    if (root.value(QStringLiteral("columns")).toVariant().toStringList() != columns)
        return broken(tr("unexpected columns"));

    Levels out;
    out.dataset = QStringLiteral("%1, %2, cut-off %3")
                      .arg(dataset.value(QStringLiteral("origin")).toString(), dataset.value(QStringLiteral("source")).toString(),
                           dataset.value(QStringLiteral("cutoff")).toString());
    const QJsonArray rows = root.value(QStringLiteral("regions")).toArray();
    out.regions.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        const auto level = levelFromKey(row.at(3).toString());
        if (row.size() != columns.size() || !level || (*level != Level::City && *level != Level::County))
            return broken(tr("region %1 is not [code, name_zh, name_en, city|county, parent]").arg(i + 1));
        RegionRecord record;
        record.region.code = row.at(0).toString();
        record.region.nameZh = row.at(1).toString();
        record.region.nameEn = row.at(2).toString();
        record.region.level = *level;
        record.parentCode = row.at(4).toString();
        record.origin = QStringLiteral("admin-levels.json: $.regions[%1]").arg(i);
        out.regions.append(record);
    }
    // Cities first, so that every county's parent comes before it.
    std::stable_sort(out.regions.begin(), out.regions.end(),
                     [](const RegionRecord &a, const RegionRecord &b) { return a.region.level < b.region.level; });
    return out;
}

Result<QList<RegionRecord>> AdministrativeLevels::allLevels()
{
    auto defaults = defaultData();
    if (!defaults)
        return defaults.error();
    auto levels = load();
    if (!levels)
        return levels.error();
    QList<RegionRecord> out = defaults->regions;
    out.append(levels->regions);
    return out;
}

Result<AddedRegions> AdministrativeLevels::addTo(Store &store)
{
    auto regions = allLevels();
    if (!regions)
        return regions.error();
    QList<CodedRegion> coded;
    coded.reserve(regions->size());
    for (const RegionRecord &record : *regions)
        coded.append({record.region, record.parentCode});
    return store.regions().addMissing(coded);
}

} // namespace triangle
