#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"

#include <QString>
#include <QStringList>

namespace steward {

class Database;
class SchemaCatalog;
class SqlDialect;

// What the reviewer narrows the queue to. Every value is bound, never written into SQL.
struct SuggestionFilter
{
    QString status; // empty: every status
    QString client;
    QString category;
    QString cycle;
    QString search; // literal text in the summary or the reasoning

    bool isEmpty() const;
};

// How the queue is ordered: empty column = the queue order (pending first, then the other
// statuses, each oldest first); otherwise one of SuggestionQuery::sortableColumns().
struct SuggestionOrder
{
    QString column;
    bool descending = false;
};

// The suggestion queue as a PagedQuery, for the GUI's paged model and the CLI's list alike.
namespace SuggestionQuery {
// The columns, by source column name; computed ones are cycle_state, <metric>_delta and, for
// metrics where closer to zero is better, <metric>_abs_delta (|after| - |before|).
QStringList columnNames();
// The allow-list of sort columns.
QStringList sortableColumns();
// Whether the database's llm_suggestions records created_at (the pipeline's own schema does not:
// created_at is then NULL in every row).
bool hasCreatedAt(const SchemaCatalog& catalog);
// Whether the database has Steward's record of when it first saw each suggestion
// (SuggestionArrivals): first_seen_at is NULL in every row otherwise.
bool hasArrivals(const SqlDialect& dialect, const SchemaCatalog& catalog);
// The columns the metric changes are shown in, in MetricRules order.
QStringList deltaColumns();
// What Steward's indexes offer a query, as the database answered (build(Database&, …) asks).
struct Indexes
{
    // SearchIndex::fewCandidates: the search index's candidates are read once and sorted,
    // instead of walking the queue's order.
    bool fewSearchMatches = false;
    // SuggestionSortIndex::isComplete: a sort by a delta reads along its index (SQLite).
    bool sortIndex = false;
    // PostgreSQL: the marked trigram index exists and narrows this search (SearchIndex::marksHelp).
    bool searchMarks = false;
};
// Refuses a sort column outside the allow-list, and a malformed cycle id where the database
// would reject it (PostgreSQL uuid).
Result<PagedQuery> build(const SqlDialect& dialect, const SchemaCatalog& catalog, const SuggestionFilter& filter,
                         const SuggestionOrder& order = {}, const Indexes& indexes = {});
// The same, asking the database whether the search has few matches.
Result<PagedQuery> build(Database& database, const SchemaCatalog& catalog, const SuggestionFilter& filter,
                         const SuggestionOrder& order = {});
} // namespace SuggestionQuery

} // namespace steward
