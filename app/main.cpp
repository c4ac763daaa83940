// triangle-studio: the desktop application, or one of its commands
// (`triangle-studio check`, …) when the arguments name one.

#include "ChartFigures.h"
#include "Translations.h"
#include "cli/Command.h"
#include "cli/CommandLine.h"
#include "data/DefaultDatabase.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TriangleStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("triangle-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIANGLE_VERSION));
}

// Linux desktops announce themselves through these; elsewhere there is always a display.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The database the desktop application opens: FILE, --db FILE, or the default.
QString databaseArgument(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QString(), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("file"), QString());
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    return parser.positionalArguments().value(0);
}

// Commands promise one clear line on standard error; Qt's own notes (such as
// "XDG_RUNTIME_DIR not set" on headless machines) would add more. They are
// kept out unless TRIANGLE_DEBUG is set; critical messages always pass.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg || qEnvironmentVariableIsSet("TRIANGLE_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

int runCommandLine(int argc, char **argv, const QString &command)
{
    qInstallMessageHandler(quietQtMessages);
    if (triangle::cli::commandNeedsGui(command)) {
        // Figures are drawn with Qt Gui, the dimension chart with Qt Charts,
        // which needs widgets; without a display, draw offscreen.
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describeApplication();
        triangle::installTranslations(app, triangle::commandLineLanguage());
        if (const int wrong = triangle::cli::checkArgumentEncoding(argc, argv); wrong >= 0)
            return wrong;
        return triangle::cli::runCommand(app.arguments());
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    triangle::installTranslations(app, triangle::commandLineLanguage());
    if (const int wrong = triangle::cli::checkArgumentEncoding(argc, argv); wrong >= 0)
        return wrong;
    return triangle::cli::runCommand(app.arguments());
}

// Without a display there is no window to show: say so, and do what can be
// done — open (creating on first start) the database and report what it holds.
int runWithoutDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    triangle::installTranslations(app, triangle::resolveLanguage());
    if (const int wrong = triangle::cli::checkArgumentEncoding(argc, argv); wrong >= 0)
        return wrong;
    if (const int wrong = triangle::cli::checkDesktopArguments(app.arguments()); wrong >= 0)
        return wrong;
    QTextStream out(stdout);
    out << QCoreApplication::translate("main",
                                       "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no window was "
                                       "opened. Checking the database instead; run “triangle-studio --help” for the "
                                       "commands that work without a display.")
        << Qt::endl
        << Qt::endl;
    const QString file = databaseArgument(app.arguments());
    const QStringList database = file.isEmpty() ? QStringList() : QStringList{QStringLiteral("--db"), file};
    const QString program = app.arguments().value(0);
    const int checked = triangle::cli::runCommand(QStringList{program, QStringLiteral("check")} + database);
    if (checked != triangle::cli::ExitOk)
        return checked;
    out << Qt::endl;
    return triangle::cli::runCommand(QStringList{program, QStringLiteral("summary")} + database);
}

} // namespace

int main(int argc, char **argv)
{
    triangle::registerChartFigures();
    const QString command = triangle::cli::commandName(argc, argv);
    if (!command.isEmpty())
        return runCommandLine(argc, argv, command);
    if (!hasDisplay())
        return runWithoutDisplay(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Triangle Studio"));
    // Matches the window to its desktop entry (Wayland) and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.trianglestudio.TriangleStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.trianglestudio.TriangleStudio"),
                                                 QIcon(QStringLiteral(":/icons/triangle-studio.svg"))));
    triangle::installTranslations(app, triangle::resolveLanguage());
    if (const int wrong = triangle::cli::checkDesktopArguments(app.arguments()); wrong >= 0)
        return wrong;

    triangle::MainWindow window;
    const QString file = databaseArgument(app.arguments());
    window.openDatabase(file.isEmpty() ? triangle::defaultDatabasePath() : file, file.isEmpty());
    window.show();
    return app.exec();
}
