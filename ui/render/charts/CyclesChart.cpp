// Improvement cycles: MAPE before and after each cycle, and the strip of the eight states.
#include "models/charts/Downsample.h"
#include "models/charts/ImprovementCycles.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/RegistryCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCharts)
};

QColor stateColour(int index)
{
    // From the first steps in cool blues to COMPLETE in green.
    static const QList<QColor> colours{QColor(0x9e, 0xc5, 0xe6), QColor(0x6b, 0xa7, 0xd6), QColor(0x41, 0x86, 0xc2),
                                       QColor(0x7b, 0x52, 0xae), QColor(0xc0, 0x6c, 0xb8), QColor(0xe8, 0x7d, 0x1e),
                                       QColor(0xd9, 0xb3, 0x00), QColor(0x2c, 0x9a, 0x4b)};
    return colours.value(index, QColor(0x99, 0x99, 0x99));
}

// 1, 2, 5, 10, 20, 50… at least `raw`, so that cycle ticks land on round numbers.
double niceStep(double raw)
{
    if (raw <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QColor pale(const QColor& colour)
{
    // Mixed with white rather than lighter(): lighter() turns light colours white.
    const double keep = 0.38;
    return QColor::fromRgbF(colour.redF() * keep + (1 - keep), colour.greenF() * keep + (1 - keep),
                            colour.blueF() * keep + (1 - keep));
}

// A line per run of consecutive cycles that have a value, so that missing values leave gaps
// instead of a line drawn across cycles that have none.
// Long runs are drawn from a min/max downsampled copy, like every long series.
void segments(QChart* chart, const QList<std::optional<double>>& values, const QString& name, const QPen& pen)
{
    constexpr int kPixelColumns = 400;
    QList<QList<QPointF>> runs;
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i)) {
            if (!runs.isEmpty() && !runs.last().isEmpty())
                runs << QList<QPointF>();
            continue;
        }
        if (runs.isEmpty())
            runs << QList<QPointF>();
        runs.last() << QPointF(i + 1, *values.at(i));
    }
    bool first = true;
    for (const QList<QPointF>& run : runs) {
        if (run.isEmpty())
            continue;
        auto* line = new QLineSeries;
        line->setName(name);
        line->setPen(pen);
        line->setPointsVisible(values.size() <= 80);
        // Each run gets its share of the plot's pixel columns.
        const int columns = qMax(1, static_cast<int>(run.size() * kPixelColumns / values.size()));
        line->replace(Downsample::pick(run, Downsample::minMax(run, columns)));
        chart->addSeries(line);
        if (!first)
            ChartStyle::hideFromLegend(chart, line);
        first = false;
    }
}

QString cycleTip(const ImprovementCyclesData::Cycle& cycle)
{
    QStringList lines{Text::tr("Cycle %1 (%2)").arg(cycle.ordinal).arg(shortId(cycle.cycleId))};
    QString state = Text::tr("state %1").arg(cycle.state);
    if (cycle.stateIndex < 0)
        state += Text::tr(" (not one of the eight states Steward knows)");
    if (cycle.iteration)
        state += Text::tr(", iteration %1%2")
                     .arg(*cycle.iteration)
                     .arg(cycle.maxIterations ? QStringLiteral("/%1").arg(*cycle.maxIterations) : QString());
    lines << state;
    const auto text = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'g', 10) : Text::tr("not yet");
    };
    QString mape = Text::tr("MAPE before %1, after %2").arg(text(cycle.mapeBefore), text(cycle.mapeAfter));
    if (cycle.mapeBefore && cycle.mapeAfter && *cycle.mapeBefore != 0)
        mape += Text::tr(" (%1%)").arg(
            QLocale().toString((*cycle.mapeAfter - *cycle.mapeBefore) / *cycle.mapeBefore * 100, 'f', 1));
    lines << mape;
    if (!cycle.errorMessage.isEmpty())
        lines << Text::tr("error: %1").arg(cycle.errorMessage);
    return lines.join(QLatin1Char('\n'));
}

