#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QString>
#include <utility>

namespace steward {

class Database;
class SqlDialect;

// SQLite: Steward's own table of each suggestion's metric changes (steward_search_order, one
// row per suggestion id, one column per delta, each indexed both ways), so that a sort by a
// delta reads its first page along an index instead of computing and sorting every row. Like
// the search index it is created by `init --indexes`, caught up at open, and left out of
// snapshot digests (its name starts with steward_search_). Used only while it covers every
// suggestion; a metric rewritten in place by the pipeline is seen after `init --indexes` again.
namespace SuggestionSortIndex {
QString table(const SqlDialect& dialect);
// Creates (or rebuilds) the table inside the caller's write transaction.
Outcome build(Database& database);
// Adds the suggestions past the last one it holds, inside the caller's write transaction.
Result<qint64> catchUp(Database& database);
// Whether the table exists and holds every suggestion id up to the newest.
bool isComplete(Database& database);
// The ORDER BY that the table's indexes serve for a delta column (alias o), missing values last.
QString orderBy(const QString& deltaColumn, bool descending);
// PostgreSQL: no table of Steward's, but two expression indexes on llm_suggestions per delta,
// (delta ASC NULLS LAST, id) and (delta DESC NULLS LAST, id DESC), the very orders the queue
// asks for (SuggestionQuery), so that its first keys are read along one. As (name, CREATE INDEX
// IF NOT EXISTS statement) pairs; plain indexes the server keeps current, like the filter ones.
QList<std::pair<QString, QString>> serverIndexes(const SqlDialect& dialect);
} // namespace SuggestionSortIndex

} // namespace steward
