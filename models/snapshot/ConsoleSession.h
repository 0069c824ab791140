#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/snapshot/ConsoleRun.h"

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
    QString sql; // SQLite: as typed, without a trailing ';'; PostgreSQL: the whole text
    QStringList columnNames;
    PagedQuery query; // the statement wrapped for counting and paging (PagedTableModel)
};

// The read-only SQL console and its guard. A statement runs only when it is exactly one query
// (SELECT, WITH … SELECT, VALUES; TABLE on PostgreSQL) and the database agrees that it only
// reads. A text scanner gives early, friendly refusals; the database is the boundary:
//  - SQLite: the console's own connection is opened read-only (mode=ro, query_only);
//    sqlite3_stmt_readonly must hold for the statement; an authorizer allows only reading (no
//    ATTACH, PRAGMA writes, transactions...), and makes every secret column (api_key...) read
//    as NULL.
//  - PostgreSQL: every statement gets a libpq session of its own, READ ONLY, as the role
//    steward_console, prepared as one statement (see PgConsole.h).
// Statements stop after kTimeoutSeconds on both backends, and cancel() stops one from another
// thread. A session belongs to the thread that opened it.
class ConsoleSession
{
public:
    static constexpr int kTimeoutSeconds = 30;

    // Opens a second, read-only connection to `target` (which may be a read-write connection's);
    // on PostgreSQL nothing is opened until a statement runs.
    static Result<std::unique_ptr<ConsoleSession>> open(ConnectionTarget target, const QString& actingUser);
    ~ConsoleSession();
    ConsoleSession(const ConsoleSession&) = delete;
    ConsoleSession& operator=(const ConsoleSession&) = delete;

    // The SQLite connection (for paging a statement's result); PostgreSQL has none that lasts.
    Database& database() { return *m_database; }
    Backend backend() const { return m_target.backend; }
    // How long a statement may run before it is stopped (kTimeoutSeconds unless set).
    Outcome setTimeoutSeconds(int seconds);

    // Accepts or refuses `sql` (ReadOnly for statements that would write or are not queries,
    // Usage for empty or unfinished text and placeholders) and, on SQLite, describes its
    // result. On PostgreSQL the server judges it when it runs.
    Result<ConsoleStatement> prepare(const QString& sql);

    // Runs an accepted statement and keeps its first `rowLimit` rows (0: all).
    Result<ConsoleResult> fetch(const ConsoleStatement& statement, qint64 rowLimit);
    // Runs an accepted statement, handing over its columns and then each row (at most
    // `maxRows`, 0: all). A cancelled statement fails saying so; one that ran out of time fails
    // with CannotOpen.
    Outcome forEachRow(const ConsoleStatement& statement, qint64 maxRows, const ConsoleColumnSink& onColumns,
                       const ConsoleRowSink& onRow);
    // Stops the running statement; callable from any thread. The canceller outlives the session
    // for whoever holds it.
    std::shared_ptr<ConsoleCancel> canceller() const { return m_cancel; }
    // Shares a canceller that exists before the session (a window's Cancel button).
    void setCanceller(std::shared_ptr<ConsoleCancel> cancel) { m_cancel = std::move(cancel); }

    // Writes every row of the statement's result as CSV (RFC 4180, UTF-8, a header of column
    // names, canonical values as the table shows them). `progress` gets the rows written;
    // returning false stops with a failure.
    Outcome writeCsv(const ConsoleStatement& statement, QIODevice& out,
                     const std::function<bool(qint64 rows)>& progress = {});

    struct Guard; // SQLite authorizer and timeout state

private:
    ConsoleSession() = default;
    Result<ConsoleStatement> describeSqlite(const QString& body);
    Outcome forEachSqliteRow(const ConsoleStatement& statement, qint64 maxRows, const ConsoleRowSink& onRow);

    ConnectionTarget m_target;
    int m_timeoutSeconds = kTimeoutSeconds;
    std::shared_ptr<ConsoleCancel> m_cancel = std::make_shared<ConsoleCancel>();
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Guard> m_guard;
};

} // namespace steward
