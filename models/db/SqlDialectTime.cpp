#include "SqlDialect.h"

namespace steward {

QString SqlDialect::instant(const QString& column) const
{
    return isSqlite() ? QStringLiteral("julianday(%1)").arg(column) : column;
}

QString SqlDialect::boundInstant() const
{
    return isSqlite() ? QStringLiteral("julianday(?)") : QStringLiteral("CAST(? AS timestamptz)");
}

QString SqlDialect::instantValue(const QDateTime& utc)
{
    // The form the audit trail writes: julianday() and timestamptz both read it exactly.
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString SqlDialect::instantLiteral(const QDateTime& utc) const
{
    const QString text = QStringLiteral("'%1'").arg(instantValue(utc));
    return isSqlite() ? QStringLiteral("julianday(%1)").arg(text) : QStringLiteral("CAST(%1 AS timestamptz)").arg(text);
}

QString SqlDialect::hoursBetween(const QString& from, const QString& to) const
{
    if (isSqlite())
        return QStringLiteral("((julianday(%2) - julianday(%1)) * 24.0)").arg(from, to);
    return QStringLiteral("(EXTRACT(EPOCH FROM (%2 - %1)) / 3600.0)").arg(from, to);
}

QString SqlDialect::secondsBetween(const QString& from, const QString& to) const
{
    if (isSqlite())
        return QStringLiteral("CAST(round((julianday(%2) - julianday(%1)) * 86400.0) AS INTEGER)").arg(from, to);
    return QStringLiteral("CAST(round(extract(epoch FROM (%2 - %1))) AS bigint)").arg(from, to);
}

QString SqlDialect::utcDay(const QString& column) const
{
    if (isSqlite())
        return QStringLiteral("date(%1)").arg(column);
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD')").arg(column);
}

QString SqlDialect::plusDaysInstant(const QString& column, const QString& daysExpression) const
{
    if (isSqlite())
        return QStringLiteral("(julianday(%1) + (%2))").arg(column, daysExpression);
    return QStringLiteral("(%1 + (%2) * interval '1 day')").arg(column, daysExpression);
}

QString SqlDialect::plusDaysTimestamp(const QString& column, const QString& daysExpression) const
{
    if (isSqlite())
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', julianday(%1) + (%2))").arg(column, daysExpression);
    return plusDaysInstant(column, daysExpression);
}

} // namespace steward
