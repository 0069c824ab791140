#pragma once

#include "models/db/ConnectionTarget.h"

#include <QString>

namespace steward {

// The other seed systems' tables as their own programs create them (resources/sql/systems:
// UrutiIQ's and Krong Thai's PostgreSQL migrations, WITHIN's SQLite schema), in the SQL of
// either backend, for the demo and for tests.
namespace SystemSchemas {
// The contract file's name for a built-in profile ("urutiiq" -> "urutiiq_postgres.sql"), or
// empty for a profile without one.
QString contractFile(const QString& profile);
// The file's text made to run on `backend`: comments dropped (one would read as a second
// statement after a semicolon), PostgreSQL's now() as CURRENT_TIMESTAMP on SQLite, SQLite's
// DATETIME as timestamptz on PostgreSQL.
QString script(const QString& contractFile, Backend backend);
} // namespace SystemSchemas

} // namespace steward
