#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/values/JsonValue.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace steward {

class Database;
class SqlDialect;

struct Policy
{
    QString policyId;
    QString name;
    QString type;
    QString status; // active | inactive | draft, or a newer word shown as it is
    QString description;
    JsonCell rules;
    JsonCell thresholds;
    QMap<QString, qint64> violationsByStatus; // every status its violations are in
    qint64 violationCount() const;
    qint64 openViolationCount() const; // not closed
};

namespace PolicyQuery {
// The policy list's columns, in order (source column names; the counts are computed).
enum Column { Name, Type, Status, Violations, OpenViolations, PolicyId, ColumnCount };

// All policies by name, with how many violations each raised (counted in SQL).
PagedQuery list(const SqlDialect& dialect);
Result<QList<Policy>> fetchAll(Database& database);
// By policy id, an unambiguous id prefix, or exact name.
Result<Policy> find(Database& database, const QString& idOrName);

// A JSON rules or thresholds value as lines a person reads: "Metric: bias", "Window: 28 days",
// "Applies to: order, sku". Invalid JSON is shown as its raw text with a note.
QStringList readableLines(const JsonCell& json);
// "window_days" -> "Window days".
QString readableKey(const QString& key);
} // namespace PolicyQuery

} // namespace steward
