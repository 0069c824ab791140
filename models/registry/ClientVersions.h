#pragma once

#include "models/core/Outcome.h"
#include "models/itemmodels/PagedQuery.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/registry/ModelVersion.h"
#include "models/workflow/RollbackRequests.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace steward {

class ModelRegistry;

// Everything the Models view shows for one client besides the list's rows, read in one go on a
// connection of a job's own, as plain values: the window then fills its widgets from them without
// reading anything itself. The rows are read a window at a time (PagedTableModel over `query`):
// a client can have tens of thousands of versions.
struct ClientVersions
{
    QStringList clients; // every client, when asked for (the first load)
    QString clientId;    // the client read: the one asked for, or the first when it is not there
    // The metrics of the newest versions (kNewestForMetrics): a metric only older versions
    // have comes with everyMetric(), read after the first rows.
    QStringList metricKeys;
    // The list's columns (VersionListQuery with the previous version's), in the default order
    // (newest first).
    PagedQuery query;
    // The active versions, with the metrics of each (for the tooltips against the active one).
    QList<ActiveVersion> actives;
    QMap<QString, QMap<QString, double>> activeMetrics;
    Outcome activesRead = Outcome::ok();
    QList<RollbackRequest> pendingRollbacks; // to a version of this client, awaiting a manager
};

namespace ClientVersionsRead {
// How many of a client's newest versions load() reads the metric names of (all 40,000 of a
// client took 75-150 ms on a server, before the list's first rows).
inline constexpr int kNewestForMetrics = 1000;
// Reads what `clientId`'s list needs; with `listClients`, the clients too, falling back to the
// first client when `clientId` is not one of them. `cancelled` is asked between the reads.
Result<ClientVersions> load(const ModelRegistry& registry, const QString& clientId, bool listClients,
                            const std::function<bool()>& cancelled = {});
// The metric names of every version of the client, and the list's query with them.
Result<ClientVersions> everyMetric(const ModelRegistry& registry, const QString& clientId);
// The monitored declining trends on the client's active versions (what Models flags), apart:
// monitoring can take longer to read than the versions.
Result<QList<PerformanceRow>> declining(Database& database, const QString& clientId);
} // namespace ClientVersionsRead

} // namespace steward
