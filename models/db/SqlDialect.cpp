#include "SqlDialect.h"

#include <QRegularExpression>
#include <QUuid>

namespace steward {

QString SqlDialect::appTablePrefix(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("steward_") : QStringLiteral("steward.");
}

QString SqlDialect::appTable(const QString& name) const
{
    return appTablePrefix(m_backend) + name;
}

QString SqlDialect::scriptFolder() const
{
    return isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgres");
}

SqlDialect::Statement SqlDialect::tableExists(const QString& name) const
{
    if (isSqlite())
        return {QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {name}};
    return {QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                           "AND table_type = 'BASE TABLE' AND table_name = ?"),
            {name}};
}

SqlDialect::Statement SqlDialect::appTableExists(const QString& name) const
{
    if (isSqlite())
        return tableExists(appTable(name));
    return {QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = 'steward' "
                           "AND table_type = 'BASE TABLE' AND table_name = ?"),
            {name}};
}

QString SqlDialect::asText(const QString& expression) const
{
    return isSqlite() ? expression : expression + QStringLiteral("::text");
}

QString SqlDialect::uuidParameter() const
{
    return isSqlite() ? QStringLiteral("?") : QStringLiteral("CAST(? AS uuid)");
}

bool SqlDialect::canNameUuid(const QString& text) const
{
    return isSqlite() || !QUuid::fromString(text).isNull();
}

bool SqlDialect::jsonColumnsHoldInvalidText() const
{
    return isSqlite();
}

QString SqlDialect::quoteIdentifier(const QString& identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SqlDialect::jsonNumber(const QString& column, const QString& key) const
{
    if (isSqlite()) {
        return QStringLiteral("(CASE WHEN json_valid(%1) AND json_type(%1, '$.\"%2\"') IN ('integer','real') "
                              "THEN json_extract(%1, '$.\"%2\"') END)")
            .arg(column, key);
    }
    return QStringLiteral(
               "(CASE WHEN jsonb_typeof((%1)::jsonb -> '%2') = 'number' THEN ((%1)::jsonb ->> '%2')::float8 END)")
        .arg(column, key);
}

QString SqlDialect::jsonAsText(const QString& column) const
{
    return isSqlite() ? column : QStringLiteral("(%1)::text").arg(column);
}

QString SqlDialect::jsonNumberKeys(const QString& from, const QString& column) const
{
    if (isSqlite()) {
        return QStringLiteral("SELECT DISTINCT e.key FROM %1, json_each(CASE WHEN json_valid(%2) AND json_type(%2) = "
                              "'object' THEN %2 ELSE '{}' END) AS e WHERE e.type IN ('integer', 'real')")
            .arg(from, column);
    }
    return QStringLiteral("SELECT DISTINCT e.key FROM %1, jsonb_each(CASE WHEN jsonb_typeof((%2)::jsonb) = 'object' "
                          "THEN (%2)::jsonb ELSE '{}'::jsonb END) AS e WHERE jsonb_typeof(e.value) = 'number'")
        .arg(from, column);
}

QString SqlDialect::distinctIndexed(const QString& pipelineTable, const QString& column) const
{
    if (isSqlite() || m_sources.contains(pipelineTable))
        return QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY %1")
            .arg(column, source(pipelineTable));
    return QStringLiteral("WITH RECURSIVE v(x) AS (SELECT min(%1) FROM %2 UNION ALL "
                          "SELECT (SELECT min(%1) FROM %2 WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
                          "SELECT x FROM v WHERE x IS NOT NULL")
        .arg(column, pipelineTable);
}

QString SqlDialect::asReal(const QString& expression) const
{
    return isSqlite() ? QStringLiteral("CAST(%1 AS REAL)").arg(expression)
                      : QStringLiteral("(%1)::float8").arg(expression);
}

QString SqlDialect::containsMatch(const QString& expression, const QString& placeholder) const
{
    if (isSqlite())
        return QStringLiteral("(%1 LIKE %2 ESCAPE '\\')").arg(expression, placeholder);
    return QStringLiteral("(%1 ILIKE %2 ESCAPE '\\')").arg(expression, placeholder);
}

QString SqlDialect::likePattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped.append(QLatin1Char('\\'));
        escaped.append(c);
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::character(int code) const
{
    return (isSqlite() ? QStringLiteral("char(%1)") : QStringLiteral("chr(%1)")).arg(code);
}

QString SqlDialect::byteOrder() const
{
    return isSqlite() ? QStringLiteral(" COLLATE BINARY") : QStringLiteral(" COLLATE \"C\"");
}

QString SqlDialect::forUpdate() const
{
    return isSqlite() ? QString() : QStringLiteral(" FOR UPDATE");
}

QString SqlDialect::implicitRowKey() const
{
    return isSqlite() ? QStringLiteral("rowid") : QString();
}

QString SqlDialect::withSources(QString sql) const
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        // A bare name only: a quoted "model_metadata" is the real table, as Tables reads it.
        sql.replace(QRegularExpression(QStringLiteral("(?<![\\w\".])%1(?![\\w\"])").arg(it.key())), it.value());
    return sql;
}

} // namespace steward
