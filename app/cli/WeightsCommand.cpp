#include "WeightsCommand.h"

#include "TextTable.h"
#include "analysis/MetricsText.h"
#include "data/CsvTable.h"
#include "data/DefaultDatabase.h"
#include "data/OutputFile.h"
#include "model/DomainNames.h"
#include "store/Backups.h"
#include "store/Store.h"
#include "store/WeightSetQueries.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace triangle::cli {

namespace {
const QString Derive = QStringLiteral("derive");
const QString FromPanel = QStringLiteral("from-panel");
const QString Combine = QStringLiteral("combine");
const QString Activate = QStringLiteral("activate");
const QString Remove = QStringLiteral("remove");
const QString Compare = QStringLiteral("compare");
const QString Record = QStringLiteral("record");

// Stable keys for scripts, whatever the interface language.
QString formKey(TriangleForm form)
{
    switch (form) {
    case TriangleForm::BalancedLow: return QStringLiteral("balanced-low");
    case TriangleForm::BalancedHigh: return QStringLiteral("balanced-high");
    case TriangleForm::AdvantageLed: return QStringLiteral("advantage-led");
    case TriangleForm::Lagging: return QStringLiteral("lagging");
    }
    return {};
}

QString number(double value) { return QString::number(value, 'g', 9); }
QString optionalKey(const std::optional<Dimension> &d) { return d ? dimensionKey(*d) : QString(); }

// Each indicator's weight over its dimension's total in the set.
QHash<Id, double> sharesOf(const WeightSet &set, const QList<Indicator> &indicators)
{
    PerDimension<double> total;
    for (const Indicator &i : indicators)
        total[i.dimension] += set.weights.value(i.id);
    QHash<Id, double> share;
    for (const Indicator &i : indicators)
        share.insert(i.id, total[i.dimension] > 0 ? set.weights.value(i.id) / total[i.dimension] : 0.0);
    return share;
}

// "csv", "json", "md", or a file name ending so; empty: the text table.
std::optional<QString> formatOf(const QString &out)
{
    for (const QString &f : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("md")}) {
        if (out == f || out.endsWith(QLatin1Char('.') + f, Qt::CaseInsensitive))
            return f;
    }
    if (out.isEmpty())
        return QString();
    return std::nullopt;
}

// A Markdown table cell: no bar or new line breaks the table.
QString mdCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString mdTable(const QList<QStringList> &rows)
{
    QString text;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const QString &c : rows[r])
            cells << mdCell(c);
        text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        if (r == 0)
            text += QStringLiteral("|") + QStringList(rows[r].size(), QStringLiteral("---")).join(QLatin1Char('|')) + QStringLiteral("|\n");
    }
    return text;
}
} // namespace

QString WeightsCommand::summary() const
{
    return tr("List, derive, combine, activate, remove and compare the indicator weight sets.");
}

QString WeightsCommand::description() const
{
    return tr("Usage: triangle-studio weights [--db FILE] [-o csv|json|md|OUT.csv|OUT.json|OUT.md]\n"
              "       triangle-studio weights [--db FILE] --derive entropy|critic --stage KEY --name NAME\n"
              "       triangle-studio weights [--db FILE] --combine A,B --rule multiplicative|linear [--alpha 0.5] --name NAME\n"
              "       triangle-studio weights [--db FILE] --from-panel NAME [--round N] [--include-inconsistent]\n"
              "       triangle-studio weights [--db FILE] --record NAME | --activate NAME | --remove NAME\n"
              "       triangle-studio weights [--db FILE] --compare A,B[,C…] --stage KEY [-o csv|json|md|OUT…]\n"
              "Without an action, lists every weight set: its name, method, how it was made, whether it is in force, "
              "and its weight and share within the dimension for each indicator.\n"
              "--derive makes a set from the indicator values at the stage (each dimension's indicators on their own; "
              "the raters' values combined as the database is set). --combine makes one from set A (the experts') and "
              "set B (the data's), by the product or by α·A + (1 − α)·B. --from-panel makes one from the expert panel's AHP "
              "weights of the round (the group's, by AIJ or AIP as the panel is set, from the experts whose consistency "
              "ratio passes); a dimension the experts did not compare keeps the weights in force. --record keeps the weights in force as an "
              "analyst's set. --activate puts a set's weights in force and "
              "derives every score again; a set with a weight of 0 cannot be. --remove removes a set that is not in force.\n"
              "--compare prints each region's rank (by triangle area) and form under each set at the stage, marking "
              "those that change. -o chooses CSV, JSON or Markdown on standard output, or writes the file named. "
              "Listing and comparing open the database read-only; the other actions take the day's backup first.");
}

