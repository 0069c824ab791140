// The metric history chart: one metric across a client's versions.
#include "models/charts/Downsample.h"
#include "models/charts/MetricHistory.h"
#include "models/registry/Metrics.h"
#include "models/registry/VersionId.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/RegistryCharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCharts)
};

QString directionNote(const QString& metric)
{
    switch (Metrics::direction(metric)) {
    case Metrics::Direction::LowerIsBetter:
        return Text::tr("lower is better");
    case Metrics::Direction::HigherIsBetter:
        return Text::tr("higher is better");
    case Metrics::Direction::CloserToZero:
        return Text::tr("closer to zero is better");
    }
    return {};
}

QScatterSeries* marker(const QString& name, const QColor& fill, const QColor& border, double size)
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    series->setMarkerSize(size);
    series->setColor(fill);
    series->setBorderColor(border);
    return series;
}

// Pads a value range so the line does not touch the plot's edges.
void padRange(QValueAxis* axis, double low, double high)
{
    const double span = high - low;
    const double pad = span > 0 ? span * 0.08 : std::max(std::fabs(high) * 0.05, 0.01);
    axis->setRange(low - pad, high + pad);
    axis->applyNiceNumbers();
}

QString dateFormatFor(qint64 spanMs)
{
    return spanMs > 400LL * 24 * 3600 * 1000 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM yyyy");
}
} // namespace

std::unique_ptr<ChartFigure> RegistryCharts::metricHistory(const MetricHistoryData& data, const HistoryOptions& options)
{
    auto figure = std::make_unique<ChartFigure>();
    auto* chart = new QChart;
    ChartStyle::apply(chart, Text::tr("%1 across versions — %2").arg(data.metric, data.clientId));
    figure->addChart(chart);

    const QList<QPointF> all = data.xy();
    // One line per model where the system names its models, so that no line joins two models.
    const QStringList models = data.models();
    const QList<QColor> colours{ChartStyle::blue(), ChartStyle::orange(), ChartStyle::purple(), ChartStyle::red(),
                                ChartStyle::grey()};
    QList<QLineSeries*> lines;
    QList<QList<int>> indicesOf; // per line, the indices into data.points
    qsizetype drawnCount = 0;
    for (int m = 0; m < models.size(); ++m) {
        QList<int> indices;
        QList<QPointF> own;
        for (int i = 0; i < data.points.size(); ++i) {
            if (data.points.at(i).model == models.at(m)) {
                indices << i;
                own << all.at(i);
            }
        }
        const QList<int> drawn = Downsample::minMax(own, options.maxPoints / 4);
        drawnCount += drawn.size();
        auto* line = new QLineSeries;
        const QString name = Text::tr("%1 (%2)").arg(data.metric, directionNote(data.metric));
        line->setName(models.at(m).isEmpty() ? name : QStringLiteral("%1 — %2").arg(models.at(m), name));
        QPen pen(colours.at(m % colours.size()));
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->replace(Downsample::pick(own, drawn));
        line->setPointsVisible(own.size() <= 60);
        chart->addSeries(line);
        lines << line;
        indicesOf << indices;
    }

    auto* active = marker(Text::tr("active version"), ChartStyle::green(), Qt::white, 13);
    bool anyActive = false;
    for (int i = 0; i < data.points.size(); ++i) {
        if (data.isActive(data.points.at(i).version)) {
            active->append(all.at(i));
            anyActive = true;
        }
    }
    chart->addSeries(active);

    auto* selected = marker(Text::tr("selected version"), Qt::transparent, ChartStyle::orange(), 18);
    selected->setObjectName(QStringLiteral("selectedVersion"));
    QPen ring(ChartStyle::orange());
    ring.setWidthF(3.0);
    selected->setPen(ring);
    const int selectedIndex = data.indexOf(options.highlightVersion);
    if (selectedIndex >= 0)
        selected->append(all.at(selectedIndex));
    chart->addSeries(selected);
    if (selectedIndex < 0)
        ChartStyle::hideFromLegend(chart, selected);
    for (QLegendMarker* legendMarker : chart->legend()->markers(selected))
        legendMarker->setBrush(ChartStyle::orange());
    if (!anyActive)
        ChartStyle::hideFromLegend(chart, active);

    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    ChartStyle::styleAxis(x, Text::tr("Trained (UTC)"));
    ChartStyle::styleAxis(y, data.metric);
    ChartStyle::addAxes(chart, x, y);
    if (!all.isEmpty()) {
        double low = all.first().y();
        double high = low;
        for (const QPointF& p : all) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        padRange(y, low, high);
        const qint64 first = data.points.first().trainedAt.toMSecsSinceEpoch();
        const qint64 last = data.points.last().trainedAt.toMSecsSinceEpoch();
        const qint64 pad = qMax<qint64>((last - first) / 30, 12LL * 3600 * 1000);
        x->setRange(QDateTime::fromMSecsSinceEpoch(first - pad, QTimeZone::utc()),
                    QDateTime::fromMSecsSinceEpoch(last + pad, QTimeZone::utc()));
        x->setFormat(dateFormatFor(last - first));
        x->setTickCount(qBound(3, static_cast<int>(data.points.size()), 8));
    } else {
        ChartStyle::setTitle(chart, Text::tr("%1 — no version of %2 has this metric").arg(data.metric, data.clientId));
    }

    const MetricHistoryData copy = data;
    for (int m = 0; m < lines.size(); ++m) {
        TooltipTrack track;
        track.series = lines.at(m);
        const QList<int> indices = indicesOf.at(m);
        for (int i : indices)
            track.points << all.at(i);
        track.text = [copy, indices](int index) {
            const MetricHistoryData::Point& p = copy.points.at(indices.at(index));
            QString text =
                Text::tr("Version %1\nTrained %2 UTC\n%3 = %4")
                    .arg(p.version, VersionId::readable(p.trainedAt), copy.metric, QString::number(p.value, 'g', 10));
            if (copy.isActive(p.version))
                text += Text::tr("\nactive version");
            return text;
        };
        figure->addTrack(chart, track);
    }

    QStringList notes;
    if (drawnCount < all.size())
        notes << Text::tr("%1 versions drawn from %2 points (min/max per pixel column); tooltips give every version's "
                          "true value")
                     .arg(QLocale().toString(all.size()), QLocale().toString(drawnCount));
    if (data.versionsWithoutMetric > 0)
        notes << Text::tr("%1 version(s) without %2 are not shown").arg(data.versionsWithoutMetric).arg(data.metric);
    figure->setNote(notes.join(QStringLiteral(" · ")));
    return figure;
}

} // namespace steward
