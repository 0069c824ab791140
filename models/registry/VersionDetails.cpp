#include "VersionDetails.h"

#include "models/db/Database.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VersionDetails)
};

TrainingJob jobFrom(const QSqlQuery& q)
{
    TrainingJob job;
    job.jobId = mapValue(q.value(0), LogicalType::Uuid).text();
    job.status = q.value(1).toString();
    job.startedAt = parseTimestamp(q.value(2));
    job.completedAt = parseTimestamp(q.value(3));
    job.modelVersion = q.value(4).toString();
    job.errorMessage = q.value(5).toString();
    job.metrics = JsonCell::fromRaw(q.value(6));
    return job;
}

QDate dateOf(const QVariant& raw)
{
    return mapValue(raw, LogicalType::Date).value.toDate();
}

// A time comparison that works on timestamptz and on ISO text alike.
QString startedAfter(const Database& database)
{
    const SqlDialect& dialect = database.dialect();
    return dialect.instant(QStringLiteral("started_at")) + QStringLiteral(" > ") + dialect.boundInstant();
}
QString startedNotAfter(const Database& database)
{
    const SqlDialect& dialect = database.dialect();
    return dialect.instant(QStringLiteral("started_at")) + QStringLiteral(" <= ") + dialect.boundInstant();
}
} // namespace

std::optional<qint64> TrainingJob::durationSeconds() const
{
    if (!startedAt.isValid() || !completedAt.isValid())
        return std::nullopt;
    return startedAt.secsTo(completedAt);
}

Result<QList<TrainingJob>> VersionDetails::trainingJobs(const ModelRegistry& registry, const ModelVersion& version)
{
    QList<TrainingJob> jobs;
    if (!registry.hasTable(QStringLiteral("training_jobs")))
        return jobs;
    Database& db = registry.database();
    const QString columns = QStringLiteral("job_id, status, started_at, completed_at, model_version, error_message, %1")
                                .arg(db.dialect().jsonAsText(QStringLiteral("metrics")));
    QSqlQuery own = db.query();
    own.prepare(db.dialect().withSources(
        QStringLiteral("SELECT %1 FROM training_jobs WHERE client_id = ? AND model_version = ? ORDER BY started_at, id")
            .arg(columns)));
    own.addBindValue(version.clientId);
    own.addBindValue(version.version);
    if (Outcome ran = db.run(own, Text::tr("reading the training jobs of %1").arg(version.version)); !ran)
        return ran;
    while (own.next())
        jobs << jobFrom(own);
    own.finish();

    // Attempts that produced no version: between the previous version and this one's job.
    auto before = registry.previous(version);
    if (!before)
        return before.failure();
    const QDateTime until =
        !jobs.isEmpty() && jobs.first().startedAt.isValid() ? jobs.first().startedAt : version.trainedAt;
    if (!until.isValid())
        return jobs;
    QString sql =
        QStringLiteral("SELECT %1 FROM training_jobs WHERE client_id = ? AND coalesce(model_version, '') = '' AND %2")
            .arg(columns, startedNotAfter(db));
    QVariantList binds{version.clientId, timestampText(until)};
    if (*before && (*before)->trainedAt.isValid()) {
        sql += QStringLiteral(" AND ") + startedAfter(db);
        binds << timestampText((*before)->trainedAt);
    }
    sql += QStringLiteral(" ORDER BY started_at, id");
    QSqlQuery attempts = db.query();
    attempts.prepare(db.dialect().withSources(sql));
    for (const QVariant& bind : binds)
        attempts.addBindValue(bind);
    if (Outcome ran = db.run(attempts, Text::tr("reading earlier training attempts")); !ran)
        return ran;
    QList<TrainingJob> earlier;
    while (attempts.next())
        earlier << jobFrom(attempts);
    return earlier + jobs;
}

