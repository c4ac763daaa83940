#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio sensitivity`: how robust each region's leading dimension,
// form and rank are to the indicator weights, as a table, CSV or JSON.
class SensitivityCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::SensitivityCommand)

public:
    QString name() const override { return QStringLiteral("sensitivity"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

} // namespace triangle::cli
