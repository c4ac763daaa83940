#include "PanelRepository.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "Store.h"
#include "analysis/Ahp.h"
#include "analysis/PanelConvergence.h"
#include "model/BilingualText.h"
#include "model/DomainNames.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace triangle {

namespace {
QString inLanguage(const QString &zh, const QString &en, Language language)
{
    if (language == Language::English)
        return en.isEmpty() ? zh : en;
    return zh.isEmpty() ? en : zh;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::optional<Dimension> dimensionOrNone(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return dimensionFromKey(value.toString());
}

// An item of a round: one region's one indicator at one stage.
struct ItemKey
{
    Id regionId = NoId;
    Id indicatorId = NoId;
    friend bool operator==(const ItemKey &, const ItemKey &) = default;
};
size_t qHash(const ItemKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.regionId, key.indicatorId);
}
// A pair as stored: the lower indicator id (or dimension key) first, the
// value turned round with it. `where` is the SQL that finds the row.
struct StoredPair
{
    QString where;
    QVariantList keys;
    QString columns;
    double value = 1.0;
};

std::optional<StoredPair> storedPair(const PanelJudgment &j)
{
    double value = j.value;
    if (j.firstIndicatorId != NoId && j.secondIndicatorId != NoId && j.firstIndicatorId != j.secondIndicatorId
        && !j.firstDimension && !j.secondDimension) {
        Id first = j.firstIndicatorId, second = j.secondIndicatorId;
        if (first > second) {
            std::swap(first, second);
            value = 1.0 / value;
        }
        return StoredPair{QStringLiteral("first_indicator_id = ? AND second_indicator_id = ?"), {first, second},
                          QStringLiteral("first_indicator_id, second_indicator_id"), value};
    }
    if (j.firstIndicatorId == NoId && j.secondIndicatorId == NoId && j.firstDimension && j.secondDimension
        && *j.firstDimension != *j.secondDimension) {
        QString first = dimensionKey(*j.firstDimension), second = dimensionKey(*j.secondDimension);
        if (first > second) {
            std::swap(first, second);
            value = 1.0 / value;
        }
        return StoredPair{QStringLiteral("first_dimension = ? AND second_dimension = ?"), {first, second},
                          QStringLiteral("first_dimension, second_dimension"), value};
    }
    return std::nullopt;
}
} // namespace

Result<QString> PanelRepository::databaseId() const
{
    auto q = read(QStringLiteral("SELECT uuid FROM database_identity WHERE only_row = 1"), {}, tr("Reading the database's identity"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("The database has no identity; it was not made by Triangle Studio."));
    return q->value(0).toString();
}

Result<PanelSettings> PanelRepository::settings() const
{
    auto q = read(QStringLiteral("SELECT max_cv, significance, min_w, ahp_aggregation, max_cr FROM panel_settings WHERE only_row = 1"),
                  {}, tr("Reading the panel's settings"));
    if (!q)
        return q.error();
    PanelSettings out;
    if (q->next()) {
        out.maxCoefficientOfVariation = q->value(0).toDouble();
        out.significance = q->value(1).toDouble();
        if (!q->value(2).isNull())
            out.minimumW = q->value(2).toDouble();
        out.ahpAggregation = q->value(3).toString();
        out.maxConsistencyRatio = q->value(4).toDouble();
    }
    return out;
}

Status PanelRepository::setSettings(const PanelSettings &settings)
{
    FieldProblems problems;
    if (!(settings.maxCoefficientOfVariation > 0 && settings.maxCoefficientOfVariation <= 5))
        problems.append({QStringLiteral("max_cv"), tr("%1 is not a coefficient of variation above 0 and at most 5").arg(settings.maxCoefficientOfVariation)});
    if (!(settings.significance > 0 && settings.significance < 1))
        problems.append({QStringLiteral("significance"), tr("%1 is not a significance level between 0 and 1").arg(settings.significance)});
    if (settings.minimumW && !(*settings.minimumW >= 0 && *settings.minimumW <= 1))
        problems.append({QStringLiteral("min_w"), tr("%1 is not a value of W from 0 to 1").arg(*settings.minimumW)});
    if (settings.ahpAggregation != QLatin1String("aij") && settings.ahpAggregation != QLatin1String("aip"))
        problems.append({QStringLiteral("ahp_aggregation"), tr("“%1” is neither “aij” nor “aip”").arg(settings.ahpAggregation)});
    if (!(settings.maxConsistencyRatio > 0 && settings.maxConsistencyRatio < 1))
        problems.append({QStringLiteral("max_cr"), tr("%1 is not a consistency ratio between 0 and 1").arg(settings.maxConsistencyRatio)});
    if (!problems.isEmpty())
        return invalidRecord(tr("Panel settings"), problems);
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO panel_settings (only_row, max_cv, significance, min_w, ahp_aggregation, max_cr) "
                                               "VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (only_row) DO UPDATE SET "
                                               "max_cv = excluded.max_cv, significance = excluded.significance, "
                                               "min_w = excluded.min_w, ahp_aggregation = excluded.ahp_aggregation, "
                                               "max_cr = excluded.max_cr"),
                                {settings.maxCoefficientOfVariation, settings.significance,
                                 settings.minimumW ? QVariant(*settings.minimumW) : QVariant(QMetaType::fromType<double>()),
                                 settings.ahpAggregation, settings.maxConsistencyRatio},
                                Store::PanelChanged, tr("Saving the panel's settings"));
        return q ? Status{} : Status{q.error()};
    });
}

