#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/itemmodels/PagedQuery.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace steward {

class Database;

// A statement the console accepted: one query that only reads, and its result's shape.
struct ConsoleStatement
{
    QString sql; // as typed, without a trailing ';'
    QStringList columnNames;
    PagedQuery query; // the statement wrapped for counting and paging (PagedTableModel)
};

// The read-only SQL console's own connection and its guard. A statement runs only when it is
// exactly one query (SELECT, WITH … SELECT, VALUES; TABLE on PostgreSQL) and the database
// agrees that it only reads:
//  - SQLite: the connection is opened read-only (mode=ro, query_only); sqlite3_stmt_readonly
//    must hold for the statement; an authorizer allows only reading (no ATTACH, PRAGMA writes,
//    transactions...), and makes every secret column (api_key...) read as NULL.
//  - PostgreSQL: the statement is run as a subquery, which admits queries only, and every
//    execution (count, page, export) runs in its own READ ONLY transaction that is rolled back,
//    so that nothing it does to the session outlives it. Statements that read a secret column
//    (found in the plan) are refused: the value never leaves the server.
// Statements stop after kTimeoutSeconds on both backends.
class ConsoleSession
{
public:
    static constexpr int kTimeoutSeconds = 30;

    // Opens a second, read-only connection to `target` (which may be a read-write connection's).
    static Result<std::unique_ptr<ConsoleSession>> open(ConnectionTarget target, const QString& actingUser);
    ~ConsoleSession();
    ConsoleSession(const ConsoleSession&) = delete;
    ConsoleSession& operator=(const ConsoleSession&) = delete;

    Database& database() { return *m_database; }
    // How long a statement may run before it is stopped (kTimeoutSeconds unless set).
    Outcome setTimeoutSeconds(int seconds);

    // Accepts or refuses `sql` (ReadOnly for statements that would write or are not queries,
    // Usage for empty or unfinished text and placeholders) and describes its result.
    Result<ConsoleStatement> prepare(const QString& sql);

    // Writes every row of the statement's result as CSV (RFC 4180, UTF-8, a header of column
    // names, canonical values as the table shows them). `progress` gets the rows written;
    // returning false stops with a failure.
    Outcome writeCsv(const ConsoleStatement& statement, QIODevice& out,
                     const std::function<bool(qint64 rows)>& progress = {});

    struct Guard; // SQLite authorizer and timeout state

private:
    ConsoleSession() = default;
    Result<ConsoleStatement> describeSqlite(const QString& body);
    Result<ConsoleStatement> describePostgres(const QString& body);
    Outcome refuseSecretReads(const QString& body);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Guard> m_guard;
};

} // namespace steward