Result<QList<BacktestFoldRow>> VersionDetails::backtests(const ModelRegistry& registry, const ModelVersion& version)
{
    QList<BacktestFoldRow> folds;
    if (!registry.hasTable(QStringLiteral("backtest_results")))
        return folds;
    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.prepare(
        QStringLiteral("SELECT result_id, forecast_level, fold_index, train_start, train_end, test_start, test_end, %1 "
                       "FROM backtest_results WHERE client_id = ? AND model_version = ? "
                       "ORDER BY forecast_level, fold_index, id")
            .arg(db.dialect().jsonAsText(QStringLiteral("metrics"))));
    q.addBindValue(version.clientId);
    q.addBindValue(version.version);
    if (Outcome ran = db.run(q, Text::tr("reading the backtests of %1").arg(version.version)); !ran)
        return ran;
    while (q.next()) {
        BacktestFoldRow fold;
        fold.resultId = mapValue(q.value(0), LogicalType::Uuid).text();
        fold.level = q.value(1).toString();
        if (!q.value(2).isNull())
            fold.foldIndex = q.value(2).toInt();
        fold.trainStart = dateOf(q.value(3));
        fold.trainEnd = dateOf(q.value(4));
        fold.testStart = dateOf(q.value(5));
        fold.testEnd = dateOf(q.value(6));
        fold.metricsJson = JsonCell::fromRaw(q.value(7));
        if (fold.metricsJson.valid)
            fold.metrics = Metrics::numericMembers(fold.metricsJson.value);
        folds << fold;
    }
    return folds;
}

Result<QStringList> VersionDetails::versionsWithForecasts(const ModelRegistry& registry, const QString& clientId)
{
    QStringList versions;
    if (!registry.hasTable(QStringLiteral("forecast_results")))
        return versions;
    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral(
        "SELECT DISTINCT model_version FROM forecast_results WHERE client_id = ? AND model_version IS NOT NULL"));
    q.addBindValue(clientId);
    if (Outcome ran = db.run(q, Text::tr("finding the versions that made forecasts")); !ran)
        return ran;
    while (q.next())
        versions << q.value(0).toString();
    return versions;
}

Result<QList<ForecastSummary>> VersionDetails::forecasts(const ModelRegistry& registry, const ModelVersion& version,
                                                         int limit, qint64* seriesTotal)
{
    QList<ForecastSummary> series;
    if (seriesTotal)
        *seriesTotal = 0;
    if (!registry.hasTable(QStringLiteral("forecast_results")))
        return series;
    Database& db = registry.database();
    // One pass: the groups, and (over all groups, before the LIMIT) how many there are.
    QSqlQuery q = db.query();
    q.prepare(
        QStringLiteral("SELECT series_key, count(*), min(forecast_date), max(forecast_date), avg(%1), count(*) OVER () "
                       "FROM forecast_results WHERE client_id = ? AND model_version = ? "
                       "GROUP BY series_key ORDER BY series_key LIMIT ?")
            .arg(db.dialect().asReal(QStringLiteral("predicted_quantity"))));
    q.addBindValue(version.clientId);
    q.addBindValue(version.version);
    q.addBindValue(limit);
    if (Outcome ran = db.run(q, Text::tr("reading the forecasts of %1").arg(version.version)); !ran)
        return ran;
    while (q.next()) {
        ForecastSummary s;
        s.seriesKey = q.value(0).toString();
        s.days = q.value(1).toLongLong();
        s.firstDate = dateOf(q.value(2));
        s.lastDate = dateOf(q.value(3));
        s.meanPredicted = q.value(4).toDouble();
        if (seriesTotal)
            *seriesTotal = q.value(5).toLongLong();
        series << s;
    }
    return series;
}

Result<std::optional<ImportRecord>> VersionDetails::importRecord(const ModelRegistry& registry,
                                                                 const ModelVersion& version)
{
    if (!registry.hasAppTable(QStringLiteral("model_imports")))
        return std::optional<ImportRecord>();
    Database& db = registry.database();
    QSqlQuery q = db.query();
    q.prepare(
        QStringLiteral(
            "SELECT source_path, %1, imported_by, imported_at FROM %2 WHERE client_id = ? AND model_version = ?")
            .arg(db.dialect().jsonAsText(QStringLiteral("metadata")), db.appTable(QStringLiteral("model_imports"))));
    q.addBindValue(version.clientId);
    q.addBindValue(version.version);
    if (Outcome ran = db.run(q, Text::tr("reading the import record of %1").arg(version.version)); !ran)
        return ran;
    if (!q.next())
        return std::optional<ImportRecord>();
    return std::optional<ImportRecord>(ImportRecord{q.value(0).toString(), JsonCell::fromRaw(q.value(1)),
                                                    q.value(2).toString(), parseTimestamp(q.value(3))});
}

} // namespace steward
