#include "PgConsole.h"

#include "models/snapshot/ConsoleRole.h"

#include <QCoreApplication>
#include <libpq-fe.h>
#include <memory>
#include <tuple>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgConsole)
};

struct CloseConnection
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};
struct ClearResult
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using Connection = std::unique_ptr<PGconn, CloseConnection>;
using ResultHandle = std::unique_ptr<PGresult, ClearResult>;

// Type OIDs from pg_type.dat that the console shows as something other than text. numeric
// stays text, with every digit as the server wrote it.
LogicalType typeOfOid(Oid oid)
{
    switch (oid) {
    case 20:
    case 21:
    case 23:
        return LogicalType::Integer;
    case 700:
    case 701:
        return LogicalType::Numeric;
    case 16:
        return LogicalType::Boolean;
    case 114:
    case 3802:
        return LogicalType::Json;
    case 2950:
        return LogicalType::Uuid;
    case 1114:
    case 1184:
        return LogicalType::Timestamp;
    case 1082:
        return LogicalType::Date;
    default:
        return LogicalType::Text;
    }
}

// The cells come as JSON text (row_to_json): true/false for booleans.
QVariant valueOf(const QString& text, LogicalType type)
{
    if (type == LogicalType::Boolean)
        return text == QLatin1String("true");
    if (type == LogicalType::Integer) {
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        return ok ? QVariant(number) : QVariant(text);
    }
    return text;
}

class Statement
{
public:
    Statement(const ConnectionTarget& target, ConsoleCancel& cancel, int timeoutSeconds)
        : m_target(target), m_cancel(cancel), m_timeoutSeconds(timeoutSeconds)
    {
    }

    Outcome connect();
    // Runs fixed setup text through the simple protocol; `context` names it in a failure.
    Outcome exec(const char* sql, const QString& context);
    Outcome failure(const PGresult* result, const QString& context) const;
    PGconn* handle() const { return m_connection.get(); }

private:
    const ConnectionTarget& m_target;
    ConsoleCancel& m_cancel;
    int m_timeoutSeconds;
    Connection m_connection;
};

Outcome Statement::connect()
{
    QList<QPair<QByteArray, QByteArray>> parameters;
    const auto add = [&parameters](const char* key, const QString& value) {
        if (!value.isEmpty())
            parameters.append({QByteArray(key), value.toUtf8()});
    };
    add("host", m_target.host);
    add("port", QString::number(m_target.port));
    add("dbname", m_target.database);
    add("user", m_target.user);
    add("password", m_target.password);
    QMap<QString, QString> options = m_target.options;
    options.insert(QStringLiteral("application_name"), QStringLiteral("steward-console"));
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parameters.append({it.key().toUtf8(), it.value().toUtf8()});
    QList<const char*> keys;
    QList<const char*> values;
    for (const auto& [key, value] : parameters) {
        keys << key.constData();
        values << value.constData();
    }
    keys << nullptr;
    values << nullptr;
    m_connection.reset(PQconnectdbParams(keys.constData(), values.constData(), 0));
    if (!m_connection || PQstatus(m_connection.get()) != CONNECTION_OK) {
        const QString why = m_connection ? QString::fromUtf8(PQerrorMessage(m_connection.get())).trimmed() : QString();
        return Outcome::cannotOpen(
            m_target.redact(Text::tr("%1: cannot connect: %2").arg(m_target.displayName(), why)));
    }
    return Outcome::ok();
}

Outcome Statement::exec(const char* sql, const QString& context)
{
    ResultHandle result(PQexec(m_connection.get(), sql));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return Outcome::ok();
    return failure(result.get(), context);
}

Outcome Statement::failure(const PGresult* result, const QString& context) const
{
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    QString message = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_connection.get())).trimmed();
    message = m_target.redact(message);
    if (state == QLatin1String("57014")) {
        if (m_cancel.cancelled())
            return Outcome::failed(Text::tr("The statement was cancelled."));
        return Outcome::cannotOpen(
            Text::tr("The statement did not finish within %1 s and was stopped.").arg(m_timeoutSeconds));
    }
    if (state == QLatin1String("42501"))
        return Outcome::forbidden(Text::tr("Refused by the server: %1").arg(message));
    if (state == QLatin1String("25006"))
        return Outcome::readOnly(Text::tr("Refused by the server: %1; the console only reads.").arg(message));
    if (state == QLatin1String("42P11") || message.contains(QLatin1String("multiple commands")))
        return Outcome::readOnly(
            Text::tr("Refused by the server: %1. The console runs one query (SELECT, WITH … SELECT, VALUES, TABLE).")
                .arg(message));
    if (!m_connection || PQstatus(m_connection.get()) != CONNECTION_OK)
        return Outcome::cannotOpen(
            Text::tr("%1: lost the connection to %2 (%3)").arg(context, m_target.displayName(), message));
    return Outcome::failed(Text::tr("%1: %2").arg(context, message));
}

// Stops the statement from another thread for as long as it is registered.
class CancelWhileRunning
{
public:
    CancelWhileRunning(ConsoleCancel& cancel, PGconn* connection) : m_cancel(cancel), m_handle(PQgetCancel(connection))
    {
        PGcancel* handle = m_handle;
        m_cancel.setStopper([handle] {
            char error[256];
            if (handle)
                PQcancel(handle, error, sizeof error);
        });
    }
    ~CancelWhileRunning()
    {
        m_cancel.setStopper({});
        PQfreeCancel(m_handle);
    }
    CancelWhileRunning(const CancelWhileRunning&) = delete;
    CancelWhileRunning& operator=(const CancelWhileRunning&) = delete;

private:
    ConsoleCancel& m_cancel;
    PGcancel* m_handle;
};
} // namespace

