#include "ConsoleGuard.h"

#include "models/core/VectorState.h"
#include "models/db/Database.h"
#include "models/db/SqlDialect.h"
#include "models/snapshot/SqlText.h"

#include <QCoreApplication>
#include <QSet>
#include <sqlite3.h>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleGuard)
};

// Pragmas whose table-valued forms only describe the schema.
bool isDescriptivePragma(const char* name)
{
    static const QSet<QByteArray> allowed{"table_info",     "table_xinfo",   "table_list",       "index_list",
                                          "index_info",     "index_xinfo",   "foreign_key_list", "database_list",
                                          "collation_list", "function_list", "module_list",      "pragma_list",
                                          "compile_options"};
    return name && allowed.contains(QByteArray(name));
}

int authorize(void* state, int action, const char* first, const char* second, const char*, const char*)
{
    Q_UNUSED(state)
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_FUNCTION:
        // Extension loading is off anyway; refusing it here says so before anything runs.
        return second && (qstrcmp(second, "load_extension") == 0 || qstrcmp(second, "fts3_tokenizer") == 0)
                   ? SQLITE_DENY
                   : SQLITE_OK;
    case SQLITE_READ:
        // A secret reads as NULL, whatever expression it is used in.
        return first && second && isSecretColumn(QString::fromUtf8(first), QString::fromUtf8(second)) ? SQLITE_IGNORE
                                                                                                      : SQLITE_OK;
    case SQLITE_PRAGMA:
        return isDescriptivePragma(first) ? SQLITE_OK : SQLITE_DENY;
    case SQLITE_UPDATE:
        // Table-valued pragmas announce their schema lookup this way; no statement that gets
        // this far can write (it is a query and sqlite3_stmt_readonly holds).
        return first && (qstrcmp(first, "sqlite_master") == 0 || qstrcmp(first, "sqlite_temp_master") == 0)
                   ? SQLITE_OK
                   : SQLITE_DENY;
    default:
        return SQLITE_DENY;
    }
}

int statementStarted(unsigned int, void* state, void*, void*)
{
    static_cast<ConsoleSession::Guard*>(state)->statementClock.restart();
    return 0;
}

int checkClock(void* state)
{
    clearUpperVectorState();
    const auto* guard = static_cast<ConsoleSession::Guard*>(state);
    return guard->statementClock.isValid() && guard->statementClock.elapsed() > guard->limitMs ? 1 : 0;
}
} // namespace

Outcome ConsoleGuard::install(Database& database, ConsoleSession::Guard& guard, int timeoutSeconds)
{
    sqlite3* handle = database.sqliteHandle();
    if (!handle)
        return Outcome::failed(Text::tr("the SQLite driver did not expose its handle"));
    guard.limitMs = qint64(timeoutSeconds) * 1000;
    guard.statementClock.start();
    sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, &statementStarted, &guard);
    sqlite3_progress_handler(handle, 20000, &checkClock, &guard);
    sqlite3_set_authorizer(handle, &authorize, &guard);
    return Outcome::ok();
}

Result<QPair<QStringList, QList<LogicalType>>> ConsoleGuard::describe(Database& database, const QString& body)
{
    sqlite3* handle = database.sqliteHandle();
    if (!handle)
        return Outcome::failed(Text::tr("the SQLite driver did not expose its handle"));
    const QByteArray utf8 = body.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &statement, &tail);
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    struct Finalize
    {
        sqlite3_stmt* statement;
        ~Finalize() { sqlite3_finalize(statement); }
    } finalize{statement};
    if (rc == SQLITE_AUTH || message.startsWith(QLatin1String("not authorized"))) {
        return Outcome::readOnly(
            Text::tr("Refused: the statement would change the database or the connection (%1); the "
                     "console only reads.")
                .arg(message));
    }
    if (rc != SQLITE_OK || !statement)
        return Outcome::failed(message.isEmpty() ? Text::tr("the statement could not be compiled") : message);
    if (tail && !scanStatement(QString::fromUtf8(tail), false).empty)
        return Outcome::readOnly(
            Text::tr("Refused: the console runs one statement at a time, and this text holds more than one."));
    if (!sqlite3_stmt_readonly(statement))
        return Outcome::readOnly(Text::tr("Refused: the statement would change the database; the console only reads."));
    if (sqlite3_bind_parameter_count(statement) > 0)
        return Outcome::usage(
            Text::tr("The statement has parameters (?, :name), and the console has no values to bind to them."));
    QStringList names;
    QList<LogicalType> types;
    const int columns = sqlite3_column_count(statement);
    for (int i = 0; i < columns; ++i) {
        names << QString::fromUtf8(sqlite3_column_name(statement, i));
        const char* declared = sqlite3_column_decltype(statement, i);
        types << (declared ? logicalTypeFromDeclared(QString::fromUtf8(declared)) : LogicalType::Text);
    }
    if (names.isEmpty())
        return Outcome::readOnly(Text::tr("Refused: the statement returns no rows to show; the console runs queries."));
    return qMakePair(names, types);
}

PagedQuery ConsoleGuard::wrap(const QString& body, const QStringList& names, const QList<LogicalType>& types,
                              const SqlDialect& dialect)
{
    PagedQuery query;
    QStringList aliases;
    for (int i = 0; i < names.size(); ++i) {
        const QString alias = QStringLiteral("c%1").arg(i + 1);
        aliases << alias;
        const LogicalType type = types.value(i, LogicalType::Text);
        query.columns << PagedQuery::Column{names.at(i), alias, type, false};
    }
    // The body ends on its own line: a trailing -- comment must not swallow the parenthesis.
    query.from = QStringLiteral("(WITH console_result(%1) AS (\n%2\n) SELECT * FROM console_result) AS console")
                     .arg(aliases.join(QStringLiteral(", ")), body);
    query.key = dialect.asText(QStringLiteral("NULL"));
    query.orderedByKey = false;
    return query;
}

} // namespace steward
