#pragma once

// How the reliability tests' driver processes talk to the test that runs
// them: one line per event on standard output, written at once (the test may
// read it, or kill the process, while it runs), and one line on standard
// error for a failure.

#include <QString>

#include <cstdio>

namespace triangle::reliability {

inline void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Returns the exit code of a failed run.
inline int fail(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
    return 1;
}

} // namespace triangle::reliability