Outcome PgConsole::run(const ConnectionTarget& target, const QString& statement, qint64 maxRows, int timeoutSeconds,
                       ConsoleCancel& cancel, const ConsoleColumnSink& onColumns, const ConsoleRowSink& onRow)
{
    Statement session(target, cancel, timeoutSeconds);
    if (Outcome connected = session.connect(); !connected)
        return connected;
    PGconn* connection = session.handle();
    CancelWhileRunning stopper(cancel, connection);
    const QByteArray timeout = QStringLiteral("SET statement_timeout = %1").arg(qint64(timeoutSeconds) * 1000).toUtf8();
    if (Outcome set = session.exec(timeout.constData(), Text::tr("setting the time limit")); !set)
        return set;
    if (Outcome set = session.exec("SET TIME ZONE 'UTC'", Text::tr("setting the time zone")); !set)
        return set;
    if (Outcome begun = session.exec("BEGIN TRANSACTION READ ONLY", Text::tr("starting a read-only transaction"));
        !begun)
        return begun;
    if (Outcome role = session.exec("SET ROLE steward_console", Text::tr("taking the console role")); !role) {
        const QString login = target.user.isEmpty() ? Text::tr("this login") : target.user;
        return Outcome::forbidden(
            Text::tr("The console runs statements as the role %1, which %2 cannot take (%3). An administrator "
                     "(a login that may create roles) runs steward-cli init on this database and grants it: "
                     "GRANT %1 TO %2;")
                .arg(QString::fromLatin1(ConsoleRole::kName), login, role.message()));
    }
    // An init by a login that may not create roles leaves the function out.
    ResultHandle ready(PQexec(connection,
                              "SELECT EXISTS (SELECT FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n "
                              "ON n.oid = p.pronamespace WHERE n.nspname = 'steward' AND p.proname = "
                              "'console_cells' AND pg_catalog.has_schema_privilege(n.oid, 'USAGE') AND "
                              "pg_catalog.has_function_privilege(p.oid, 'EXECUTE'))"));
    if (!ready || PQresultStatus(ready.get()) != PGRES_TUPLES_OK)
        return session.failure(ready.get(), Text::tr("taking the console role"));
    if (PQntuples(ready.get()) != 1 || qstrcmp(PQgetvalue(ready.get(), 0, 0), "t") != 0)
        return Outcome::forbidden(Text::tr("The SQL console is not set up on this database: an administrator (a "
                                           "login that may create roles) runs steward-cli init"));
    if (cancel.cancelled())
        return Outcome::failed(Text::tr("The statement was cancelled."));

    // The extended protocol's Parse takes exactly one statement; it runs nothing.
    const QByteArray text = statement.toUtf8();
    ResultHandle prepared(PQprepare(connection, "", text.constData(), 0, nullptr));
    if (!prepared || PQresultStatus(prepared.get()) != PGRES_COMMAND_OK)
        return session.failure(prepared.get(), Text::tr("preparing the statement"));
    ResultHandle described(PQdescribePrepared(connection, ""));
    if (!described || PQresultStatus(described.get()) != PGRES_COMMAND_OK)
        return session.failure(described.get(), Text::tr("describing the statement"));
    ConsoleColumns columns;
    for (int i = 0; i < PQnfields(described.get()); ++i) {
        columns.names << QString::fromUtf8(PQfname(described.get(), i));
        columns.types << typeOfOid(PQftype(described.get(), i));
    }
    if (columns.names.isEmpty())
        return Outcome::readOnly(Text::tr("Refused: the statement returns no rows to show; the console runs queries."));
    onColumns(columns);

    const QByteArray limit = maxRows > 0 ? QByteArray::number(maxRows) : QByteArray();
    const char* values[2] = {text.constData(), maxRows > 0 ? limit.constData() : nullptr};
    if (!PQsendQueryParams(connection,
                           "SELECT row_no, column_no, cell_text FROM steward.console_cells($1::text, $2::bigint)", 2,
                           nullptr, values, nullptr, nullptr, 0))
        return session.failure(nullptr, Text::tr("running the statement"));
    PQsetSingleRowMode(connection);
    Outcome outcome;
    qint64 currentRow = 0;
    QVariantList row;
    bool stopped = false;
    const auto flush = [&] {
        if (currentRow > 0 && !stopped && !onRow(row))
            stopped = true;
        row = QVariantList(columns.names.size());
    };
    while (PGresult* raw = PQgetResult(connection)) {
        ResultHandle result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_SINGLE_TUPLE) {
            if (stopped)
                continue;
            const qint64 rowNumber = QByteArray(PQgetvalue(raw, 0, 0)).toLongLong();
            if (rowNumber != currentRow) {
                flush();
                currentRow = rowNumber;
            }
            const int column = QByteArray(PQgetvalue(raw, 0, 1)).toInt() - 1;
            if (column >= 0 && column < row.size() && !PQgetisnull(raw, 0, 2))
                row[column] = valueOf(QString::fromUtf8(PQgetvalue(raw, 0, 2)), columns.types.at(column));
        } else if (status == PGRES_TUPLES_OK) {
            flush();
        } else if (outcome) {
            outcome = session.failure(raw, Text::tr("running the statement"));
        }
    }
    // Ending the session would roll back as well; saying so keeps the server's log plain.
    std::ignore = session.exec("ROLLBACK", Text::tr("ending the transaction"));
    return outcome;
}

} // namespace steward
