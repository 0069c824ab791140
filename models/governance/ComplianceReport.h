#pragma once

#include "models/core/Outcome.h"
#include "models/governance/Deadlines.h"
#include "models/governance/MonitoringReport.h"
#include "models/governance/ViolationQuery.h"
#include "models/workflow/AuditChain.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace steward {

class Database;

struct ReportOptions
{
    QString clientId;    // empty: every client
    QDate since;         // first day, UTC; invalid: 29 days before `until`
    QDate until;         // last day (inclusive), UTC; invalid: the day of `asOf`
    QDateTime asOf;      // what the state is measured against; invalid: the database's asOf()
    int listLimit = 200; // open criticals and overdue items listed (all are counted)
};

// Everything a compliance report shows, gathered from the database in one pass; renderers
// (PDF, HTML, CSV) only lay it out.
struct ComplianceReportData
{
    struct Bucket
    {
        QDate start;
        qint64 detected = 0;
        qint64 resolved = 0;
        qint64 falsePositives = 0;
    };
    struct Resolution
    {
        qint64 count = 0;
        double meanHours = 0;
    };

    // Title block.
    QString source; // the database, password masked
    QString backend;
    QString generatedBy;
    QDateTime generatedAt; // the clock's time when the report was made
    QDateTime asOf;        // the state's moment: generatedAt, or a snapshot's export time
    QString clientId;
    QString scopeWord = QStringLiteral("Client"); // what clientId names here: Client, Company, Restaurant...
    QString allScopes = QStringLiteral("All clients");
    QDate since;
    QDate until;
    QDateTime periodStart; // since 00:00 UTC
    QDateTime periodEnd;   // the day after `until`, 00:00 UTC (exclusive)
    ViolationDeadlines deadlines;

    // Violations detected in the period, by severity and status (words from newer monitors
    // included as they are).
    QMap<QString, QMap<QString, qint64>> detectedBySeverityStatus;
    QStringList severities; // most severe first, unknown ones last
    QStringList statuses;   // workflow order, unknown ones last
    qint64 detected = 0;
    qint64 detectedCount(const QString& severity, const QString& status) const;

    // The state as of `asOf`.
    qint64 openCriticalCount = 0;
    QList<ViolationRow> openCriticals;
    qint64 overdueCount = 0;
    QList<ViolationRow> overdue;

    // Violations closed in the period.
    QMap<QString, Resolution> resolvedBySeverity; // status resolved
    qint64 resolved = 0;
    qint64 falsePositives = 0;
    std::optional<double> meanHoursToResolve;
    // The severity's deadline in hours (none for a severity without one).
    std::optional<double> deadlineHours(const QString& severity) const;
    // Violations of this severity resolved in the period took longer on average than its deadline.
    bool meanExceedsDeadline(const QString& severity) const;
    // The severities for which that is so, most severe first.
    QStringList severitiesOverDeadline() const;

    QList<Bucket> series;
    QString bucketUnit; // day, week or month

    // Decisions in the period, oldest first (comments are counted, not listed).
    bool hasAuditTrail = false;
    QList<AuditEntry> decisions;
    QMap<QString, qint64> decisionsByLabel;
    qint64 comments = 0;
    std::optional<AuditChain::Verification> chain; // nothing when there is no audit trail

    MonitoringReportData monitoring;
};

namespace ComplianceReport {
// Called between steps; returning false cancels the report.
using Progress = std::function<bool(const QString& stage, double fraction)>;
Result<ComplianceReportData> build(Database& database, const ReportOptions& options, const Progress& progress = {});
// The label a decision is listed and counted under.
QString decisionLabel(const AuditEntry& entry);
} // namespace ComplianceReport

} // namespace steward