QChart* mapeChart(const ImprovementCyclesData& data, ChartFigure& figure)
{
    auto* chart = new QChart;
    ChartStyle::apply(chart, Text::tr("Improvement cycles of %1 — MAPE before and after").arg(data.clientId));
    QPen beforePen(ChartStyle::grey());
    beforePen.setWidthF(2.0);
    beforePen.setStyle(Qt::DashLine);
    QPen afterPen(ChartStyle::green());
    afterPen.setWidthF(2.4);
    QList<std::optional<double>> before;
    QList<std::optional<double>> after;
    QList<QPointF> positions;
    double low = 0;
    double high = 0;
    bool any = false;
    for (const ImprovementCyclesData::Cycle& cycle : data.cycles) {
        before << cycle.mapeBefore;
        after << cycle.mapeAfter;
        positions << QPointF(cycle.ordinal, 0);
        for (const std::optional<double>& value : {cycle.mapeBefore, cycle.mapeAfter}) {
            if (!value)
                continue;
            low = any ? std::min(low, *value) : *value;
            high = any ? std::max(high, *value) : *value;
            any = true;
        }
    }
    segments(chart, before, Text::tr("MAPE before"), beforePen);
    segments(chart, after, Text::tr("MAPE after"), afterPen);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    ChartStyle::styleAxis(x, Text::tr("Cycle (in the order they ran)"));
    ChartStyle::styleAxis(y, Text::tr("MAPE (lower is better)"));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setRange(0.5, data.cycles.size() + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(data.cycles.size() > 20 ? 0 : 1);
    x->setTickInterval(niceStep(data.cycles.size() / 10.0));
    const double pad = (high - low) > 0 ? (high - low) * 0.15 : 0.01;
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers();
    ChartStyle::addAxes(chart, x, y);
    TooltipTrack track;
    track.series = chart->series().value(0);
    track.match = TooltipTrack::Match::Column;
    track.points = positions;
    const QList<ImprovementCyclesData::Cycle> cycles = data.cycles;
    track.text = [cycles](int index) { return cycleTip(cycles.at(index)); };
    figure.addTrack(chart, track);
    return chart;
}

QChart* stateStrip(const ImprovementCyclesData& data, int count, ChartFigure& figure)
{
    const QList<ImprovementCyclesData::Cycle> shown = data.latest(count);
    auto* chart = new QChart;
    ChartStyle::apply(chart, shown.size() < data.cycles.size() ? Text::tr("Where each cycle is — the latest %1 of %2")
                                                                     .arg(shown.size())
                                                                     .arg(QLocale().toString(data.cycles.size()))
                                                               : Text::tr("Where each cycle is"));
    QFont smaller = chart->titleFont();
    smaller.setPointSizeF(10.5);
    chart->setTitleFont(smaller);
    chart->legend()->hide();
    const QStringList& states = ImprovementCyclesData::states();
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.72);
    for (int s = 0; s < states.size(); ++s) {
        auto* set = new QBarSet(states.at(s));
        // States a cycle has passed are pale; the state it is in now is in full colour.
        set->setColor(pale(stateColour(s)));
        set->setBorderColor(Qt::white);
        set->setSelectedColor(stateColour(s));
        for (int c = 0; c < shown.size(); ++c) {
            *set << (shown.at(c).stateIndex >= s ? 1.0 : 0.0);
            if (shown.at(c).stateIndex == s)
                set->selectBar(c);
        }
        series->append(set);
    }
    chart->addSeries(series);
    QStringList categories;
    for (const ImprovementCyclesData::Cycle& cycle : shown)
        categories << (cycle.errorMessage.isEmpty() ? Text::tr("Cycle %1").arg(cycle.ordinal)
                                                    : Text::tr("Cycle %1 ⚠").arg(cycle.ordinal));
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false);
    auto* x = new QCategoryAxis;
    for (int s = 0; s < states.size(); ++s)
        x->append(states.at(s), s + 1);
    x->setRange(0, states.size());
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    ChartStyle::styleAxis(x, {});
    ChartStyle::styleAxis(y, {});
    ChartStyle::addAxes(chart, x, y);

    TooltipTrack track;
    track.series = series;
    track.match = TooltipTrack::Match::Row;
    for (int c = 0; c < shown.size(); ++c)
        track.points << QPointF(c, 0);
    track.text = [shown](int index) { return cycleTip(shown.at(index)); };
    figure.addTrack(chart, track);
    return chart;
}
} // namespace

std::unique_ptr<ChartFigure> RegistryCharts::improvementCycles(const ImprovementCyclesData& data, int stripCycles)
{
    auto figure = std::make_unique<ChartFigure>();
    figure->addChart(mapeChart(data, *figure), 3);
    figure->addChart(stateStrip(data, stripCycles, *figure), 2);
    QStringList order = ImprovementCyclesData::states();
    for (const QString& state : data.stateCounts.keys()) {
        if (!order.contains(state))
            order << state;
    }
    QStringList counts;
    for (const QString& state : order) {
        if (data.stateCounts.value(state) > 0)
            counts << Text::tr("%1 %2").arg(state).arg(data.stateCounts.value(state));
    }
    figure->setNote(
        QCoreApplication::translate("RegistryCharts", "%n cycle(s): ", nullptr, static_cast<int>(data.cycles.size())) +
        counts.join(QStringLiteral(", ")));
    return figure;
}

} // namespace steward
