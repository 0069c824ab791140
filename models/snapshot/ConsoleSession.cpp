#include "ConsoleSession.h"

#include "models/db/Database.h"
#include "models/snapshot/ConsoleGuard.h"
#include "models/snapshot/PgConsole.h"
#include "models/snapshot/SqlText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <sqlite3.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};
} // namespace

ConsoleSession::~ConsoleSession()
{
    m_database.reset(); // closes the connection before the guard it calls back into goes away
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(ConnectionTarget target, const QString& actingUser)
{
    target.readOnly = true;
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_target = target;
    session->m_guard = std::make_unique<Guard>();
    if (target.backend == Backend::Postgres)
        return session;
    OpenOptions options;
    options.actingUser = actingUser;
    options.untrusted = true;
    auto database = Database::open(target, options);
    if (!database)
        return database.failure();
    session->m_database = database.take();
    if (Outcome installed = ConsoleGuard::install(*session->m_database, *session->m_guard, kTimeoutSeconds); !installed)
        return installed;
    return session;
}

Outcome ConsoleSession::setTimeoutSeconds(int seconds)
{
    // SQLite's statements are timed by the guard's progress handler, the server's by itself.
    m_timeoutSeconds = seconds;
    m_guard->limitMs = qint64(seconds) * 1000;
    return Outcome::ok();
}

Result<ConsoleStatement> ConsoleSession::prepare(const QString& sql)
{
    const bool postgres = m_target.backend == Backend::Postgres;
    const StatementScan scan = scanStatement(sql, postgres);
    if (scan.empty)
        return Outcome::usage(Text::tr("Type a query to run, for example SELECT * FROM llm_suggestions."));
    if (scan.unterminated)
        return Outcome::usage(Text::tr("The statement is unfinished: a quote or comment is never closed."));
    if (scan.multiple)
        return Outcome::readOnly(Text::tr("Refused: the console runs one statement at a time, and this text holds more "
                                          "than one."));
    static const QStringList queries{QStringLiteral("SELECT"), QStringLiteral("WITH"), QStringLiteral("VALUES")};
    if (!queries.contains(scan.firstKeyword) && !(postgres && scan.firstKeyword == QLatin1String("TABLE"))) {
        QString hint;
        if (scan.firstKeyword == QLatin1String("PRAGMA") && !postgres)
            hint = Text::tr(
                " To read a pragma, use its table form, e.g. SELECT * FROM pragma_table_info('llm_suggestions').");
        return Outcome::readOnly(Text::tr("Refused: %1 statements do not run in the read-only console; only queries "
                                          "(SELECT, WITH … SELECT, VALUES) do.%2")
                                     .arg(scan.firstKeyword, hint));
    }
    if (scan.placeholder)
        return Outcome::usage(
            Text::tr("The statement has a ? placeholder, and the console has no values to bind to it. "
                     "On PostgreSQL, write jsonb_exists(x, 'key') for the ? operator."));
    if (!postgres)
        return describeSqlite(scan.body);
    // The scanner's idea of where the statement ends is only a guess: the server gets the whole
    // text as typed and refuses a second statement itself.
    ConsoleStatement statement;
    statement.sql = sql.trimmed();
    return statement;
}

Result<ConsoleStatement> ConsoleSession::describeSqlite(const QString& body)
{
    auto described = ConsoleGuard::describe(*m_database, body);
    if (!described)
        return described.failure();
    ConsoleStatement statement;
    statement.sql = body;
    statement.columnNames = described->first;
    statement.query = ConsoleGuard::wrap(body, described->first, described->second, m_database->dialect());
    return statement;
}

Result<ConsoleResult> ConsoleSession::fetch(const ConsoleStatement& statement, qint64 rowLimit)
{
    ConsoleResult result;
    const Outcome ran = forEachRow(
        statement, rowLimit > 0 ? rowLimit + 1 : 0,
        [&result](const ConsoleColumns& columns) { result.columns = columns; },
        [&result, rowLimit](const QVariantList& row) {
            if (rowLimit > 0 && result.rows.size() >= rowLimit) {
                result.truncated = true;
                return false;
            }
            result.rows << row;
            return true;
        });
    if (!ran)
        return ran;
    return result;
}

Outcome ConsoleSession::forEachRow(const ConsoleStatement& statement, qint64 maxRows,
                                   const ConsoleColumnSink& onColumns, const ConsoleRowSink& onRow)
{
    m_cancel->reset();
    if (m_target.backend == Backend::Postgres)
        return PgConsole::run(m_target, statement.sql, maxRows, m_timeoutSeconds, *m_cancel, onColumns, onRow);
    ConsoleColumns columns;
    for (const PagedQuery::Column& column : statement.query.columns) {
        columns.names << column.name;
        columns.types << column.type;
    }
    onColumns(columns);
    sqlite3* handle = m_database->sqliteHandle();
    m_cancel->setStopper([handle] { sqlite3_interrupt(handle); });
    const Outcome ran = forEachSqliteRow(statement, maxRows, onRow);
    m_cancel->setStopper({});
    if (ran)
        return ran;
    if (m_cancel->cancelled())
        return Outcome::failed(Text::tr("The statement was cancelled."));
    if (m_guard->statementClock.isValid() && m_guard->statementClock.elapsed() >= m_guard->limitMs)
        return Outcome::cannotOpen(
            Text::tr("The statement did not finish within %1 s and was stopped.").arg(m_timeoutSeconds));
    return ran;
}

Outcome ConsoleSession::forEachSqliteRow(const ConsoleStatement& statement, qint64 maxRows, const ConsoleRowSink& onRow)
{
    QStringList select;
    for (const PagedQuery::Column& column : statement.query.columns)
        select << column.expression;
    // Executed directly (not through run()): the rows stream instead of arriving all at once.
    auto selected = m_database->select(
        QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), statement.query.from),
        Text::tr("running the statement"));
    if (!selected)
        return selected.failure();
    QSqlQuery rows = selected.take();
    const int width = static_cast<int>(statement.query.columns.size());
    qint64 count = 0;
    QVariantList row;
    while ((maxRows <= 0 || count < maxRows) && rows.next()) {
        row.clear();
        for (int c = 0; c < width; ++c)
            row << rows.value(c);
        ++count;
        if (!onRow(row))
            return Outcome::ok();
    }
    if (rows.lastError().isValid())
        return m_database->failure(rows.lastError(), Text::tr("running the statement"));
    return Outcome::ok();
}

} // namespace steward
