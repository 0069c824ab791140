#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/db/SqlDialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>
#include <utility>

class QSqlError;
class QThread;
struct sqlite3;

namespace steward {

class SchemaCatalog;

struct ActiveProfile;
struct Profile;

struct OpenOptions
{
    // Only `demo` and tests create files; opening never does.
    bool createIfMissing = false;
    // The user to act as on SQLite (--as). Empty: the login name. On PostgreSQL the acting
    // user is always the database login, so that the server can enforce roles.
    QString actingUser;
    // Files from elsewhere: opened read-only, with views and triggers switched off so that
    // nothing stored in the file runs, and checked with quick_check before use (snapshots
    // always, other files up to 256 MiB). Every read-only SQLite opening is untrusted
    // (options().untrusted then reads true).
    bool untrusted = false;
    // Files opened read-only that are larger than this (and are not snapshots) skip quick_check.
    qint64 quickCheckLimitBytes = 256ll * 1024 * 1024;
    // A file that carries a snapshot manifest opens read-only unless this is set.
    bool allowSnapshotWrites = false;
    int busyTimeoutMs = 15000;
    // How long one statement may run before it is stopped (a view that never ends, a query too
    // large for the moment), as a CannotOpen outcome naming what was being read. 0: no limit.
    // SQLite: a progress handler times the statement's own run, not the reading of its rows
    // after. PostgreSQL: statement_timeout, set on every session (reconnections included).
    int timeBudgetMs = 60000;
    // Which system's tables these are (--profile): a built-in profile's name or a profile file.
    // Empty: recognised from the tables and columns (models/profiles).
    QString profile;
    // The profile an earlier connection to the same target settled: a connection that repeats
    // it (a job's) uses it instead of reading the catalog again (5-75 ms on a server, at every
    // job's connection). options() of an open database carries it.
    std::shared_ptr<const ActiveProfile> settledProfile;
};

// One open connection, owned by the thread that opened it. Reopen the same target from
// another thread with open(target()), or hand it over (handOverTo).
class Database
{
public:
    static Result<std::unique_ptr<Database>> open(const ConnectionTarget& target, const OpenOptions& options = {});
    ~Database();
    // Called on the owning thread, before another one uses the connection: `thread` owns it
    // from then on, and the caller uses it no more. A connection opened off the window's thread
    // (a server's handshake, a file's integrity check) is handed over to it this way.
    void handOverTo(QThread* thread);
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The SQLite connection under the driver, for what Qt does not expose (per-statement
    // read-only checks, authorizers, row digests); null on PostgreSQL.
    sqlite3* sqliteHandle() const;
    QSqlQuery query() const;
    const ConnectionTarget& target() const { return m_target; }
    const OpenOptions& options() const { return m_options; }
    Backend backend() const { return m_target.backend; }
    bool isSqlite() const { return m_target.backend == Backend::Sqlite; }
    bool isReadOnly() const { return m_target.readOnly; }
    // True when the file carries a snapshot manifest and was therefore opened read-only.
    bool openedAsSnapshot() const { return m_openedAsSnapshot; }
    // The moment this database speaks for: a snapshot's export time, or the clock's "now" for
    // a live database. Time left, overdue, ages and default report periods are measured
    // against it, so that a snapshot shows what was true when it was taken.
    QDateTime asOf() const;
    // The export time of a snapshot (a file with a manifest), or an invalid time otherwise.
    const QDateTime& snapshotTakenAt() const { return m_snapshotTakenAt; }
    // The schema profile in use, settled at opening from OpenOptions::profile or detected (see
    // ProfileDetection). A profile file that cannot be read falls back to detection, so callers
    // that take --profile check it first (BuiltInProfiles::resolve).
    const ActiveProfile& activeProfile() const { return *m_profile; }
    const Profile& profile() const;
    // Recognises the tables again, after creating them (the demo): whose they are decides what
    // every later query reads.
    void reloadProfile()
    {
        m_options.settledProfile.reset();
        resolveProfile();
    }
    // The catalog read to settle the profile, handed over once (the first reader needs not read
    // the server's catalog again; later readers read it as it is then).
    std::shared_ptr<const SchemaCatalog> takeProfileCatalog() { return std::exchange(m_profileCatalog, nullptr); }
    // Whether SQLite's quick_check ran (and passed) when the file was opened.
    bool integrityChecked() const { return m_integrityChecked; }
    const SqlDialect& dialect() const { return m_dialect; }
    QString appTable(const QString& name) const { return m_dialect.appTable(name); }
    const QString& actingUser() const { return m_actingUser; }

    // Runs a statement that returns no rows.
    Outcome exec(const QString& sql);
    // Runs a query and hands it back before its first row; on failure the outcome names
    // `context`. Without binds the text runs as it is (PostgreSQL cannot prepare EXPLAIN or
    // SET); with binds it is prepared and goes through run(). Either way a dropped session is
    // restored as for run().
    Result<QSqlQuery> select(const QString& sql, const QString& context) const;
    Result<QSqlQuery> select(const QString& sql, const QVariantList& binds, const QString& context) const;
    // Whether the statement returns at least one row.
    Result<bool> hasRow(const SqlDialect::Statement& statement, const QString& context) const;
    // Runs a prepared query with its bound values; on failure the outcome names `context`.
    Outcome run(QSqlQuery& query, const QString& context) const;
    Outcome prepare(QSqlQuery& query, const QString& sql) const;
    // A failed statement as an outcome a person can act on, with any password masked.
    Outcome failure(const QSqlError& error, const QString& context) const;
    // Refuses with a ReadOnly outcome when this connection may not write.
    Outcome requireWritable(const QString& what) const;

    // A statement that fails outside any transaction on PostgreSQL is retried once on a new
    // session when the server dropped the old one (restart, idle timeout, an administrator);
    // inside a transaction nothing is retried: the transaction is gone with its session, and
    // the failure is reported. Reconnecting happens at most once per failed statement.

    // A trivial statement: reconnects a dropped PostgreSQL session (see above).
    Outcome ping() const;
    // How many times the session was opened again after the server dropped it. Notifications
    // sent while it was gone are lost: a listener that sees this change reads everything again.
    int reconnectCount() const { return m_reconnects; }

    // PostgreSQL: LISTEN on `channel`, again on every new session after a reconnect.
    // Notifications arrive through connection().driver()'s notification signal while an event
    // loop runs. SQLite has no notifications: listen() does nothing there.
    Outcome listen(const QString& channel);
    // PostgreSQL: tells every listener `payload` on `channel` when the current transaction
    // commits (nothing is sent if it rolls back). Does nothing on SQLite.
    Outcome notify(const QString& channel, const QString& payload) const;

    // SQLite: the file is private until it is renamed into place, so durability does not
    // matter while it is filled: the journal stays in memory and nothing is synced.
    // endBulkWrite() returns to an ordinary journal. Neither does anything on PostgreSQL.
    Outcome optimiseForBulkWrite();
    Outcome endBulkWrite();
    // PostgreSQL: timestamps read in the current transaction are rendered in UTC whatever the
    // session was set to. SQLite keeps no time zone: nothing to do.
    Outcome useUtcInTransaction();
    // Work that reads every row by design (building an index) lifts the time budget (0) and
    // restores it after (on PostgreSQL, the session's statement_timeout with it); a budget can
    // only be lowered to 0 and restored, not added.
    void setTimeBudgetMs(int milliseconds);
    // SQLite's integrity_check: what is wrong with the file (at most `limit` lines), nothing
    // when it is sound. Nothing on PostgreSQL, whose pages the server itself looks after.
    Result<QStringList> integrityProblems(int limit);

    // The one way to start a write: BEGIN IMMEDIATE on SQLite (so that a busy database waits
    // for its turn instead of failing on upgrade), BEGIN on PostgreSQL.
    Outcome beginWrite();
    Outcome commit();
    void rollback();

private:
    friend class ReadTransaction;
    enum class Session { Alive, Reconnected, Lost };

    Database(ConnectionTarget target, OpenOptions options, QString connectionName);
    Outcome openSqlite();
    Outcome openPostgres();
    bool setUpPostgresSession() const;
    // After a failed statement: whether the session survived, came back, or is gone.
    Session recoverSession() const;
    // Prepares `query` again on the current session, with the values it had bound.
    bool prepareAgain(QSqlQuery& query) const;
    Outcome lostConnection(const QSqlError& error, const QString& context) const;
    // The outcome of a failed statement, or nothing when the session was restored and the
    // statement may run once more.
    std::optional<Outcome> unlessReconnected(const QSqlError& error, const QString& context) const;
    Outcome hardenSqlite();
    void resolveProfile();
    void readSnapshotTime();
    // Runs one statement under the time budget (see OpenOptions::timeBudgetMs).
    bool execTimed(QSqlQuery& query, const QString* sql = nullptr) const;
    static int onSqliteProgress(void* database);

    ConnectionTarget m_target;
    OpenOptions m_options;
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_actingUser;
    QStringList m_channels;
    mutable int m_reconnects = 0;
    bool m_inTransaction = false;
    bool m_inReadTransaction = false;
    bool m_openedAsSnapshot = false;
    bool m_integrityChecked = false;
    QDateTime m_snapshotTakenAt;
    std::shared_ptr<const ActiveProfile> m_profile;
    std::shared_ptr<const SchemaCatalog> m_profileCatalog;
    // While a statement runs under the budget: when it must stop (steady clock, ms); 0 otherwise.
    mutable std::atomic<qint64> m_deadlineMs{0};
    mutable bool m_budgetTripped = false;
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

// A transaction for reading that always ends in ROLLBACK. On PostgreSQL it is READ ONLY; with
// `oneSnapshot` also REPEATABLE READ, so that every statement sees the same moment. On SQLite,
// `oneSnapshot` starts a deferred transaction whose first read holds the file's shared lock
// to the end; without it nothing is started (a single statement is consistent by itself).
class ReadTransaction
{
public:
    ReadTransaction(Database& database, bool oneSnapshot) : m_database(database), m_oneSnapshot(oneSnapshot) {}
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    Outcome begin();

private:
    Database& m_database;
    bool m_oneSnapshot;
    bool m_open = false;
};

QString loginName();

} // namespace steward
