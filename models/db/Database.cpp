#include "Database.h"

#include "models/core/Clock.h"
#include "models/core/VectorState.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SqliteFile.h"
#include "models/profiles/ProfileDetection.h"
#include "models/profiles/SourceTables.h"
#include "models/values/CellValue.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <chrono>
#include <sqlite3.h>
#include <tuple>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("steward-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isCorruptionCode(const QString& nativeCode)
{
    const int code = nativeCode.toInt() & 0xff;
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// The PostgreSQL session is gone (server stopped, session terminated, network down), as opposed
// to a statement that failed on its own.
bool sessionLost(const QSqlError& error, const QSqlDatabase& connection)
{
    const QString native = error.nativeErrorCode();
    // 08: connection exceptions; 57P01..57P03: the server shut down or terminated the session.
    if (native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P0")) ||
        error.type() == QSqlError::ConnectionError)
        return true;
    if (!native.isEmpty())
        return false;
    // The driver closes a connection whose server went away.
    if (!connection.isOpen())
        return true;
    // libpq gives no SQLSTATE when the server vanished; a live session answers with one even
    // inside an aborted transaction.
    QSqlQuery probe(connection);
    return !probe.exec(QStringLiteral("SELECT 1")) && probe.lastError().nativeErrorCode().isEmpty();
}
} // namespace