void WeightsCommand::addOptions(QCommandLineParser &parser) const
{
    addDatabaseOption(parser);
    parser.addOption({Derive, tr("Make a set from the data: entropy or critic."), tr("METHOD")});
    parser.addOption({FromPanel, tr("Make a set from the expert panel's AHP weights (the latest round with comparisons, or --round)."), tr("NAME")});
    parser.addOption({QStringLiteral("round"), tr("The panel round for --from-panel."), tr("N")});
    parser.addOption({QStringLiteral("include-inconsistent"), tr("With --from-panel: keep experts whose consistency ratio is above the limit.")});
    parser.addOption({Combine, tr("Make a set from two: the experts' set A and the data's set B."), tr("A,B")});
    parser.addOption({QStringLiteral("rule"), tr("How --combine combines: multiplicative or linear."), tr("RULE")});
    parser.addOption({QStringLiteral("alpha"), tr("The experts' share in a linear combination, 0 to 1 (default 0.5)."), tr("ALPHA"),
                      QStringLiteral("0.5")});
    parser.addOption({QStringLiteral("name"), tr("The new set's name."), tr("NAME")});
    parser.addOption({Record, tr("Keep the weights in force as an analyst's set of this name."), tr("NAME")});
    parser.addOption({Activate, tr("Put the set's weights in force."), tr("NAME")});
    parser.addOption({Remove, tr("Remove the set."), tr("NAME")});
    parser.addOption({Compare, tr("Compare the regions under these sets."), tr("A,B[,C…]")});
    parser.addOption({QStringLiteral("stage"), tr("The stage key (for --derive and --compare)."), tr("KEY")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("csv, json or md on standard output, or a file ending so."),
                      tr("OUT")});
}

int WeightsCommand::fail(Output &io, const QString &message, int code) const
{
    io.err << tr("triangle-studio weights: %1").arg(message) << Qt::endl;
    return code;
}

int WeightsCommand::run(const QCommandLineParser &parser, Output &io) const
{
    QStringList actions;
    for (const QString &a : {Derive, FromPanel, Combine, Activate, Remove, Compare, Record}) {
        if (parser.isSet(a))
            actions << QStringLiteral("--") + a;
    }
    if (actions.size() > 1)
        return fail(io, tr("one action at a time, not %1").arg(actions.join(QStringLiteral(", "))), ExitUsage);
    const auto format = formatOf(parser.value(QStringLiteral("output")));
    if (!format)
        return fail(io, tr("-o takes csv, json or md, or a file name ending in .csv, .json or .md, not “%1”")
                            .arg(parser.value(QStringLiteral("output"))),
                    ExitUsage);
    if (actions.isEmpty())
        return list(parser, io, *format);
    if (parser.isSet(Compare))
        return compare(parser, io, *format);
    if (parser.isSet(QStringLiteral("output")))
        return fail(io, tr("-o goes with the list or --compare"), ExitUsage);
    return change(parser, io);
}

namespace {
// Writes `data` to the file `out` names, or to standard output for a bare format.
int writeOut(const QString &out, const QByteArray &data, Output &io, const std::function<int(const QString &)> &fail)
{
    if (out.isEmpty() || !out.contains(QLatin1Char('.'))) {
        io.out << QString::fromUtf8(data) << Qt::flush;
        return ExitOk;
    }
    if (const QString error = writeOutputFile(out, data); !error.isEmpty())
        return fail(error);
    io.out << WeightsCommand::tr("Wrote %1").arg(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath())) << Qt::endl;
    return ExitOk;
}
} // namespace

