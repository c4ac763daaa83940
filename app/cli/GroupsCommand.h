#pragma once

#include "Command.h"

namespace triangle::cli {

// `triangle-studio groups`: the region groups with their keys, names,
// members and sources, then the comparison sets with their members in order.
class GroupsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(triangle::cli::GroupsCommand)

public:
    QString name() const override { return QStringLiteral("groups"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Output &io) const override;

private:
    int listGroups(const Store &store, Output &io) const;
    int listComparisonSets(const Store &store, Output &io) const;
};

} // namespace triangle::cli
