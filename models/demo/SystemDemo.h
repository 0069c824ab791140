#pragma once

#include "models/core/Outcome.h"
#include "models/demo/DemoGenerator.h"

namespace steward {

class Database;

// A demo database of another seed system (`steward-cli demo OUT --profile urutiiq|within|
// krongthai`): its tables as its own programs create them, with models and versions, training
// runs completed and failed, and every state its workflows know (UrutiIQ's violations open,
// investigating, resolved and false positive; feedback pending, processed and ignored;
// deployments active and rolled back), as of the demo's anchor.
namespace SystemDemo {
Outcome write(Database& database, const QString& profile, const DemoOptions& options, RowCounts& counts);
} // namespace SystemDemo

} // namespace steward
