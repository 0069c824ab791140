#pragma once

#include "models/core/Outcome.h"

namespace steward {

class Database;

// The PostgreSQL role the SQL console runs as (steward_console), created by init.
namespace ConsoleRole {
inline constexpr const char* kName = "steward_console";
// Creates the roles and the function the console runs statements through, if missing, and
// grants the function's owner SELECT on every Steward and pipeline table, column by column
// where a table holds a secret. Idempotent; does nothing on SQLite. Needs a login that may
// create roles.
Outcome install(Database& database);
} // namespace ConsoleRole

} // namespace steward
