#pragma once

#include "models/values/JsonValue.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <optional>

namespace steward {

// One row of model_metadata, with what Steward knows about it.
struct ModelVersion
{
    QString clientId;
    QString version;
    QString modelName;   // where the system names its models (UrutiIQ's "anomaly_detection"); else empty
    QDateTime trainedAt; // from the timestamp id, or created_at
    QDateTime createdAt;
    JsonCell metricsJson;          // as stored, possibly invalid
    QMap<QString, double> metrics; // its numeric members
    std::optional<qint64> featureCount;
    std::optional<qint64> trainingSamples;
    bool active = false;
};

// Which version a client uses: the one Steward recorded (after an approved rollback), or,
// when none is recorded, the newest, as the pipeline itself loads the latest version. A system
// that marks its active versions itself (SourceTables::marksActive) says which, one per model.
struct ActiveVersion
{
    QString clientId;
    QString modelName;
    QString version; // empty when the client has no versions (or the system marks none active)
    bool recorded = false;
    bool markedBySystem = false;
    QString setBy;
    QDateTime setAt;
};

struct TrainingJob
{
    QString jobId;
    QString status;
    QDateTime startedAt;
    QDateTime completedAt;
    QString modelVersion;
    QString errorMessage;
    JsonCell metrics;
    // Seconds from start to end, when both are known.
    std::optional<qint64> durationSeconds() const;
};

struct BacktestFoldRow
{
    QString resultId;
    QString level; // order | sku | whatever a newer pipeline writes
    std::optional<int> foldIndex;
    QDate trainStart;
    QDate trainEnd;
    QDate testStart;
    QDate testEnd;
    JsonCell metricsJson;
    QMap<QString, double> metrics;
};

// Forecasts made with one version, summarised per series.
struct ForecastSummary
{
    QString seriesKey;
    qint64 days = 0;
    QDate firstDate;
    QDate lastDate;
    double meanPredicted = 0;
};

// What an import from a file-based registry kept about a version (Steward's model_imports).
struct ImportRecord
{
    QString sourcePath;
    JsonCell metadata; // the whole metadata.json
    QString importedBy;
    QDateTime importedAt;
};

} // namespace steward
