#include "RaterRepository.h"

#include "ScoreSync.h"
#include "SqlSupport.h"
#include "Store.h"
#include "model/Validation.h"

namespace triangle {

namespace {
const QString RaterColumns = QStringLiteral("id, key, name, organisation, field, experience_years, language");

Rater readRater(const QSqlQuery &q)
{
    Rater rater;
    rater.id = q.value(0).toLongLong();
    rater.key = q.value(1).toString();
    rater.name = q.value(2).toString();
    rater.organisation = q.value(3).toString();
    rater.field = q.value(4).toString();
    if (!q.value(5).isNull())
        rater.experienceYears = q.value(5).toInt();
    rater.language = q.value(6).toString() == QLatin1String("en") ? Language::English : Language::Chinese;
    return rater;
}

QVariant yearsOrNull(const Rater &rater)
{
    return rater.experienceYears ? QVariant(*rater.experienceYears) : QVariant(QMetaType::fromType<int>());
}
} // namespace

QString raterLanguageKey(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

namespace {
} // namespace

Result<QList<Rater>> RaterRepository::all() const
{
    auto q = read(QStringLiteral("SELECT %1 FROM raters ORDER BY id").arg(RaterColumns), {}, tr("Reading raters"));
    if (!q)
        return q.error();
    return readAll<Rater>(*q, readRater);
}

Result<Rater> RaterRepository::byId(Id id) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM raters WHERE id = ?").arg(RaterColumns), {id}, tr("Reading a rater"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no rater with id %1 in the database.").arg(id));
    return readRater(*q);
}

Result<Rater> RaterRepository::byKey(const QString &key) const
{
    auto q = read(QStringLiteral("SELECT %1 FROM raters WHERE key = ?").arg(RaterColumns), {key}, tr("Reading a rater"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(tr("There is no rater “%1” in the database.").arg(key));
    return readRater(*q);
}

Result<Id> RaterRepository::add(const Rater &rater)
{
    if (const FieldProblems problems = validateRater(rater); !problems.isEmpty())
        return invalidRecord(tr("Rater"), problems);
    return insertRow(QStringLiteral("INSERT INTO raters (id, key, name, organisation, field, experience_years, language) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {idOrNull(rater.id), rater.key, rater.name, rater.organisation, rater.field, yearsOrNull(rater),
                      raterLanguageKey(rater.language)}, Store::ScorecardChanged,
                     tr("Adding the rater “%1”").arg(rater.name));
}

Status RaterRepository::update(const Rater &rater)
{
    if (const FieldProblems problems = validateRater(rater); !problems.isEmpty())
        return invalidRecord(tr("Rater"), problems);
    return changeRow(QStringLiteral("UPDATE raters SET key = ?, name = ?, organisation = ?, field = ?, "
                                    "experience_years = ?, language = ? WHERE id = ?"),
                     {rater.key, rater.name, rater.organisation, rater.field, yearsOrNull(rater),
                      raterLanguageKey(rater.language), rater.id}, Store::ScorecardChanged,
                     tr("Saving the rater “%1”").arg(rater.name), tr("There is no rater with id %1 in the database.").arg(rater.id));
}

Status RaterRepository::remove(Id id)
{
    return changeRow(QStringLiteral("DELETE FROM raters WHERE id = ?"), {id}, Store::ScorecardChanged, tr("Deleting a rater"),
                     tr("There is no rater with id %1 in the database.").arg(id), [this] { return resyncDerivedScores(store()); });
}

Result<RaterAggregate> RaterRepository::aggregate() const
{
    auto q = read(QStringLiteral("SELECT value FROM settings WHERE key = 'rater_aggregate'"), {},
                  tr("Reading the rater aggregate"));
    if (!q)
        return q.error();
    if (!q->next())
        return RaterAggregate::Mean;
    return raterAggregateFromKey(q->value(0).toString()).value_or(RaterAggregate::Mean);
}

Status RaterRepository::setAggregate(RaterAggregate aggregate)
{
    return write([&]() -> Status {
        auto q = writeStatement(QStringLiteral("INSERT INTO settings (key, value) VALUES ('rater_aggregate', ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                {raterAggregateKey(aggregate)}, Store::ScorecardChanged, tr("Saving the rater aggregate"));
        if (!q)
            return q.error();
        return resyncDerivedScores(store());
    });
}

} // namespace triangle
