#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio packet`: a scoring packet per expert, to fill in with
// Excel, WPS or LibreOffice and send back (issue 22).
class PacketCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::PacketCommand)

public:
    QString name() const override { return QStringLiteral("packet"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

// `triangle-studio panel`: the expert panel's rounds, convergence and
// consistency, as a table, CSV, JSON or Markdown.
class PanelCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::PanelCommand)

public:
    QString name() const override { return QStringLiteral("panel"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;
};

// Whether `input` of `import` is a returned scoring packet, or a folder
// holding some and no CSV data files.
bool isPacketInput(const QString &input);
// Imports the packet or folder of packets into the database `import` is
// given, after a backup; reports each file.
int importPackets(const QCommandLineParser &parser, const Command &command, const QString &input, Output &io);

} // namespace triangle::cli
