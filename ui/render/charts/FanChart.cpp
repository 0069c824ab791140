// The forecast fan: predicted quantity with its P10-P90 band, event days and actuals.
#include "models/charts/ForecastFan.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/RegistryCharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
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

// Days are drawn at noon UTC so that a day's point sits in the middle of its tick.
double xOf(const QDate& date)
{
    return static_cast<double>(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

double startOf(const QDate& date)
{
    return static_cast<double>(QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

// A dashed vertical line where the forecast starts, labelled in the plot's top corner beside it.
void markOrigin(QChart* chart, QValueAxis* y, const QDate& origin)
{
    auto* line = new QLineSeries;
    line->setObjectName(QStringLiteral("forecastOrigin"));
    line->setName(Text::tr("forecast origin"));
    QPen pen(QColor(0x37, 0x47, 0x4f));
    pen.setWidthF(1.6);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    line->append(startOf(origin), y->min());
    line->append(startOf(origin), y->max());
    chart->addSeries(line);
    for (QAbstractAxis* axis : chart->axes())
        line->attachAxis(axis);
    ChartStyle::hideFromLegend(chart, line);
    auto* label = new QGraphicsSimpleTextItem(Text::tr("forecast origin"), chart);
    label->setData(0, QStringLiteral("forecastOrigin"));
    QFont font = label->font();
    font.setPointSizeF(8.5);
    font.setItalic(true);
    label->setFont(font);
    label->setBrush(pen.color());
    label->setZValue(20);
    const auto place = [chart, line, label, y] {
        const QPointF top = chart->mapToPosition(QPointF(line->at(0).x(), y->max()), line);
        label->setPos(top + QPointF(5, 3));
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString dayTip(const ForecastFanData& data, int index)
{
    const ForecastFanData::Day& day = data.days.at(index);
    QStringList lines{QLocale().toString(day.date, QStringLiteral("ddd d MMM yyyy")),
                      Text::tr("predicted %1").arg(number(day.predicted))};
    if (day.lower || day.upper)
        lines << Text::tr("P10 %1 – P90 %2")
                     .arg(day.lower ? number(*day.lower) : Text::tr("?"),
                          day.upper ? number(*day.upper) : Text::tr("?"));
    if (day.eventTier > 0)
        lines << Text::tr("event tier %1").arg(day.eventTier);
    if (const std::optional<double> actual = data.actualOn(day.date))
        lines << Text::tr("actual %1").arg(number(*actual));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

std::unique_ptr<ChartFigure> RegistryCharts::forecastFan(const ForecastFanData& data)
{
    auto figure = std::make_unique<ChartFigure>();
    auto* chart = new QChart;
    ChartStyle::apply(chart, Text::tr("Forecast for %1 — version %2").arg(data.seriesKey, data.modelVersion));
    figure->addChart(chart);

    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* predicted = new QLineSeries;
    QList<QScatterSeries*> tiers;
    for (int tier = 1; tier <= 3; ++tier) {
        auto* series = new QScatterSeries;
        series->setName(Text::tr("event tier %1").arg(tier));
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(tier == 1 ? 11 : 9);
        series->setColor(ChartStyle::eventTier(tier));
        series->setBorderColor(Qt::white);
        tiers << series;
    }
    double low = 0;
    double high = 0;
    for (const ForecastFanData::Day& day : data.days) {
        const double x = xOf(day.date);
        const double top = day.upper.value_or(day.predicted);
        const double bottom = day.lower.value_or(day.predicted);
        upper->append(x, top);
        lower->append(x, bottom);
        predicted->append(x, day.predicted);
        high = std::max(high, top);
        low = std::min(low, bottom);
        if (day.eventTier >= 1 && day.eventTier <= 3)
            tiers.at(day.eventTier - 1)->append(x, day.predicted);
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(Text::tr("P10–P90"));
    QColor fill = ChartStyle::blue();
    fill.setAlpha(55);
    band->setBrush(fill);
    QPen edge(ChartStyle::blue().lighter(150));
    edge.setWidthF(0.8);
    band->setPen(edge);
    chart->addSeries(band);

    QPen line(ChartStyle::blue());
    line.setWidthF(2.2);
    predicted->setPen(line);
    predicted->setName(Text::tr("predicted"));
    chart->addSeries(predicted);

    QScatterSeries* actual = nullptr;
    if (!data.actuals.isEmpty()) {
        actual = new QScatterSeries;
        actual->setName(Text::tr("actual"));
        actual->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        actual->setMarkerSize(6);
        actual->setColor(QColor(0x22, 0x22, 0x22));
        actual->setBorderColor(QColor(0x22, 0x22, 0x22));
        for (const ForecastFanData::Actual& a : data.actuals) {
            actual->append(xOf(a.date), a.quantity);
            high = std::max(high, a.quantity);
        }
        chart->addSeries(actual);
    }
    for (QScatterSeries* series : tiers) {
        chart->addSeries(series);
        if (series->count() == 0)
            ChartStyle::hideFromLegend(chart, series);
    }

    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    ChartStyle::styleAxis(y, Text::tr("Quantity"));
    ChartStyle::addAxes(chart, x, y);
    const QDate first = data.days.isEmpty() ? QDate() : data.days.first().date;
    const QDate last = data.days.isEmpty() ? QDate() : data.days.last().date;
    // Every label carries its year when the dates cross New Year; otherwise the axis title does.
    const bool crossesNewYear = first.isValid() && first.year() != last.year();
    x->setFormat(crossesNewYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
    ChartStyle::styleAxis(x, first.isValid() && !crossesNewYear ? Text::tr("Forecast date (%1)").arg(first.year())
                                                                : Text::tr("Forecast date"));
    if (first.isValid()) {
        // Room left of the origin, so that its line stands clear of the axis.
        const int before = qMax(1, static_cast<int>(first.daysTo(last) / 30));
        x->setRange(QDateTime(first.addDays(-before), QTime(0, 0), QTimeZone::utc()),
                    QDateTime(last.addDays(1), QTime(0, 0), QTimeZone::utc()));
        x->setTickCount(qBound(2, static_cast<int>(first.daysTo(last) / 7) + 1, 12));
    }
    y->setRange(low, high > low ? high * 1.08 : 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(y->max() - y->min() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    if (first.isValid())
        markOrigin(chart, y, first);

    TooltipTrack track;
    track.series = predicted;
    track.match = TooltipTrack::Match::Column;
    track.halfWidth = 12.0 * 3600 * 1000; // half a day: the pointer anywhere over a day shows that day
    for (const ForecastFanData::Day& day : data.days)
        track.points << QPointF(xOf(day.date), day.predicted);
    const ForecastFanData copy = data;
    track.text = [copy](int index) { return dayTip(copy, index); };
    figure->addTrack(chart, track);

    if (!data.actualsAvailable)
        figure->setNote(Text::tr("no table of actuals in this database: only the forecast is shown"));
    else if (data.actuals.isEmpty())
        figure->setNote(Text::tr("no actual quantities recorded for these dates yet"));
    return figure;
}

} // namespace steward
