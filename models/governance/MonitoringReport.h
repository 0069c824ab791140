#pragma once

#include "models/core/Outcome.h"
#include "models/monitoring/Deployments.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/FeedbackQueue.h"
#include "models/monitoring/PerformanceSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace steward {

class Database;

// The compliance report's monitoring section: performance trends that decline over the period,
// drift detected in it, and what the system keeps about deployments and feedback.
struct MonitoringReportData
{
    bool performanceKept = false; // the system records performance figures at all
    QList<PerformanceRow> declining;
    bool driftKept = false;
    qint64 driftDetected = 0;
    QList<DriftRecord> drift; // detected in the period: drifting now first, then newest first
    // Whether the system keeps deployments and a feedback queue at all; the deployments rolled
    // back (at any date: the systems record no time of the rollback itself) and the feedback
    // still pending (at any date), of the report's client when it has one.
    bool deploymentsKept = false;
    QList<Deployment> rolledBack;
    bool feedbackKept = false;
    QList<FeedbackItem> pendingFeedback;
};

namespace MonitoringReport {
// `end` is exclusive; `client` empty: every client; at most `listLimit` drift records listed.
Result<MonitoringReportData> build(Database& database, const QDateTime& start, const QDateTime& end,
                                   const QString& client, int listLimit);
} // namespace MonitoringReport

} // namespace steward
