#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace steward {

class Database;
class SqlDialect;

// How long a violation of each severity may stay unresolved: critical 1 day, high 3, medium 7,
// low 30 unless an admin changed them (kept in Steward's settings table). A severity this
// build does not know has no deadline.
class ViolationDeadlines
{
public:
    static ViolationDeadlines defaults();

    std::optional<int> daysFor(const QString& severity) const;
    void setDays(const QString& severity, int days) { m_days.insert(severity, days); }
    const QMap<QString, int>& days() const { return m_days; }

    // Invalid when the severity has no deadline or the detection time is unknown.
    QDateTime dueAt(const QString& severity, const QDateTime& detectedAt) const;
    // Past its deadline and not closed.
    bool isOverdue(const QString& severity, const QString& status, const QDateTime& detectedAt,
                   const QDateTime& now) const;

    // SQL: the number of days allowed for the severity in `severityColumn` (NULL when unknown).
    // The day counts are whole numbers this class validated, never text from a user.
    QString daysSql(const QString& severityColumn) const;
    // SQL condition, one bound timestamp (now): not closed and past the deadline.
    QString overdueSql(const SqlDialect& dialect, const QString& detectedColumn, const QString& severityColumn,
                       const QString& statusColumn) const;

    static constexpr int kMinimumDays = 1;
    static constexpr int kMaximumDays = 3650;

private:
    QMap<QString, int> m_days;
};

namespace Deadlines {
// The key a severity's deadline is kept under in the settings table.
QString settingKey(const QString& severity);
// The deadlines in force: stored values over the defaults (defaults alone when the database has
// no Steward tables).
Result<ViolationDeadlines> load(Database& database);
// Changes some severities' deadlines: admin only, one transaction, one audit entry per change.
Outcome change(Database& database, const QMap<QString, int>& daysBySeverity);
} // namespace Deadlines

} // namespace steward
