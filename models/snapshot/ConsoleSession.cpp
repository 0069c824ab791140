#include "ConsoleSession.h"

#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/snapshot/ConsoleGuard.h"
#include "models/snapshot/SqlText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};

// Every string inside a plan node, not descending into its child plans.
void nodeTexts(const QJsonValue& value, QStringList* texts)
{
    if (value.isString()) {
        *texts << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            nodeTexts(item, texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() != QLatin1String("Plans"))
                nodeTexts(it.value(), texts);
        }
    }
}

QString quotedOrBare(const QString& identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("(?:%1|\"%2\")")
        .arg(QRegularExpression::escape(identifier), QRegularExpression::escape(quoted));
}

struct PlanFindings
{
    QString modifies; // node type that writes or locks
    QString secret;   // schema.table.column read
};

void inspectPlan(const QJsonObject& node, const QHash<QString, QStringList>& secretsByTable, PlanFindings* findings)
{
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    if (findings->modifies.isEmpty() && (type == QLatin1String("ModifyTable") || type == QLatin1String("LockRows")))
        findings->modifies = type;
    const QString relation = node.value(QStringLiteral("Relation Name")).toString();
    if (!relation.isEmpty() && findings->secret.isEmpty()) {
        const QString schema = node.value(QStringLiteral("Schema")).toString();
        const QStringList secretColumns = secretsByTable.value(schema + QLatin1Char('.') + relation);
        if (!secretColumns.isEmpty()) {
            const QString alias = quotedOrBare(node.value(QStringLiteral("Alias")).toString(relation));
            QStringList columns;
            for (const QString& column : secretColumns)
                columns << quotedOrBare(column);
            const QRegularExpression reads(QStringLiteral("(?:^|[^\\w$\"])%1\\.(?:\\*|%2)(?:$|[^\\w$\"])")
                                               .arg(alias, columns.join(QLatin1Char('|'))));
            QStringList texts;
            nodeTexts(node, &texts);
            for (const QString& text : texts) {
                if (reads.match(text).hasMatch()) {
                    findings->secret =
                        QStringLiteral("%1.%2 (%3)").arg(schema, relation, secretColumns.join(QStringLiteral(", ")));
                    break;
                }
            }
        }
    }
    for (const QJsonValue& child : node.value(QStringLiteral("Plans")).toArray())
        inspectPlan(child.toObject(), secretsByTable, findings);
}

LogicalType typeOfField(const QSqlField& field)
{
    // numeric arrives as text with every digit (HighPrecision) and is shown as it came.
    constexpr int kNumericOid = 1700;
    if (field.typeID() == kNumericOid)
        return LogicalType::Text;
    switch (field.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return LogicalType::Integer;
    case QMetaType::Double:
        return LogicalType::Numeric;
    case QMetaType::Bool:
        return LogicalType::Boolean;
    case QMetaType::QDateTime:
        return LogicalType::Timestamp;
    case QMetaType::QDate:
        return LogicalType::Date;
    case QMetaType::QByteArray:
        return LogicalType::Blob;
    default:
        return LogicalType::Text;
    }
}
} // namespace

