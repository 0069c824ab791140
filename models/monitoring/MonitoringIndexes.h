#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <QStringList>

namespace steward {

class Database;

// The indexes `steward-cli init --indexes` adds for monitoring: one per system table a summary
// reads (prediction logs, performance figures, drift records, feature importances), named
// steward_idx_TABLE_monitoring. Each leads with the model, then the metric, type or feature,
// then the time, and holds every other column the summaries read, so that a summary scans the
// index instead of the table's wide rows (input features and predictions as JSON, ids as text).
//
// The prediction log also gets (model, confidence), (model, latency) and (model, correct):
// counting the rows of a model in a confidence bucket, or its right predictions, is then a walk
// along a range of an index, with no sum per row (PredictionRanges).
//
// Plain CREATE INDEX on the system's table: no column is added or altered, the server (or
// SQLite) keeps the index current as the system writes, and snapshots and their digests read
// rows, never indexes. Every summary gives the same rows without them, only slower.
namespace MonitoringIndexes {
// What would be created, as (index name, CREATE INDEX statement), for the tables and columns
// this database has.
struct Planned
{
    QString name;
    QString statement;
};
Result<QList<Planned>> plan(Database& database);
// Creates them (IF NOT EXISTS); returns their names.
Result<QStringList> create(Database& database);
// Everything `init --indexes` (and the window's File ▸ Create search and filter indexes) makes:
// the search and sort indexes (SearchIndex), then these and the daily rollups; returns the
// indexes' names.
Result<QStringList> createAll(Database& database);
// Steward's daily rollups (PredictionDays, WmapeDays): rebuilt inside the caller's write
// transaction (a snapshot being written), and caught up with the rows the systems appended
// since (every read-write opening; returns how many rows were added).
Outcome buildRollupsInTransaction(Database& database);
Result<qint64> catchUpRollups(Database& database);
// The name of Steward's index on `table`: steward_idx_TABLE_monitoring, or with a field's
// name (steward_idx_TABLE_confidence) for the prediction log's per-figure indexes.
QString name(const QString& table, const QString& suffix = QStringLiteral("monitoring"));
// Whether every named index exists (on SQLite; false elsewhere).
bool present(Database& database, const QStringList& names);
} // namespace MonitoringIndexes

} // namespace steward
