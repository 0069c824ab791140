// The performance chart: one metric over time, a line per model version, baselines dashed.
#include "models/charts/PerformanceSeries.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/MonitoringCharts.h"
#include "ui/render/charts/MonitoringLines.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QLineSeries>
#include <QTimeZone>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCharts)
};
} // namespace

std::unique_ptr<ChartFigure> MonitoringCharts::performance(const PerformanceSeriesData& data)
{
    auto figure = std::make_unique<ChartFigure>();
    auto* chart = new QChart;
    ChartStyle::apply(chart, Text::tr("%1 over time (%2 is better)")
                                 .arg(data.metric, data.sense == MetricSense::LowerIsBetter ? Text::tr("lower")
                                                                                            : Text::tr("higher")));
    figure->addChart(chart);
    double minX = 0, maxX = -1, minY = 0, maxY = 0;
    bool any = false;
    const auto extend = [&](double x, double y) {
        if (!any) {
            minX = maxX = x;
            minY = maxY = y;
            any = true;
            return;
        }
        minX = std::min(minX, x);
        maxX = std::max(maxX, x);
        minY = std::min(minY, y);
        maxY = std::max(maxY, y);
    };
    for (const PerformanceSeriesData::Line& line : data.lines) {
        for (const QPointF& p : line.points)
            extend(p.x(), p.y());
    }
    for (int i = 0; i < data.lines.size(); ++i) {
        const PerformanceSeriesData::Line& line = data.lines.at(i);
        if (line.points.isEmpty())
            continue;
        const QColor colour = ChartStyle::palette(i);
        QString name = line.label;
        if (!line.trend.isEmpty())
            name += Text::tr(" — %1").arg(line.trend);
        if (line.active)
            name += Text::tr(" (active)");
        QLineSeries* drawn = MonitoringLines::line(chart, name, line.points, colour, line.active ? 3.0 : 1.8);
        drawn->setObjectName(QStringLiteral("performanceLine"));
        const double from = line.points.first().x();
        const double to = line.points.last().x();
        if (line.baseline) {
            extend(from, *line.baseline);
            MonitoringLines::level(chart, Text::tr("%1 baseline").arg(line.label), *line.baseline, from, to, colour)
                ->setObjectName(QStringLiteral("baselineLine"));
        }
        if (line.threshold) {
            extend(from, *line.threshold);
            MonitoringLines::level(chart, Text::tr("%1 threshold").arg(line.label), *line.threshold, from, to,
                                   ChartStyle::red())
                ->setObjectName(QStringLiteral("thresholdLine"));
        }
        TooltipTrack track;
        track.series = drawn;
        track.points = line.points;
        const QString label = line.label;
        const QString metric = data.metric;
        const QList<QPointF> points = line.points;
        track.text = [label, metric, points](int index) {
            const QPointF& p = points.at(index);
            return Text::tr("%1\n%2 UTC\n%3 = %4")
                .arg(label,
                     QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x()), QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     metric, QString::number(p.y(), 'g', 10));
        };
        figure->addTrack(chart, track);
    }
    MonitoringLines::axes(chart, data.metric, minX, maxX, minY, maxY);
    if (!any)
        ChartStyle::setTitle(chart, Text::tr("%1 — no figures in this period").arg(data.metric));
    return figure;
}

} // namespace steward
