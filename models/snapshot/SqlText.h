#pragma once

#include <QString>

namespace steward {

// What the SQL console needs to know about typed SQL before any database sees it: where the
// first statement ends, whether more follow, its first keyword, and whether it uses "?"
// placeholders. Quotes ('', "", E'' with backslashes, $tag$ bodies on PostgreSQL, [] and ``
// identifiers on SQLite) and comments (--, /* */, nested on PostgreSQL) are skipped.
struct StatementScan
{
    QString body;              // the first statement without its trailing ';'
    QString firstKeyword;      // upper case: SELECT, WITH, INSERT...; empty when there is none
    bool empty = true;         // nothing but whitespace and comments
    bool multiple = false;     // another statement follows the first
    bool unterminated = false; // a quote or comment is never closed
    bool placeholder = false;  // a "?" outside quotes and comments
};

StatementScan scanStatement(const QString& sql, bool postgres);

} // namespace steward
