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

} // namespace steward::cli