Result<ScoringPacket> PanelRepository::createPacket(const PacketRequest &request)
{
    FieldProblems problems;
    if (request.round < 1 || request.round > 20)
        problems.append({QStringLiteral("round"), tr("%1 is not a round from 1 to 20").arg(request.round)});
    if (request.regionIds.isEmpty())
        problems.append({QStringLiteral("regions"), tr("name at least one region")});
    if (QSet<Id>(request.regionIds.begin(), request.regionIds.end()).size() != request.regionIds.size())
        problems.append({QStringLiteral("regions"), tr("name each region once")});
    if (!problems.isEmpty())
        return invalidRecord(tr("Scoring packet"), problems);

    auto rater = store().raters().byId(request.raterId);
    if (!rater)
        return rater.error();
    auto stage = store().stages().byId(request.stageId);
    if (!stage)
        return stage.error();
    auto indicators = store().indicators().all();
    if (!indicators)
        return indicators.error();
    if (indicators->isEmpty())
        return invalidRecord(tr("Scoring packet"), {{QStringLiteral("indicators"), tr("the database has no indicators to score")}});
    auto identity = databaseId();
    if (!identity)
        return identity.error();

    const Language language = rater->language;
    ScoringPacket packet;
    packet.packetId = newUuid();
    packet.databaseId = *identity;
    packet.language = language;
    packet.raterId = rater->id;
    packet.raterKey = rater->key;
    packet.raterName = rater->name;
    packet.round = request.round;
    packet.stageId = stage->id;
    packet.stageKey = stage->key;
    packet.stageName = inLanguage(stage->nameZh, stage->nameEn, language);
    packet.deadline = request.deadline.trimmed();
    packet.createdAt = nowUtc();

    QList<Indicator> ordered = *indicators;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Indicator &a, const Indicator &b) {
        if (a.dimension != b.dimension)
            return index(a.dimension) < index(b.dimension);
        return a.sortOrder < b.sortOrder;
    });
    for (const Indicator &indicator : ordered) {
        PacketIndicator out{indicator.id, indicator.key, indicator.dimension,
                            inLanguage(indicator.nameZh, indicator.nameEn, language),
                            textInLanguage(indicator.definition, language), textInLanguage(indicator.observation, language), {}};
        for (const RubricLevel &level : indicator.rubric)
            out.anchors.append({level.score, inLanguage(level.labelZh, level.labelEn, language),
                                inLanguage(level.descriptionZh, level.descriptionEn, language)});
        packet.indicators.append(out);
    }

    // Round ≥ 2: what the panel answered in the round before, and this expert's answer.
    QHash<ItemKey, QList<double>> previous;
    QHash<ItemKey, double> ownPrevious;
    if (request.round > 1) {
        auto before = scores(request.stageId, request.round - 1);
        if (!before)
            return before.error();
        for (const PanelScore &score : *before) {
            const ItemKey key{score.regionId, score.indicatorId};
            previous[key].append(score.score);
            if (score.raterId == rater->id)
                ownPrevious.insert(key, score.score);
        }
    }
    for (Id regionId : request.regionIds) {
        auto region = store().regions().byId(regionId);
        if (!region)
            return region.error();
        for (const Indicator &indicator : ordered) {
            PacketItem item;
            item.regionId = region->id;
            item.regionKey = region->code;
            item.regionName = inLanguage(region->nameZh, region->nameEn, language);
            item.indicatorId = indicator.id;
            item.indicatorKey = indicator.key;
            const ItemKey key{region->id, indicator.id};
            if (request.round > 1 && previous.contains(key)) {
                const ItemSpread spread = itemSpread(previous.value(key));
                PacketFeedback feedback{spread.median, spread.lowerQuartile, spread.upperQuartile, spread.answers, {}};
                if (ownPrevious.contains(key))
                    feedback.ownScore = ownPrevious.value(key);
                item.feedback = feedback;
            }
            packet.items.append(item);
        }
    }
    if (request.comparisons) {
        for (Dimension d : AllDimensions) {
            QList<const Indicator *> inDimension;
            for (const Indicator &indicator : ordered)
                if (indicator.dimension == d)
                    inDimension.append(&indicator);
            for (qsizetype i = 0; i < inDimension.size(); ++i)
                for (qsizetype j = i + 1; j < inDimension.size(); ++j)
                    packet.comparisons.append({dimensionKey(d), inDimension[i]->key,
                                               inLanguage(inDimension[i]->nameZh, inDimension[i]->nameEn, language),
                                               inDimension[j]->key,
                                               inLanguage(inDimension[j]->nameZh, inDimension[j]->nameEn, language), {}});
        }
        for (int i = 0; i < DimensionCount; ++i)
            for (int j = i + 1; j < DimensionCount; ++j)
                packet.comparisons.append({QStringLiteral("dimensions"), dimensionKey(AllDimensions[i]), dimensionName(AllDimensions[i]),
                                           dimensionKey(AllDimensions[j]), dimensionName(AllDimensions[j]), {}});
    }

    const Status stored = write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO panel_packets (uuid, rater_id, round, stage_id, comparisons, deadline, created_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {packet.packetId, packet.raterId, packet.round, packet.stageId, request.comparisons ? 1 : 0,
                                 packet.deadline, packet.createdAt},
                                Store::PanelChanged, tr("Recording the packet for %1").arg(packet.raterName));
        if (!q)
            return q.error();
        return writePacketRegions(q->lastInsertId().toLongLong(), request.regionIds);
    });
    if (!stored.ok())
        return stored.error();
    return packet;
}

