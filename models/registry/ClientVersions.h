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
#include <QVariantList>
#include <functional>

namespace steward {

class ModelRegistry;

// Everything the Models view shows for one client before a version is selected, read in one go
// on a connection of a job's own, as plain values: the window then fills its widgets from them
// without reading anything itself.
struct ClientVersions
{
    QStringList clients; // every client, when asked for (the first load)
    QString clientId;    // the client read: the one asked for, or the first when it is not there
    QStringList metricKeys;
    // The list's columns (VersionListQuery with the previous version's), and every row of the
    // client's in the default order (newest first): the values as the driver returned them.
    PagedQuery query;
    QList<QVariantList> rows;
    Outcome rowsRead = Outcome::ok();
    // The active versions, with the metrics of each (for the tooltips against the active one).
    QList<ActiveVersion> actives;
    QMap<QString, QMap<QString, double>> activeMetrics;
    Outcome activesRead = Outcome::ok();
    QList<RollbackRequest> pendingRollbacks; // to a version of this client, awaiting a manager
    // False while `rows` holds only the newest versions (the first kFirstRows), the rest to come.
    bool complete = true;
};

namespace ClientVersionsRead {
// How many of the newest versions are read first, and handed over before the rest.
constexpr int kFirstRows = 200;
// Reads `clientId`'s versions; with `listClients`, the clients too, falling back to the first
// client when `clientId` is not one of them. A client with more than kFirstRows versions is read
// in two steps: `firstRows` gets everything with the newest kFirstRows versions (complete false)
// before the rest are read, so that they can be shown at once (a client can have tens of
// thousands). `cancelled` is asked between the reads.
Result<ClientVersions> load(const ModelRegistry& registry, const QString& clientId, bool listClients,
                            const std::function<bool()>& cancelled = {},
                            const std::function<void(const ClientVersions&)>& firstRows = {});
// The monitored declining trends on the client's active versions (what Models flags), apart:
// monitoring can take longer to read than the versions.
Result<QList<PerformanceRow>> declining(Database& database, const QString& clientId);
} // namespace ClientVersionsRead

} // namespace steward
