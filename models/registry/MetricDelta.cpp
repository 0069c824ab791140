#include "MetricDelta.h"

#include <cmath>

namespace steward {

namespace {
// Twelve significant digits: 0.3152 - 0.3104 is 0.0048, not 0.00479999999999997; and two readings
// this close are the same.
double cleaned(double value)
{
    return QString::number(value, 'g', 12).toDouble();
}
} // namespace

MetricDelta MetricDelta::between(Metrics::Direction direction, double before, double after)
{
    MetricDelta delta;
    delta.ofMagnitude = direction == Metrics::Direction::CloserToZero;
    const double from = delta.ofMagnitude ? std::fabs(before) : before;
    const double to = delta.ofMagnitude ? std::fabs(after) : after;
    delta.change = cleaned(to - from);
    if (before != 0 && std::isfinite(before) && std::isfinite(after))
        delta.relative = delta.change / std::fabs(before);
    if (std::isfinite(delta.change) && delta.change != 0) {
        const bool rose = delta.change > 0;
        delta.verdict = (direction == Metrics::Direction::HigherIsBetter) == rose ? 1 : -1;
    }
    return delta;
}

MetricDelta MetricDelta::between(const QString& key, double before, double after)
{
    return between(Metrics::direction(key), before, after);
}

QString MetricDelta::measuredName(const QString& key, Metrics::Direction direction)
{
    return direction == Metrics::Direction::CloserToZero ? QStringLiteral("|%1|").arg(key) : key;
}

} // namespace steward
