#pragma once

#include "CliArguments.h"
#include "models/core/Outcome.h"

namespace steward::cli {

class CliContext;

// The decisions of monitoring, routed to by the `monitoring` command:
//   monitoring feedback list [--status S] | process ID --comment TEXT | ignore ID --comment TEXT
//   monitoring deployments [list] [--environment E] [--status S] | rollback ID --comment TEXT
// (`rollbacks approve|deny` decides a deployment's rollback request like any other).
Outcome monitoringFeedback(CliContext& context, CommandArguments& arguments);
Outcome monitoringDeployments(CliContext& context, CommandArguments& arguments);

// TEMPORARY (branch monflow): a `monitoring` command that knows only feedback and deployments,
// so that this branch's CLI tests run. At merge it is replaced by the full `monitoring`
// dispatcher (MonitoringCommands.cpp), which routes to the two functions above.
Outcome runMonitoringWorkflowOnly(CliContext& context, CommandArguments& arguments);

} // namespace steward::cli
