#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"

#include <QString>
#include <QStringList>

namespace steward {

class ModelRegistry;

// The Models view's list of one client's versions as a paged query: version, created_at,
// one column per metric key, feature_count, training_samples, and the producing training job's
// status, start, end and duration. Everything is computed by the database.
namespace VersionListQuery {
inline const QString kVersion = QStringLiteral("model_version");
inline const QString kCreatedAt = QStringLiteral("created_at");
inline const QString kFeatureCount = QStringLiteral("feature_count");
inline const QString kTrainingSamples = QStringLiteral("training_samples");
inline const QString kJobStatus = QStringLiteral("job_status");
inline const QString kJobStarted = QStringLiteral("job_started_at");
inline const QString kJobCompleted = QStringLiteral("job_completed_at");
inline const QString kJobDuration = QStringLiteral("job_duration_s");
// Added by withPrevious() only: the version trained before each row's, and its metrics as JSON.
inline const QString kPreviousMetrics = QStringLiteral("previous_metrics");
inline const QString kPreviousVersion = QStringLiteral("previous_version");

// Metric keys that are not SQL-safe, or that collide with a fixed column, get no column.
PagedQuery build(const ModelRegistry& registry, const QString& clientId, const QStringList& metricKeys);
// Adds the previous version's metrics (as the second column, where a view marks what got worse)
// and the previous version (last), read by the database with each page, never row by row.
void withPrevious(PagedQuery& query, const ModelRegistry& registry);
// Orders `query` by one of its own columns (newest version breaks ties); false for unknown names
// and for the previous version's metrics, which sortByChange orders.
bool sortBy(PagedQuery& query, const QString& column, bool descending);
// Orders a query with withPrevious() by how `keyMetric` moved against the previous version, as
// MetricDelta measures it: a regression is positive, so that descending puts the largest
// regressions first and ascending the largest improvements. Versions without a previous one,
// or without the metric on either side, come last both ways. The keys are read in that order
// once (keysFirst), each version's predecessor looked up along (client_id, model_version).
// False when the query has no such metric column.
bool sortByChange(PagedQuery& query, const ModelRegistry& registry, const QString& keyMetric, bool descending);
// Whether `name` is one of the fixed columns above (every other column is a metric).
bool isFixedColumn(const QString& name);
// The row of `version` in a client's list in the default order (newest first), or -1.
Result<int> rowInDefaultOrder(const ModelRegistry& registry, const QString& clientId, const QString& version);
// The metric keys that became columns of `query`.
QStringList metricColumns(const PagedQuery& query);
} // namespace VersionListQuery

} // namespace steward
