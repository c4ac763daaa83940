#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio report`: a multi-page PDF report for chosen regions.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
    bool needsGui() const override { return true; }
};

} // namespace triangle::cli
