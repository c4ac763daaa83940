#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace triangle {
class Store;
using Id = qint64;
}

namespace triangle::cli {

// Exit codes scripts can rely on.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1, // the command ran and failed (bad file, unknown region, unwritable output)
    ExitUsage = 2,   // the command line itself is wrong
};

// Where a command writes: results to standard output, one clear line per
// problem to standard error.
struct Output
{
    QTextStream &out;
    QTextStream &err;
};

// One subcommand of `triangle-studio`: `triangle-studio NAME [options]`.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;       // one line, for `triangle-studio --help`
    virtual QString description() const = 0;   // for `triangle-studio help NAME`
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, Output &io) const = 0;
    // Commands that draw need a QGuiApplication (offscreen when there is no display).
    virtual bool needsGui() const { return false; }
    // How many positional arguments the command takes (after its options).
    virtual int positionalArguments() const { return 0; }
};

// The database a command works on: --db FILE, or the user's default database.
void addDatabaseOption(QCommandLineParser &parser);
QString databasePathOption(const QCommandLineParser &parser);

// --lang zh_CN|en: the language of a figure's or report's words.
void addLanguageOption(QCommandLineParser &parser);
// Switches to the language asked for; false (with a line on io.err) for an unknown one.
bool applyLanguageOption(const QCommandLineParser &parser, const Command &command, Output &io);

// The default database is created and seeded when missing; a --db file is
// opened read-only, so commands that only read never change it. Failures are
// reported on io.err as "triangle-studio COMMAND: message".
std::unique_ptr<Store> openDatabaseForReading(const QCommandLineParser &parser, const Command &command, Output &io);

// For commands that write: the default database (created and seeded when
// missing), or a --db file, which must exist (a mistyped name would
// otherwise make a new database). Failures are reported as above.
std::unique_ptr<Store> openDatabaseForWriting(const QCommandLineParser &parser, const Command &command, Output &io);

// False, with a line on io.err, when writing one of `outputs` would write
// over the open database or its -wal or -shm file.
bool outputsSpareDatabase(const Store &store, const QStringList &outputs, const Command &command, Output &io);

// What a --regions value names: region codes, region groups
// (group:KEY, or group:NAME with the group's Chinese or English name) and
// comparison sets (set:KEY or set:NAME, standing for their members in the
// set's order), comma-separated, each once and in the order given; or `all` for the
// regions `all` gives. An unknown code or group is reported on io.err and
// gives nullopt.
struct RegionChoice
{
    QList<Id> regions;
    QList<Id> groups;
};
std::optional<RegionChoice> chooseRegions(const Store &store, const QString &value, const std::function<QList<Id>()> &all,
                                          const Command &command, Output &io);

// The regions a --regions value names, a group standing for its members
// (added after the regions named, by code): for commands that work region
// by region.
std::optional<QList<Id>> regionsFromCodes(const Store &store, const QString &codes, const std::function<QList<Id>()> &all,
                                          const Command &command, Output &io);

} // namespace triangle::cli
