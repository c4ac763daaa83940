#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio check`: opens a database and reports its schema version,
// integrity and what it holds.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

} // namespace triangle::cli
