#include "ComplianceReport.h"

#include "models/core/Clock.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/governance/ViolationTerms.h"
#include "models/governance/ViolationTimeline.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/workflow/Workflow.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReport)
};

// A condition on a timestamp column being inside the report's period, and on the client.
struct Scope
{
    QString where;
    QVariantList binds;
};

Scope periodScope(const SqlDialect& dialect, const QString& column, const ComplianceReportData& data)
{
    Scope scope;
    const QString instant = dialect.instant(column);
    scope.where = QStringLiteral("%1 >= %2 AND %1 < %2").arg(instant, dialect.boundInstant());
    scope.binds << SqlDialect::instantValue(data.periodStart) << SqlDialect::instantValue(data.periodEnd);
    if (!data.clientId.isEmpty()) {
        scope.where += QStringLiteral(" AND v.client_id = ?");
        scope.binds << data.clientId;
    }
    return scope;
}

Result<QSqlQuery> run(Database& database, const QString& sql, const QVariantList& binds, const QString& what)
{
    QSqlQuery q = database.query();
    if (Outcome prepared = database.prepare(q, database.dialect().withSources(sql)); !prepared)
        return prepared;
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (Outcome ran = database.run(q, what); !ran)
        return ran;
    return q;
}

QStringList ordered(const QStringList& known, QStringList present)
{
    QStringList result;
    for (const QString& word : known) {
        result << word;
        present.removeAll(word);
    }
    present.sort();
    return result + present;
}

QDate bucketStart(const QDate& day, const QString& unit)
{
    if (unit == QLatin1String("week"))
        return day.addDays(1 - day.dayOfWeek());
    if (unit == QLatin1String("month"))
        return QDate(day.year(), day.month(), 1);
    return day;
}

QDate nextBucket(const QDate& start, const QString& unit)
{
    if (unit == QLatin1String("week"))
        return start.addDays(7);
    if (unit == QLatin1String("month"))
        return start.addMonths(1);
    return start.addDays(1);
}

Outcome readCounts(Database& db, ComplianceReportData& data)
{
    const Scope scope = periodScope(db.dialect(), QStringLiteral("v.detected_at"), data);
    auto q = run(db,
                 QStringLiteral("SELECT v.severity, v.status, count(*) FROM governance_violations v WHERE %1 "
                                "GROUP BY v.severity, v.status")
                     .arg(scope.where),
                 scope.binds, Text::tr("counting violations"));
    if (!q)
        return q.failure();
    QStringList severities;
    QStringList statuses;
    while (q->next()) {
        const QString severity = q->value(0).toString();
        const QString status = q->value(1).toString();
        const qint64 count = q->value(2).toLongLong();
        data.detectedBySeverityStatus[severity][status] += count;
        data.detected += count;
        severities << severity;
        statuses << status;
    }
    severities.removeDuplicates();
    statuses.removeDuplicates();
    data.severities = ordered(ViolationTerms::knownSeverities(), severities);
    data.statuses = ordered(ViolationTerms::knownStatuses(), statuses);
    return Outcome::ok();
}

Outcome readCurrentState(Database& db, ComplianceReportData& data, const ReportOptions& options, bool hasAppTables)
{
    ViolationQueryContext context{data.deadlines, data.asOf, hasAppTables};
    // The report lists lateness as it is: the longest overdue first, whatever the severity.
    context.severeOverdueFirst = false;
    ViolationFilter criticals;
    criticals.activeOnly = true;
    criticals.severities = {QStringLiteral("critical")};
    ViolationFilter overdue;
    overdue.overdueOnly = true;
    if (!data.clientId.isEmpty())
        criticals.clients = overdue.clients = QStringList{data.clientId};
    const PagedQuery criticalQuery = ViolationQuery::queue(db.dialect(), criticals, context);
    const PagedQuery overdueQuery = ViolationQuery::queue(db.dialect(), overdue, context);
    auto criticalCount = ViolationQuery::count(db, criticalQuery);
    auto criticalRows = ViolationQuery::fetch(db, criticalQuery, options.listLimit);
    auto overdueCount = ViolationQuery::count(db, overdueQuery);
    auto overdueRows = ViolationQuery::fetch(db, overdueQuery, options.listLimit);
    for (const Outcome& failure :
         {criticalCount.failure(), criticalRows.failure(), overdueCount.failure(), overdueRows.failure()}) {
        if (!failure)
            return failure;
    }
    data.openCriticalCount = *criticalCount;
    data.openCriticals = *criticalRows;
    data.overdueCount = *overdueCount;
    data.overdue = *overdueRows;
    return Outcome::ok();
}

