#include "PerformanceSummary.h"

#include "models/db/Database.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PerformanceRows.h"
#include "models/monitoring/PerformanceSums.h"
#include "models/profiles/Profile.h"

#include <QCoreApplication>
#include <QHash>

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
    // The pipeline names a model by its client: every version of a client is read by the client.
    const bool pipeline = PerformanceRows::isPipeline(database);
    MonitoringFilter effective = filter;
    if (pipeline && !filter.activeOnly && !filter.model.isEmpty() && filter.model.version.isEmpty()) {
        if (!filter.scope.isEmpty() && filter.scope != filter.model.name)
            return QList<PerformanceRow>();
        effective.scope = filter.model.name;
        effective.model = {};
    }
    const bool byClient = pipeline && !effective.activeOnly && effective.model.isEmpty() && !effective.scope.isEmpty();
    // A filter naming versions needs every version to find them; without one, the versions the
    // figures are of (and those before them) are read once the figures are in: three versions,
    // not 120,000, for the pipeline's summary at a million rows.
    const bool restricted = MonitoringSql::restricts(effective) && !byClient;
    MonitoredModels models;
    QStringList keys;
    if (restricted) {
        auto wanted = MonitoringSql::wanted(database, effective);
        if (!wanted)
            return wanted.failure();
        if (wanted->none())
            return QList<PerformanceRow>();
        models = std::move(wanted->models);
        keys = std::move(wanted->keys);
    }

    auto groups = PerformanceSums::load(database, effective, restricted ? &keys : nullptr, source(database));
    if (!groups)
        return groups.failure();
    const auto keyOf = [pipeline](const PerformanceGroup& group) {
        return pipeline ? MonitoredModels::keyFor(group.scope, group.model) : group.model;
    };
    if (!restricted) {
        QStringList shown;
        for (const PerformanceGroup& group : std::as_const(*groups))
            shown << keyOf(group);
        shown.removeDuplicates();
        auto loaded = MonitoredModels::loadFor(database, shown);
        if (!loaded)
            return loaded.failure();
        models = loaded.take();
    }

    struct Found
    {
        PerformanceRow row;
        QString key;
        double mean = 0;
    };
    QList<Found> found;
    QHash<QString, qsizetype> byKeyAndMetric;
    for (const PerformanceGroup& group : std::as_const(*groups)) {
        Found f;
        f.key = keyOf(group);
        const MonitoredModel* model = models.find(f.key);
        const ModelNames named = names(model, group.scope);
        PerformanceRow& row = f.row;
        row.scope = named.scope;
        row.modelName = named.name;
        row.modelVersion = model ? named.version : (pipeline ? group.model : QString());
        row.active = named.active;
        row.metric = group.metric;
        row.sense = Trend::sense(row.metric);
        row.points = group.sums.points;
        row.min = group.min;
        row.max = group.max;
        row.firstAt = group.firstAt;
        row.lastAt = group.lastAt;
        row.first = group.first;
        row.last = group.last;
        row.baseline = group.baseline;
        row.threshold = group.threshold;
        row.trend = Trend::fromSums(group.sums, group.spanDays, row.sense);
        f.mean = row.trend.mean;
        byKeyAndMetric.insert(f.key + QChar(0x1e) + row.metric, found.size());
        found << f;
    }

    // Without a baseline of its own, a pipeline version's row is measured against its backtest
    // figure, from the version's metrics.
    QStringList unmeasured;
    for (const Found& f : std::as_const(found)) {
        if (pipeline && !f.row.baseline && models.find(f.key))
            unmeasured << f.key;
    }
    if (!unmeasured.isEmpty()) {
        unmeasured.removeDuplicates();
        auto figures = MonitoredModels::pipelineMetrics(database, unmeasured);
        if (!figures)
            return figures.failure();
        for (Found& f : found) {
            const auto it = figures->constFind(f.key);
            if (!f.row.baseline && it != figures->constEnd() && it->contains(f.row.metric))
                f.row.baseline = it->value(f.row.metric);
        }
    }

    QList<std::pair<const MonitoredModel*, PerformanceRow>> out;
    for (Found& f : found) {
        const MonitoredModel* model = models.find(f.key);
        if (byClient && !model)
            continue; // a version the registry does not know, as a filter naming versions leaves out
        if (restricted && (!model || !effective.model.matches(*model) ||
                           (!effective.scope.isEmpty() && model->scope != effective.scope) ||
                           (effective.activeOnly && !model->active)))
            continue; // a version before a wanted one: shown only beside it
        if (const MonitoredModel* before = model ? models.previous(*model) : nullptr) {
            f.row.previousVersion = before->version;
            const qsizetype index = byKeyAndMetric.value(before->key() + QChar(0x1e) + f.row.metric, -1);
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
    MonitoringFilter active = filter;
    active.activeOnly = true;
    auto all = load(database, active);
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
