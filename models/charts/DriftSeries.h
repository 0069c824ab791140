#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/MonitoringFilter.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <optional>

namespace steward {

class Database;

// Drift scores over time, a line per model, type and feature, with each line's threshold, for
// the drift chart. Lines drifting now come first.
struct DriftSeriesData
{
    struct Line
    {
        QString label;         // "anomaly_detection v1.2 · order_value (data_drift)"
        QString status;        // the newest record's: detected, warning, normal
        QList<QPointF> points; // x: ms since the epoch (UTC), y: the score; sorted by x
        std::optional<double> threshold;
        bool thresholdAssumed = false;
    };

    QList<Line> lines;
    int linesLeftOut = 0; // beyond `maxLines`
};

namespace DriftSeries {
Result<DriftSeriesData> load(Database& database, const MonitoringFilter& filter, int maxLines = 8);
} // namespace DriftSeries

} // namespace steward
