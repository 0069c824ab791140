#pragma once

#include "models/core/Outcome.h"

#include <QString>

namespace steward {

class Database;
class SqlDialect;

// When Steward first saw each suggestion. The pipeline's llm_suggestions records no time, and its
// tables are never altered, so Steward keeps its own table (steward_suggestion_arrivals, on
// PostgreSQL steward.suggestion_arrivals): suggestion id → first_seen_at (UTC). It is caught up
// whenever the database is opened read-write, like the search index: suggestions past the highest
// id recorded get "now", and a recorded time never changes. A read-only opening and a snapshot
// record nothing. The queue's age is measured from it; it is not the pipeline's creation time.
namespace SuggestionArrivals {
// How many ids below the highest one recorded each catch-up looks at again: a suggestion the
// pipeline committed after a newer one (concurrent writers on PostgreSQL) is recorded by the next
// catch-up that finds a newer suggestion, if it lies within this distance.
constexpr qint64 kLookBack = 1000;
QString table(const SqlDialect& dialect);
// Records the suggestions past the highest id held. On SQLite, and on PostgreSQL without
// Steward's server functions, "now" is Clock::nowUtc(); on PostgreSQL with them it is the
// server's clock, through steward.record_arrivals, which every Steward role may call while none
// may write the table. Returns how many were recorded: 0 when read-only, without the table, or
// for a login the server does not let record (one limited to some clients).
Result<qint64> catchUp(Database& database);
} // namespace SuggestionArrivals

} // namespace steward