int WeightsCommand::list(const QCommandLineParser &parser, Output &io, const QString &format) const
{
    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    const QString out = parser.value(QStringLiteral("output"));
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    auto sets = store->weightSets().all();
    auto indicators = store->indicators().all();
    auto stages = store->stages().all();
    if (!sets || !indicators || !stages)
        return fail(io, (!sets ? sets.error() : !indicators ? indicators.error() : stages.error()).message, ExitFailure);
    auto stageKey = [&](Id id) {
        for (const Stage &s : *stages) {
            if (s.id == id)
                return s.key;
        }
        return QString();
    };

    if (format == QStringLiteral("csv")) {
        const QStringList header{QStringLiteral("set"), QStringLiteral("method"), QStringLiteral("active"), QStringLiteral("detail"),
                                 QStringLiteral("round"), QStringLiteral("stage"), QStringLiteral("created_at"),
                                 QStringLiteral("indicator"), QStringLiteral("dimension"), QStringLiteral("weight"),
                                 QStringLiteral("share")};
        QList<QStringList> rows;
        for (const WeightSet &set : *sets) {
            const QHash<Id, double> share = sharesOf(set, *indicators);
            for (const Indicator &i : *indicators) {
                rows.append({set.name, weightSetMethodKey(set.method), set.active ? QStringLiteral("true") : QStringLiteral("false"),
                             set.detail, set.round ? QString::number(*set.round) : QString(), stageKey(set.stageId), set.createdAt,
                             i.key, dimensionKey(i.dimension),
                             set.weights.contains(i.id) ? number(set.weights.value(i.id)) : QString(), number(share.value(i.id))});
            }
        }
        return writeOut(out, CsvTable::write(header, rows, false), io, [&](const QString &e) { return fail(io, e, ExitFailure); });
    }
    if (format == QStringLiteral("json")) {
        QJsonArray array;
        for (const WeightSet &set : *sets) {
            QJsonObject weights;
            for (const Indicator &i : *indicators) {
                if (set.weights.contains(i.id))
                    weights.insert(i.key, set.weights.value(i.id));
            }
            array.append(QJsonObject{{QStringLiteral("name"), set.name},
                                     {QStringLiteral("method"), weightSetMethodKey(set.method)},
                                     {QStringLiteral("active"), set.active},
                                     {QStringLiteral("detail"), set.detail},
                                     {QStringLiteral("round"), set.round ? QJsonValue(*set.round) : QJsonValue()},
                                     {QStringLiteral("stage"), set.stageId != NoId ? QJsonValue(stageKey(set.stageId)) : QJsonValue()},
                                     {QStringLiteral("created_at"), set.createdAt},
                                     {QStringLiteral("weights"), weights}});
        }
        return writeOut(out, QJsonDocument(QJsonObject{{QStringLiteral("weight_sets"), array}}).toJson(QJsonDocument::Indented), io,
                    [&](const QString &e) { return fail(io, e, ExitFailure); });
    }

    QString text;
    if (sets->isEmpty())
        text += tr("No weight sets yet.") + QLatin1Char('\n');
    else if (std::none_of(sets->cbegin(), sets->cend(), [](const WeightSet &s) { return s.active; }))
        text += tr("No set is in force: the weights were edited by hand since one was activated.") + QLatin1Char('\n');
    for (const WeightSet &set : *sets) {
        const QString heading = set.active ? tr("%1  (%2, in force)").arg(set.name, weightSetMethodLabel(set.method))
                                           : tr("%1  (%2)").arg(set.name, weightSetMethodLabel(set.method));
        text += format == QStringLiteral("md") ? QStringLiteral("\n## ") + heading + QLatin1Char('\n') : QLatin1Char('\n') + heading + QLatin1Char('\n');
        if (!set.detail.isEmpty())
            text += (format == QStringLiteral("md") ? QString() : QStringLiteral("  ")) + set.detail + QLatin1Char('\n');
        if (format == QStringLiteral("md"))
            text += QLatin1Char('\n');
        const QHash<Id, double> share = sharesOf(set, *indicators);
        QList<QStringList> rows{{tr("Indicator"), tr("Dimension"), tr("Weight"), tr("Share")}};
        for (const Indicator &i : *indicators) {
            rows.append({QStringLiteral("%1 %2").arg(i.key, i.nameZh), dimensionShortName(i.dimension),
                         set.weights.contains(i.id) ? number(set.weights.value(i.id)) : tr("none"),
                         QStringLiteral("%1%").arg(share.value(i.id) * 100.0, 0, 'f', 1)});
        }
        if (format == QStringLiteral("md")) {
            text += mdTable(rows);
        } else {
            for (const QString &line : aligned(rows, {false, false, true, true}).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                text += QStringLiteral("  ") + line + QLatin1Char('\n');
        }
    }
    return writeOut(out, text.toUtf8(), io, [&](const QString &e) { return fail(io, e, ExitFailure); });
}

int WeightsCommand::compare(const QCommandLineParser &parser, Output &io, const QString &format) const
{
    const QStringList names = parser.value(Compare).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.size() < 2)
        return fail(io, tr("--compare needs two or more set names, comma-separated"), ExitUsage);
    const QString stageKey = parser.value(QStringLiteral("stage")).trimmed();
    if (stageKey.isEmpty())
        return fail(io, tr("--compare needs --stage KEY"), ExitUsage);
    const std::unique_ptr<Store> store = openDatabaseForReading(parser, *this, io);
    const QString out = parser.value(QStringLiteral("output"));
    if (!store || !outputsSpareDatabase(*store, {out}, *this, io))
        return ExitFailure;
    auto stage = store->stages().byKey(stageKey);
    if (!stage)
        return fail(io, stage.error().message, ExitFailure);
    QList<WeightSet> sets;
    for (const QString &name : names) {
        auto set = store->weightSets().byName(name.trimmed());
        if (!set)
            return fail(io, set.error().message, ExitFailure);
        sets << *set;
    }
    auto compared = compareWeightSetsAt(*store, stage->id, sets);
    if (!compared)
        return fail(io, compared.error().message, ExitFailure);
    const WeightSetComparisonAt &c = *compared;
    if (c.regions.isEmpty())
        return fail(io, tr("no region has indicator values and an assessment at stage “%1”").arg(stage->key), ExitFailure);

    if (format == QStringLiteral("csv")) {
        const QStringList header{QStringLiteral("region"), QStringLiteral("name_zh"), QStringLiteral("stage"), QStringLiteral("set"),
                                 QStringLiteral("mission"), QStringLiteral("political"), QStringLiteral("operational"),
                                 QStringLiteral("leading"), QStringLiteral("form"), QStringLiteral("form_dimension"),
                                 QStringLiteral("rank"), QStringLiteral("rank_changes"), QStringLiteral("form_changes"),
                                 QStringLiteral("leading_changes")};
        QList<QStringList> rows;
        for (qsizetype r = 0; r < c.regions.size(); ++r) {
            const WeightSetComparisonRegion &row = c.comparison.regions[r];
            for (qsizetype s = 0; s < c.sets.size(); ++s) {
                const WeightedReading &w = row.readings[s];
                rows.append({c.regions[r].code, c.regions[r].nameZh, stage->key, c.sets[s].name,
                             number(w.scores[Dimension::Mission]), number(w.scores[Dimension::Political]),
                             number(w.scores[Dimension::Operational]), optionalKey(w.leading), formKey(w.form.form),
                             optionalKey(w.form.dimension), QString::number(w.rank),
                             row.rankChanges ? QStringLiteral("true") : QStringLiteral("false"),
                             row.formChanges ? QStringLiteral("true") : QStringLiteral("false"),
                             row.leadingChanges ? QStringLiteral("true") : QStringLiteral("false")});
            }
        }
        return writeOut(out, CsvTable::write(header, rows, false), io, [&](const QString &e) { return fail(io, e, ExitFailure); });
    }
    if (format == QStringLiteral("json")) {
        QJsonArray regions;
        for (qsizetype r = 0; r < c.regions.size(); ++r) {
            const WeightSetComparisonRegion &row = c.comparison.regions[r];
            QJsonArray readings;
            for (qsizetype s = 0; s < c.sets.size(); ++s) {
                const WeightedReading &w = row.readings[s];
                readings.append(QJsonObject{
                    {QStringLiteral("set"), c.sets[s].name},
                    {QStringLiteral("scores"), QJsonObject{{QStringLiteral("mission"), w.scores[Dimension::Mission]},
                                                           {QStringLiteral("political"), w.scores[Dimension::Political]},
                                                           {QStringLiteral("operational"), w.scores[Dimension::Operational]}}},
                    {QStringLiteral("leading"), w.leading ? QJsonValue(dimensionKey(*w.leading)) : QJsonValue()},
                    {QStringLiteral("form"), formKey(w.form.form)},
                    {QStringLiteral("form_dimension"), w.form.dimension ? QJsonValue(dimensionKey(*w.form.dimension)) : QJsonValue()},
                    {QStringLiteral("rank"), w.rank}});
            }
            regions.append(QJsonObject{{QStringLiteral("region"), c.regions[r].code},
                                       {QStringLiteral("name_zh"), c.regions[r].nameZh},
                                       {QStringLiteral("rank_changes"), row.rankChanges},
                                       {QStringLiteral("form_changes"), row.formChanges},
                                       {QStringLiteral("leading_changes"), row.leadingChanges},
                                       {QStringLiteral("readings"), readings}});
        }
        QJsonArray setNames;
        for (const WeightSet &s : c.sets)
            setNames.append(s.name);
        const QJsonObject root{{QStringLiteral("stage"), stage->key}, {QStringLiteral("sets"), setNames},
                               {QStringLiteral("regions"), regions}};
        return writeOut(out, QJsonDocument(root).toJson(QJsonDocument::Indented), io,
                    [&](const QString &e) { return fail(io, e, ExitFailure); });
    }

    QList<QStringList> rows;
    QStringList header{tr("Region")};
    for (const WeightSet &s : c.sets)
        header << tr("%1: rank").arg(s.name) << tr("%1: form").arg(s.name);
    header << tr("Changes");
    rows << header;
    for (qsizetype r = 0; r < c.regions.size(); ++r) {
        const WeightSetComparisonRegion &row = c.comparison.regions[r];
        QStringList cells{QStringLiteral("%1 %2").arg(c.regions[r].code, c.regions[r].nameZh)};
        for (const WeightedReading &w : row.readings)
            cells << QString::number(w.rank) << formName(w.form);
        QStringList changes;
        if (row.rankChanges)
            changes << tr("rank");
        if (row.formChanges)
            changes << tr("form");
        if (row.leadingChanges)
            changes << tr("leading");
        cells << (changes.isEmpty() ? QString() : QStringLiteral("* ") + changes.join(QStringLiteral(", ")));
        rows << cells;
    }
    QString text = tr("Weight sets compared at %1: rank 1 is the largest triangle area; * marks a change between the sets.")
                       .arg(localizedName(stage->nameZh, stage->nameEn))
        + QStringLiteral("\n\n");
    if (format == QStringLiteral("md")) {
        text += mdTable(rows);
    } else {
        QList<bool> right{false};
        for (qsizetype s = 0; s < c.sets.size(); ++s)
            right << true << false;
        right << false;
        text += aligned(rows, right);
    }
    return writeOut(out, text.toUtf8(), io, [&](const QString &e) { return fail(io, e, ExitFailure); });
}

