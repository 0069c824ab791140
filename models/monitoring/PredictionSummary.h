#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/MonitoringFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace steward {

class Database;
struct EntityMap;

// A model version's prediction log, summarised by the database (never loaded).
struct PredictionRow
{
    QString scope;
    QString modelName;
    QString modelVersion;
    qint64 predictions = 0;
    QDateTime firstAt;
    QDateTime lastAt;
    qint64 withConfidence = 0;
    std::optional<double> confidenceMean;
    QList<qint64> confidenceBuckets; // one count per PredictionSummary::bucketNames()
    qint64 withGroundTruth = 0;      // predictions whose correctness is known
    qint64 correct = 0;
    std::optional<double> accuracy;
    qint64 withLatency = 0;
    std::optional<double> latencyMeanMs;
    std::optional<double> latencyMaxMs;
};

namespace PredictionSummary {
// Confidence buckets: below 0.5, then tenths up to 1.
const QStringList& bucketNames();
// Each bucket's condition on a confidence expression (SQL), in bucketNames() order.
QStringList bucketConditions(const QString& confidence);
QString source(Database& database);
// The scan's figures of a group of rows, with sums where it averages: COUNT(*), MIN and MAX
// of the time, then the confidence's count and sum, the buckets, the known and right counts,
// the latency's count, sum and maximum. `group` and `at` receive the model and time columns.
QStringList rowSums(Database& database, const EntityMap& map, QString* group, QString* at);
bool available(Database& database);
// One row per model version that has predictions in the period.
Result<QList<PredictionRow>> load(Database& database, const MonitoringFilter& filter);
} // namespace PredictionSummary

} // namespace steward
