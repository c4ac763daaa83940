#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio figure`: one view of the chosen regions to PNG, SVG or PDF,
// drawn by the same renderer as the screen, with no display needed.
class FigureCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::FigureCommand)

public:
    QString name() const override { return QStringLiteral("figure"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
    bool needsGui() const override { return true; }
};

} // namespace triangle::cli
