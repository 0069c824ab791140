#pragma once

#include "core/Outcome.h"
#include "db/ConnectionTarget.h"
#include "db/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class QSqlError;

namespace steward {

struct OpenOptions
{
    // Only `demo` and tests create files; opening never does.
    bool createIfMissing = false;
    // The user to act as on SQLite (--as). Empty: the login name. On PostgreSQL the acting
    // user is always the database login, so that the server can enforce roles.
    QString actingUser;
    // Files from elsewhere (snapshots): run a quick_check and refuse views and triggers.
    bool untrusted = false;
    int busyTimeoutMs = 15000;
};

// One open connection, owned by the thread that opened it. Reopen the same target from
// another thread with open(target()).
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const ConnectionTarget& target, const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QSqlQuery query() const;
    const ConnectionTarget& target() const { return m_target; }
    const OpenOptions& options() const { return m_options; }
    Backend backend() const { return m_target.backend; }
    bool isSqlite() const { return m_target.backend == Backend::Sqlite; }
    bool isReadOnly() const { return m_target.readOnly; }
    const SqlDialect& dialect() const { return m_dialect; }
    QString appTable(const QString& name) const { return m_dialect.appTable(name); }
    const QString& actingUser() const { return m_actingUser; }

    // Runs a statement that returns no rows.
    Outcome exec(const QString& sql);
    // Runs a prepared query with its bound values; on failure the outcome names `context`.
    Outcome run(QSqlQuery& query, const QString& context) const;
    Outcome prepare(QSqlQuery& query, const QString& sql) const;
    // A failed statement as an outcome a person can act on, with any password masked.
    Outcome failure(const QSqlError& error, const QString& context) const;
    // Refuses with a ReadOnly outcome when this connection may not write.
    Outcome requireWritable(const QString& what) const;

    // The one way to start a write: BEGIN IMMEDIATE on SQLite (so that a busy database waits
    // for its turn instead of failing on upgrade), BEGIN on PostgreSQL.
    Outcome beginWrite();
    Outcome commit();
    void rollback();

private:
    Database(ConnectionTarget target, OpenOptions options, QString connectionName);
    Outcome openSqlite();
    Outcome openPostgres();
    Outcome hardenSqlite();

    ConnectionTarget m_target;
    OpenOptions m_options;
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_actingUser;
    bool m_inTransaction = false;
};

// A write transaction that rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database& database) : m_database(database) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Outcome begin();
    Outcome commit();

private:
    Database& m_database;
    bool m_open = false;
};

QString loginName();

} // namespace steward
