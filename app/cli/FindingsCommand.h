#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio findings`: the article's claims tested per region, with
// verdicts and the numbers behind them, as a table, CSV, JSON or Markdown.
class FindingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::FindingsCommand)

public:
    QString name() const override { return QStringLiteral("findings"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

} // namespace triangle::cli
