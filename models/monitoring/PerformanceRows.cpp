#include "PerformanceRows.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoringFilter.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/WmapeDays.h"
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

// The wide form of a system's table (see PerformanceRows::Wide); `metrics` is left empty for a
// row per metric.
void systemWide(Database& database, const EntityMap& map, const MonitoringFilter& filter, const QStringList* keys,
                PerformanceRows::Wide& wide)
{
    const SqlDialect& d = database.dialect();
    const auto column = [&](const QString& name) { return field(map, name, QStringLiteral("p")); };
    const QString model =
        map.has(QStringLiteral("model")) ? d.asText(column(QStringLiteral("model"))) : QStringLiteral("NULL");
    QString metric = QStringLiteral("''");
    QString pattern = QStringLiteral("0");
    QStringList values;
    QStringList where;
    if (map.has(QStringLiteral("metric")) && map.has(QStringLiteral("value"))) {
        metric = d.asText(column(QStringLiteral("metric")));
        values << number(database, column(QStringLiteral("value")));
        where << column(QStringLiteral("value")) + QStringLiteral(" IS NOT NULL");
        if (!filter.metric.isEmpty()) {
            where << column(QStringLiteral("metric")) + QStringLiteral(" = ?");
            wide.binds << filter.metric;
        }
    } else {
        QStringList nulls;
        QStringList present;
        for (const QString& name : columnMetrics(map)) {
            if (!filter.metric.isEmpty() && filter.metric != name)
                continue;
            const QString value = column(QStringLiteral("metric.") + name);
            nulls
                << QStringLiteral("CASE WHEN %1 IS NULL THEN %2 ELSE 0 END").arg(value).arg(qint64(1) << values.size());
            present << value + QStringLiteral(" IS NOT NULL");
            values << number(database, value);
            wide.metrics << name;
        }
        if (values.isEmpty())
            return;
        pattern = nulls.join(QStringLiteral(" + "));
        where << QLatin1Char('(') + present.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (keys)
        where << keyIn(model, *keys, wide.binds);
    period(database, column(QStringLiteral("at")), filter, where, wide.binds);
    QStringList named;
    for (qsizetype i = 0; i < values.size(); ++i)
        named << QStringLiteral("%1 AS v%2").arg(values.at(i)).arg(i);
    wide.sql = QStringLiteral("SELECT '' AS scope, %1 AS model, %2 AS metric, %3 AS pattern, %4, %5 AS baseline, "
                              "%6 AS threshold, %7 AS at FROM %8 p WHERE %9")
                   .arg(model, metric, pattern, named.join(QStringLiteral(", ")),
                        number(database, column(QStringLiteral("baseline"))),
                        number(database, column(QStringLiteral("threshold"))), column(QStringLiteral("at")),
                        SqlDialect::quoteIdentifier(map.table), where.join(QStringLiteral(" AND ")));
}

void pipelineBranch(Database& database, const MonitoringFilter& filter, const QStringList* keys, QStringList& branches,
                    QVariantList& binds)
{
    if (!filter.metric.isEmpty() && filter.metric != QLatin1String("wmape"))
        return;
    const SqlDialect& d = database.dialect();
    QStringList where;
    if (keys) // per client its versions, rather than the text of every forecast's pair
        where << pipelineKeyIn(QStringLiteral("f.client_id"), QStringLiteral("f.model_version"), *keys, binds);
    if (!filter.scope.isEmpty()) {
        where << QStringLiteral("f.client_id = ?");
        binds << filter.scope;
    }
    period(database, QStringLiteral("f.forecast_date"), filter, where, binds);
    // Each day's sums from Steward's rollup when it holds every pair; else the join itself.
    const bool rolledUp = WmapeDays::isCurrent(database);
    const PerformanceRows::ForecastPairs pairs = PerformanceRows::forecastPairs(d);
    const QString value =
        rolledUp ? QStringLiteral("SUM(%1) / NULLIF(SUM(%2), 0)")
                       .arg(d.asReal(QStringLiteral("f.abs_error")), d.asReal(QStringLiteral("f.actual_sum")))
                 : QStringLiteral("SUM(%1) / NULLIF(SUM(%2), 0)").arg(pairs.absoluteError, pairs.actual);
    const QString from = rolledUp ? WmapeDays::table(d) + QStringLiteral(" f") : pairs.from;
    branches << QStringLiteral("SELECT f.client_id AS scope, f.model_version AS model, 'wmape' AS metric, "
                               "%1 AS value, f.forecast_date AS at, %2 AS baseline, %2 AS threshold FROM %3%4 "
                               "GROUP BY f.client_id, f.model_version, f.forecast_date")
                    .arg(value, d.asReal(QStringLiteral("NULL")), from,
                         where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
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

PerformanceRows::Wide PerformanceRows::wide(Database& database, const MonitoringFilter& filter, const QStringList* keys)
{
    Wide wide;
    if (isPipeline(database)) {
        // One value a day already: the long form's single branch is the wide form.
        QStringList branches;
        pipelineBranch(database, filter, keys, branches, wide.binds);
        if (!branches.isEmpty())
            wide.sql = QStringLiteral("SELECT scope, model, metric, 0 AS pattern, value AS v0, baseline, threshold, at "
                                      "FROM (%1) f")
                           .arg(branches.first());
    } else if (const EntityMap* map = database.profile().entity(QStringLiteral("performance"))) {
        systemWide(database, *map, filter, keys, wide);
    }
    return wide;
}

PerformanceRows::ForecastPairs PerformanceRows::forecastPairs(const SqlDialect& dialect)
{
    const QString actual = dialect.asReal(QStringLiteral("a.actual_quantity"));
    return {QStringLiteral("%1 f JOIN %2 a ON a.client_id = f.client_id AND a.series_key = f.series_key AND "
                           "a.actual_date = f.forecast_date")
                .arg(kForecasts, kActuals),
            QStringLiteral("ABS(%1 - %2)").arg(dialect.asReal(QStringLiteral("f.predicted_quantity")), actual), actual};
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
