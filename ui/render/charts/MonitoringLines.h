#pragma once

#include <QList>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QColor;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace steward {

// What the performance and drift charts draw alike: lines over time and the dashed level lines
// (baselines, thresholds) across them.
namespace MonitoringLines {
// A line of `points` (downsampled to `maxPoints` by min/max per column), added to `chart`.
QLineSeries* line(QChart* chart, const QString& name, const QList<QPointF>& points, const QColor& colour, double width,
                  int maxPoints = 1600);
// A dashed horizontal line at `value` from `fromX` to `toX`, kept out of the legend unless named.
QLineSeries* level(QChart* chart, const QString& name, double value, double fromX, double toX, const QColor& colour);
// Time on x, values on y, ranged over every series' points, padded.
void axes(QChart* chart, const QString& yTitle, double minX, double maxX, double minY, double maxY);
} // namespace MonitoringLines

} // namespace steward
