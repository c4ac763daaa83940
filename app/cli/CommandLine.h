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

} // namespace triangle::cli
