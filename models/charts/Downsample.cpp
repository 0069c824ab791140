#include "Downsample.h"

#include <algorithm>
#include <cmath>

namespace steward {

QList<int> Downsample::minMax(const QList<QPointF>& points, int buckets)
{
    const int n = static_cast<int>(points.size());
    QList<int> indices;
    if (buckets < 1 || n <= 4 * buckets) {
        indices.reserve(n);
        for (int i = 0; i < n; ++i)
            indices << i;
        return indices;
    }
    const double x0 = points.first().x();
    const double span = points.last().x() - x0;
    indices.reserve(4 * buckets + 2);
    int bucket = -1;
    int first = 0;
    int low = 0;
    int high = 0;
    int last = 0;
    const auto flush = [&] {
        int group[4] = {first, low, high, last};
        std::sort(std::begin(group), std::end(group));
        for (int index : group) {
            if (indices.isEmpty() || indices.last() != index)
                indices << index;
        }
    };
    for (int i = 0; i < n; ++i) {
        const QPointF& p = points.at(i);
        const int b = span > 0 ? std::clamp(static_cast<int>((p.x() - x0) / span * buckets), 0, buckets - 1) : 0;
        if (b != bucket) {
            if (bucket >= 0)
                flush();
            bucket = b;
            first = low = high = last = i;
            continue;
        }
        last = i;
        if (p.y() < points.at(low).y())
            low = i;
        if (p.y() > points.at(high).y())
            high = i;
    }
    flush();
    return indices;
}

QList<QPointF> Downsample::pick(const QList<QPointF>& points, const QList<int>& indices)
{
    QList<QPointF> picked;
    picked.reserve(indices.size());
    for (int index : indices)
        picked << points.at(index);
    return picked;
}

int Downsample::nearestByX(const QList<QPointF>& points, double x)
{
    if (points.isEmpty())
        return -1;
    const auto after =
        std::lower_bound(points.begin(), points.end(), x, [](const QPointF& p, double value) { return p.x() < value; });
    if (after == points.begin())
        return 0;
    if (after == points.end())
        return static_cast<int>(points.size()) - 1;
    const auto before = after - 1;
    return static_cast<int>((std::fabs(after->x() - x) < std::fabs(x - before->x()) ? after : before) - points.begin());
}

} // namespace steward
