#include "SqlDialect.h"

namespace steward {

namespace {
// A finite timestamp as ISO 8601 UTC with "Z", with the fraction only as long as it needs to
// be (none, milliseconds, or microseconds); infinity stays as PostgreSQL writes it. The
// session's time zone is UTC during an export.
QString postgresTimestampText(const QString& column)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL WHEN NOT isfinite(%1) THEN %1::text "
                          "ELSE to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS') || "
                          "CASE WHEN to_char(%1, 'US') = '000000' THEN '' "
                          "WHEN right(to_char(%1, 'US'), 3) = '000' THEN to_char(%1, '.MS') "
                          "ELSE to_char(%1, '.US') END || 'Z' END")
        .arg(column);
}

} // namespace

SqlDialect::PortableColumn SqlDialect::portableColumn(const QString& name, const QString& declaredType) const
{
    const QString column = quoteIdentifier(name);
    if (isSqlite())
        return {declaredType, column};
    const QString type = declaredType.toLower();
    PortableColumn out{QStringLiteral("TEXT"), column + QStringLiteral("::text")};
    if (type == QLatin1String("smallint") || type == QLatin1String("integer") || type == QLatin1String("bigint")) {
        out.snapshotType = QStringLiteral("INTEGER");
        out.selectExpression = column;
    } else if (type == QLatin1String("real") || type == QLatin1String("double precision")) {
        out.snapshotType = QStringLiteral("REAL");
        out.selectExpression = column;
    } else if (type == QLatin1String("numeric") || type == QLatin1String("decimal")) {
        out.snapshotType = QStringLiteral("NUMERIC_TEXT");
    } else if (type == QLatin1String("jsonb")) {
        out.snapshotType = QStringLiteral("JSONB_TEXT");
    } else if (type == QLatin1String("json")) {
        out.snapshotType = QStringLiteral("JSON_TEXT");
    } else if (type == QLatin1String("uuid")) {
        out.snapshotType = QStringLiteral("UUID");
    } else if (type == QLatin1String("timestamp with time zone")) {
        out.snapshotType = QStringLiteral("TIMESTAMPTZ");
        out.selectExpression = postgresTimestampText(column);
    } else if (type == QLatin1String("timestamp without time zone")) {
        out.snapshotType = QStringLiteral("TIMESTAMP");
        out.selectExpression = postgresTimestampText(column);
    } else if (type == QLatin1String("date")) {
        out.snapshotType = QStringLiteral("DATE");
        out.selectExpression =
            QStringLiteral("CASE WHEN isfinite(%1) THEN to_char(%1, 'YYYY-MM-DD') ELSE %1::text END").arg(column);
    } else if (type == QLatin1String("boolean")) {
        out.snapshotType = QStringLiteral("BOOLEAN");
        out.selectExpression = QStringLiteral("CASE WHEN %1 THEN 1 WHEN NOT %1 THEN 0 END").arg(column);
    } else if (type == QLatin1String("bytea")) {
        out.snapshotType = QStringLiteral("BLOB");
        out.selectExpression = column;
    }
    return out;
}

} // namespace steward