Status PanelRepository::writePacketRegions(Id packetId, const QList<Id> &regionIds)
{
    const QString context = tr("Recording the packet's regions");
    auto cleared = writeStatement(QStringLiteral("DELETE FROM panel_packet_regions WHERE packet_id = ?"), {packetId},
                                  Store::PanelChanged, context);
    if (!cleared)
        return cleared.error();
    for (Id regionId : regionIds) {
        auto r = writeStatement(QStringLiteral("INSERT OR IGNORE INTO panel_packet_regions (packet_id, region_id) VALUES (?, ?)"),
                                {packetId, regionId}, Store::PanelChanged, context);
        if (!r)
            return r.error();
    }
    return {};
}

Result<QList<PacketSummary>> PanelRepository::packets() const
{
    auto q = read(QStringLiteral("SELECT p.id, p.uuid, p.rater_id, p.round, p.stage_id, p.comparisons, p.deadline, p.created_at, "
                                 "coalesce(p.returned_at, ''), (SELECT group_concat(region_id) FROM panel_packet_regions WHERE packet_id = p.id), "
                                 "(SELECT count(*) FROM panel_scores s WHERE s.packet_id = p.id) "
                                 "FROM panel_packets p ORDER BY p.id DESC"),
                  {}, tr("Reading the panel's packets"));
    if (!q)
        return q.error();
    auto indicators = store().indicators().all();
    if (!indicators)
        return indicators.error();
    QList<PacketSummary> out;
    while (q->next()) {
        PacketSummary p;
        p.id = q->value(0).toLongLong();
        p.uuid = q->value(1).toString();
        p.raterId = q->value(2).toLongLong();
        p.round = q->value(3).toInt();
        p.stageId = q->value(4).toLongLong();
        p.comparisons = q->value(5).toInt() != 0;
        p.deadline = q->value(6).toString();
        p.createdAt = q->value(7).toString();
        p.returnedAt = q->value(8).toString();
        for (const QString &id : q->value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.regionIds.append(id.toLongLong());
        std::sort(p.regionIds.begin(), p.regionIds.end());
        p.items = int(p.regionIds.size() * indicators->size());
        p.answered = q->value(10).toInt();
        out.append(p);
    }
    return out;
}

Result<PacketImportReport> PanelRepository::importPacket(const ReturnedPacket &packet, const QString &file)
{
    const QString where = file.isEmpty() ? tr("The packet") : tr("The packet %1").arg(file);
    auto refuse = [&](const QString &why) -> StoreError {
        return {StoreError::Kind::Invalid, tr("%1 was not imported: %2 Nothing was written.").arg(where, why), {}};
    };
    auto identity = databaseId();
    if (!identity)
        return identity.error();
    if (packet.databaseId != *identity)
        return refuse(tr("it was made from another database (%1), not this one (%2).").arg(packet.databaseId, *identity));
    if (!packet.structureErrors.isEmpty())
        return refuse(tr("its structure was altered: %1.").arg(packet.structureErrors.join(QStringLiteral("; "))));

    auto q = read(QStringLiteral("SELECT id, rater_id, round, stage_id FROM panel_packets WHERE uuid = ?"), {packet.packetId},
                  tr("Finding the packet"));
    if (!q)
        return q.error();
    if (!q->next())
        return refuse(tr("this database has no record of making it (packet %1).").arg(packet.packetId));
    const Id packetRow = q->value(0).toLongLong();
    const Id raterId = q->value(1).toLongLong();
    const int round = q->value(2).toInt();
    const Id stageId = q->value(3).toLongLong();
    if (packet.raterId != raterId || packet.round != round || packet.stageId != stageId)
        return refuse(tr("its expert, round or stage is not the one the database made it for."));
    auto rater = store().raters().byId(raterId);
    if (!rater || rater->key != packet.raterKey)
        return refuse(tr("its expert “%1” is no longer in the database.").arg(packet.raterKey));
    auto stage = store().stages().byId(stageId);
    if (!stage)
        return stage.error();
    auto indicators = store().indicators().all();
    if (!indicators)
        return indicators.error();
    QHash<QString, Indicator> indicatorByKey;
    for (const Indicator &indicator : *indicators)
        indicatorByKey.insert(indicator.key, indicator);

    auto regionRows = read(QStringLiteral("SELECT region_id FROM panel_packet_regions WHERE packet_id = ?"), {packetRow},
                           tr("Reading the packet's regions"));
    if (!regionRows)
        return regionRows.error();
    QSet<Id> regions;
    while (regionRows->next())
        regions.insert(regionRows->value(0).toLongLong());

    // Every row must be one the packet asked for, each once.
    QSet<ItemKey> seen;
    QStringList alien;
    for (const PacketAnswer &answer : packet.answers) {
        const auto indicator = indicatorByKey.constFind(answer.indicatorKey);
        const ItemKey key{answer.regionId, indicator == indicatorByKey.cend() ? NoId : indicator->id};
        if (!regions.contains(answer.regionId) || indicator == indicatorByKey.cend() || indicator->id != answer.indicatorId)
            alien.append(tr("row %1 (%2) is not an item of this packet").arg(answer.sheetRow).arg(answer.indicatorKey));
        else if (seen.contains(key))
            alien.append(tr("row %1 (%2) repeats an item").arg(answer.sheetRow).arg(answer.indicatorKey));
        seen.insert(key);
    }
    if (seen.size() != regions.size() * indicators->size())
        alien.append(tr("it has %1 of the %2 rows the packet was made with").arg(seen.size()).arg(regions.size() * indicators->size()));
    for (const PacketComparisonAnswer &comparison : packet.comparisons) {
        if (comparison.scope == QLatin1String("dimensions")) {
            if (!dimensionFromKey(comparison.firstKey) || !dimensionFromKey(comparison.secondKey)
                || comparison.firstKey == comparison.secondKey)
                alien.append(tr("comparison row %1 does not compare two dimensions").arg(comparison.sheetRow));
            continue;
        }
        const auto first = indicatorByKey.constFind(comparison.firstKey);
        const auto second = indicatorByKey.constFind(comparison.secondKey);
        if (first == indicatorByKey.cend() || second == indicatorByKey.cend() || first->id == second->id
            || first->dimension != second->dimension || dimensionKey(first->dimension) != comparison.scope)
            alien.append(tr("comparison row %1 does not compare two indicators of one dimension").arg(comparison.sheetRow));
    }
    if (!alien.isEmpty())
        return refuse(tr("its structure was altered: %1.").arg(alien.join(QStringLiteral("; "))));

    // Round ≥ 2: the spread each answer is read against.
    QHash<ItemKey, ItemSpread> before;
    if (round > 1) {
        auto previous = scores(stageId, round - 1);
        if (!previous)
            return previous.error();
        QHash<ItemKey, QList<double>> values;
        for (const PanelScore &score : std::as_const(*previous))
            values[ItemKey{score.regionId, score.indicatorId}].append(score.score);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            before.insert(it.key(), itemSpread(it.value()));
    }

    PacketImportReport report;
    report.file = file;
    report.packetId = packet.packetId;
    report.rater = *rater;
    report.round = round;
    report.stage = *stage;
    report.items = int(seen.size());
    report.problems = packet.problems;

    const Status written = write([&]() -> Status {
        QSet<Id> touchedRegions;
        // A score the reader could not take (out of range, off the grid) is a
        // problem, not an empty answer.
        QSet<int> rowsWithProblems;
        for (const PacketProblem &problem : packet.problems)
            rowsWithProblems.insert(problem.row);
        for (const PacketAnswer &answer : packet.answers) {
            if (!answer.score) {
                if (!rowsWithProblems.contains(answer.sheetRow))
                    report.empty.append(answer);
                continue;
            }
            ++report.filled;
            if (const auto spread = before.constFind(ItemKey{answer.regionId, answer.indicatorId});
                spread != before.cend() && outsideQuartiles(*answer.score, *spread) && answer.reason.trimmed().isEmpty())
                report.withoutReason.append(answer);
            auto earlier = read(QStringLiteral("SELECT score, note, reason FROM panel_scores WHERE rater_id = ? AND stage_id = ? "
                                              "AND region_id = ? AND indicator_id = ? AND round = ?"),
                               {raterId, stageId, answer.regionId, answer.indicatorId, round}, tr("Reading an earlier answer"));
            if (!earlier)
                return earlier.error();
            const bool existed = earlier->next();
            if (existed && std::abs(earlier->value(0).toDouble() - *answer.score) < 1e-9 && earlier->value(1).toString() == answer.note
                && earlier->value(2).toString() == answer.reason)
                ++report.unchanged;
            else
                ++(existed ? report.changed : report.added);
            auto stored = writeStatement(
                QStringLiteral("INSERT INTO panel_scores (rater_id, round, stage_id, region_id, indicator_id, score, note, reason, packet_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rater_id, stage_id, region_id, indicator_id, round) "
                               "DO UPDATE SET score = excluded.score, note = excluded.note, reason = excluded.reason, "
                               "packet_id = excluded.packet_id"),
                {raterId, round, stageId, answer.regionId, answer.indicatorId, *answer.score, answer.note, answer.reason, packetRow},
                Store::PanelChanged, tr("Storing %1's answer in row %2").arg(rater->name).arg(answer.sheetRow));
            if (!stored)
                return stored.error();
            // The expert's latest round is the expert's indicator value.
            auto later = read(QStringLiteral("SELECT count(*) FROM panel_scores WHERE rater_id = ? AND stage_id = ? "
                                             "AND region_id = ? AND indicator_id = ? AND round > ?"),
                              {raterId, stageId, answer.regionId, answer.indicatorId, round}, tr("Looking for a later round"));
            if (!later)
                return later.error();
            if (later->next() && later->value(0).toInt() > 0) {
                ++report.notCurrent;
                continue;
            }
            auto current = writeStatement(
                QStringLiteral("INSERT INTO indicator_values (region_id, stage_id, indicator_id, rater_id, score, note) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (region_id, stage_id, indicator_id, rater_id) "
                               "DO UPDATE SET score = excluded.score, note = excluded.note"),
                {answer.regionId, stageId, answer.indicatorId, raterId, *answer.score, answer.note}, Store::ScorecardChanged,
                tr("Storing %1's indicator value in row %2").arg(rater->name).arg(answer.sheetRow));
            if (!current)
                return current.error();
            touchedRegions.insert(answer.regionId);
        }
        for (const PacketComparisonAnswer &comparison : packet.comparisons) {
            if (!comparison.value) {
                ++report.comparisonsEmpty;
                continue;
            }
            ++report.comparisonsFilled;
            PanelJudgment judgment{raterId, round, NoId, NoId, {}, {}, *comparison.value};
            if (comparison.scope == QLatin1String("dimensions")) {
                judgment.firstDimension = dimensionFromKey(comparison.firstKey);
                judgment.secondDimension = dimensionFromKey(comparison.secondKey);
            } else {
                judgment.firstIndicatorId = indicatorByKey.value(comparison.firstKey).id;
                judgment.secondIndicatorId = indicatorByKey.value(comparison.secondKey).id;
            }
            const auto pair = storedPair(judgment); // the structure was checked above
            const QString sql = QStringLiteral("INSERT INTO panel_judgments (rater_id, round, %1, value, packet_id) VALUES (?, ?, ?, ?, ?, ?) "
                                               "ON CONFLICT DO UPDATE SET value = excluded.value, packet_id = excluded.packet_id")
                                    .arg(pair->columns);
            const QVariantList bound = QVariantList{raterId, round} + pair->keys + QVariantList{pair->value, packetRow};
            auto stored = writeStatement(sql, bound, Store::PanelChanged,
                                         tr("Storing %1's comparison in row %2").arg(rater->name).arg(comparison.sheetRow));
            if (!stored)
                return stored.error();
        }
        auto returned = writeStatement(QStringLiteral("UPDATE panel_packets SET returned_at = ? WHERE id = ?"), {nowUtc(), packetRow},
                                       Store::PanelChanged, tr("Marking the packet returned"));
        if (!returned)
            return returned.error();
        for (Id regionId : std::as_const(touchedRegions))
            if (const Status synced = resyncDerivedScores(store(), regionId, stageId); !synced.ok())
                return synced;
        return {};
    });
    if (!written.ok())
        return written.error();
    return report;
}

Result<QList<int>> PanelRepository::rounds(Id stageId) const
{
    auto q = read(QStringLiteral("SELECT DISTINCT round FROM panel_scores WHERE stage_id = ? ORDER BY round"), {stageId},
                  tr("Reading the panel's rounds"));
    if (!q)
        return q.error();
    QList<int> out;
    while (q->next())
        out.append(q->value(0).toInt());
    return out;
}

Result<QList<PanelScore>> PanelRepository::scores(Id stageId, int round) const
{
    auto q = read(QStringLiteral("SELECT rater_id, round, stage_id, region_id, indicator_id, score, note, reason FROM panel_scores "
                                 "WHERE stage_id = ? AND round = ? ORDER BY region_id, indicator_id, rater_id"),
                  {stageId, round}, tr("Reading the panel's answers"));
    if (!q)
        return q.error();
    return readAll<PanelScore>(*q, [](const QSqlQuery &r) {
        return PanelScore{r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                          r.value(4).toLongLong(), r.value(5).toDouble(), r.value(6).toString(), r.value(7).toString()};
    });
}

Result<QList<PanelJudgment>> PanelRepository::judgments(int round) const
{
    auto q = read(QStringLiteral("SELECT rater_id, round, first_indicator_id, second_indicator_id, first_dimension, second_dimension, value "
                                 "FROM panel_judgments WHERE round = ? ORDER BY rater_id, id"),
                  {round}, tr("Reading the experts' comparisons"));
    if (!q)
        return q.error();
    return readAll<PanelJudgment>(*q, [](const QSqlQuery &r) {
        return PanelJudgment{r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                             dimensionOrNone(r.value(4)), dimensionOrNone(r.value(5)), r.value(6).toDouble()};
    });
}

Status PanelRepository::setJudgment(const PanelJudgment &judgment)
{
    // Typed in the window: the value is no longer what a packet brought.
    return putJudgment({judgment, NoId});
}

Status PanelRepository::removeJudgment(Id raterId, int round, const PanelJudgment &pairToRemove)
{
    const auto pair = storedPair(pairToRemove);
    if (!pair)
        return invalidRecord(tr("Comparison"), {{QStringLiteral("pair"), tr("must name two different indicators or two different dimensions")}});
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("DELETE FROM panel_judgments WHERE rater_id = ? AND round = ? AND %1").arg(pair->where),
                                QVariantList{raterId, round} + pair->keys, Store::PanelChanged, tr("Removing a comparison"));
        return q ? Status{} : Status{q.error()};
    });
}

