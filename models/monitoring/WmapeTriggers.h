#pragma once

#include "models/core/Outcome.h"

namespace steward {

class Database;

// PostgreSQL: the pipeline's daily accuracy rollup (steward.search_wmape_days, the same sums per
// client, version and day as WmapeDays on SQLite, plus the number of pairs), kept current by
// Steward's statement triggers on forecast_results and forecast_actuals. Each write adds or
// takes away its rows' pairs in the writer's own transaction, so the rollup is exactly as
// current as what a reader sees; no catch-up at opening, no mark to compare. A trigger that
// cannot keep up (a writer in REPEATABLE READ or SERIALIZABLE, a deadlock) marks the rollup
// stale instead of failing the write. See resources/sql/rollups/wmape_days_postgres.sql.
namespace WmapeTriggers {
// Creates (or recreates) the rollup, its trigger function and triggers, and fills it, in one
// transaction that keeps writers of the two tables out meanwhile (init --indexes, run as the
// tables' owner).
Outcome build(Database& database);
// Whether the rollup exists, has not been marked stale, and all eight triggers are enabled.
bool isCurrent(Database& database);
} // namespace WmapeTriggers

} // namespace steward
