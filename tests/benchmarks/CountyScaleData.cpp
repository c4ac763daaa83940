#include "CountyScaleData.h"

#include "data/DefaultDatabase.h"

#include <QRandomGenerator>

namespace triangle::bench {

std::unique_ptr<Store> makeCountyScaleDatabase(const QString &path, int milestonesPerRegion)
{
    auto opened = openOrCreateSeeded(path);
    if (!opened)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(opened.error().message));
    std::unique_ptr<Store> store = std::move(*opened);
    QRandomGenerator random(20111225); // the same data every run
    const QList<Stage> stages = *store->stages().all();
    auto score = [&] { return std::round(random.bounded(100.0)) / 10.0; };

    Status status = store->write([&]() -> Status {
        QList<Region> provinces;
        for (const Region &r : *store->regions().all()) {
            if (r.level == Level::Province)
                provinces << r;
        }
        int regions = 1 + int(provinces.size());
        for (int p = 0; p < provinces.size(); ++p) {
            const int provinceCode = provinces[p].code.left(2).toInt();
            // 11 cities a province and 82 counties in all per province: 31 + 341 + 2,531 ≈ 2,903.
            for (int c = 1; c <= 11; ++c) {
                Region city;
                city.code = QStringLiteral("%1").arg(provinceCode * 10000 + c * 100, 6, 10, QLatin1Char('0'));
                city.nameZh = QStringLiteral("%1第%2市").arg(provinces[p].nameZh).arg(c);
                city.nameEn = QStringLiteral("%1 city %2").arg(provinces[p].nameEn).arg(c);
                city.level = Level::City;
                city.parentId = provinces[p].id;
                auto cityId = store->regions().add(city);
                if (!cityId)
                    return cityId.error();
                ++regions;
                const int counties = c <= 5 ? 8 : 7 + (c % 2);
                for (int k = 1; k <= counties && regions < 2903; ++k) {
                    Region county;
                    county.code = QStringLiteral("%1").arg(city.code.toInt() + k, 6, 10, QLatin1Char('0'));
                    county.nameZh = QStringLiteral("%1第%2县").arg(city.nameZh).arg(k);
                    county.nameEn = QStringLiteral("%1 county %2").arg(city.nameEn).arg(k);
                    county.level = Level::County;
                    county.parentId = *cityId;
                    auto countyId = store->regions().add(county);
                    if (!countyId)
                        return countyId.error();
                    ++regions;
                }
            }
        }
        for (const Region &r : *store->regions().all()) {
            for (const Stage &s : stages) {
                Assessment a;
                a.regionId = r.id;
                a.stageId = s.id;
                a.scores = makeScores(score(), score(), score());
                if (!store->assessments().at(r.id, s.id)->has_value()) {
                    if (auto added = store->assessments().add(a); !added)
                        return added.error();
                }
            }
            for (int i = 0; i < milestonesPerRegion; ++i) {
                Milestone m;
                m.regionId = r.id;
                m.titleZh = QStringLiteral("%1 里程碑 %2").arg(r.nameZh).arg(i);
                m.date = PartialDate::ofMonth(2011 + int(random.bounded(15)), 1 + int(random.bounded(12)));
                m.dimensions = DimensionSet::fromBits(1 + random.bounded(7));
                if (auto added = store->milestones().add(m); !added)
                    return added.error();
            }
        }
        return {};
    });
    if (!status)
        qFatal("cannot fill %s: %s", qPrintable(path), qPrintable(status.error().message));
    return store;
}

} // namespace triangle::bench
