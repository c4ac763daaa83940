#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio export`: the whole database to a JSON file or to CSV files.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

// `triangle-studio import`: a JSON file or a folder of CSV files into the
// database, all or nothing.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
    int positionalArguments() const override { return 1; }
};

} // namespace triangle::cli
