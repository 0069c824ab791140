#pragma once

#include "CliArguments.h"
#include "models/core/Outcome.h"

namespace steward::cli {

class CliContext;

using CommandFunction = Outcome (*)(CliContext& context, CommandArguments& arguments);

struct CommandEntry
{
    const char* name;
    const char* synopsis; // one line for --help
    CommandFunction run;
};

// Every command steward-cli knows, in the order --help lists them.
const QList<CommandEntry>& commandTable();

// Foundation
Outcome runInfo(CliContext& context, CommandArguments& arguments);
Outcome runInit(CliContext& context, CommandArguments& arguments);
Outcome runDemo(CliContext& context, CommandArguments& arguments);

// The read-only SQL console
Outcome runQuery(CliContext& context, CommandArguments& arguments);
// Snapshots
Outcome runExport(CliContext& context, CommandArguments& arguments);
Outcome runCheck(CliContext& context, CommandArguments& arguments);
Outcome runDiff(CliContext& context, CommandArguments& arguments);
// Model registry and charts
Outcome runModels(CliContext& context, CommandArguments& arguments);
Outcome runChart(CliContext& context, CommandArguments& arguments);
// Review queue, rollbacks, audit trail, roles
Outcome runSuggestions(CliContext& context, CommandArguments& arguments);
Outcome runRollbacks(CliContext& context, CommandArguments& arguments);
Outcome runAudit(CliContext& context, CommandArguments& arguments);
Outcome runRoles(CliContext& context, CommandArguments& arguments);
// Governance
Outcome runPolicies(CliContext& context, CommandArguments& arguments);
Outcome runViolations(CliContext& context, CommandArguments& arguments);
Outcome runReport(CliContext& context, CommandArguments& arguments);
// Monitoring: performance trends, drift, predictions, experiments
Outcome runMonitoring(CliContext& context, CommandArguments& arguments);

} // namespace steward::cli
