#pragma once

#include "models/core/Outcome.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace steward {

class Database;

// Metrics as the pipeline writes them: a JSON object per row whose numeric members are the
// metrics. Which members exist is discovered from the data, never assumed.
namespace Metrics {
enum class Direction {
    LowerIsBetter,  // error metrics: wmape, mae, rmse, mape, fnr, residual_std...
    HigherIsBetter, // r2, accuracy, coverage...
    CloserToZero,   // signed errors: bias
};
Direction direction(const QString& key);
// Index of the best of `values` for `key` (-1 when none has a value).
int bestIndex(const QString& key, const QList<std::optional<double>>& values);

// Keys that are safe to name inside SQL (letters, digits, _ - . and spaces). Keys outside it
// are still shown in detail views, which parse the JSON themselves, but get no list column.
bool isSqlSafeKey(const QString& key);
// Well-known metrics first (wmape, mape, mae, rmse, bias, fnr, r2...), then the rest by name.
QStringList ordered(QStringList keys);

// The numeric members of a metrics object (nothing for invalid JSON or a non-object).
QMap<QString, double> numericMembers(const QJsonValue& metrics);

// The distinct numeric member names of JSON column `column` over the rows of `from` matching
// `where` (with `binds`), computed by the database: jsonb_each on PostgreSQL, json_each on
// SQLite, skipping invalid JSON and non-objects. `from` and `column` are written by code.
Result<QStringList> discover(Database& database, const QString& from, const QString& column, const QString& where,
                             const QVariantList& binds);

// A metric value as people read it: four significant decimals, or an integer as it is, in the
// locale's digits. Every view that shows a metric's value formats it here, so that a table and
// a detail pane show the same value alike.
QString format(double value);
// "wmape 0,2412; mae 9,670": metrics one after another, in ordered() order, parted by "; " so
// that a decimal comma is never also the separator.
QString line(const QMap<QString, double>& metrics);
// What parts the items of a list whose items hold numbers.
QString listSeparator();
// A change and its size relative to |base|: "+0.0123 (+4.2%)". For bias, `delta` is the change
// of |bias| (MetricDelta).
QString formatDelta(double delta, std::optional<double> base);
} // namespace Metrics

} // namespace steward
