#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio agreement`: the raters' agreement (Krippendorff's α with
// its bootstrap interval and verdict) per stage and scope, as a table, CSV or JSON.
class AgreementCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::AgreementCommand)

public:
    QString name() const override { return QStringLiteral("agreement"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

} // namespace triangle::cli
