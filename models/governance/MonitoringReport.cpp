#include "MonitoringReport.h"

#include "models/db/Database.h"
#include "models/profiles/Profile.h"

namespace steward {

Result<MonitoringReportData> MonitoringReport::build(Database& database, const QDateTime& start, const QDateTime& end,
                                                     const QString& client, int listLimit)
{
    MonitoringReportData data;
    MonitoringFilter filter;
    filter.scope = client;
    filter.since = start;
    filter.until = end.addMSecs(-1);
    data.performanceKept = PerformanceSummary::available(database);
    if (data.performanceKept) {
        auto rows = PerformanceSummary::load(database, filter);
        if (!rows)
            return rows.failure();
        for (const PerformanceRow& row : *rows) {
            if (row.trend.kind == TrendKind::Declining)
                data.declining << row;
        }
    }
    data.driftKept = DriftSummary::available(database);
    if (data.driftKept) {
        filter.status = QStringLiteral("detected");
        auto records = DriftSummary::load(database, filter);
        if (!records)
            return records.failure();
        data.driftDetected = records->size();
        data.drift = records->mid(0, listLimit);
    }
    const Profile& profile = database.profile();
    const EntityMap* model = profile.entity(QStringLiteral("model_version"));
    data.deploymentsKept =
        profile.hasEntity(QStringLiteral("deployment")) || (model && model->has(QStringLiteral("deployment")));
    data.feedbackKept = FeedbackQueue::kindIn(database) == FeedbackQueue::Kind::Queue;
    if (data.deploymentsKept && Deployments::kindIn(database) != Deployments::Kind::None) {
        auto rolledBack = Deployments::list(database, {}, QStringLiteral("rolled_back"));
        if (!rolledBack)
            return rolledBack.failure();
        for (const Deployment& deployment : std::as_const(*rolledBack)) {
            if (client.isEmpty() || deployment.clientId == client)
                data.rolledBack << deployment;
        }
    }
    if (data.feedbackKept) {
        auto pending = FeedbackQueue::list(database, QStringLiteral("pending"));
        if (!pending)
            return pending.failure();
        for (const FeedbackItem& item : std::as_const(*pending)) {
            if (client.isEmpty() || item.clientId == client)
                data.pendingFeedback << item;
        }
    }
    return data;
}

} // namespace steward
