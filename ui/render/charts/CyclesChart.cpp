// Improvement cycles: MAPE before and after each cycle as a pair, and the strip of the eight
// states.
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
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
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

// More pairs than this do not read as pairs: the latest are drawn.
constexpr int kMostPairs = 40;
constexpr int kMostLabels = 10;

QColor pale(const QColor& colour)
{
    // Mixed with white rather than lighter(): lighter() turns light colours white.
    const double keep = 0.38;
    return QColor::fromRgbF(colour.redF() * keep + (1 - keep), colour.greenF() * keep + (1 - keep),
                            colour.blueF() * keep + (1 - keep));
}

QString cycleTip(const ImprovementCyclesData::Cycle& cycle)
{
    QStringList lines{Text::tr("Cycle %1 (%2)").arg(cycle.ordinal).arg(cycle.cycleId)};
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

QScatterSeries* markers(const QString& name, const QColor& fill, const QColor& border,
                        QScatterSeries::MarkerShape shape)
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(11);
    series->setColor(fill);
    series->setBorderColor(border);
    QPen pen(border);
    pen.setWidthF(1.6);
    series->setPen(pen);
    return series;
}

// Each cycle on its own: MAPE before and after as two markers joined by a segment, coloured by
// whether the cycle made MAPE better or worse. Nothing joins one cycle to the next: cycles are
// separate experiments, and a line across them would read as a trend.
QChart* mapeChart(const ImprovementCyclesData& data, ChartFigure& figure)
{
    const QList<ImprovementCyclesData::Cycle> shown = data.latest(kMostPairs);
    auto* chart = new QChart;
    ChartStyle::apply(chart,
                      shown.size() < data.cycles.size()
                          ? Text::tr("Improvement cycles of %1 — MAPE before and after each, the latest %2 of %3")
                                .arg(data.clientId)
                                .arg(shown.size())
                                .arg(QLocale().toString(data.cycles.size()))
                          : Text::tr("Improvement cycles of %1 — MAPE before and after each").arg(data.clientId));
    auto* before = markers(Text::tr("MAPE before"), Qt::white, ChartStyle::grey(), QScatterSeries::MarkerShapeCircle);
    auto* better = markers(Text::tr("MAPE after: better"), ChartStyle::green(), ChartStyle::green().darker(120),
                           QScatterSeries::MarkerShapeCircle);
    auto* worse = markers(Text::tr("MAPE after: not better"), ChartStyle::red(), ChartStyle::red().darker(120),
                          QScatterSeries::MarkerShapeTriangle);
    auto* alone = markers(Text::tr("MAPE after (no value before)"), ChartStyle::grey(), ChartStyle::grey(),
                          QScatterSeries::MarkerShapeRectangle);
    better->setObjectName(QStringLiteral("afterBetter"));
    worse->setObjectName(QStringLiteral("afterWorse"));
    before->setObjectName(QStringLiteral("before"));
    QList<QLineSeries*> pairs;
    QList<QPointF> positions;
    double low = 0;
    double high = 0;
    bool any = false;
    for (int i = 0; i < shown.size(); ++i) {
        const ImprovementCyclesData::Cycle& cycle = shown.at(i);
        const double x = i + 1;
        positions << QPointF(x, 0);
        for (const std::optional<double>& value : {cycle.mapeBefore, cycle.mapeAfter}) {
            if (!value)
                continue;
            low = any ? std::min(low, *value) : *value;
            high = any ? std::max(high, *value) : *value;
            any = true;
        }
        if (cycle.mapeBefore)
            before->append(x, *cycle.mapeBefore);
        if (!cycle.mapeAfter)
            continue;
        const bool improved = cycle.mapeBefore && *cycle.mapeAfter < *cycle.mapeBefore;
        (!cycle.mapeBefore ? alone : improved ? better : worse)->append(x, *cycle.mapeAfter);
        if (!cycle.mapeBefore)
            continue;
        auto* pair = new QLineSeries;
        pair->setObjectName(QStringLiteral("pair"));
        QPen pen(improved ? ChartStyle::green() : ChartStyle::red());
        pen.setWidthF(3.0);
        pair->setPen(pen);
        pair->append(x, *cycle.mapeBefore);
        pair->append(x, *cycle.mapeAfter);
        pairs << pair;
    }
    // Segments first, so that the markers are drawn over their ends.
    for (QLineSeries* pair : pairs)
        chart->addSeries(pair);
    for (QScatterSeries* series : {before, better, worse, alone})
        chart->addSeries(series);
    for (QLineSeries* pair : pairs)
        ChartStyle::hideFromLegend(chart, pair);
    for (QScatterSeries* series : {better, worse, alone}) {
        if (series->count() == 0)
            ChartStyle::hideFromLegend(chart, series);
    }

    // Each cycle is labelled with its id as Suggestions shows it, and its number in the strip
    // below; of many, every few from the first (the axis measures each label as rich text and
    // shortens it at every layout: 40 labels took 25 ms of the window's thread, and no more than
    // about ten fit side by side anyway).
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = (static_cast<int>(shown.size()) + kMostLabels - 1) / kMostLabels;
    for (int i = 0; i < shown.size(); i += std::max(1, step))
        x->append(QStringLiteral("%1<br>%2")
                      .arg(shortId(shown.at(i).cycleId).toHtmlEscaped(), Text::tr("Cycle %1").arg(shown.at(i).ordinal)),
                  i + 1);
    x->setRange(0.5, shown.size() + 0.5);
    auto* y = new QValueAxis;
    ChartStyle::styleAxis(x, Text::tr("Cycle, in the order they ran (ids as in Suggestions)"));
    ChartStyle::styleAxis(y, Text::tr("MAPE (lower is better)"));
    const double pad = (high - low) > 0 ? (high - low) * 0.15 : 0.01;
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers();
    ChartStyle::addAxes(chart, x, y);
    TooltipTrack track;
    track.series = before;
    track.match = TooltipTrack::Match::Column;
    track.points = positions;
    track.text = [shown](int index) { return cycleTip(shown.at(index)); };
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
    // A little room either side, so that a state's name wider than its column can still
    // stand under it at a small size.
    x->setRange(-0.25, states.size() + 0.25);
    x->setStartValue(0);
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
