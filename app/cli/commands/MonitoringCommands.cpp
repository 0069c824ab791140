// monitoring: how models behave after training, read-only summaries computed by the database.
#include "CliContext.h"
#include "commands/Commands.h"
#include "commands/MonitoringWorkflow.h"
#include "commands/Subcommands.h"
#include "models/db/Database.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"
#include "models/values/CellValue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

namespace steward::cli {

namespace {
QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue time(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(timestampText(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// --since D and --until D: a day (the whole of it, UTC) or an ISO timestamp.
Outcome timeOption(const CommandArguments& arguments, const QString& name, bool endOfDay, QDateTime* out)
{
    if (!arguments.has(name))
        return Outcome::ok();
    const QString given = arguments.value(name);
    const QDate day = QDate::fromString(given, Qt::ISODate);
    if (day.isValid()) {
        *out = endOfDay ? QDateTime(day, QTime(23, 59, 59, 999), QTimeZone::utc())
                        : QDateTime(day, QTime(0, 0), QTimeZone::utc());
        return Outcome::ok();
    }
    *out = parseTimestamp(given);
    if (!out->isValid())
        return Outcome::usage(
            QStringLiteral("--%1 must be a date (YYYY-MM-DD) or an ISO 8601 time, not %2").arg(name, given));
    return Outcome::ok();
}

// The options the summaries share, read into a filter.
Outcome readFilter(const CommandArguments& arguments, MonitoringFilter* filter)
{
    if (arguments.has(QStringLiteral("model"))) {
        auto model = ModelFilter::parse(arguments.value(QStringLiteral("model")));
        if (!model)
            return model.failure();
        filter->model = model.take();
    }
    filter->scope = arguments.value(QStringLiteral("client"));
    filter->metric = arguments.value(QStringLiteral("metric"));
    filter->status = arguments.value(QStringLiteral("status"));
    if (Outcome since = timeOption(arguments, QStringLiteral("since"), false, &filter->since); !since)
        return since;
    if (Outcome until = timeOption(arguments, QStringLiteral("until"), true, &filter->until); !until)
        return until;
    if (filter->since.isValid() && filter->until.isValid() && filter->since > filter->until)
        return Outcome::usage(QStringLiteral("--since is after --until"));
    return arguments.intValue(QStringLiteral("limit"), 0, 0, &filter->limit);
}

Result<Database*> openFor(CliContext& context, bool (*available)(Database&), const QString& what)
{
    auto db = context.database();
    if (!db)
        return db.failure();
    if (!available(**db))
        return Outcome::notFound(QStringLiteral("this %1 database has no %2").arg((*db)->profile().title, what));
    return *db;
}

// What every summary command does first: its options, the filter they make, and the database
// with the entity the summary needs.
struct Prepared
{
    Database* db = nullptr;
    MonitoringFilter filter;
};

Result<Prepared> prepare(CliContext& context, CommandArguments& arguments, const QString& usage,
                         const QStringList& options, bool (*available)(Database&), const QString& what)
{
    QList<OptionSpec> specs;
    for (const QString& option : options)
        specs << OptionSpec{option};
    if (Outcome parsed = arguments.parse(specs, 0, 0, usage); !parsed)
        return parsed;
    Prepared prepared;
    if (Outcome read = readFilter(arguments, &prepared.filter); !read)
        return read;
    if (!prepared.filter.status.isEmpty() && !DriftSummary::statuses().contains(prepared.filter.status))
        return Outcome::usage(QStringLiteral("--status must be detected, warning or normal (usage: %1)").arg(usage));
    auto db = openFor(context, available, what);
    if (!db)
        return db.failure();
    prepared.db = *db;
    return prepared;
}

Outcome runPerformance(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    auto prepared = prepare(context, arguments, usage,
                            {QStringLiteral("model"), QStringLiteral("client"), QStringLiteral("metric"),
                             QStringLiteral("since"), QStringLiteral("until")},
                            &PerformanceSummary::available, QStringLiteral("performance figures"));
    if (!prepared)
        return prepared.failure();
    Database& db = *prepared->db;
    auto rows = PerformanceSummary::load(db, prepared->filter);
    if (!rows)
        return rows.failure();
    OutputTable table;
    table.columns = {QStringLiteral("scope"),
                     QStringLiteral("model_name"),
                     QStringLiteral("model_version"),
                     QStringLiteral("active"),
                     QStringLiteral("metric"),
                     QStringLiteral("better"),
                     QStringLiteral("points"),
                     QStringLiteral("first"),
                     QStringLiteral("last"),
                     QStringLiteral("mean"),
                     QStringLiteral("min"),
                     QStringLiteral("max"),
                     QStringLiteral("first_at"),
                     QStringLiteral("last_at"),
                     QStringLiteral("trend"),
                     QStringLiteral("change"),
                     QStringLiteral("relative_change"),
                     QStringLiteral("baseline"),
                     QStringLiteral("threshold"),
                     QStringLiteral("previous_version"),
                     QStringLiteral("previous_points"),
                     QStringLiteral("previous_last"),
                     QStringLiteral("previous_mean"),
                     QStringLiteral("previous_trend")};
    for (const PerformanceRow& row : *rows) {
        const bool hasTrend = row.trend.kind.has_value();
        table.rows << QList<QJsonValue>{
            text(row.scope),
            text(row.modelName),
            text(row.modelVersion),
            row.active,
            row.metric,
            Trend::senseName(row.sense),
            row.points,
            row.first,
            row.last,
            row.trend.mean,
            row.min,
            row.max,
            time(row.firstAt),
            time(row.lastAt),
            text(Trend::name(row.trend.kind)),
            hasTrend ? QJsonValue(row.trend.change) : QJsonValue(QJsonValue::Null),
            hasTrend && std::isfinite(row.trend.relativeChange) ? QJsonValue(row.trend.relativeChange)
                                                                : QJsonValue(QJsonValue::Null),
            number(row.baseline),
            number(row.threshold),
            text(row.previousVersion),
            row.previousVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.previousPoints),
            number(row.previousLast),
            number(row.previousMean),
            text(Trend::name(row.previousTrend))};
    }
    context.output().printList(table);
    if (rows->isEmpty())
        context.output().note(
            QStringLiteral("No performance figures match (read from %1).").arg(PerformanceSummary::source(db)));
    return Outcome::ok();
}

Outcome runDrift(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    auto prepared = prepare(context, arguments, usage,
                            {QStringLiteral("status"), QStringLiteral("model"), QStringLiteral("client"),
                             QStringLiteral("since"), QStringLiteral("until"), QStringLiteral("limit")},
                            &DriftSummary::available, QStringLiteral("drift records"));
    if (!prepared)
        return prepared.failure();
    Database& db = *prepared->db;
    auto records = DriftSummary::load(db, prepared->filter);
    if (!records)
        return records.failure();
    const QStringList columns{QStringLiteral("status"),        QStringLiteral("current"),
                              QStringLiteral("scope"),         QStringLiteral("model_name"),
                              QStringLiteral("model_version"), QStringLiteral("type"),
                              QStringLiteral("feature"),       QStringLiteral("score"),
                              QStringLiteral("threshold"),     QStringLiteral("threshold_assumed"),
                              QStringLiteral("system_status"), QStringLiteral("at"),
                              QStringLiteral("source")};
    // Every record can be 100,000 of them: each row is made as it is printed.
    context.output().printRows(columns, records->size(), [&records](qsizetype i) {
        const DriftRecord& r = records->at(i);
        return QList<QJsonValue>{
            r.status,        r.current, text(r.scope),       text(r.modelName),  text(r.modelVersion), text(r.type),
            text(r.feature), r.score,   number(r.threshold), r.thresholdAssumed, text(r.systemStatus), time(r.at),
            r.source};
    });
    return Outcome::ok();
}

Outcome runPredictions(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    auto prepared =
        prepare(context, arguments, usage,
                {QStringLiteral("model"), QStringLiteral("client"), QStringLiteral("since"), QStringLiteral("until")},
                &PredictionSummary::available, QStringLiteral("prediction log"));
    if (!prepared)
        return prepared.failure();
    Database& db = *prepared->db;
    auto rows = PredictionSummary::load(db, prepared->filter);
    if (!rows)
        return rows.failure();
    OutputTable table;
    table.columns = {QStringLiteral("scope"),           QStringLiteral("model_name"),
                     QStringLiteral("model_version"),   QStringLiteral("predictions"),
                     QStringLiteral("first_at"),        QStringLiteral("last_at"),
                     QStringLiteral("with_confidence"), QStringLiteral("confidence_mean"),
                     QStringLiteral("confidence"),      QStringLiteral("with_ground_truth"),
                     QStringLiteral("correct"),         QStringLiteral("accuracy"),
                     QStringLiteral("with_latency"),    QStringLiteral("latency_mean_ms"),
                     QStringLiteral("latency_max_ms")};
    for (const PredictionRow& row : *rows) {
        QJsonObject buckets;
        for (int b = 0; b < PredictionSummary::bucketNames().size(); ++b)
            buckets.insert(PredictionSummary::bucketNames().at(b), row.confidenceBuckets.value(b));
        table.rows << QList<QJsonValue>{text(row.scope),
                                        text(row.modelName),
                                        text(row.modelVersion),
                                        row.predictions,
                                        time(row.firstAt),
                                        time(row.lastAt),
                                        row.withConfidence,
                                        number(row.confidenceMean),
                                        buckets,
                                        row.withGroundTruth,
                                        row.correct,
                                        number(row.accuracy),
                                        row.withLatency,
                                        number(row.latencyMeanMs),
                                        number(row.latencyMaxMs)};
    }
    context.output().printList(table);
    return Outcome::ok();
}

QJsonObject variantObject(const ExperimentVariant& v)
{
    return {{QStringLiteral("name"), v.name},
            {QStringLiteral("control"), v.control},
            {QStringLiteral("sample_size"), count(v.samples)},
            {QStringLiteral("value"), number(v.value)},
            {QStringLiteral("ci_low"), number(v.ciLow)},
            {QStringLiteral("ci_high"), number(v.ciHigh)},
            {QStringLiteral("p_value"), number(v.pValue)},
            {QStringLiteral("lift"), number(v.lift)},
            {QStringLiteral("significant"), v.significant}};
}

Outcome runExperiments(CliContext& context, CommandArguments& arguments, const QString& usage)
{
    if (Outcome parsed = arguments.parse({{QStringLiteral("client")}}, 0, 0, usage); !parsed)
        return parsed;
    auto db = openFor(context, &ExperimentSummary::available, QStringLiteral("experiments"));
    if (!db)
        return db.failure();
    auto rows = ExperimentSummary::load(**db, arguments.value(QStringLiteral("client")));
    if (!rows)
        return rows.failure();
    OutputTable table;
    table.columns = {QStringLiteral("experiment_id"),
                     QStringLiteral("scope"),
                     QStringLiteral("experiment_name"),
                     QStringLiteral("status"),
                     QStringLiteral("metric"),
                     QStringLiteral("control_model"),
                     QStringLiteral("treatment_model"),
                     QStringLiteral("significance_level"),
                     QStringLiteral("significance_assumed"),
                     QStringLiteral("minimum_samples"),
                     QStringLiteral("variants"),
                     QStringLiteral("winner"),
                     QStringLiteral("decision"),
                     QStringLiteral("problem")};
    for (const ExperimentRow& row : *rows) {
        QJsonArray variants;
        for (const ExperimentVariant& v : row.outcome.variants)
            variants << variantObject(v);
        table.rows << QList<QJsonValue>{row.id,
                                        text(row.scope),
                                        row.name,
                                        text(row.status),
                                        text(row.metric),
                                        text(row.controlModel),
                                        text(row.treatmentModel),
                                        row.outcome.significance,
                                        row.outcome.significanceAssumed,
                                        count(row.outcome.minimumSamples),
                                        variants,
                                        text(row.outcome.winner),
                                        text(row.outcome.why),
                                        text(row.problem)};
    }
    context.output().printList(table);
    return Outcome::ok();
}

} // namespace

Outcome runMonitoring(CliContext& context, CommandArguments& arguments)
{
    static const QList<Subcommand> subcommands{
        {"performance", "performance [--model NAME[:VERSION]] [--client C] [--metric M] [--since D] [--until D]",
         &runPerformance},
        {"drift",
         "drift [--status detected|warning|normal] [--model NAME[:VERSION]] [--client C] [--since D] "
         "[--until D] [--limit N]",
         &runDrift},
        {"predictions", "predictions [--model NAME[:VERSION]] [--client C] [--since D] [--until D]", &runPredictions},
        {"experiments", "experiments [--client C]", &runExperiments},
        {"feedback", "feedback list [--status S] | feedback process|ignore ID --comment TEXT",
         [](CliContext& context, CommandArguments& arguments, const QString&) {
             return monitoringFeedback(context, arguments);
         }},
        {"deployments", "deployments [list] [--environment E] [--status S] | deployments rollback ID --comment TEXT",
         [](CliContext& context, CommandArguments& arguments, const QString&) {
             return monitoringDeployments(context, arguments);
         }},
    };
    return runSubcommand(context, arguments, QStringLiteral("monitoring"), subcommands);
}

} // namespace steward::cli
