#include "DriftSeries.h"

#include "models/monitoring/DriftSummary.h"

#include <QHash>
#include <algorithm>

namespace steward {

Result<DriftSeriesData> DriftSeries::load(Database& database, const MonitoringFilter& given, int maxLines)
{
    MonitoringFilter filter = given;
    filter.status.clear(); // a line is the whole history; the status picks nothing out of it
    filter.limit = 0;
    auto records = DriftSummary::load(database, filter);
    if (!records)
        return records.failure();
    DriftSeriesData data;
    QHash<QString, qsizetype> lineOf;
    // Records come drifting-now first, so lines are made in that order.
    for (const DriftRecord& r : *records) {
        const QString model = (r.modelName.isEmpty() ? r.scope : r.modelName) +
                              (r.modelVersion.isEmpty() ? QString() : QLatin1Char(' ') + r.modelVersion);
        const QString key = model + QChar(0x1f) + r.type + QChar(0x1f) + r.feature;
        qsizetype line = lineOf.value(key, -1);
        if (line == -1) {
            if (!given.status.isEmpty() && r.status != given.status)
                continue; // a line is shown when its newest record has the status asked for
            if (data.lines.size() >= maxLines) {
                ++data.linesLeftOut;
                lineOf.insert(key, -2);
                continue;
            }
            DriftSeriesData::Line made;
            made.label = QStringLiteral("%1 · %2 (%3)")
                             .arg(model.trimmed(), r.feature.isEmpty() ? QStringLiteral("model") : r.feature, r.type);
            made.status = r.status;
            made.threshold = r.threshold;
            made.thresholdAssumed = r.thresholdAssumed;
            data.lines << made;
            line = data.lines.size() - 1;
            lineOf.insert(key, line);
        }
        if (line >= 0) // -2: a line left out
            data.lines[line].points << QPointF(static_cast<double>(r.at.toMSecsSinceEpoch()), r.score);
    }
    for (DriftSeriesData::Line& line : data.lines)
        std::sort(line.points.begin(), line.points.end(),
                  [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); });
    return data;
}

} // namespace steward
