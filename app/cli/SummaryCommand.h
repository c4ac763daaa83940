#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio summary`: every assessed region's triangles with their
// metrics, as a plain-text table.
class SummaryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::SummaryCommand)

public:
    QString name() const override { return QStringLiteral("summary"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

} // namespace triangle::cli
