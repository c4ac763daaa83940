#pragma once

#include "Command.h"

namespace triangle {
struct WeightSet;
struct WeightSetComparisonAt;
}

namespace triangle::cli {

// `triangle-studio weights`: the weight sets of a database (issue 22); makes
// one from the data or from two others, puts one in force, removes one, and
// compares the regions' ranks and forms under two or more.
class WeightsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::WeightsCommand)

public:
    QString name() const override { return QStringLiteral("weights"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;

private:
    int list(const QCommandLineParser &parser, Output &io, const QString &format) const;
    int compare(const QCommandLineParser &parser, Output &io, const QString &format) const;
    int change(const QCommandLineParser &parser, Output &io) const;
    int fail(Output &io, const QString &message, int code) const;
};

} // namespace triangle::cli
