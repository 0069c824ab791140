#include "ClientVersions.h"

#include "models/db/Database.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionListQuery.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientVersions)
};

Outcome stopped()
{
    return Outcome::failed(Text::tr("cancelled"));
}
} // namespace

Result<ClientVersions> ClientVersionsRead::load(const ModelRegistry& registry, const QString& clientId,
                                                bool listClients, const std::function<bool()>& cancelled)
{
    const auto stop = [&cancelled] { return cancelled && cancelled(); };
    ClientVersions out;
    out.clientId = clientId;
    if (listClients) {
        auto clients = registry.clients();
        if (!clients)
            return clients.failure();
        out.clients = *clients;
        if (!out.clients.contains(clientId))
            out.clientId = out.clients.value(0);
    }
    if (stop())
        return stopped();
    auto keys = registry.metricKeys(out.clientId, kNewestForMetrics);
    out.metricKeys = keys ? *keys : QStringList();
    out.query = VersionListQuery::build(registry, out.clientId, out.metricKeys);
    VersionListQuery::withPrevious(out.query, registry);
    if (stop())
        return stopped();
    if (auto actives = registry.activeVersions(out.clientId); actives) {
        out.actives = *actives;
        for (const ActiveVersion& active : std::as_const(out.actives)) {
            if (active.version.isEmpty())
                continue;
            if (auto version = registry.version(out.clientId, active.version); version)
                out.activeMetrics.insert(active.version, version->metrics);
        }
    } else {
        out.activesRead = actives.failure();
    }
    if (registry.hasAppTable(QStringLiteral("rollback_requests"))) {
        const auto pending = RollbackRequests::list(registry.database(), stateName(RollbackRequestState::Requested));
        if (pending) {
            for (const RollbackRequest& r : *pending) {
                if (r.targetKind == RollbackRequests::kModelVersion && r.clientId == out.clientId)
                    out.pendingRollbacks << r;
            }
        }
    }
    return out;
}

Result<ClientVersions> ClientVersionsRead::everyMetric(const ModelRegistry& registry, const QString& clientId)
{
    auto keys = registry.metricKeys(clientId);
    if (!keys)
        return keys.failure();
    ClientVersions out;
    out.clientId = clientId;
    out.metricKeys = *keys;
    out.query = VersionListQuery::build(registry, clientId, out.metricKeys);
    VersionListQuery::withPrevious(out.query, registry);
    return out;
}

Result<QList<PerformanceRow>> ClientVersionsRead::declining(Database& database, const QString& clientId)
{
    if (!PerformanceSummary::available(database))
        return QList<PerformanceRow>();
    MonitoringFilter filter;
    filter.scope = clientId;
    return PerformanceSummary::decliningOnActive(database, filter);
}

} // namespace steward
