#include "PerformanceSummary.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PerformanceRows.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceSummary)
};

using namespace MonitoringSql;
} // namespace

QString PerformanceSummary::source(Database& database)
{
    return PerformanceRows::source(database);
}

bool PerformanceSummary::available(Database& database)
{
    return PerformanceRows::available(database);
}

Result<QList<PerformanceRow>> PerformanceSummary::load(Database& database, const MonitoringFilter& filter)
{
    if (!available(database))
        return Outcome::notFound(
            PerformanceRows::isPipeline(database)
                ? Text::tr("this database has no forecast_actuals table to measure forecasts against")
                : Text::tr("the %1 profile has no performance entity").arg(database.profile().title));
    auto wanted = MonitoringSql::wanted(database, filter);
    if (!wanted)
        return wanted.failure();
    if (wanted->none())
        return QList<PerformanceRow>();
    const MonitoredModels& models = wanted->models;
    const QStringList& keys = wanted->keys;
    const bool restricted = wanted->restricted;

    const PerformanceRows::Select form = PerformanceRows::rows(database, filter, restricted ? &keys : nullptr);
    if (form.sql.isEmpty())
        return QList<PerformanceRow>();

    // The least-squares sums, the first and last values (rank 1 from either end; values at one
    // time are averaged) and the last baseline, in one pass over the rows.
    const QString sql =
        QStringLiteral(
            "SELECT scope, model, metric, COUNT(*), SUM(t), SUM(value), SUM(t * t), SUM(t * value), MIN(value), "
            "MAX(value), MIN(t), MAX(t), AVG(CASE WHEN from_first = 1 THEN value END), "
            "AVG(CASE WHEN from_last = 1 THEN value END), AVG(CASE WHEN from_last = 1 THEN baseline END), "
            "AVG(CASE WHEN from_last = 1 THEN threshold END) FROM ("
            "SELECT scope, model, metric, value, baseline, threshold, t, "
            "RANK() OVER (PARTITION BY scope, model, metric ORDER BY t) AS from_first, "
            "RANK() OVER (PARTITION BY scope, model, metric ORDER BY t DESC) AS from_last FROM ("
            "SELECT scope, model, metric, value, baseline, threshold, %1 AS t FROM (%2) l) timed) ranked "
            "GROUP BY scope, model, metric")
            .arg(daysFrom(database, QStringLiteral("at")), form.sql);
    const QDateTime reference = MonitoringSql::reference(database);
    QVariantList binds{SqlDialect::instantValue(reference)};
    binds << form.binds;
    auto query = database.select(sql, binds, Text::tr("summarising performance from %1").arg(source(database)));
    if (!query)
        return query.failure();

    struct Found
    {
        PerformanceRow row;
        QString key;
        double mean = 0;
    };
    QList<Found> found;
    QHash<QString, qsizetype> byKeyAndMetric;
    while (query->next()) {
        Found f;
        const QString scope = query->value(0).toString();
        f.key = PerformanceRows::isPipeline(database) ? MonitoredModels::keyFor(scope, query->value(1).toString())
                                                      : query->value(1).toString();
        const MonitoredModel* model = models.find(f.key);
        const ModelNames named = names(model, scope);
        PerformanceRow& row = f.row;
        row.scope = named.scope;
        row.modelName = named.name;
        row.modelVersion =
            model ? named.version : (PerformanceRows::isPipeline(database) ? query->value(1).toString() : QString());
        row.active = named.active;
        row.metric = query->value(2).toString();
        row.sense = Trend::sense(row.metric);
        TrendSums sums;
        sums.points = query->value(3).toLongLong();
        sums.sumT = query->value(4).toDouble();
        sums.sumV = query->value(5).toDouble();
        sums.sumTT = query->value(6).toDouble();
        sums.sumTV = query->value(7).toDouble();
        row.points = sums.points;
        row.min = query->value(8).toDouble();
        row.max = query->value(9).toDouble();
        const double firstT = query->value(10).toDouble();
        const double lastT = query->value(11).toDouble();
        row.firstAt = timeAt(reference, query->value(10));
        row.lastAt = timeAt(reference, query->value(11));
        row.first = query->value(12).toDouble();
        row.last = query->value(13).toDouble();
        row.baseline = optionalNumber(query->value(14));
        row.threshold = optionalNumber(query->value(15));
        if (!row.baseline && model && model->metrics.contains(row.metric))
            row.baseline = model->metrics.value(row.metric); // the pipeline's backtest figure
        row.trend = Trend::fromSums(sums, lastT - firstT, row.sense);
        f.mean = row.trend.mean;
        byKeyAndMetric.insert(f.key + QChar(0x1e) + row.metric, found.size());
        found << f;
    }

    QList<std::pair<const MonitoredModel*, PerformanceRow>> out;
    for (Found& f : found) {
        const MonitoredModel* model = models.find(f.key);
        if (restricted &&
            (!model || !filter.model.matches(*model) || (!filter.scope.isEmpty() && model->scope != filter.scope)))
            continue; // a version before a wanted one: shown only beside it
        if (const MonitoredModel* before = model ? models.previous(*model) : nullptr) {
            f.row.previousVersion = before->version;
            const qsizetype index = byKeyAndMetric.value(before->key + QChar(0x1e) + f.row.metric, -1);
            if (index >= 0) {
                const Found& earlier = found.at(index);
                f.row.previousPoints = earlier.row.points;
                f.row.previousLast = earlier.row.last;
                f.row.previousMean = earlier.mean;
                f.row.previousTrend = earlier.row.trend.kind;
            }
        }
        out << std::pair<const MonitoredModel*, PerformanceRow>(model, f.row);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        const PerformanceRow& x = a.second;
        const PerformanceRow& y = b.second;
        if (x.scope != y.scope)
            return x.scope < y.scope;
        if (x.modelName != y.modelName)
            return x.modelName < y.modelName;
        const QDateTime xAt = a.first ? a.first->orderedAt : QDateTime();
        const QDateTime yAt = b.first ? b.first->orderedAt : QDateTime();
        if (xAt != yAt)
            return xAt < yAt;
        if (x.modelVersion != y.modelVersion)
            return x.modelVersion < y.modelVersion;
        return x.metric < y.metric;
    });
    QList<PerformanceRow> rows;
    rows.reserve(out.size());
    for (auto& [model, row] : out)
        rows << row;
    return rows;
}

Result<QList<PerformanceRow>> PerformanceSummary::decliningOnActive(Database& database, const MonitoringFilter& filter)
{
    auto all = load(database, filter);
    if (!all)
        return all;
    QList<PerformanceRow> declining;
    for (const PerformanceRow& row : *all) {
        if (row.active && row.trend.kind == TrendKind::Declining)
            declining << row;
    }
    return declining;
}

} // namespace steward
