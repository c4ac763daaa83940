#pragma once

// Runs the real triangle-studio executable as a script would: a private home
// folder (so the default database is the test's own), a fixed locale, and no
// display at all, as on a server or in CI.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace triangle::test {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `extra` adds to (or replaces in) the environment, e.g. an LD_PRELOAD.
inline ProcessResult runTriangleStudio(const QString &executable, const QString &home, const QStringList &arguments,
                                       const QString &locale = QStringLiteral("en_US.UTF-8"),
                                       const QProcessEnvironment &extra = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(extra);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(executable, arguments);
    const bool finished = process.waitForFinished(60000);
    if (process.state() == QProcess::NotRunning && (!finished || process.exitStatus() == QProcess::CrashExit)) {
        // It did not start, or it crashed: say which, with what it wrote.
        ADD_FAILURE() << "triangle-studio " << qPrintable(arguments.join(QLatin1Char(' '))) << " failed: "
                      << qPrintable(process.errorString()) << " (error " << int(process.error()) << ", exit status "
                      << int(process.exitStatus()) << ", exit code " << process.exitCode() << ")\n"
                      << process.readAllStandardOutput().toStdString() << process.readAllStandardError().toStdString();
        return {-1, {}, {}};
    }
    if (!finished) {
        // A hang, not a slow machine: say where it is stuck (gdb's backtrace
        // of every thread, where gdb is installed) before the process is killed.
        QProcess gdb;
        gdb.start(QStringLiteral("gdb"), {QStringLiteral("-p"), QString::number(process.processId()), QStringLiteral("-batch"),
                                          QStringLiteral("-ex"), QStringLiteral("thread apply all bt")});
        gdb.waitForFinished(60000);
        ADD_FAILURE() << "triangle-studio " << qPrintable(arguments.join(QLatin1Char(' '))) << " did not finish in 60 s; its stacks:\n"
                      << gdb.readAllStandardOutput().toStdString() << "\nits output so far:\n"
                      << process.readAllStandardOutput().toStdString() << process.readAllStandardError().toStdString();
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace triangle::test
