// models list, show and compare: the model registry, read-only.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "commands/ModelsSupport.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionComparison.h"
#include "models/registry/VersionDetails.h"
#include "models/registry/VersionId.h"
#include "models/registry/VersionListQuery.h"
#include "models/values/CellValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace steward::cli {

namespace {
using Text = CliText;

QJsonValue timeValue(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(timestampText(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject jobObject(const TrainingJob& job)
{
    return {{QStringLiteral("job_id"), job.jobId},
            {QStringLiteral("status"), job.status},
            {QStringLiteral("started_at"), timeValue(job.startedAt)},
            {QStringLiteral("completed_at"), timeValue(job.completedAt)},
            {QStringLiteral("duration_s"), optionalValue(job.durationSeconds())},
            {QStringLiteral("model_version"),
             job.modelVersion.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.modelVersion)},
            {QStringLiteral("error_message"),
             job.errorMessage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.errorMessage)}};
}

QJsonObject foldObject(const BacktestFoldRow& fold)
{
    const auto date = [](const QDate& d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("forecast_level"), fold.level},
            {QStringLiteral("fold_index"), fold.foldIndex ? QJsonValue(*fold.foldIndex) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("train_start"), date(fold.trainStart)},
            {QStringLiteral("train_end"), date(fold.trainEnd)},
            {QStringLiteral("test_start"), date(fold.testStart)},
            {QStringLiteral("test_end"), date(fold.testEnd)},
            {QStringLiteral("metrics"),
             fold.metricsJson.valid ? fold.metricsJson.value : QJsonValue(fold.metricsJson.raw)}};
}

Outcome runList(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli models list [--client C]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("client")}}, 0, 0, usage); !parsed)
        return parsed;
    auto opened = RegistryAccess::open(context);
    if (!opened)
        return opened.failure();
    RegistryAccess& access = **opened;
    QStringList clients;
    if (arguments.has(QStringLiteral("client"))) {
        clients << arguments.value(QStringLiteral("client"));
    } else {
        auto all = access.registry().clients();
        if (!all)
            return all.failure();
        clients = *all;
    }
    auto keys = access.registry().metricKeys(arguments.value(QStringLiteral("client")));
    if (!keys)
        return keys.failure();
    // Systems that name their models (UrutiIQ's "anomaly_detection") say so in `model_name`; the
    // forecasting pipeline's versions have no name (null).
    const SqlDialect& dialect = access.database().dialect();
    const bool named = dialect.source(QStringLiteral("model_metadata")) != QLatin1String("model_metadata");
    OutputTable table;
    for (const QString& client : clients) {
        PagedQuery query = VersionListQuery::build(access.registry(), client, *keys);
        query.columns << PagedQuery::Column{QStringLiteral("model_name"),
                                            named ? QStringLiteral("m.model_name") : QStringLiteral("NULL"),
                                            LogicalType::Text, false};
        auto actives = access.registry().activeVersions(client);
        if (!actives)
            return actives.failure();
        QSet<QString> active;
        for (const ActiveVersion& a : std::as_const(*actives))
            active.insert(a.version);
        auto rows = RegistryAccess::readAll(access.database(), query);
        if (!rows)
            return rows.failure();
        if (table.columns.isEmpty()) {
            table.columns << QStringLiteral("client_id") << QStringLiteral("model_name")
                          << QStringLiteral("model_version") << QStringLiteral("trained_at")
                          << QStringLiteral("active");
            for (int c = 1; c + 1 < query.columns.size(); ++c)
                table.columns << query.columns.at(c).name;
        }
        for (const QList<QJsonValue>& row : *rows) {
            const QString version = row.first().toString();
            const QDateTime trained = VersionId::trainedAt(version, parseTimestamp(row.at(1).toString()));
            QList<QJsonValue> out{client, row.last(), version, timeValue(trained), active.contains(version)};
            out << row.mid(1, row.size() - 2);
            table.rows << out;
        }
    }
    if (table.columns.isEmpty())
        table.columns << QStringLiteral("client_id") << QStringLiteral("model_name") << QStringLiteral("model_version");
    context.output().printList(table);
    return Outcome::ok();
}

