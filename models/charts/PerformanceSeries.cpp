#include "PerformanceSeries.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PerformanceRows.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <optional>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceSeries)
};

QString labelOf(const PerformanceRow& row)
{
    const QString owner = row.modelName.isEmpty() ? row.scope : row.modelName;
    return owner.isEmpty() ? row.modelVersion : owner + QLatin1Char(' ') + row.modelVersion;
}
} // namespace

namespace {
Result<PerformanceSeriesData> series(Database& database, const MonitoringFilter& given,
                                     const QList<PerformanceRow>* summary)
{
    PerformanceSeriesData data;
    if (!PerformanceRows::available(database))
        return Outcome::notFound(Text::tr("this %1 database has no performance figures").arg(database.profile().title));
    data.metrics = PerformanceRows::metricNames(database);
    MonitoringFilter filter = given;
    if (filter.metric.isEmpty())
        filter.metric = data.metrics.value(0);
    else if (!data.metrics.contains(filter.metric))
        return Outcome::notFound(Text::tr("no performance figures for metric %1 (there are: %2)")
                                     .arg(filter.metric, data.metrics.join(QStringLiteral(", "))));
    data.metric = filter.metric;
    data.sense = Trend::sense(data.metric);
    // The summary gives each line its name, trend and baseline, in the order lines are drawn.
    Result<QList<PerformanceRow>> summaries = QList<PerformanceRow>();
    if (summary) {
        for (const PerformanceRow& row : *summary) {
            const QString& named = row.modelName.isEmpty() ? row.scope : row.modelName;
            if (row.metric == filter.metric && filter.model.name == named &&
                (filter.model.version.isEmpty() || filter.model.version == row.modelVersion) &&
                (filter.scope.isEmpty() || filter.scope == row.scope))
                summaries->append(row);
        }
    } else {
        summaries = PerformanceSummary::load(database, filter);
        if (!summaries)
            return summaries.failure();
    }
    // The pipeline's lines are keyed by client and version, which the rows carry; another
    // system's by its model ids, found in its model list. (The pipeline's list, 120,000 versions
    // at a million rows, took 0.6 s and 30 MB to read again.)
    const bool pipeline = PerformanceRows::isPipeline(database);
    std::optional<MonitoredModels> models;
    if (!pipeline) {
        auto loaded = MonitoredModels::load(database);
        if (!loaded)
            return loaded.failure();
        models = std::move(*loaded);
    }
    QHash<QString, qsizetype> lineOf; // "scope␟version" or the model id -> line
    for (const PerformanceRow& row : *summaries) {
        PerformanceSeriesData::Line line;
        line.label = labelOf(row);
        line.active = row.active;
        line.trend = Trend::name(row.trend.kind);
        line.baseline = row.baseline;
        line.threshold = row.threshold;
        data.lines << line;
        if (pipeline) {
            lineOf.insert(MonitoredModels::keyFor(row.scope, row.modelVersion), data.lines.size() - 1);
            continue;
        }
        for (const MonitoredModel& model : models->all()) {
            if (model.scope == row.scope && model.name == row.modelName && model.version == row.modelVersion)
                lineOf.insert(model.key(), data.lines.size() - 1);
        }
    }
    if (data.lines.isEmpty())
        return data;
    QStringList keys = lineOf.keys();
    const PerformanceRows::Select rows = PerformanceRows::rows(database, filter, &keys);
    const QString sql = QStringLiteral("SELECT scope, model, %1 AS t, value FROM (%2) l ORDER BY t")
                            .arg(MonitoringSql::daysFrom(database, QStringLiteral("at")), rows.sql);
    const QDateTime reference = MonitoringSql::reference(database);
    QVariantList binds{SqlDialect::instantValue(reference)};
    binds << rows.binds;
    auto query = database.select(sql, binds, Text::tr("reading %1 over time").arg(data.metric));
    if (!query)
        return query.failure();
    const double origin = static_cast<double>(reference.toMSecsSinceEpoch());
    while (query->next()) {
        const QString key = PerformanceRows::isPipeline(database)
                                ? MonitoredModels::keyFor(query->value(0).toString(), query->value(1).toString())
                                : query->value(1).toString();
        const qsizetype line = lineOf.value(key, -1);
        if (line >= 0)
            data.lines[line].points << QPointF(origin + query->value(2).toDouble() * 86400000.0,
                                               query->value(3).toDouble());
    }
    return data;
}
} // namespace

Result<PerformanceSeriesData> PerformanceSeries::load(Database& database, const MonitoringFilter& filter)
{
    return series(database, filter, nullptr);
}

Result<PerformanceSeriesData> PerformanceSeries::load(Database& database, const MonitoringFilter& filter,
                                                      const QList<PerformanceRow>& summary)
{
    return series(database, filter, &summary);
}

} // namespace steward
