#include "MonitoringChartChoice.h"

#include "models/charts/DriftSeries.h"
#include "models/charts/PerformanceSeries.h"
#include "models/db/Database.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/PerformanceRows.h"
#include "models/monitoring/PerformanceSummary.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/MonitoringCharts.h"

#include <QCoreApplication>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringChartChoice)
};

MonitoringFilter filterFor(const QString& model, const QString& metric)
{
    MonitoringFilter filter;
    filter.model.name = model;
    filter.metric = metric;
    return filter;
}
} // namespace

QStringList MonitoringChartChoice::models(Database& database)
{
    auto loaded = MonitoredModels::load(database);
    if (!loaded)
        return {};
    QStringList names;
    for (const MonitoredModel& model : loaded->all())
        names << (model.name.isEmpty() ? model.scope : model.name);
    names.removeDuplicates();
    names.removeAll(QString());
    names.sort();
    return names;
}

QStringList MonitoringChartChoice::metrics(Database& database)
{
    return PerformanceRows::metricNames(database);
}

Result<MonitoringChartChoice::Drawing> MonitoringChartChoice::performance(Database& database, const QString& model,
                                                                          const QString& metric)
{
    if (!PerformanceSummary::available(database))
        return Outcome::notFound(Text::tr("This database records no performance figures (read from %1).")
                                     .arg(PerformanceSummary::source(database)));
    auto data = PerformanceSeries::load(database, filterFor(model, metric));
    if (!data)
        return data.failure();
    return Drawing([read = data.take()] { return MonitoringCharts::performance(read); });
}

Result<MonitoringChartChoice::Drawing> MonitoringChartChoice::drift(Database& database, const QString& model)
{
    if (!DriftSummary::available(database))
        return Outcome::notFound(Text::tr("This database records no drift scores."));
    auto data = DriftSeries::load(database, filterFor(model, {}));
    if (!data)
        return data.failure();
    return Drawing([read = data.take()] { return MonitoringCharts::drift(read); });
}

} // namespace steward