Outcome readResolutions(Database& db, ComplianceReportData& data)
{
    const Scope scope = periodScope(db.dialect(), QStringLiteral("v.resolved_at"), data);
    const QString hours = db.dialect().hoursBetween(QStringLiteral("v.detected_at"), QStringLiteral("v.resolved_at"));
    auto q = run(db,
                 QStringLiteral("SELECT v.severity, v.status, count(*), avg(%1), sum(%1) FROM governance_violations v "
                                "WHERE v.status IN %2 AND %3 GROUP BY v.severity, v.status")
                     .arg(hours, ViolationTerms::closedStatusSql(), scope.where),
                 scope.binds, Text::tr("measuring time to resolve"));
    if (!q)
        return q.failure();
    double totalHours = 0;
    while (q->next()) {
        const qint64 count = q->value(2).toLongLong();
        if (q->value(1).toString() == stateName(ViolationState::FalsePositive)) {
            data.falsePositives += count;
            continue;
        }
        data.resolved += count;
        totalHours += q->value(4).toDouble();
        ComplianceReportData::Resolution& entry = data.resolvedBySeverity[q->value(0).toString()];
        entry.count = count;
        entry.meanHours = q->value(3).toDouble();
    }
    if (data.resolved > 0)
        data.meanHoursToResolve = totalHours / static_cast<double>(data.resolved);
    return Outcome::ok();
}

Outcome readSeries(Database& db, ComplianceReportData& data)
{
    const qint64 days = data.since.daysTo(data.until) + 1;
    data.bucketUnit = days > 731 ? QStringLiteral("month") : days > 92 ? QStringLiteral("week") : QStringLiteral("day");
    QMap<QDate, ComplianceReportData::Bucket> buckets;
    for (QDate start = bucketStart(data.since, data.bucketUnit); start <= data.until;
         start = nextBucket(start, data.bucketUnit))
        buckets[start].start = start;
    const auto bucketFor = [&](const QString& dayText) -> ComplianceReportData::Bucket* {
        const QDate day = QDate::fromString(dayText, Qt::ISODate);
        if (!day.isValid())
            return nullptr;
        auto it = buckets.find(bucketStart(day, data.bucketUnit));
        return it == buckets.end() ? nullptr : &*it;
    };

    const Scope detected = periodScope(db.dialect(), QStringLiteral("v.detected_at"), data);
    const QString detectedDay = db.dialect().utcDay(QStringLiteral("v.detected_at"));
    auto q = run(db,
                 QStringLiteral("SELECT %1, count(*) FROM governance_violations v WHERE %2 GROUP BY %1")
                     .arg(detectedDay, detected.where),
                 detected.binds, Text::tr("counting detections per day"));
    if (!q)
        return q.failure();
    while (q->next()) {
        if (auto* bucket = bucketFor(q->value(0).toString()))
            bucket->detected += q->value(1).toLongLong();
    }
    const Scope closed = periodScope(db.dialect(), QStringLiteral("v.resolved_at"), data);
    const QString closedDay = db.dialect().utcDay(QStringLiteral("v.resolved_at"));
    auto c =
        run(db,
            QStringLiteral("SELECT %1, v.status, count(*) FROM governance_violations v WHERE v.status IN %2 AND %3 "
                           "GROUP BY %1, v.status")
                .arg(closedDay, ViolationTerms::closedStatusSql(), closed.where),
            closed.binds, Text::tr("counting resolutions per day"));
    if (!c)
        return c.failure();
    while (c->next()) {
        if (auto* bucket = bucketFor(c->value(0).toString())) {
            if (c->value(1).toString() == stateName(ViolationState::Resolved))
                bucket->resolved += c->value(2).toLongLong();
            else
                bucket->falsePositives += c->value(2).toLongLong();
        }
    }
    data.series = buckets.values();
    return Outcome::ok();
}

Outcome readDecisions(Database& db, ComplianceReportData& data, const ComplianceReport::Progress& progress)
{
    AuditChain::Filter filter;
    filter.since = data.periodStart;
    filter.until = data.periodEnd;
    filter.limit = 1000;
    QList<AuditEntry> newestFirst;
    for (;;) {
        auto page = AuditChain::list(db, filter);
        if (!page)
            return page.failure();
        for (const AuditEntry& entry : *page) {
            // Entries about no client (settings, roles) belong to every client's report but
            // are left out of one client's.
            if (!data.clientId.isEmpty() && entry.clientId != data.clientId)
                continue;
            if (entry.action == QLatin1String("comment")) {
                ++data.comments;
                continue;
            }
            newestFirst << entry;
            ++data.decisionsByLabel[ComplianceReport::decisionLabel(entry)];
        }
        if (page->size() < filter.limit)
            break;
        filter.offset += filter.limit;
        if (progress && !progress(Text::tr("Reading decisions (%1)").arg(filter.offset), 0.6))
            return Outcome::failed(Text::tr("the report was cancelled"));
    }
    data.decisions.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        data.decisions << *it;
    return Outcome::ok();
}
} // namespace