Result<QList<int>> PanelRepository::judgmentRounds() const
{
    auto q = read(QStringLiteral("SELECT DISTINCT round FROM panel_judgments ORDER BY round"), {}, tr("Reading the panel's rounds"));
    if (!q)
        return q.error();
    QList<int> out;
    while (q->next())
        out.append(q->value(0).toInt());
    return out;
}

Result<QList<StoredPanelScore>> PanelRepository::allScores() const
{
    auto q = read(QStringLiteral("SELECT rater_id, round, stage_id, region_id, indicator_id, score, note, reason, packet_id FROM panel_scores "
                                 "ORDER BY stage_id, round, region_id, indicator_id, rater_id"),
                  {}, tr("Reading the panel's answers"));
    if (!q)
        return q.error();
    return readAll<StoredPanelScore>(*q, [](const QSqlQuery &r) {
        return StoredPanelScore{PanelScore{r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                                           r.value(4).toLongLong(), r.value(5).toDouble(), r.value(6).toString(), r.value(7).toString()},
                                r.value(8).isNull() ? NoId : r.value(8).toLongLong()};
    });
}

Result<QList<StoredPanelJudgment>> PanelRepository::allJudgments() const
{
    auto q = read(QStringLiteral("SELECT rater_id, round, first_indicator_id, second_indicator_id, first_dimension, second_dimension, value, "
                                 "packet_id FROM panel_judgments ORDER BY rater_id, round, id"),
                  {}, tr("Reading the experts' comparisons"));
    if (!q)
        return q.error();
    return readAll<StoredPanelJudgment>(*q, [](const QSqlQuery &r) {
        return StoredPanelJudgment{PanelJudgment{r.value(0).toLongLong(), r.value(1).toInt(), r.value(2).toLongLong(), r.value(3).toLongLong(),
                                                 dimensionOrNone(r.value(4)), dimensionOrNone(r.value(5)), r.value(6).toDouble()},
                                   r.value(7).isNull() ? NoId : r.value(7).toLongLong()};
    });
}

