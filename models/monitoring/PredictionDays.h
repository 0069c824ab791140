#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/PredictionRanges.h"

#include <QString>
#include <QStringList>

namespace steward {

class Database;
struct EntityMap;
struct MonitoringFilter;
class SqlDialect;

// SQLite: Steward's own daily rollup of the prediction log (steward_search_prediction_days),
// made by `init --indexes`: per model and UTC day every figure of the summary that adds up
// (counts, sums, bucket counts, first and last time, longest latency). A period's summary is
// then its whole days from the rollup plus the rows of its two partial edge days, instead of
// adding up a dozen figures for each of the period's rows. The summary has no median or
// percentile, so nothing falls back for want of one.
//
// Caught up at every read-write opening (rows past the recorded rowid, like the search index);
// never written on a read-only one. A row the system edits in place is not seen again: `init
// --indexes` rebuilds the rollup. Used only while it covers the whole log (its mark is the
// log's largest rowid); else the summary takes its other paths. Named steward_search_* so that
// snapshots and their digests leave it out with the search index.
namespace PredictionDays {
QString table(const SqlDialect& dialect);
// (Re)builds the rollup; nothing when the profile has no prediction log or not on SQLite.
Outcome build(Database& database);
// The same inside the caller's write transaction (a snapshot being written).
Outcome buildInTransaction(Database& database);
// Adds the rows appended since; 0 on a read-only opening or without a rollup.
Result<qint64> catchUp(Database& database);
// The period's summary in PredictionRanges::Select's columns (means as sums), or an empty
// statement when the rollup cannot serve: no period, no rollup, or one behind the log.
Result<PredictionRanges::Select> select(Database& database, const EntityMap& map, const MonitoringFilter& filter,
                                        const QStringList* restrictedKeys);
} // namespace PredictionDays

} // namespace steward