ConsoleSession::~ConsoleSession()
{
    m_database.reset(); // closes the connection before the guard it calls back into goes away
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(ConnectionTarget target, const QString& actingUser)
{
    target.readOnly = true;
    OpenOptions options;
    options.actingUser = target.backend == Backend::Sqlite ? actingUser : QString();
    options.untrusted = target.backend == Backend::Sqlite;
    options.statementTransactions = true;
    auto database = Database::open(target, options);
    if (!database)
        return database.failure();
    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    session->m_database = database.take();
    session->m_guard = std::make_unique<Guard>();
    if (session->m_database->isSqlite()) {
        if (Outcome installed = ConsoleGuard::install(*session->m_database, *session->m_guard, kTimeoutSeconds);
            !installed)
            return installed;
    } else {
        QSqlDatabase connection = session->m_database->connection();
        connection.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (Outcome limited = session->setTimeoutSeconds(kTimeoutSeconds); !limited)
            return limited;
        auto catalog = SchemaCatalog::load(*session->m_database);
        if (!catalog)
            return catalog.failure();
        for (const TableInfo& table : catalog->tables()) {
            for (const ColumnInfo& column : table.columns) {
                if (column.secret)
                    session->m_guard->secretsByTable[table.schema + QLatin1Char('.') + table.bareName] << column.name;
            }
        }
    }
    return session;
}

Outcome ConsoleSession::setTimeoutSeconds(int seconds)
{
    // SQLite's statements are timed by the guard's progress handler, the server's by itself.
    m_guard->limitMs = qint64(seconds) * 1000;
    return m_database->limitStatementTime(seconds);
}

Result<ConsoleStatement> ConsoleSession::prepare(const QString& sql)
{
    const bool postgres = !m_database->isSqlite();
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
    return postgres ? describePostgres(scan.body) : describeSqlite(scan.body);
}

Outcome ConsoleSession::refuseSecretReads(const QString& body)
{
    // EXPLAIN cannot be prepared; it runs as it is, inside its own READ ONLY transaction (the
    // body is one statement: the scanner saw to that). The plan of the statement as typed shows
    // writes and row locks; the plan of it as a subquery qualifies every column with its table,
    // which is how a read of a secret column is recognised.
    ReadTransaction readOnly(*m_database, false);
    if (Outcome begun = readOnly.begin(); !begun)
        return begun;
    PlanFindings findings;
    for (const QString& sql : {body, QStringLiteral("SELECT * FROM (\n%1\n) AS console_result").arg(body)}) {
        auto explained = m_database->select(QStringLiteral("EXPLAIN (VERBOSE, FORMAT JSON) ") + sql,
                                            Text::tr("checking the statement"));
        if (!explained)
            return explained.failure();
        QSqlQuery& explain = *explained;
        if (!explain.next())
            return Outcome::failed(Text::tr("the server did not explain the statement"));
        for (const QJsonValue& root : QJsonDocument::fromJson(explain.value(0).toString().toUtf8()).array())
            inspectPlan(root.toObject().value(QStringLiteral("Plan")).toObject(), m_guard->secretsByTable, &findings);
        if (!findings.modifies.isEmpty()) {
            return Outcome::readOnly(
                findings.modifies == QLatin1String("LockRows")
                    ? Text::tr("Refused: the statement locks rows (FOR UPDATE/SHARE); the console only reads.")
                    : Text::tr("Refused: the statement would change data; the console only reads."));
        }
    }
    if (!findings.secret.isEmpty()) {
        return Outcome::forbidden(
            Text::tr("Refused: the statement reads the secret column(s) of %1, which never leave the "
                     "server. Select the other columns by name.")
                .arg(findings.secret));
    }
    return Outcome::ok();
}

Result<ConsoleStatement> ConsoleSession::describePostgres(const QString& body)
{
    if (Outcome allowed = refuseSecretReads(body); !allowed)
        return allowed;
    QSqlQuery describe = m_database->query();
    if (Outcome prepared =
            m_database->prepare(describe, QStringLiteral("SELECT * FROM (\n%1\n) AS console_result LIMIT 0").arg(body));
        !prepared)
        return prepared;
    if (Outcome ran = m_database->run(describe, Text::tr("running the statement")); !ran)
        return ran;
    ConsoleStatement statement;
    statement.sql = body;
    const QSqlRecord record = describe.record();
    QList<LogicalType> types;
    for (int i = 0; i < record.count(); ++i) {
        statement.columnNames << record.fieldName(i);
        types << typeOfField(record.field(i));
    }
    statement.query = ConsoleGuard::wrap(body, statement.columnNames, types, m_database->dialect());
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

} // namespace steward