Result<Id> PanelRepository::packetIdOf(const QString &uuid) const
{
    auto q = read(QStringLiteral("SELECT id FROM panel_packets WHERE uuid = ?"), {uuid}, tr("Finding the packet"));
    if (!q)
        return q.error();
    return q->next() ? Id(q->value(0).toLongLong()) : NoId;
}

Result<bool> PanelRepository::hasScore(const PanelScore &key) const
{
    auto q = read(QStringLiteral("SELECT 1 FROM panel_scores WHERE rater_id = ? AND stage_id = ? AND region_id = ? AND indicator_id = ? "
                                 "AND round = ?"),
                  {key.raterId, key.stageId, key.regionId, key.indicatorId, key.round}, tr("Reading an earlier answer"));
    if (!q)
        return q.error();
    return q->next();
}

Result<bool> PanelRepository::hasJudgment(const PanelJudgment &pair) const
{
    const auto stored = storedPair(pair);
    if (!stored)
        return false;
    auto q = read(QStringLiteral("SELECT 1 FROM panel_judgments WHERE rater_id = ? AND round = ? AND %1").arg(stored->where),
                  QVariantList{pair.raterId, pair.round} + stored->keys, tr("Reading the experts' comparisons"));
    if (!q)
        return q.error();
    return q->next();
}

