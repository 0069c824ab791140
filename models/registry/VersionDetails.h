#pragma once

#include "models/core/Outcome.h"
#include "models/registry/ModelVersion.h"

#include <QList>
#include <optional>

namespace steward {

class ModelRegistry;

// What else the pipeline recorded about one version. Each part is empty when its table is
// missing from the database.
namespace VersionDetails {
// The job that produced the version, and the attempts that did not (failed or unfinished jobs
// of the same client without a version, started after the previous version was trained), oldest first.
Result<QList<TrainingJob>> trainingJobs(const ModelRegistry& registry, const ModelVersion& version);
// Walk-forward folds run with this version, by level and fold.
Result<QList<BacktestFoldRow>> backtests(const ModelRegistry& registry, const ModelVersion& version);
// The versions of a client that made forecasts: one pass over the client's forecasts, so that
// a view can skip the per-version summary for the many versions that made none.
Result<QStringList> versionsWithForecasts(const ModelRegistry& registry, const QString& clientId);
// Forecasts made with this version, per series (at most `limit` series), and the total number of series.
Result<QList<ForecastSummary>> forecasts(const ModelRegistry& registry, const ModelVersion& version, int limit,
                                         qint64* seriesTotal = nullptr);
// What an import recorded about the version, if it was imported from a folder.
Result<std::optional<ImportRecord>> importRecord(const ModelRegistry& registry, const ModelVersion& version);
} // namespace VersionDetails

} // namespace steward