qint64 ComplianceReportData::detectedCount(const QString& severity, const QString& status) const
{
    return detectedBySeverityStatus.value(severity).value(status);
}

std::optional<double> ComplianceReportData::deadlineHours(const QString& severity) const
{
    const std::optional<int> days = deadlines.daysFor(severity);
    return days ? std::optional<double>(*days * 24.0) : std::nullopt;
}

bool ComplianceReportData::meanExceedsDeadline(const QString& severity) const
{
    const auto it = resolvedBySeverity.constFind(severity);
    const std::optional<double> allowed = deadlineHours(severity);
    return it != resolvedBySeverity.constEnd() && it->count > 0 && allowed && it->meanHours > *allowed;
}

QStringList ComplianceReportData::severitiesOverDeadline() const
{
    QStringList over;
    for (const QString& severity : severities) {
        if (meanExceedsDeadline(severity))
            over << severity;
    }
    return over;
}

QString ComplianceReport::decisionLabel(const AuditEntry& entry)
{
    return ViolationTimeline::actionLabel(entry.targetKind, entry.action);
}

Result<ComplianceReportData> ComplianceReport::build(Database& database, const ReportOptions& options,
                                                     const Progress& progress)
{
    const auto step = [&](const QString& stage, double fraction) { return !progress || progress(stage, fraction); };
    const auto cancelled = [] { return Outcome::failed(Text::tr("the report was cancelled")); };

    ComplianceReportData data;
    data.generatedAt = Clock::nowUtc();
    data.asOf = (options.asOf.isValid() ? options.asOf : database.asOf()).toUTC();
    data.until = options.until.isValid() ? options.until : data.asOf.date();
    data.since = options.since.isValid() ? options.since : data.until.addDays(-29);
    if (data.since > data.until)
        return Outcome::usage(Text::tr("the period starts (%1) after it ends (%2)")
                                  .arg(data.since.toString(Qt::ISODate), data.until.toString(Qt::ISODate)));
    data.periodStart = QDateTime(data.since, QTime(0, 0), QTimeZone::utc());
    data.periodEnd = QDateTime(data.until.addDays(1), QTime(0, 0), QTimeZone::utc());
    data.clientId = options.clientId.trimmed();
    data.scopeWord = ScopeWords::singular(database.profile());
    data.allScopes = ScopeWords::all(database.profile());
    data.source = database.target().displayName();
    data.backend = backendName(database.backend());
    data.generatedBy = database.actingUser();

    auto version = AppSchema::installedVersion(database);
    if (!version)
        return version.failure();
    data.hasAuditTrail = *version > 0;
    auto deadlines = Deadlines::load(database);
    if (!deadlines)
        return deadlines.failure();
    data.deadlines = *deadlines;

    // Each step, with what the progress bar says while it runs.
    struct Step
    {
        QString stage;
        double fraction;
        std::function<Outcome()> run;
    };
    QList<Step> steps{
        {Text::tr("Counting violations"), 0.05, [&] { return readCounts(database, data); }},
        {Text::tr("Finding open criticals and overdue items"), 0.2,
         [&] { return readCurrentState(database, data, options, data.hasAuditTrail); }},
        {Text::tr("Measuring time to resolve"), 0.35, [&] { return readResolutions(database, data); }},
        {Text::tr("Counting per day"), 0.45, [&] { return readSeries(database, data); }},
        {Text::tr("Reading monitoring"), 0.5,
         [&]() -> Outcome {
             auto monitoring =
                 MonitoringReport::build(database, data.periodStart, data.periodEnd, data.clientId, options.listLimit);
             if (!monitoring)
                 return monitoring.failure();
             data.monitoring = monitoring.take();
             return Outcome::ok();
         }},
    };
    if (data.hasAuditTrail) {
        steps << Step{Text::tr("Reading decisions"), 0.55, [&] { return readDecisions(database, data, progress); }};
        steps << Step{Text::tr("Verifying the audit chain"), 0.75, [&]() -> Outcome {
                          auto verification = AuditChain::verify(database);
                          if (!verification)
                              return verification.failure();
                          data.chain = *verification;
                          return Outcome::ok();
                      }};
    }
    for (const Step& each : steps) {
        if (!step(each.stage, each.fraction))
            return cancelled();
        if (Outcome done = each.run(); !done)
            return done;
    }
    if (!step(Text::tr("Data gathered"), 0.8))
        return cancelled();
    return data;
}

} // namespace steward