Result<Id> PanelRepository::putPacket(const StoredPanelPacket &packet)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    FieldProblems problems;
    if (!hex32.match(packet.uuid).hasMatch())
        problems.append({QStringLiteral("uuid"), tr("“%1” is not 32 hexadecimal digits").arg(packet.uuid)});
    if (packet.round < 1 || packet.round > 20)
        problems.append({QStringLiteral("round"), tr("%1 is not a round from 1 to 20").arg(packet.round)});
    if (packet.createdAt.trimmed().isEmpty())
        problems.append({QStringLiteral("created_at"), tr("must say when the packet was made")});
    if (!problems.isEmpty())
        return invalidRecord(tr("Scoring packet"), problems);
    Id id = NoId;
    const Status written = write([&]() -> Status {
        const QVariant returned = packet.returnedAt.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(packet.returnedAt);
        auto q = writeStatement(QStringLiteral("INSERT INTO panel_packets (uuid, rater_id, round, stage_id, comparisons, deadline, created_at, "
                                               "returned_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET "
                                               "rater_id = excluded.rater_id, round = excluded.round, stage_id = excluded.stage_id, "
                                               "comparisons = excluded.comparisons, deadline = excluded.deadline, "
                                               "created_at = excluded.created_at, returned_at = excluded.returned_at"),
                                {packet.uuid, packet.raterId, packet.round, packet.stageId, packet.comparisons ? 1 : 0, packet.deadline,
                                 packet.createdAt, returned},
                                Store::PanelChanged, tr("Recording the packet %1").arg(packet.uuid));
        if (!q)
            return q.error();
        auto found = packetIdOf(packet.uuid);
        if (!found)
            return found.error();
        id = *found;
        return writePacketRegions(id, packet.regionIds);
    });
    if (!written.ok())
        return written.error();
    return id;
}

