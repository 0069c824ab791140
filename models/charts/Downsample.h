#pragma once

#include <QList>
#include <QPointF>

namespace steward {

// Fewer points that draw the same line. A series of a million points is drawn from a copy of a
// few thousand; the full series stays for tooltips, which always give true values.
namespace Downsample {
// Indices (ascending) of the points to draw for `buckets` pixel columns: per column the first,
// lowest, highest and last point, so every spike and the overall minimum and maximum stay
// visible. `points` must be sorted by x. Returns every index when the series is small enough.
QList<int> minMax(const QList<QPointF>& points, int buckets);
QList<QPointF> pick(const QList<QPointF>& points, const QList<int>& indices);
// The index of the point whose x is nearest to `x` (points sorted by x), or -1 when empty.
int nearestByX(const QList<QPointF>& points, double x);
} // namespace Downsample

} // namespace steward
