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

// The rows of `query` in its order (the first `limit`, or all when 0), as the driver returned
// the values (the key last).
Outcome readRows(Database& database, const PagedQuery& query, int limit, QList<QVariantList>* rows)
{
    QString sql = query.selectStatement();
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto q = database.select(sql, query.binds, Text::tr("reading the versions"));
    if (!q)
        return q.failure();
    const int width = static_cast<int>(query.columns.size()) + 1;
    while (q->next()) {
        QVariantList row;
        row.reserve(width);
        for (int c = 0; c < width; ++c)
            row << q->value(c);
        *rows << row;
    }
    return Outcome::ok();
}
} // namespace

Result<ClientVersions> ClientVersionsRead::load(const ModelRegistry& registry, const QString& clientId,
                                                bool listClients, const std::function<bool()>& cancelled,
                                                const std::function<void(const ClientVersions&)>& firstRows)
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
    auto keys = registry.metricKeys(out.clientId);
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
    if (stop())
        return stopped();
    if (firstRows) {
        out.rowsRead = readRows(registry.database(), out.query, kFirstRows, &out.rows);
        if (!out.rowsRead || out.rows.size() < kFirstRows)
            return out; // all of them
        out.complete = false;
        firstRows(out);
        if (stop())
            return stopped();
        out.rows.clear();
        out.complete = true;
    }
    out.rowsRead = readRows(registry.database(), out.query, 0, &out.rows);
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
