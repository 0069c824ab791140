// The drift chart: drift scores over time, a line per model, type and feature, thresholds dashed.
#include "models/charts/DriftSeries.h"
#include "models/monitoring/DriftSummary.h"
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

std::unique_ptr<ChartFigure> MonitoringCharts::drift(const DriftSeriesData& data)
{
    auto figure = std::make_unique<ChartFigure>();
    auto* chart = new QChart;
    ChartStyle::apply(chart, Text::tr("Drift score against threshold"));
    figure->addChart(chart);
    double minX = 0, maxX = -1, minY = 0, maxY = 0;
    bool any = false;
    for (const DriftSeriesData::Line& line : data.lines) {
        for (const QPointF& p : line.points) {
            minX = any ? std::min(minX, p.x()) : p.x();
            maxX = any ? std::max(maxX, p.x()) : p.x();
            maxY = any ? std::max(maxY, p.y()) : p.y();
            any = true;
        }
        if (line.threshold)
            maxY = std::max(maxY, *line.threshold);
    }
    bool assumed = false;
    for (int i = 0; i < data.lines.size(); ++i) {
        const DriftSeriesData::Line& line = data.lines.at(i);
        if (line.points.isEmpty())
            continue;
        // Drifting now in red; the palette otherwise.
        const QColor colour = line.status == QLatin1String("detected") ? ChartStyle::red() : ChartStyle::palette(i);
        QLineSeries* drawn = MonitoringLines::line(chart, Text::tr("%1 — %2").arg(line.label, line.status), line.points,
                                                   colour, line.status == QLatin1String("detected") ? 3.0 : 1.8);
        drawn->setObjectName(QStringLiteral("driftLine"));
        if (line.threshold) {
            MonitoringLines::level(chart, {}, *line.threshold, minX, maxX, colour)
                ->setObjectName(QStringLiteral("thresholdLine"));
            assumed = assumed || line.thresholdAssumed;
        }
        TooltipTrack track;
        track.series = drawn;
        track.points = line.points;
        const QString label = line.label;
        const QList<QPointF> points = line.points;
        const std::optional<double> threshold = line.threshold;
        track.text = [label, points, threshold](int index) {
            const QPointF& p = points.at(index);
            return Text::tr("%1\n%2 UTC\nscore %3, threshold %4")
                .arg(label,
                     QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x()), QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     QString::number(p.y(), 'g', 6),
                     threshold ? QString::number(*threshold, 'g', 6) : QStringLiteral("—"));
        };
        figure->addTrack(chart, track);
    }
    MonitoringLines::axes(chart, Text::tr("drift score"), minX, maxX, minY, maxY);
    if (!any)
        ChartStyle::setTitle(chart, Text::tr("No drift recorded in this period"));
    QStringList notes;
    if (assumed)
        notes << Text::tr("dashed: thresholds (where the system stores none, %1 is assumed)")
                     .arg(DriftSummary::kDefaultThreshold);
    else
        notes << Text::tr("dashed: thresholds");
    if (data.linesLeftOut > 0)
        notes << Text::tr("%1 more series not drawn").arg(data.linesLeftOut);
    figure->setNote(notes.join(QStringLiteral(" · ")));
    return figure;
}

} // namespace steward
