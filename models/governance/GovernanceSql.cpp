#include "GovernanceSql.h"

#include "models/db/SqlDialect.h"
#include "models/governance/ViolationTerms.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/Workflow.h"

#include <QStringList>

namespace steward {

QString GovernanceSql::idText(const SqlDialect& dialect, const QString& column)
{
    return dialect.isSqlite() ? column : column + QStringLiteral("::text");
}

QString GovernanceSql::instant(const SqlDialect& dialect, const QString& column)
{
    return dialect.isSqlite() ? QStringLiteral("julianday(%1)").arg(column) : column;
}

QString GovernanceSql::boundInstant(const SqlDialect& dialect)
{
    return dialect.isSqlite() ? QStringLiteral("julianday(?)") : QStringLiteral("CAST(? AS timestamptz)");
}

QString GovernanceSql::instantValue(const QDateTime& utc)
{
    return AuditChain::timeText(utc);
}

QString GovernanceSql::hoursBetween(const SqlDialect& dialect, const QString& from, const QString& to)
{
    if (dialect.isSqlite())
        return QStringLiteral("((julianday(%2) - julianday(%1)) * 24.0)").arg(from, to);
    return QStringLiteral("(EXTRACT(EPOCH FROM (%2 - %1)) / 3600.0)").arg(from, to);
}

QString GovernanceSql::utcDay(const SqlDialect& dialect, const QString& column)
{
    if (dialect.isSqlite())
        return QStringLiteral("date(%1)").arg(column);
    return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD')").arg(column);
}

QString GovernanceSql::plusDaysInstant(const SqlDialect& dialect, const QString& column, const QString& daysExpression)
{
    if (dialect.isSqlite())
        return QStringLiteral("(julianday(%1) + (%2))").arg(column, daysExpression);
    return QStringLiteral("(%1 + (%2) * interval '1 day')").arg(column, daysExpression);
}

QString GovernanceSql::plusDaysTimestamp(const SqlDialect& dialect, const QString& column,
                                         const QString& daysExpression)
{
    if (dialect.isSqlite())
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', julianday(%1) + (%2))").arg(column, daysExpression);
    return plusDaysInstant(dialect, column, daysExpression);
}

QString GovernanceSql::closedStatusList()
{
    return QStringLiteral("('%1', '%2')")
        .arg(stateName(ViolationState::Resolved), stateName(ViolationState::FalsePositive));
}

QString GovernanceSql::severityRank(const QString& column)
{
    QStringList cases;
    for (const QString& severity : ViolationTerms::knownSeverities())
        cases << QStringLiteral("WHEN '%1' THEN %2").arg(severity).arg(ViolationTerms::severityRank(severity));
    return QStringLiteral("(CASE %1 %2 ELSE 5 END)").arg(column, cases.join(QLatin1Char(' ')));
}

} // namespace steward
