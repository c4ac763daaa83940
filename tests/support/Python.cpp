#include "Python.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>

namespace triangle::test {

QString pythonWithOpenpyxl(QString *why)
{
    const QStringList path = qEnvironmentVariable("PATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    bool anyPython = false;
    for (const QString &folder : path) {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {folder});
        if (python.isEmpty())
            continue;
        anyPython = true;
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return python;
    }
    *why = anyPython ? QStringLiteral("openpyxl is not installed for python3 (apt-get install python3-openpyxl)")
                     : QStringLiteral("python3 is not on the PATH");
    return {};
}

} // namespace triangle::test
