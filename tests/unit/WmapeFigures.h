#pragma once

#include "models/monitoring/MonitoringFilter.h"

#include <QList>
#include <QStringList>

namespace steward {
class Database;
}

// What the performance summary and chart show of the pipeline's accuracy, as text to compare:
// with Steward's daily rollup and by joining forecasts to actuals, on SQLite and on a server.
// Sums are added in another order with the rollup, so figures keep 12 digits.
namespace steward::test {
QStringList performanceSummary(Database& db, const MonitoringFilter& filter);
QStringList performanceChart(Database& db, const MonitoringFilter& filter);
// Every version, one client (saigon_mart) and a period of the demo's days.
QList<MonitoringFilter> performanceFilters();
// The summary and the chart for each of those filters.
QStringList performanceEverything(Database& db);
} // namespace steward::test
