#include "CommandLine.h"

#include "AgreementCommand.h"
#include "PanelCommands.h"
#include "CheckCommand.h"
#include "Command.h"
#include "DataCommands.h"
#include "FigureCommand.h"
#include "RegionsCommand.h"
#include "ReportCommand.h"
#include "FindingsCommand.h"
#include "SensitivityCommand.h"
#include "GroupsCommand.h"
#include "SummaryCommand.h"
#include "WeightsCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

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
        list.push_back(std::make_unique<GroupsCommand>());
        list.push_back(std::make_unique<FigureCommand>());
        list.push_back(std::make_unique<ReportCommand>());
        list.push_back(std::make_unique<SensitivityCommand>());
        list.push_back(std::make_unique<AgreementCommand>());
        list.push_back(std::make_unique<PacketCommand>());
        list.push_back(std::make_unique<PanelCommand>());
        list.push_back(std::make_unique<FindingsCommand>());
        list.push_back(std::make_unique<ExportCommand>());
        list.push_back(std::make_unique<ImportCommand>());
        list.push_back(std::make_unique<RegionsCommand>());
        list.push_back(std::make_unique<WeightsCommand>());
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

// Levenshtein distance: how many single-character edits turn `a` into `b`.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

// The candidate closest to `word` (the first of equals).
QString nearest(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 0;
    for (const QString &c : candidates) {
        const int d = editDistance(word.toLower(), c.toLower());
        if (best.isEmpty() || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

QStringList commandNames()
{
    QStringList names;
    for (const auto &c : commands())
        names << c->name();
    names << QStringLiteral("help");
    return names;
}

// The long and short option names a parser was given, as its help lists them
// ("  -o, --output <OUT>  …" gives -o and --output).
QStringList optionNames(const QCommandLineParser &parser)
{
    QStringList names;
    const QStringList lines = parser.helpText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1Char('-')))
            continue;
        const QString left = trimmed.section(QStringLiteral("  "), 0, 0);
        for (QString part : left.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            part = part.trimmed().section(QLatin1Char(' '), 0, 0);
            if (part.startsWith(QLatin1Char('-')))
                names << part;
        }
    }
    return names;
}

// "unknown option “--bogus” (did you mean “--db”?)" for the first option the
// parser does not know, or its own message for any other error.
QString parseErrorLine(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    const QString given = (unknown.first().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + unknown.first();
    const QString suggestion = nearest(given, optionNames(parser));
    if (suggestion.isEmpty())
        return Tr::tr("unknown option “%1”").arg(given);
    return Tr::tr("unknown option “%1” (did you mean “%2”?)").arg(given, suggestion);
}

// Whether a word where a command is expected names a database file instead
// (`triangle-studio FILE.tsdb` opens it in the desktop application).
bool isDatabaseArgument(const QString &word)
{
    return word.endsWith(QStringLiteral(".tsdb"), Qt::CaseInsensitive) || QFileInfo(word).isFile();
}

// QGuiApplication's and QApplication's own options that take a value.
bool takesQtValue(const char *arg)
{
    for (const char *option : {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                               "qwindowicon", "qwindowtitle", "style", "stylesheet", "session", "display", "geometry",
                               "title", "qmljsdebugger"}) {
        const char *name = arg[0] == '-' ? (arg[1] == '-' ? arg + 2 : arg + 1) : nullptr;
        if (name && std::strcmp(name, option) == 0)
            return true;
    }
    return false;
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
    addLanguageOption(parser); // every command, so that a script can ask for either language
    // arguments: program, command name, options…
    QStringList forParser = arguments;
    forParser.removeAt(1);
    if (!parser.parse(forParser)) {
        io.err << Tr::tr("triangle-studio %1: %2").arg(command.name(), parseErrorLine(parser)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << Tr::tr("Usage: triangle-studio %1 [options]").arg(command.name()) << Qt::endl
               << parser.helpText().section(QLatin1Char('\n'), 1) << Qt::endl;
        return ExitOk;
    }
    if (!applyLanguageOption(parser, command, io))
        return ExitUsage;
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
        if (takesQtValue(arg)) {
            ++i; // -style fusion, -platform xcb: QApplication's, with a value
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
        if (isDatabaseArgument(name))
            return {}; // a file for the desktop application
        return name; // a mistyped command: runCommand reports it
    }
    return {};
}

int checkDesktopArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << Tr::tr("triangle-studio: %1; see “triangle-studio --help”").arg(parseErrorLine(parser)) << Qt::endl;
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(QStringLiteral("db")))) {
        err << Tr::tr("triangle-studio: unexpected argument “%1”; see “triangle-studio --help”").arg(positional.last()) << Qt::endl;
        return ExitUsage;
    }
    return -1;
}

namespace {
// Where the first byte that starts no valid UTF-8 sequence is, or -1.
qsizetype firstInvalidUtf8Byte(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar lead = uchar(bytes.at(i));
        const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > bytes.size())
            return i;
        for (int k = 1; k < length; ++k) {
            if ((uchar(bytes.at(i + k)) & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}
} // namespace

int checkArgumentEncoding(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray given(argv[i]);
        const QString decoded = QFile::decodeName(given);
        if (QFile::encodeName(decoded) == given)
            continue;
        const qsizetype bad = std::max<qsizetype>(0, firstInvalidUtf8Byte(given));
        QTextStream(stderr) << Tr::tr("triangle-studio: “%1” is not valid UTF-8 (byte 0x%2): Triangle Studio cannot open or "
                                      "write a file whose name is not UTF-8; rename it.")
                                   .arg(decoded, QString::number(uchar(given.at(bad)), 16).toUpper())
                            << Qt::endl;
        return ExitFailure;
    }
    return -1;
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
            err << Tr::tr("triangle-studio help: unknown command “%1” (did you mean “%2”?)").arg(topic, nearest(topic, commandNames()))
                << Qt::endl;
            return ExitUsage;
        }
        return runOne(*command, {arguments[0], topic, QStringLiteral("--help")}, io);
    }
    const Command *command = findCommand(first);
    if (!command) {
        if (first.startsWith(QLatin1Char('-')))
            err << Tr::tr("triangle-studio: unknown option “%1”; see “triangle-studio --help”").arg(first) << Qt::endl;
        else
            err << Tr::tr("triangle-studio: unknown command “%1” (did you mean “%2”?); see “triangle-studio --help”")
                       .arg(first, nearest(first, commandNames()))
                << Qt::endl;
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
