// The walk-forward backtest chart: one metric per fold, a bar per level.
#include "models/charts/BacktestFolds.h"
#include "models/registry/Metrics.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/RegistryCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QValueAxis>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RegistryCharts)
};

QString window(const QDate& from, const QDate& to)
{
    if (!from.isValid() && !to.isValid())
        return Text::tr("unknown");
    const QLocale locale;
    return Text::tr("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMM yyyy")),
                                   locale.toString(to, QStringLiteral("d MMM yyyy")));
}

QString levelName(const QString& level)
{
    if (level == QLatin1String("order"))
        return Text::tr("order level");
    if (level == QLatin1String("sku"))
        return Text::tr("SKU level");
    return level;
}

QString foldTip(const BacktestFoldsData& data, int fold)
{
    QStringList lines{Text::tr("Fold %1 of version %2").arg(fold).arg(data.version)};
    const BacktestFoldsData::Fold* any = nullptr;
    for (const QString& level : data.levels) {
        const BacktestFoldsData::Fold* row = data.find(level, fold);
        if (!row)
            continue;
        any = any ? any : row;
        lines << Text::tr("%1: %2 = %3")
                     .arg(levelName(level), data.metric,
                          row->value ? QString::number(*row->value, 'g', 10) : Text::tr("no value"));
    }
    if (any) {
        lines << Text::tr("train %1").arg(window(any->trainStart, any->trainEnd));
        lines << Text::tr("test %1").arg(window(any->testStart, any->testEnd));
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

std::unique_ptr<ChartFigure> RegistryCharts::backtestFolds(const BacktestFoldsData& data)
{
    auto figure = std::make_unique<ChartFigure>();
    auto* chart = new QChart;
    ChartStyle::apply(
        chart, Text::tr("Walk-forward backtest of %1 — %2, %3 per fold").arg(data.version, data.clientId, data.metric));
    figure->addChart(chart);

    auto* bars = new QBarSeries;
    bars->setBarWidth(0.75);
    double low = 0;
    double high = 0;
    for (int l = 0; l < data.levels.size(); ++l) {
        auto* set = new QBarSet(levelName(data.levels.at(l)));
        set->setColor(ChartStyle::palette(l));
        set->setBorderColor(ChartStyle::palette(l).darker(115));
        for (int fold : data.folds) {
            const BacktestFoldsData::Fold* row = data.find(data.levels.at(l), fold);
            const double value = row && row->value ? *row->value : 0.0;
            low = std::min(low, value);
            high = std::max(high, value);
            *set << value;
        }
        bars->append(set);
    }
    // Values on the bars: with a handful of folds they read faster than the axis.
    if (data.folds.size() * data.levels.size() <= 24) {
        bars->setLabelsVisible(true);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        bars->setLabelsFormat(QStringLiteral("@value"));
        bars->setLabelsPrecision(3);
        for (QBarSet* set : bars->barSets()) {
            set->setLabelColor(QColor(0x33, 0x33, 0x33));
            QFont font = set->labelFont();
            font.setPointSizeF(8);
            set->setLabelFont(font);
        }
    }
    chart->addSeries(bars);

    QStringList categories;
    for (int fold : data.folds) {
        const BacktestFoldsData::Fold* any = nullptr;
        for (const QString& level : data.levels)
            any = any ? any : data.find(level, fold);
        const QLocale locale;
        categories << (any && any->testStart.isValid()
                           ? Text::tr("Fold %1<br>test %2")
                                 .arg(fold)
                                 .arg(locale.toString(any->testStart, QStringLiteral("d MMM yy")))
                           : Text::tr("Fold %1").arg(fold));
    }
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    ChartStyle::styleAxis(x, Text::tr("Fold (start of its test window)"));
    ChartStyle::styleAxis(y, data.metric);
    y->setRange(low, high > low ? high * 1.12 : 1.0);
    y->applyNiceNumbers();
    ChartStyle::addAxes(chart, x, y);

    TooltipTrack track;
    track.series = bars;
    track.match = TooltipTrack::Match::Column;
    for (int i = 0; i < data.folds.size(); ++i)
        track.points << QPointF(i, 0);
    const BacktestFoldsData copy = data;
    track.text = [copy](int index) { return foldTip(copy, copy.folds.at(index)); };
    figure->addTrack(chart, track);
    if (data.rows.isEmpty())
        figure->setNote(Text::tr("version %1 has no backtest folds").arg(data.version));
    return figure;
}

} // namespace steward
