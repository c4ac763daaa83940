#pragma once

#include <QStringList>

namespace triangle::cli {

// Runs `triangle-studio COMMAND …` (or --help, --version, `help COMMAND`) and
// returns its exit code. Needs a QCoreApplication, or a QGuiApplication for
// the commands that draw.
int runCommand(const QStringList &arguments);

// The command the arguments name, or empty for the desktop application.
// Looked at before any QCoreApplication exists, to choose which one to make.
QString commandName(int argc, char **argv);
bool commandNeedsGui(const QString &name);

// Qt reads arguments as UTF-8, so a file name holding other bytes (0xFF)
// reaches the program changed and names no file. Returns -1 when every
// argument is whole, or ExitFailure after one line on standard error naming
// the first that is not.
int checkArgumentEncoding(int argc, char **argv);

// The desktop application takes only [--db FILE] [FILE] (Qt's own options are
// taken out by QApplication first). Returns -1 when `arguments` fit, or
// ExitUsage after one line on standard error naming what does not.
int checkDesktopArguments(const QStringList &arguments);

} // namespace triangle::cli
