#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio regions ACTION`: work on the regions as a whole. The one
// action, add-levels, adds the shipped prefecture- and county-level units.
class RegionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::RegionsCommand)

public:
    QString name() const override { return QStringLiteral("regions"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
    int positionalArguments() const override { return 1; }

private:
    int addLevels(const QCommandLineParser &parser, Output &io) const;
};

} // namespace triangle::cli