int WeightsCommand::change(const QCommandLineParser &parser, Output &io) const
{
    // The command line first, so that a typo is reported before any database is opened.
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    std::optional<WeightSetMethod> method;
    std::optional<CombineRule> rule;
    double alpha = 0.5;
    QStringList pair;
    if (parser.isSet(Derive)) {
        const QString m = parser.value(Derive).trimmed();
        if (m == QStringLiteral("entropy"))
            method = WeightSetMethod::Entropy;
        else if (m == QStringLiteral("critic"))
            method = WeightSetMethod::Critic;
        else
            return fail(io, tr("--derive takes entropy or critic, not “%1”").arg(m), ExitUsage);
        if (parser.value(QStringLiteral("stage")).trimmed().isEmpty())
            return fail(io, tr("--derive needs --stage KEY"), ExitUsage);
    }
    if (parser.isSet(Combine)) {
        pair = parser.value(Combine).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (pair.size() != 2)
            return fail(io, tr("--combine takes two set names, A,B"), ExitUsage);
        const QString r = parser.value(QStringLiteral("rule")).trimmed();
        if (r == QStringLiteral("multiplicative"))
            rule = CombineRule::Multiplicative;
        else if (r == QStringLiteral("linear"))
            rule = CombineRule::Linear;
        else
            return fail(io, tr("--combine needs --rule multiplicative or --rule linear"), ExitUsage);
        bool ok = false;
        alpha = parser.value(QStringLiteral("alpha")).toDouble(&ok);
        if (!ok || !(alpha >= 0.0 && alpha <= 1.0))
            return fail(io, tr("--alpha must be a number from 0 to 1, not “%1”").arg(parser.value(QStringLiteral("alpha"))), ExitUsage);
    }
    if ((method || rule) && name.isEmpty())
        return fail(io, tr("name the new set with --name NAME"), ExitUsage);
    std::optional<int> round;
    if (parser.isSet(QStringLiteral("round"))) {
        bool ok = false;
        round = parser.value(QStringLiteral("round")).toInt(&ok);
        if (!ok || *round < 1 || *round > 20)
            return fail(io, tr("--round must be a whole number from 1 to 20, not “%1”").arg(parser.value(QStringLiteral("round"))), ExitUsage);
    }

    // A --db file must exist: a mistyped name would make a new database.
    const QString dbPath = parser.value(QStringLiteral("db"));
    auto opened = dbPath.isEmpty() ? openOrCreateSeeded(defaultDatabasePath()) : Store::open(dbPath, OpenOptions{});
    if (!opened)
        return fail(io, opened.error().message, ExitFailure);
    Store &store = **opened;
    if (auto backup = Backups::takeDailyForUser(store); !backup)
        io.err << tr("triangle-studio weights: warning: no backup was taken: %1").arg(backup.error().message) << Qt::endl;

    auto byName = [&](const QString &n) { return store.weightSets().byName(n.trimmed()); };
    auto added = [&](const Result<WeightSet> &set) -> int {
        if (!set)
            return fail(io, set.error().message, ExitFailure);
        auto id = store.weightSets().add(*set);
        if (!id)
            return fail(io, id.error().message, ExitFailure);
        io.out << tr("Added the weight set “%1”: %2").arg(set->name, set->detail) << Qt::endl;
        return ExitOk;
    };
    if (method) {
        auto stage = store.stages().byKey(parser.value(QStringLiteral("stage")).trimmed());
        if (!stage)
            return fail(io, stage.error().message, ExitFailure);
        return added(deriveDataWeightSet(store, stage->id, *method, name));
    }
    if (rule) {
        auto a = byName(pair[0]);
        auto b = byName(pair[1]);
        if (!a || !b)
            return fail(io, (!a ? a.error() : b.error()).message, ExitFailure);
        return added(combineWeightSets(store, *a, *b, *rule, alpha, name));
    }
    if (parser.isSet(Record))
        return added(store.weightSets().inForce(parser.value(Record)));
    if (parser.isSet(FromPanel))
        return added(ahpWeightSet(store, round, parser.isSet(QStringLiteral("include-inconsistent")), parser.value(FromPanel)));
    const bool activating = parser.isSet(Activate);
    auto set = byName(parser.value(activating ? Activate : Remove));
    if (!set)
        return fail(io, set.error().message, ExitFailure);
    if (activating) {
        if (Status ok = store.weightSets().activate(set->id); !ok)
            return fail(io, ok.error().message, ExitFailure);
        io.out << tr("The weight set “%1” is in force; every derived score was derived again.").arg(set->name) << Qt::endl;
        return ExitOk;
    }
    if (Status ok = store.weightSets().remove(set->id); !ok)
        return fail(io, ok.error().message, ExitFailure);
    io.out << tr("Removed the weight set “%1”.").arg(set->name) << Qt::endl;
    return ExitOk;
}

} // namespace triangle::cli
