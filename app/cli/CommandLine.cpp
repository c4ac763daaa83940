#include "CommandLine.h"

#include "CheckCommand.h"
#include "Command.h"
#include "DataCommands.h"
#include "FigureCommand.h"
#include "ReportCommand.h"
#include "FindingsCommand.h"
#include "SensitivityCommand.h"
#include "SummaryCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace triangle::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::CommandLine)
};

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<CheckCommand>());
        list.push_back(std::make_unique<SummaryCommand>());
        list.push_back(std::make_unique<FigureCommand>());
        list.push_back(std::make_unique<ReportCommand>());
        list.push_back(std::make_unique<SensitivityCommand>());
        list.push_back(std::make_unique<FindingsCommand>());
        list.push_back(std::make_unique<ExportCommand>());
        list.push_back(std::make_unique<ImportCommand>());
        return list;
    }();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const auto &c : commands()) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString overview()
{
    QString text = Tr::tr("Usage: triangle-studio [--db FILE] [FILE]\n"
                          "       triangle-studio COMMAND [options]\n\n"
                          "Without a command, opens the desktop application on FILE, the --db file, or your default "
                          "database.\n\nCommands:\n");
    for (const auto &c : commands())
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -11).arg(c->summary());
    text += Tr::tr("\nRun “triangle-studio help COMMAND” for the options of a command.\n");
    return text;
}

int runOne(const Command &command, const QStringList &arguments, Output &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    parser.addHelpOption();
    command.addOptions(parser);
    // arguments: program, command name, options…
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!parser.parse(forParser)) {
        io.err << Tr::tr("triangle-studio %1: %2").arg(command.name(), parser.errorText()) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << Tr::tr("Usage: triangle-studio %1 [options]").arg(command.name()) << Qt::endl
               << parser.helpText().section(QLatin1Char('\n'), 1) << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > command.positionalArguments()) {
        io.err << Tr::tr("triangle-studio %1: unexpected argument “%2”").arg(command.name(), positional.value(command.positionalArguments()))
               << Qt::endl;
        return ExitUsage;
    }
    if (positional.size() < command.positionalArguments()) {
        io.err << Tr::tr("triangle-studio %1: missing argument; see “triangle-studio help %1”").arg(command.name()) << Qt::endl;
        return ExitUsage;
    }
    return command.run(parser, io);
}
} // namespace

QString commandName(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--db") == 0) {
            ++i; // its value is not a command
            continue;
        }
        if (arg[0] == '-') {
            if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--version") == 0
                || std::strcmp(arg, "-v") == 0 || std::strcmp(arg, "--help-all") == 0)
                return QString::fromLocal8Bit(arg);
            continue;
        }
        const QString name = QString::fromLocal8Bit(arg);
        if (name == QStringLiteral("help") || findCommand(name))
            return name;
        return {}; // a file for the desktop application
    }
    return {};
}

bool commandNeedsGui(const QString &name)
{
    const Command *c = findCommand(name);
    return c && c->needsGui();
}

int runCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Output io{out, err};

    // arguments[0] is the program; find the first that is not the --db option.
    int at = 1;
    while (at < arguments.size() && arguments[at] == QStringLiteral("--db"))
        at += 2;
    const QString first = at < arguments.size() ? arguments[at] : QString();

    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h") || first == QStringLiteral("--help-all")) {
        out << overview();
        return ExitOk;
    }
    if (first == QStringLiteral("help")) {
        const QString topic = arguments.value(at + 1);
        if (topic.isEmpty()) {
            out << overview();
            return ExitOk;
        }
        const Command *command = findCommand(topic);
        if (!command) {
            err << Tr::tr("triangle-studio help: unknown command “%1”").arg(topic) << Qt::endl;
            return ExitUsage;
        }
        return runOne(*command, {arguments[0], topic, QStringLiteral("--help")}, io);
    }
    const Command *command = findCommand(first);
    if (!command) {
        err << Tr::tr("triangle-studio: unknown command “%1”").arg(first) << Qt::endl;
        return ExitUsage;
    }
    // Options may come before the command name (triangle-studio --db F check).
    QStringList reordered{arguments[0], first};
    for (int i = 1; i < arguments.size(); ++i) {
        if (i != at)
            reordered << arguments[i];
    }
    return runOne(*command, reordered, io);
}

} // namespace triangle::cli
