#pragma once

#include "models/core/Outcome.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace steward {

class Database;
class SqlDialect;
struct MonitoringFilter;

// Performance figures as one row per measurement: (scope, model, metric, value, at, baseline,
// threshold), whatever shape the system keeps them in. UrutiIQ and Krong Thai keep a row per
// metric; WITHIN a column per metric (each becomes a branch of a UNION ALL); the forecasting
// pipeline has each day's WMAPE of its forecasts against the actuals. `model` is the model id
// as text; for the pipeline the version, with the client in `scope`.
namespace PerformanceRows {
struct Select
{
    QString sql; // empty: nothing to read (an unknown metric)
    QVariantList binds;
};

bool isPipeline(Database& database);
// The tables read, for messages.
QString source(Database& database);
bool available(Database& database);
// The rows of the models whose keys are `keys` (all when null), with the filter's metric and period.
Select rows(Database& database, const MonitoringFilter& filter, const QStringList* keys);
// The same rows with every metric of a measurement side by side, for summaries that read the
// table once: columns scope, model, metric, pattern, v0 … v(n-1), baseline, threshold, at.
// Where the system keeps a row per metric (and for the pipeline) there is one value column and
// `metric` names it; where it keeps a column per metric, `metrics` names the value columns,
// `metric` is empty and `pattern` has bit i set where v(i) is NULL, so that a summary can
// group rows by which metrics they hold.
struct Wide
{
    QString sql; // empty: nothing to read (an unknown metric)
    QVariantList binds;
    QStringList metrics; // a name per value column; empty: one column, the row's own metric
};
Wide wide(Database& database, const MonitoringFilter& filter, const QStringList* keys);
// The pipeline's forecasts (alias f) paired with their actuals (alias a) on client, series and
// date, as a FROM clause, with each pair's |forecast − actual| and actual as numbers: what a
// day's WMAPE adds up, here and in Steward's daily rollup of it (WmapeDays).
struct ForecastPairs
{
    QString from;
    QString absoluteError;
    QString actual;
};
ForecastPairs forecastPairs(const SqlDialect& dialect);
// The metrics there are for the filter's models (before --metric), for choosing one.
QStringList metricNames(Database& database);
} // namespace PerformanceRows

} // namespace steward
