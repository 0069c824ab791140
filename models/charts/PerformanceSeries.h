#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/Trend.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;
struct PerformanceRow;

// One metric over time, a line per model version, with the baseline or threshold the system
// keeps, for the performance chart.
struct PerformanceSeriesData
{
    struct Line
    {
        QString label; // "anomaly_detection v1.2", or the pipeline's "client version"
        bool active = false;
        QString trend;         // improving, declining, stable, or empty
        QList<QPointF> points; // x: ms since the epoch (UTC), y: the value; sorted by x
        std::optional<double> baseline;
        std::optional<double> threshold;
    };

    QString metric;
    MetricSense sense = MetricSense::HigherIsBetter;
    QStringList metrics; // every metric there is, for choosing another
    QList<Line> lines;   // by model, then version order
};

namespace PerformanceSeries {
// The filter's metric, or the first there is when it names none.
Result<PerformanceSeriesData> load(Database& database, const MonitoringFilter& filter);
// The same, naming its lines from `summary`, the performance summary already read over the same
// period (every model, or the filter's): its rows of the filter's model and metric give the lines'
// names, trends and baselines, instead of summarising the rows again.
Result<PerformanceSeriesData> load(Database& database, const MonitoringFilter& filter,
                                   const QList<PerformanceRow>& summary);
} // namespace PerformanceSeries

} // namespace steward
