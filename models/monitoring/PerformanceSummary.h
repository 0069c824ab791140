#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/Trend.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace steward {

class Database;

// One model version's figures for one metric over the period, computed by the database.
struct PerformanceRow
{
    QString scope;
    QString modelName; // empty for the pipeline
    QString modelVersion;
    bool active = false;
    QString metric;
    MetricSense sense = MetricSense::HigherIsBetter;
    qint64 points = 0;
    double first = 0;
    double last = 0;
    double min = 0;
    double max = 0;
    QDateTime firstAt;
    QDateTime lastAt;
    TrendResult trend;
    std::optional<double> baseline;  // the system's comparison value, at the last point
    std::optional<double> threshold; // where the profile maps one
    // The version before it (same model), over the same period.
    QString previousVersion;
    qint64 previousPoints = 0;
    std::optional<double> previousLast;
    std::optional<double> previousMean;
    std::optional<TrendKind> previousTrend;
};

namespace PerformanceSummary {
// Which table the summary reads, or why there is none (for "no such entity" messages).
QString source(Database& database);
bool available(Database& database);
// One row per model version and metric, by scope, model, version order and metric.
Result<QList<PerformanceRow>> load(Database& database, const MonitoringFilter& filter);
// Active versions whose trend is declining: what Models flags.
Result<QList<PerformanceRow>> decliningOnActive(Database& database, const MonitoringFilter& filter = {});
} // namespace PerformanceSummary

} // namespace steward
