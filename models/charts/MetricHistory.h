#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace steward {

class ModelRegistry;

// One metric across a client's versions, oldest first.
struct MetricHistoryData
{
    struct Point
    {
        QString version;
        QDateTime trainedAt; // UTC
        double value = 0;
        QString model; // where the system names its models (one line each); else empty
    };

    QString clientId;
    QString metric;
    QStringList metrics; // every metric the client's versions have, for choosing another
    QList<Point> points;
    QString activeVersion;      // the client's; empty where several models each have one
    QStringList activeVersions; // every active version: one per model where the system names them
    qint64 versionsWithoutMetric = 0;

    // x: training time in ms since the epoch, y: the value; sorted by x.
    QList<QPointF> xy() const;
    int indexOf(const QString& version) const;
    // The models drawn, in the order of their first point; one empty name where none are named.
    QStringList models() const;
    bool isActive(const QString& version) const { return version == activeVersion || activeVersions.contains(version); }
};

namespace MetricHistory {
// Sorts by training time and drops non-finite values (counted as versions without the metric).
MetricHistoryData build(QString clientId, QString metric, QList<MetricHistoryData::Point> points);
// Reads the metric from the client's versions in the database. An empty metric picks the first
// of the client's metrics (wmape when present). `knownMetrics`, when given, are the client's
// metric names as the caller has just read them (ModelRegistry::metricKeys), which are then not
// read again: on a server that is a pass over every version's metrics.
Result<MetricHistoryData> load(const ModelRegistry& registry, const QString& clientId, const QString& metric,
                               const QStringList* knownMetrics = nullptr);
} // namespace MetricHistory

} // namespace steward
