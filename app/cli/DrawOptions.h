#pragma once

#include "Command.h"

#include <optional>

namespace triangle::cli {

// --draws N, --concentration K and --seed S: the random draws of the
// commands that redraw the weights (sensitivity, findings), one wording.
struct DrawOptions
{
    int draws = 0;
    double concentration = 0.0;
    quint64 seed = 1;
};

void addDrawOptions(QCommandLineParser &parser, int defaultDraws);
// nullopt, with a line on io.err naming the option and its value, for a value out of range.
std::optional<DrawOptions> drawOptions(const QCommandLineParser &parser, const Command &command, Output &io);

} // namespace triangle::cli
