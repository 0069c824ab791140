#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

class SqlDialect;

// The SQL pieces governance queries share where SQLite and PostgreSQL differ: time arithmetic
// on timestamp columns (SQLite keeps them as text in whatever ISO form the pipeline wrote),
// calendar days, and the deadline of a violation. Column names come from code, never users.
namespace GovernanceSql {
// A uuid column as text (PostgreSQL), the column itself on SQLite.
QString idText(const SqlDialect& dialect, const QString& column);
// A timestamp column as a value that compares and subtracts correctly: julianday() on SQLite,
// the timestamptz itself on PostgreSQL.
QString instant(const SqlDialect& dialect, const QString& column);
// One bound timestamp (a single ?) in the same form as instant(); bind instantValue().
QString boundInstant(const SqlDialect& dialect);
QString instantValue(const QDateTime& utc);
// `to - from` in hours, as a real; NULL when either is NULL.
QString hoursBetween(const SqlDialect& dialect, const QString& from, const QString& to);
// The UTC calendar day of a timestamp column, as YYYY-MM-DD text.
QString utcDay(const SqlDialect& dialect, const QString& column);
// A timestamp column plus a number of days given by `daysExpression` (NULL stays NULL): as an
// instant for comparisons, or as a timestamp value to show.
QString plusDaysInstant(const SqlDialect& dialect, const QString& column, const QString& daysExpression);
QString plusDaysTimestamp(const SqlDialect& dialect, const QString& column, const QString& daysExpression);
// "('resolved', 'false_positive')": the closed statuses, for NOT IN / IN.
QString closedStatusList();
// 1 (low) to 4 (critical); 5 for a severity this build does not know.
QString severityRank(const QString& column);
} // namespace GovernanceSql

} // namespace steward
