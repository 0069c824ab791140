#pragma once

#include "models/registry/Metrics.h"

#include <QString>
#include <optional>

namespace steward {

// How a change in a metric is measured, wherever Steward shows one (a suggestion's before and
// after, Models ▸ Compare, a version's detail, steward-cli): one convention, so that a change
// and its percentage never disagree.
//
// For a metric where closer to zero is better (bias) what matters is the distance from zero,
// so the change is that of the magnitude, |after| − |before|, and is labelled "|bias|": it is
// negative when the metric improved, whatever its sign. For every other metric the change is
// after − before. The relative change is the change over |before| (none when before is 0).
struct MetricDelta
{
    double change = 0;
    std::optional<double> relative;
    bool ofMagnitude = false; // the change is of |value|
    int verdict = 0;          // +1 better, -1 worse, 0 unchanged (or not comparable)

    static MetricDelta between(Metrics::Direction direction, double before, double after);
    static MetricDelta between(const QString& key, double before, double after);
    // What the change is a change of: "|bias|" for a magnitude, the key itself otherwise.
    static QString measuredName(const QString& key, Metrics::Direction direction);
};

} // namespace steward
