#include "MonitoringLines.h"

#include "models/charts/Downsample.h"
#include "ui/render/charts/ChartStyle.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QTimeZone>
#include <QValueAxis>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCharts)
};
} // namespace

QLineSeries* MonitoringLines::line(QChart* chart, const QString& name, const QList<QPointF>& points,
                                   const QColor& colour, double width, int maxPoints)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(width);
    series->setPen(pen);
    series->replace(Downsample::pick(points, Downsample::minMax(points, maxPoints / 4)));
    series->setPointsVisible(points.size() <= 40);
    chart->addSeries(series);
    return series;
}

QLineSeries* MonitoringLines::level(QChart* chart, const QString& name, double value, double fromX, double toX,
                                    const QColor& colour)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->append(fromX, value);
    series->append(toX, value);
    chart->addSeries(series);
    if (name.isEmpty())
        ChartStyle::hideFromLegend(chart, series);
    return series;
}

void MonitoringLines::axes(QChart* chart, const QString& yTitle, double minX, double maxX, double minY, double maxY)
{
    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    ChartStyle::styleAxis(x, Text::tr("Time (UTC)"));
    ChartStyle::styleAxis(y, yTitle);
    ChartStyle::addAxes(chart, x, y);
    if (!(maxX >= minX))
        return;
    const double padX = std::max((maxX - minX) / 30.0, 3600.0 * 1000);
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(minX - padX), QTimeZone::utc()),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(maxX + padX), QTimeZone::utc()));
    x->setFormat(maxX - minX > 400.0 * 86400000 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    const double span = maxY - minY;
    const double padY = span > 0 ? span * 0.08 : std::max(std::fabs(maxY) * 0.05, 0.01);
    y->setRange(minY - padY, maxY + padY);
    y->applyNiceNumbers();
}

} // namespace steward