Outcome runShow(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli models show VERSION [--client C]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("client")}}, 1, 1, usage); !parsed)
        return parsed;
    auto opened = RegistryAccess::open(context);
    if (!opened)
        return opened.failure();
    const ModelRegistry& registry = (*opened)->registry();
    auto version = registry.version(arguments.value(QStringLiteral("client")), arguments.positional(0));
    if (!version)
        return version.failure();
    auto active = registry.activeVersion(version->clientId, version->modelName);
    auto jobs = VersionDetails::trainingJobs(registry, *version);
    auto folds = VersionDetails::backtests(registry, *version);
    qint64 seriesTotal = 0;
    auto forecasts = VersionDetails::forecasts(registry, *version, 100, &seriesTotal);
    auto imported = VersionDetails::importRecord(registry, *version);
    for (const Outcome& failure :
         {active.failure(), jobs.failure(), folds.failure(), forecasts.failure(), imported.failure()}) {
        if (failure.code() != OutcomeCode::Ok)
            return failure;
    }
    QJsonArray jobArray;
    for (const TrainingJob& job : *jobs)
        jobArray << jobObject(job);
    QJsonArray foldArray;
    for (const BacktestFoldRow& fold : *folds)
        foldArray << foldObject(fold);
    QJsonArray forecastArray;
    for (const ForecastSummary& s : *forecasts) {
        forecastArray << QJsonObject{{QStringLiteral("series_key"), s.seriesKey},
                                     {QStringLiteral("days"), s.days},
                                     {QStringLiteral("first_date"), s.firstDate.toString(Qt::ISODate)},
                                     {QStringLiteral("last_date"), s.lastDate.toString(Qt::ISODate)},
                                     {QStringLiteral("mean_predicted"), s.meanPredicted}};
    }
    QJsonValue import(QJsonValue::Null);
    if (*imported) {
        const ImportRecord& record = **imported;
        import = QJsonObject{{QStringLiteral("source_path"), record.sourcePath},
                             {QStringLiteral("imported_by"), record.importedBy},
                             {QStringLiteral("imported_at"), timeValue(record.importedAt)},
                             { QStringLiteral("metadata"),
                               record.metadata.valid ? record.metadata.value : QJsonValue(record.metadata.raw) }};
    }
    context.output().printObject({
        {QStringLiteral("client_id"), version->clientId},
        {QStringLiteral("model_version"), version->version},
        {QStringLiteral("trained_at"), timeValue(version->trainedAt)},
        {QStringLiteral("created_at"), timeValue(version->createdAt)},
        {QStringLiteral("active"), version->active},
        {QStringLiteral("active_version"), active->version},
        {QStringLiteral("active_recorded"), active->recorded},
        {QStringLiteral("metrics"), version->metricsJson.isNull  ? QJsonValue(QJsonValue::Null)
                                    : version->metricsJson.valid ? version->metricsJson.value
                                                                 : QJsonValue(version->metricsJson.raw)},
        {QStringLiteral("metrics_invalid_json"), !version->metricsJson.isNull && !version->metricsJson.valid},
        {QStringLiteral("feature_count"), optionalValue(version->featureCount)},
        {QStringLiteral("training_samples"), optionalValue(version->trainingSamples)},
        {QStringLiteral("training_jobs"), jobArray},
        {QStringLiteral("backtests"), foldArray},
        {QStringLiteral("forecast_series"), seriesTotal},
        {QStringLiteral("forecasts"), forecastArray},
        {QStringLiteral("import"), import},
    });
    return Outcome::ok();
}

Outcome runCompare(CliContext& context, CommandArguments& arguments)
{
    const QString usage = QStringLiteral("steward-cli models compare V1 V2 [...] [--client C]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("client")}}, 2, -1, usage); !parsed)
        return parsed;
    auto opened = RegistryAccess::open(context);
    if (!opened)
        return opened.failure();
    QList<ModelVersion> versions;
    for (const QString& id : arguments.positional()) {
        auto version = (*opened)->registry().version(arguments.value(QStringLiteral("client")), id);
        if (!version)
            return version.failure();
        versions << *version;
    }
    const VersionComparison comparison = VersionComparison::build(versions);
    OutputTable table;
    table.columns << QStringLiteral("metric") << QStringLiteral("better") << QStringLiteral("delta_of");
    for (const ModelVersion& v : versions)
        table.columns << v.version;
    for (int i = 1; i < versions.size(); ++i)
        table.columns << QStringLiteral("delta_%1").arg(versions.at(i).version);
    table.columns << QStringLiteral("best");
    for (const VersionComparison::Row& row : comparison.rows) {
        QList<QJsonValue> out{
            row.name, row.isMetric ? RegistryAccess::directionName(row.direction) : QJsonValue(QJsonValue::Null),
            MetricDelta::measuredName(row.name, row.isMetric ? row.direction : Metrics::Direction::LowerIsBetter)};
        for (const std::optional<double>& value : row.values)
            out << optionalValue(value);
        for (int i = 1; i < row.deltas.size(); ++i)
            out << optionalValue(row.deltas.at(i));
        out << (row.best >= 0 ? QJsonValue(versions.at(row.best).version) : QJsonValue(QJsonValue::Null));
        table.rows << out;
    }
    context.output().printList(table);
    if (versions.size() > 1)
        context.output().note(Text::tr("Deltas are against %1, of the quantity in delta_of (for bias, of |bias|: "
                                       "negative is closer to zero); best: lowest error, highest r2, bias closest to "
                                       "zero.")
                                  .arg(versions.first().version));
    return Outcome::ok();
}
} // namespace

Outcome runModels(CliContext& context, CommandArguments& arguments)
{
    const QStringList tokens = arguments.tokens();
    const QString sub = tokens.value(0);
    CommandArguments rest(tokens.mid(1));
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("show"))
        return runShow(context, rest);
    if (sub == QLatin1String("compare"))
        return runCompare(context, rest);
    if (sub == QLatin1String("request-rollback"))
        return runModelsRequestRollback(context, rest);
    if (sub == QLatin1String("import-dir"))
        return runModelsImportDir(context, rest);
    return Outcome::usage(
        sub.isEmpty()
            ? Text::tr("models needs a subcommand: list, show, compare, request-rollback or import-dir")
            : Text::tr("unknown subcommand models %1 (list, show, compare, request-rollback, import-dir)").arg(sub));
}

} // namespace steward::cli
