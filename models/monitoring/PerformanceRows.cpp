#include "PerformanceRows.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceRows)
};

using namespace MonitoringSql;

const QString kForecasts = QStringLiteral("forecast_results");
const QString kActuals = QStringLiteral("forecast_actuals");

bool tableExists(Database& database, const QString& table)
{
    auto found = database.hasRow(database.dialect().tableExists(table), Text::tr("looking for %1").arg(table));
    return found && *found;
}

QStringList columnMetrics(const EntityMap& map)
{
    QStringList metrics;
    for (auto it = map.fields.cbegin(); it != map.fields.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("metric.")))
            metrics << it.key().mid(7);
    }
    metrics.sort();
    return metrics;
}

void systemBranches(Database& database, const EntityMap& map, const MonitoringFilter& filter, const QStringList* keys,
                    QStringList& branches, QVariantList& allBinds)
{
    const QString at = field(map, QStringLiteral("at"), QStringLiteral("p"));
    const QString model = map.has(QStringLiteral("model"))
                              ? database.dialect().asText(field(map, QStringLiteral("model"), QStringLiteral("p")))
                              : QStringLiteral("NULL");
    const auto branch = [&](const QString& metric, const QString& metricBind, const QString& value) {
        QStringList where{value + QStringLiteral(" IS NOT NULL")};
        QVariantList binds;
        if (!metricBind.isEmpty()) {
            where << metric + QStringLiteral(" = ?");
            binds << metricBind;
        }
        if (keys)
            where << keyIn(model, *keys, binds);
        period(database, at, filter, where, binds);
        branches << QStringLiteral("SELECT NULL AS scope, %1 AS model, %2 AS metric, %3 AS value, %4 AS at, "
                                   "%5 AS baseline, %6 AS threshold FROM %7 p WHERE %8")
                        .arg(model, metric, number(database, value), at,
                             number(database, field(map, QStringLiteral("baseline"), QStringLiteral("p"))),
                             number(database, field(map, QStringLiteral("threshold"), QStringLiteral("p"))),
                             SqlDialect::quoteIdentifier(map.table), where.join(QStringLiteral(" AND ")));
        allBinds << binds;
    };
    if (map.has(QStringLiteral("metric")) && map.has(QStringLiteral("value"))) {
        branch(field(map, QStringLiteral("metric"), QStringLiteral("p")), filter.metric,
               field(map, QStringLiteral("value"), QStringLiteral("p")));
        return;
    }
    for (const QString& metric : columnMetrics(map)) {
        if (filter.metric.isEmpty() || filter.metric == metric)
            branch(literal(metric), {}, field(map, QStringLiteral("metric.") + metric, QStringLiteral("p")));
    }
}

void pipelineBranch(Database& database, const MonitoringFilter& filter, const QStringList* keys, QStringList& branches,
                    QVariantList& binds)
{
    if (!filter.metric.isEmpty() && filter.metric != QLatin1String("wmape"))
        return;
    const SqlDialect& d = database.dialect();
    QStringList where;
    if (keys)
        where << keyIn(QStringLiteral("f.client_id || %1 || f.model_version").arg(d.character(0x1f)), *keys, binds);
    period(database, QStringLiteral("f.forecast_date"), filter, where, binds);
    branches << QStringLiteral("SELECT f.client_id AS scope, f.model_version AS model, 'wmape' AS metric, "
                               "SUM(ABS(%1 - %2)) / NULLIF(SUM(%2), 0) AS value, f.forecast_date AS at, "
                               "%6 AS baseline, %6 AS threshold FROM %3 f JOIN %4 a ON a.client_id = f.client_id "
                               "AND a.series_key = f.series_key AND a.actual_date = f.forecast_date%5 "
                               "GROUP BY f.client_id, f.model_version, f.forecast_date")
                    .arg(d.asReal(QStringLiteral("f.predicted_quantity")),
                         d.asReal(QStringLiteral("a.actual_quantity")), kForecasts, kActuals,
                         where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                         d.asReal(QStringLiteral("NULL")));
}
} // namespace

bool PerformanceRows::isPipeline(Database& database)
{
    return database.profile().name == QLatin1String("pipeline");
}

QString PerformanceRows::source(Database& database)
{
    if (isPipeline(database))
        return kForecasts + QStringLiteral(" + ") + kActuals;
    const EntityMap* map = database.profile().entity(QStringLiteral("performance"));
    return map ? map->table : QString();
}

bool PerformanceRows::available(Database& database)
{
    if (!isPipeline(database))
        return database.profile().hasEntity(QStringLiteral("performance"));
    return tableExists(database, kForecasts) && tableExists(database, kActuals);
}

PerformanceRows::Select PerformanceRows::rows(Database& database, const MonitoringFilter& filter,
                                              const QStringList* keys)
{
    QStringList branches;
    Select select;
    if (isPipeline(database))
        pipelineBranch(database, filter, keys, branches, select.binds);
    else if (const EntityMap* map = database.profile().entity(QStringLiteral("performance")))
        systemBranches(database, *map, filter, keys, branches, select.binds);
    if (!branches.isEmpty())
        select.sql = branches.join(QStringLiteral(" UNION ALL "));
    return select;
}

QStringList PerformanceRows::metricNames(Database& database)
{
    if (isPipeline(database))
        return {QStringLiteral("wmape")};
    const EntityMap* map = database.profile().entity(QStringLiteral("performance"));
    if (!map)
        return {};
    if (!map->has(QStringLiteral("metric")))
        return columnMetrics(*map);
    auto query = database.select(
        QStringLiteral("SELECT DISTINCT %1 FROM %2 p ORDER BY 1")
            .arg(field(*map, QStringLiteral("metric"), QStringLiteral("p")), SqlDialect::quoteIdentifier(map->table)),
        QVariantList(), Text::tr("reading the metrics of %1").arg(map->table));
    QStringList names;
    while (query && query->next())
        names << query->value(0).toString();
    return names;
}

} // namespace steward