QString loginName()
{
    for (const char* variable : {"STEWARD_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

Database::Database(ConnectionTarget target, OpenOptions options, QString connectionName)
    : m_target(std::move(target)), m_options(std::move(options)), m_connectionName(std::move(connectionName)),
      m_dialect(m_target.backend)
{
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionTarget& target, const OpenOptions& options)
{
    std::unique_ptr<Database> database(new Database(target, options, nextConnectionName()));
    const Outcome opened = target.backend == Backend::Sqlite ? database->openSqlite() : database->openPostgres();
    if (!opened)
        return opened;
    // Whose tables these are decides what every query reads (SourceTables), so it is settled
    // before the first one.
    database->resolveProfile();
    return Result<std::unique_ptr<Database>>(std::move(database));
}

sqlite3* Database::sqliteHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

void Database::handOverTo(QThread* thread)
{
    // What makes a connection a thread's is its driver's thread affinity (Qt 6.8 names this
    // QSqlDatabase::moveToThread). Neither SQLite (opened without its mutex, used by one thread
    // at a time) nor libpq ties a connection to a thread.
    if (QSqlDriver* driver = connection().driver())
        driver->moveToThread(thread);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::query() const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    return query;
}

Outcome Database::openSqlite()
{
    const QString path = m_target.sqlitePath;
    const bool missing = !QFileInfo::exists(path);
    SqliteFileInfo fileInfo;
    if (!(missing && m_options.createIfMissing && !m_target.readOnly)) {
        auto inspected = inspectSqliteFile(path);
        if (!inspected)
            return inspected.failure();
        fileInfo = *inspected;
    }
    // A snapshot is the record of a moment: it opens read-only unless a caller insists. The
    // question is asked through an immutable connection, before anything could write.
    if (!missing && !m_target.readOnly && !m_options.allowSnapshotWrites &&
        sqliteFileHasTable(path, fileInfo, snapshotManifestTable())) {
        m_target.readOnly = true;
        m_openedAsSnapshot = true;
    }
    // A file nobody vouches for is never written, and a file opened only to look at is
    // treated as one nobody vouches for.
    if (m_options.untrusted)
        m_target.readOnly = true;
    if (m_target.readOnly)
        m_options.untrusted = true;
    if (m_target.readOnly && fileInfo.walMode && fileInfo.hasWal && !fileInfo.hasShm) {
        return Outcome::cannotOpen(
            Text::tr("%1: has a write-ahead log (%2-wal) but no %2-shm; reading it would create one "
                     "beside it. Open it read-write once to fold the log into the file, or copy "
                     "both files elsewhere first")
                .arg(path, QFileInfo(path).fileName()));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QStringList connectOptions{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs)};
    if (m_target.readOnly) {
        db.setDatabaseName(sqliteReadOnlyUri(path, fileInfo));
        connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY") << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open())
        return Outcome::cannotOpen(Text::tr("%1: cannot open: %2").arg(path, db.lastError().text()));

    if (Outcome hardened = hardenSqlite(); !hardened)
        return hardened;

    // Reading the schema is the first real read: a corrupt or foreign file fails here.
    QSqlQuery probe = query();
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Outcome::cannotOpen(
            Text::tr("%1: not a readable SQLite database: %2").arg(path, probe.lastError().text()));
    probe.finish();

    // quick_check reads every page: seconds for a file of gigabytes. Snapshots (files from
    // elsewhere, by definition) are always checked; other files opened only to look at are
    // checked up to a size where the wait stays short, and are read defensively either way.
    const bool snapshot = !missing && sqliteFileHasTable(path, fileInfo, snapshotManifestTable());
    m_integrityChecked = m_options.untrusted && (snapshot || fileInfo.size <= m_options.quickCheckLimitBytes);
    if (m_integrityChecked) {
        QSqlQuery check = query();
        if (!check.exec(QStringLiteral("PRAGMA quick_check")))
            return Outcome::cannotOpen(
                Text::tr("%1: the integrity check could not run: %2").arg(path, check.lastError().text()));
        QStringList problems;
        while (check.next()) {
            const QString line = check.value(0).toString();
            if (line != QLatin1String("ok") && problems.size() < 3)
                problems << line;
        }
        if (!problems.isEmpty())
            return Outcome::cannotOpen(
                Text::tr("%1: the database is damaged: %2").arg(path, problems.join(QLatin1String("; "))));
    }

    if (snapshot)
        readSnapshotTime();
    m_actingUser = m_options.actingUser.isEmpty() ? loginName() : m_options.actingUser;
    return Outcome::ok();
}

void Database::readSnapshotTime()
{
    // A manifest without a readable export time leaves the snapshot measured against now.
    auto manifest =
        select(QStringLiteral("SELECT value FROM %1 WHERE key = 'exported_at'").arg(snapshotManifestTable()), {});
    if (manifest && manifest->next())
        m_snapshotTakenAt = parseTimestamp(manifest->value(0));
}

void Database::setTimeBudgetMs(int milliseconds)
{
    m_options.timeBudgetMs = milliseconds;
    if (!isSqlite())
        (void)exec(QStringLiteral("SET statement_timeout = %1").arg(qMax(0, milliseconds)));
}

QDateTime Database::asOf() const
{
    return m_snapshotTakenAt.isValid() ? m_snapshotTakenAt : Clock::nowUtc();
}

Outcome Database::hardenSqlite()
{
    sqlite3* handle = sqliteHandle();
    if (!handle)
        return Outcome::cannotOpen(Text::tr("the SQLite driver did not expose its handle"));
    // SQLite's advice for files of unknown origin (sqlite.org/security.html): functions in the
    // schema may not run with side effects, the connection may not corrupt the file through
    // writable_schema, no extension may load, and the file is read with system calls only.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    // Every statement runs under the time budget; the handler is asked every few thousand
    // virtual-machine steps and stops a statement whose deadline passed. It is installed without
    // a budget too: it also keeps the vector registers clean while SQLite works.
    sqlite3_progress_handler(handle, 4000, &Database::onSqliteProgress, this);
    if (m_options.untrusted) {
        // Triggers and views are code stored in the file: an untrusted file's never run. Its
        // tables stay readable; ATTACH could reach other files, so it is off too.
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    }
    QStringList pragmas{QStringLiteral("PRAGMA cell_size_check=ON"), QStringLiteral("PRAGMA mmap_size=0")};
    // A read-only connection's temporary schema is writable only in memory, and only when set
    // before anything touches it: another system's tables are read through temporary views.
    if (m_target.readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA temp_store=MEMORY"));
    if (m_target.readOnly)
        pragmas << QStringLiteral("PRAGMA query_only=ON");
    // A connection that could not be hardened is not one to read an untrusted file with.
    for (const QString& pragma : pragmas) {
        if (Outcome done = exec(pragma); !done)
            return Outcome::cannotOpen(Text::tr("%1: %2").arg(m_target.sqlitePath, done.message()));
    }
    return Outcome::ok();
}

Outcome Database::openPostgres()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_target.host);
    db.setPort(m_target.port);
    db.setDatabaseName(m_target.database);
    db.setUserName(m_target.user);
    db.setPassword(m_target.password);
    QMap<QString, QString> options = m_target.options;
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    if (!options.contains(QStringLiteral("application_name")))
        options.insert(QStringLiteral("application_name"), QStringLiteral("steward"));
    QStringList connectOptions;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        connectOptions << it.key() + QLatin1Char('=') + it.value();
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    if (!db.open()) {
        return Outcome::cannotOpen(m_target.redact(
            Text::tr("%1: cannot connect: %2").arg(m_target.displayName(), db.lastError().text().trimmed())));
    }

    setUpPostgresSession();
    QSqlQuery setup = query();
    if (!setup.exec(QStringLiteral("SELECT session_user")) || !setup.next())
        return failure(setup.lastError(), Text::tr("reading the login name"));
    m_actingUser = setup.value(0).toString();
    if (!m_options.actingUser.isEmpty() && m_options.actingUser != m_actingUser) {
        return Outcome::usage(
            Text::tr("on PostgreSQL you act as the database login (%1); log in as %2 instead of using --as")
                .arg(m_actingUser, m_options.actingUser));
    }
    return Outcome::ok();
}

bool Database::setUpPostgresSession() const
{
    QSqlQuery setup = query();
    bool done = setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Every session, a reconnected one too: a view that never ends is stopped and named.
    if (m_options.timeBudgetMs > 0)
        done = setup.exec(QStringLiteral("SET statement_timeout = %1").arg(m_options.timeBudgetMs)) && done;
    // A reconnected session has lost its temporary views; they are made before the session
    // turns read-only (a read-only transaction creates nothing, not even in pg_temp).
    if (m_profile)
        done = SourceTables::install(*const_cast<Database*>(this), m_profile->profile).isOk() && done;
    if (m_target.readOnly)
        done = setup.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")) && done;
    return done;
}

Database::Session Database::recoverSession() const
{
    if (isSqlite() || m_inTransaction || m_inReadTransaction)
        return Session::Alive;
    QSqlDatabase db = connection();
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT 1")))
            return Session::Alive; // the statement failed on its own merits
    }
    db.close();
    if (!db.open() || !setUpPostgresSession())
        return Session::Lost;
    // The driver may still count the old session's subscriptions; start them over.
    for (const QString& channel : m_channels) {
        if (db.driver()->subscribedToNotifications().contains(channel))
            db.driver()->unsubscribeFromNotification(channel);
        db.driver()->subscribeToNotification(channel);
    }
    ++m_reconnects;
    return Session::Reconnected;
}

Outcome Database::listen(const QString& channel)
{
    if (isSqlite() || m_channels.contains(channel))
        return Outcome::ok();
    if (!connection().driver()->subscribeToNotification(channel))
        return failure(connection().driver()->lastError(), Text::tr("listening for changes on %1").arg(channel));
    m_channels << channel;
    return Outcome::ok();
}

Outcome Database::ping() const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT 1"));
    return run(q, Text::tr("checking the connection"));
}

Outcome Database::notify(const QString& channel, const QString& payload) const
{
    if (isSqlite())
        return Outcome::ok();
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(channel);
    q.addBindValue(payload);
    return run(q, Text::tr("announcing the change on %1").arg(channel));
}

bool Database::prepareAgain(QSqlQuery& query) const
{
    const QString sql = query.lastQuery();
    if (sql.isEmpty())
        return false;
    const QVariantList values = query.boundValues();
    QSqlQuery fresh(connection());
    fresh.setForwardOnly(query.isForwardOnly());
    if (!fresh.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        fresh.bindValue(i, values.at(i));
    query = std::move(fresh);
    return true;
}

std::optional<Outcome> Database::unlessReconnected(const QSqlError& error, const QString& context) const
{
    switch (recoverSession()) {
    case Session::Alive:
        break;
    case Session::Lost:
        return lostConnection(error, context);
    case Session::Reconnected:
        return std::nullopt;
    }
    return failure(error, context);
}

Outcome Database::lostConnection(const QSqlError& error, const QString& context) const
{
    return Outcome::cannotOpen(
        m_target.redact(Text::tr("%1: the connection to %2 was lost and could not be restored: %3")
                            .arg(context, m_target.displayName(), error.text().trimmed())));
}

namespace {
// A duration's clock, not a time of day: the budget does not care what the date is.
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

int Database::onSqliteProgress(void* database)
{
    clearUpperVectorState();
    const auto* self = static_cast<const Database*>(database);
    const qint64 deadline = self->m_deadlineMs.load(std::memory_order_relaxed);
    if (deadline == 0 || steadyMs() < deadline)
        return 0;
    self->m_budgetTripped = true;
    return 1; // SQLite stops the statement with SQLITE_INTERRUPT
}

bool Database::execTimed(QSqlQuery& query, const QString* sql) const
{
    m_budgetTripped = false;
    if (m_options.timeBudgetMs > 0 && isSqlite())
        m_deadlineMs = steadyMs() + m_options.timeBudgetMs;
    const bool ran = sql ? query.exec(*sql) : query.exec();
    m_deadlineMs = 0;
    return ran;
}

Outcome Database::exec(const QString& sql)
{
    const auto ran = select(sql, sql.left(80));
    return ran ? Outcome::ok() : ran.failure();
}

Result<QSqlQuery> Database::select(const QString& sql, const QString& context) const
{
    QSqlQuery q = query();
    if (execTimed(q, &sql))
        return q;
    const QSqlError error = q.lastError();
    if (std::optional<Outcome> outcome = unlessReconnected(error, context))
        return *outcome;
    QSqlQuery again = query();
    if (!execTimed(again, &sql))
        return failure(again.lastError(), context);
    return again;
}

Result<QSqlQuery> Database::select(const QString& sql, const QVariantList& binds, const QString& context) const
{
    if (binds.isEmpty())
        return select(sql, context);
    QSqlQuery q = query();
    if (Outcome prepared = prepare(q, sql); !prepared)
        return prepared;
    for (const QVariant& value : binds)
        q.addBindValue(value);
    if (Outcome ran = run(q, context); !ran)
        return ran;
    return q;
}

Result<bool> Database::hasRow(const SqlDialect::Statement& statement, const QString& context) const
{
    auto rows = select(statement.sql, statement.binds, context);
    if (!rows)
        return rows.failure();
    return rows->next();
}

Outcome Database::optimiseForBulkWrite()
{
    if (!isSqlite())
        return Outcome::ok();
    for (const QString& pragma :
         {QStringLiteral("PRAGMA journal_mode=MEMORY"), QStringLiteral("PRAGMA synchronous=OFF")}) {
        if (Outcome done = exec(pragma); !done)
            return done;
    }
    return Outcome::ok();
}

Outcome Database::endBulkWrite()
{
    return isSqlite() ? exec(QStringLiteral("PRAGMA journal_mode=DELETE")) : Outcome::ok();
}

Outcome Database::useUtcInTransaction()
{
    return isSqlite() ? Outcome::ok() : exec(QStringLiteral("SET LOCAL TIME ZONE 'UTC'"));
}

Result<QStringList> Database::integrityProblems(int limit)
{
    if (!isSqlite())
        return QStringList();
    const QString sql = QStringLiteral("PRAGMA integrity_check(%1)").arg(limit);
    auto check = select(sql, sql);
    if (!check)
        return check.failure();
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (check->lastError().isValid())
        problems << check->lastError().text();
    return problems;
}

Outcome Database::prepare(QSqlQuery& query, const QString& sql) const
{
    if (query.prepare(sql))
        return Outcome::ok();
    const QSqlError error = query.lastError();
    if (std::optional<Outcome> outcome = unlessReconnected(error, sql.simplified().left(80)))
        return *outcome;
    QSqlQuery fresh(connection());
    fresh.setForwardOnly(query.isForwardOnly());
    query = std::move(fresh);
    if (!query.prepare(sql))
        return failure(query.lastError(), sql.simplified().left(80));
    return Outcome::ok();
}

Outcome Database::run(QSqlQuery& query, const QString& context) const
{
    if (execTimed(query))
        return Outcome::ok();
    const QSqlError error = query.lastError();
    if (std::optional<Outcome> outcome = unlessReconnected(error, context))
        return *outcome;
    if (!prepareAgain(query))
        return failure(query.lastError(), context);
    if (!execTimed(query))
        return failure(query.lastError(), context);
    return Outcome::ok();
}

Outcome Database::failure(const QSqlError& error, const QString& context) const
{
    const QString native = error.nativeErrorCode();
    const QString text = m_target.redact(Text::tr("%1: %2").arg(
        context, error.text().trimmed().isEmpty() ? Text::tr("database error") : error.text().trimmed()));
    if (isSqlite()) {
        const int code = native.toInt() & 0xff;
        if (code == SQLITE_READONLY)
            return Outcome::readOnly(text);
        if (code == SQLITE_INTERRUPT && m_budgetTripped)
            return Outcome::cannotOpen(Text::tr("%1: did not finish within %2 s and was stopped (a view that never "
                                                "ends, or more than can be read in that time)")
                                           .arg(context)
                                           .arg(m_options.timeBudgetMs / 1000.0));
        if (code == SQLITE_INTERRUPT)
            return Outcome::failed(Text::tr("%1: stopped because it ran longer than allowed").arg(context));
        if (isCorruptionCode(native))
            return Outcome::cannotOpen(text);
    } else {
        if (native == QLatin1String("25006"))
            return Outcome::readOnly(text);
        if (native == QLatin1String("42501"))
            return Outcome::forbidden(text);
        if (native == QLatin1String("57014") && m_options.timeBudgetMs > 0)
            return Outcome::cannotOpen(Text::tr("%1: did not finish within %2 s and was stopped (a view that never "
                                                "ends, or more than can be read in that time)")
                                           .arg(context)
                                           .arg(m_options.timeBudgetMs / 1000.0));
        if (sessionLost(error, connection())) {
            // The driver's own text repeats itself over several lines; its first line says why.
            const QString why = error.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
            return Outcome::cannotOpen(m_target.redact(
                why.isEmpty()
                    ? Text::tr("%1: lost the connection to %2").arg(context, m_target.displayName())
                    : Text::tr("%1: lost the connection to %2 (%3)").arg(context, m_target.displayName(), why)));
        }
    }
    return Outcome::failed(text);
}

Outcome Database::requireWritable(const QString& what) const
{
    if (m_openedAsSnapshot)
        return Outcome::readOnly(
            Text::tr("Refused (%1): this file is a Steward snapshot, which opens read-only").arg(what));
    if (m_target.readOnly)
        return Outcome::readOnly(Text::tr("Refused (%1): the database is open read-only").arg(what));
    return Outcome::ok();
}

Outcome Database::beginWrite()
{
    if (Outcome writable = requireWritable(Text::tr("writing")); !writable)
        return writable;
    const Outcome begun = exec(isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_inTransaction = begun.isOk();
    return begun;
}

Outcome Database::commit()
{
    const Outcome committed = exec(QStringLiteral("COMMIT"));
    if (committed)
        m_inTransaction = false;
    else
        rollback();
    return committed;
}

void Database::rollback()
{
    // A session that is gone took its transaction with it.
    if (connection().isOpen()) {
        QSqlQuery q = query();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_inTransaction = false;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_database.rollback();
}

ReadTransaction::~ReadTransaction()
{
    // Nothing was written: a failed ROLLBACK leaves nothing behind that a caller could mend.
    if (m_open)
        std::ignore = m_database.exec(QStringLiteral("ROLLBACK"));
    m_database.m_inReadTransaction = false;
}

Outcome ReadTransaction::begin()
{
    QString sql;
    if (m_database.isSqlite())
        sql = m_oneSnapshot ? QStringLiteral("BEGIN") : QString();
    else
        sql = m_oneSnapshot ? QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                            : QStringLiteral("BEGIN TRANSACTION READ ONLY");
    if (sql.isEmpty())
        return Outcome::ok();
    const Outcome begun = m_database.exec(sql);
    m_open = begun.isOk();
    m_database.m_inReadTransaction = m_open;
    return begun;
}

Outcome WriteTransaction::begin()
{
    const Outcome begun = m_database.beginWrite();
    m_open = begun.isOk();
    return begun;
}

Outcome WriteTransaction::commit()
{
    m_open = false;
    return m_database.commit();
}

} // namespace steward
