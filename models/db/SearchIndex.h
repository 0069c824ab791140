#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <QStringList>

namespace steward {

class Database;
class SqlDialect;

// The indexes `steward-cli init --indexes` creates so that search, and the queue's filters by
// client and category, do not read every row.
//
// SQLite: one FTS5 table per searched pipeline table (trigram tokenizer, external content: the
// text stays in the pipeline's table), plus a Steward table recording up to which id each one
// is complete. Nothing is added to the pipeline's tables, and no trigger: rows the pipeline
// inserts later are indexed when Steward next opens the file read-write (catchUp), and until
// then a search reads the rows past that id by scanning them, so results never miss a row.
// Every candidate the index returns is confirmed by the same LIKE the unindexed search uses,
// so both give identical rows.
//
// PostgreSQL: the pg_trgm extension and GIN trigram indexes on the searched columns, plus
// B-tree indexes for the queue filtered by client or category. These are created on the
// pipeline's tables (CREATE INDEX, named steward_*): the server keeps them current itself.
// pg_trgm reads letters and digits only, so a needle of punctuation and short words ("50%",
// "lag_7") names nearly every row as a candidate. A second trigram index per column covers the
// text with each ASCII punctuation mark read as a letter (markedText: "50%" is "50q"); a needle
// with such a mark is also matched against it, translated the same way (markedPattern). That is
// a necessary condition (a mapping character by character keeps every occurrence), which the
// index serves; the ILIKE on the text itself still decides, so the rows are the same.
namespace SearchIndex {
// The FTS5 table indexing `pipelineTable` (llm_suggestions or governance_violations) on SQLite.
QString ftsTable(const SqlDialect& dialect, const QString& pipelineTable);
// Creates (or rebuilds) the indexes; returns the names of what now exists.
Result<QStringList> create(Database& database);
// The same on SQLite inside the caller's write transaction (a snapshot being written).
Result<QStringList> createInTransaction(Database& database);
// Whether a SQLite table belongs to the index (the FTS5 tables, their shadow tables, the state):
// derived data, left out of snapshot digests and rebuilt in the snapshot instead.
bool isIndexTable(const QString& name);
// Whether the index over `pipelineTable` exists (SQLite: its FTS5 table; PostgreSQL: its
// trigram indexes).
Result<bool> isPresent(Database& database, const QString& pipelineTable);
// SQLite, read-write: indexes the rows added since the index was last brought up to date (and
// brings SuggestionSortIndex up to date). Returns how many rows the search index added (0
// without an index, on PostgreSQL, or read-only).
Result<qint64> catchUp(Database& database);
// Whether an FTS5 trigram query can look for `text` (three characters or more).
bool canSearch(const QString& text);
// Whether the index finds at most `limit` candidates for `text` (SQLite, with an index): then
// reading them by id beats walking the queue's order and testing each row. Cheap: the index
// stops after limit + 1.
bool fewCandidates(Database& database, const QString& pipelineTable, const QString& text, int limit = 2000);
// SQL that narrows `keyExpression` (the pipeline table's integer id) to rows that may contain
// the bound text (bind phrase(text)): the index's matches, and every row the index does not
// cover yet. The caller keeps its LIKE to confirm each candidate.
QString candidates(const SqlDialect& dialect, const QString& pipelineTable, const QString& keyExpression);
// An FTS5 phrase that matches `text` as it is: quotes doubled, every other character literal.
QString phrase(const QString& text);
// PostgreSQL: `column` with each ASCII punctuation mark translated to a letter, as the marked
// trigram indexes hold it.
QString markedText(const QString& column);
// The LIKE pattern (ILIKE, bound) that markedText(column) matches wherever `text` occurs in it.
QString markedPattern(const QString& text);
// Whether matching the marked text narrows a search for `text` more than the plain index does:
// it has a punctuation mark, and is long enough to hold a trigram.
bool marksHelp(const QString& text);
// Whether the marked index over `pipelineTable` exists (PostgreSQL; false on SQLite).
Result<bool> hasMarkedIndex(Database& database, const QString& pipelineTable);
} // namespace SearchIndex

} // namespace steward
