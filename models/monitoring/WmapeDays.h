#pragma once

#include "models/core/Outcome.h"

#include <QString>

namespace steward {

class Database;
class SqlDialect;

// SQLite: Steward's own daily rollup of the forecasting pipeline's accuracy
// (steward_search_wmape_days), made by `init --indexes`: per client, model version and forecast
// date, the sum of |forecast − actual| and the sum of actuals over the forecasts that have an
// actual. A day's WMAPE is one over the other, so that the performance summary and chart read
// a few rows a day instead of joining millions of forecasts to their actuals.
//
// Each pair of a forecast and its actual is added once: at a catch-up, the new forecasts with
// every actual, then the earlier forecasts with the new actuals; a day split over catch-ups adds
// up when read. Caught up at every read-write opening (rows past the recorded rowids, like the
// search index); never written on a read-only one. A table whose newest rows were deleted (its
// largest rowid below the mark) makes the catch-up start again from none; a row edited or
// deleted elsewhere is not seen until `init --indexes` rebuilds the rollup. Used only while it
// covers both tables (its marks are their largest rowids); else the summary joins the tables
// as it does without the rollup. Named steward_search_* so that snapshot digests leave it out
// with the search index; a snapshot of an indexed source has it rebuilt from its own rows.
//
// On PostgreSQL the rollup is kept by triggers instead (WmapeTriggers); build and isCurrent
// serve both, catchUp has nothing to do there.
namespace WmapeDays {
QString table(const SqlDialect& dialect);
// (Re)builds the rollup (on PostgreSQL with its triggers); nothing without the pipeline's
// forecasts and actuals.
Outcome build(Database& database);
// The same inside the caller's write transaction (a snapshot being written).
Outcome buildInTransaction(Database& database);
// Adds the pairs appended since; 0 on a read-only opening or without a rollup.
Result<qint64> catchUp(Database& database);
// Whether the rollup exists and holds every pair the tables hold now.
bool isCurrent(Database& database);
} // namespace WmapeDays

} // namespace steward
