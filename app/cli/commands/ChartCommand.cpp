// chart: draws one of the registry's charts into a PNG or SVG file, without a display.
#include "CliContext.h"
#include "CliText.h"
#include "commands/Commands.h"
#include "commands/ModelsSupport.h"
#include "models/charts/BacktestFolds.h"
#include "models/charts/DriftSeries.h"
#include "models/charts/ForecastFan.h"
#include "models/charts/ImprovementCycles.h"
#include "models/charts/MetricHistory.h"
#include "models/charts/PerformanceSeries.h"
#include "models/db/Database.h"
#include "ui/render/charts/MonitoringCharts.h"
#include "ui/render/charts/RegistryCharts.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward::cli {

namespace {
using Text = CliText;

// Monitoring's charts read the system's tables with no registry in between, and need no client:
// --model and --metric choose what is drawn.
Result<std::unique_ptr<ChartFigure>> buildMonitoringFigure(Database& database, const CommandArguments& arguments)
{
    MonitoringFilter filter;
    if (arguments.has(QStringLiteral("model"))) {
        auto model = ModelFilter::parse(arguments.value(QStringLiteral("model")));
        if (!model)
            return model.failure();
        filter.model = model.take();
    }
    filter.scope = arguments.value(QStringLiteral("client"));
    filter.metric = arguments.value(QStringLiteral("metric"));
    if (arguments.value(QStringLiteral("kind")) == QLatin1String("performance")) {
        auto data = PerformanceSeries::load(database, filter);
        if (!data)
            return data.failure();
        return MonitoringCharts::performance(*data);
    }
    auto data = DriftSeries::load(database, filter);
    if (!data)
        return data.failure();
    return MonitoringCharts::drift(*data);
}

Result<std::unique_ptr<ChartFigure>> buildFigure(const ModelRegistry& registry, const CommandArguments& arguments)
{
    const QString kind = arguments.value(QStringLiteral("kind"));
    const QString client = arguments.value(QStringLiteral("client"));
    const QString metric = arguments.value(QStringLiteral("metric"));
    const QString version = arguments.value(QStringLiteral("version"));
    if (kind == QLatin1String("history")) {
        auto data = MetricHistory::load(registry, client, metric);
        if (!data)
            return data.failure();
        RegistryCharts::HistoryOptions options;
        options.highlightVersion = version;
        return RegistryCharts::metricHistory(*data, options);
    }
    if (kind == QLatin1String("backtest")) {
        auto data = BacktestFolds::load(registry, client, version, metric);
        if (!data)
            return data.failure();
        return RegistryCharts::backtestFolds(*data);
    }
    if (kind == QLatin1String("fan")) {
        auto data = ForecastFan::load(registry, client, arguments.value(QStringLiteral("series")), version);
        if (!data)
            return data.failure();
        return RegistryCharts::forecastFan(*data);
    }
    if (!registry.hasTable(QStringLiteral("improvement_cycles")))
        return Outcome::notFound(Text::tr("this database has no improvement_cycles table"));
    auto data = ImprovementCycles::load(registry.database(), client);
    if (!data)
        return data.failure();
    return RegistryCharts::improvementCycles(*data);
}
} // namespace

Outcome runChart(CliContext& context, CommandArguments& arguments)
{
    const QString usage =
        QStringLiteral("steward-cli chart --kind history|backtest|fan|cycles|performance|drift [--client C] "
                       "[--metric M] [--series KEY] [--version V] [--model NAME[:VERSION]] --out FILE.png|FILE.svg "
                       "[--width W] [--height H]");
    if (Outcome parsed = arguments.parse({{QStringLiteral("kind")},
                                          {QStringLiteral("client")},
                                          {QStringLiteral("metric")},
                                          {QStringLiteral("series")},
                                          {QStringLiteral("version")},
                                          {QStringLiteral("model")},
                                          {QStringLiteral("out")},
                                          {QStringLiteral("width")},
                                          {QStringLiteral("height")}},
                                         0, 0, usage);
        !parsed)
        return parsed;
    const QString kind = arguments.value(QStringLiteral("kind"));
    const bool monitoring = kind == QLatin1String("performance") || kind == QLatin1String("drift");
    if (!monitoring && !QStringList{QStringLiteral("history"), QStringLiteral("backtest"), QStringLiteral("fan"),
                                    QStringLiteral("cycles")}
                            .contains(kind))
        return Outcome::usage(
            QStringLiteral("--kind must be history, backtest, fan, cycles, performance or drift (usage: %1)")
                .arg(usage));
    if (!monitoring && !arguments.has(QStringLiteral("client")))
        return Outcome::usage(Text::tr("--client is required (usage: %1)").arg(usage));
    const QString out = arguments.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("png") && suffix != QLatin1String("svg")))
        return Outcome::usage(Text::tr("--out must name a .png or .svg file (usage: %1)").arg(usage));
    int width = 0;
    int height = 0;
    if (Outcome w = arguments.intValue(QStringLiteral("width"), 1200, 200, &width); !w)
        return w;
    if (Outcome h =
            arguments.intValue(QStringLiteral("height"), kind == QLatin1String("cycles") ? 900 : 700, 150, &height);
        !h)
        return h;

    Result<std::unique_ptr<ChartFigure>> figure = Outcome::failed(QString());
    if (monitoring) {
        auto db = context.database();
        if (!db)
            return db.failure();
        figure = buildMonitoringFigure(**db, arguments);
    } else {
        auto opened = RegistryAccess::open(context);
        if (!opened)
            return opened.failure();
        figure = buildFigure((*opened)->registry(), arguments);
    }
    if (!figure)
        return figure.failure();
    if (Outcome saved = (*figure)->save(out, QSize(width, height)); !saved)
        return saved;
    context.output().printObject({{QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("title"), (*figure)->title()},
                                  {QStringLiteral("note"), (*figure)->note()}});
    return Outcome::ok();
}

} // namespace steward::cli
