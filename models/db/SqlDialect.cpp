#include "SqlDialect.h"

namespace steward {

QString SqlDialect::appTablePrefix(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("steward_") : QStringLiteral("steward.");
}

QString SqlDialect::appTable(const QString& name) const
{
    return appTablePrefix(m_backend) + name;
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

} // namespace steward