Status PanelRepository::putScore(const StoredPanelScore &row)
{
    const PanelScore &s = row.score;
    FieldProblems problems;
    if (s.round < 1 || s.round > 20)
        problems.append({QStringLiteral("round"), tr("%1 is not a round from 1 to 20").arg(s.round)});
    if (!isValidScore(s.score))
        problems.append({QStringLiteral("score"), tr("%1 is not a score from 0 to 10 in steps of 0.1").arg(s.score)});
    if (!problems.isEmpty())
        return invalidRecord(tr("Answer"), problems);
    return write([&]() -> Status {
        auto q = writeStatement(
            QStringLiteral("INSERT INTO panel_scores (rater_id, round, stage_id, region_id, indicator_id, score, note, reason, packet_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rater_id, stage_id, region_id, indicator_id, round) "
                           "DO UPDATE SET score = excluded.score, note = excluded.note, reason = excluded.reason, "
                           "packet_id = excluded.packet_id"),
            {s.raterId, s.round, s.stageId, s.regionId, s.indicatorId, s.score, s.note, s.reason,
             row.packetId == NoId ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(row.packetId)},
            Store::PanelChanged, tr("Saving an answer"));
        return q ? Status{} : Status{q.error()};
    });
}

Status PanelRepository::putJudgment(const StoredPanelJudgment &row)
{
    const PanelJudgment &j = row.judgment;
    const auto pair = storedPair(j);
    FieldProblems problems;
    if (!pair)
        problems.append({QStringLiteral("pair"), tr("must name two different indicators or two different dimensions")});
    if (!isOnSaatyScale(j.value))
        problems.append({QStringLiteral("value"), tr("%1 is not on Saaty's scale (1/9 … 9)").arg(j.value)});
    if (j.round < 1 || j.round > 20)
        problems.append({QStringLiteral("round"), tr("%1 is not a round from 1 to 20").arg(j.round)});
    if (!problems.isEmpty())
        return invalidRecord(tr("Comparison"), problems);
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO panel_judgments (rater_id, round, %1, value, packet_id) VALUES (?, ?, ?, ?, ?, ?) "
                                               "ON CONFLICT DO UPDATE SET value = excluded.value, packet_id = excluded.packet_id")
                                    .arg(pair->columns),
                                QVariantList{j.raterId, j.round} + pair->keys
                                    + QVariantList{pair->value, row.packetId == NoId ? QVariant(QMetaType::fromType<qlonglong>())
                                                                                     : QVariant(row.packetId)},
                                Store::PanelChanged, tr("Saving a comparison"));
        return q ? Status{} : Status{q.error()};
    });
}

} // namespace triangle
