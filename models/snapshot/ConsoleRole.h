#pragma once

#include "models/core/Outcome.h"

namespace steward {

class Database;

// The PostgreSQL role the SQL console runs as (steward_console), created by init.
namespace ConsoleRole {
inline constexpr const char* kName = "steward_console";
// Creates the roles and the function the console runs statements through, if missing, and
// grants the function's owner SELECT on every Steward and pipeline table, column by column
// where a table holds a secret. Idempotent. Inside the caller's transaction; false, with
// nothing changed, when the login may not create roles (or on SQLite).
Result<bool> install(Database& database);
} // namespace ConsoleRole

} // namespace steward
