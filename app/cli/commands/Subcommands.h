#pragma once

#include "CliArguments.h"
#include "CliOutput.h"
#include "models/core/Outcome.h"

#include <QList>
#include <QString>

namespace steward::cli {

class CliContext;

// A command with verbs (`suggestions approve ID`): the verb picks the function, which parses
// the remaining words itself.
struct Subcommand
{
    const char* name;
    const char* usage; // the verb's own usage line, after the command name
    Outcome (*run)(CliContext& context, CommandArguments& arguments, const QString& usage);
};

Outcome runSubcommand(CliContext& context, CommandArguments& arguments, const QString& command,
                      const QList<Subcommand>& subcommands);

} // namespace steward::cli
