#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace steward {

// Which way a monitored metric is better. Monitoring's own table (docs/monitoring.md): errors,
// latency, loss and drift are better lower; everything else, scores and throughput included, is
// taken as better higher.
enum class MetricSense { LowerIsBetter, HigherIsBetter };

enum class TrendKind { Improving, Declining, Stable };

// A least-squares line through a series of (time, value) points, kept as the sums a database
// aggregates, so that a summary never has to load its points.
struct TrendSums
{
    qint64 points = 0;
    double sumT = 0; // t in days from any fixed reference
    double sumV = 0;
    double sumTT = 0;
    double sumTV = 0;

    void add(double t, double value);
};

struct TrendResult
{
    std::optional<TrendKind> kind; // empty: fewer than two points at distinct times
    double slopePerDay = 0;
    double change = 0;         // the fitted line's change over the period (last minus first time)
    double relativeChange = 0; // change / |mean|: what the tolerance is measured against
    double mean = 0;
};

namespace Trend {
// A relative change of the fitted line over the period below this (2% of the mean) is stable.
inline constexpr double kTolerance = 0.02;

MetricSense sense(const QString& metric);
// `spanDays`: from the first point's time to the last's.
TrendResult fromSums(const TrendSums& sums, double spanDays, MetricSense sense, double tolerance = kTolerance);

struct Point
{
    double t = 0; // days
    double value = 0;
};
TrendResult of(const QList<Point>& series, MetricSense sense, double tolerance = kTolerance);

// "improving", "declining", "stable"; empty for no trend.
QString name(const std::optional<TrendKind>& kind);
QString senseName(MetricSense sense); // "lower", "higher"
} // namespace Trend

} // namespace steward
