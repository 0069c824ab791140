#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/Trend.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;
struct MonitoringFilter;

// What the performance summary needs of one model version's metric, computed by the database
// without sorting the rows: the least-squares sums, minimum and maximum in one GROUP BY pass,
// and the values at the first and last times (averaged where several share a time) from the
// few rows at those times, found by joining the rows to their group's extremes.
struct PerformanceGroup
{
    QString scope; // empty for a system (its scope is its model's)
    QString model; // the model id as text; for the pipeline the version
    QString metric;
    TrendSums sums;
    double min = 0;
    double max = 0;
    QDateTime firstAt;
    QDateTime lastAt;
    double spanDays = 0;
    double first = 0; // 0 when no value was recorded at the first time, as AVG of nothing reads
    double last = 0;
    std::optional<double> baseline;  // at the last time
    std::optional<double> threshold; // at the last time
};

namespace PerformanceSums {
// The groups of the models whose keys are `keys` (all when null), with the filter's metric and
// period, in no particular order.
Result<QList<PerformanceGroup>> load(Database& database, const MonitoringFilter& filter, const QStringList* keys,
                                     const QString& source);
} // namespace PerformanceSums

} // namespace steward
