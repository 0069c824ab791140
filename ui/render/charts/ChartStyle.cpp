#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPen>
#include <QTextDocumentFragment>
#include <QValueAxis>
#include <cmath>

namespace steward {

namespace {
// What a chart was given, kept on it so that fitting to a small size can be undone at a
// larger one.
constexpr const char* kTitle = "stewardTitle";
constexpr const char* kTitlePoints = "stewardTitlePoints";
constexpr const char* kAxisTitle = "stewardAxisTitle";
constexpr const char* kAxisTitlePoints = "stewardAxisTitlePoints";
constexpr const char* kTicks = "stewardTicks";
constexpr const char* kLabelPoints = "stewardLabelPoints";
constexpr const char* kCategories = "stewardCategories";
constexpr const char* kLegendAlignment = "stewardLegendAlignment";
constexpr const char* kFitting = "stewardFitting";
// Text gets no smaller than this; below it a title wraps onto more lines instead.
constexpr double kSmallestPoints = 7.0;
// Charts lower than this leave the title under the x axis out.
constexpr double kShortestWithAxisTitle = 200.0;
// Category names cannot be thinned out, so they may be a little smaller still.
constexpr double kSmallestCategoryPoints = 6.5;
// The room a tick label needs beyond its own width: Qt Charts' padding and a visible gap.
constexpr double kLabelGap = 14.0;

QVariant remembered(QObject* object, const char* name, const QVariant& value)
{
    if (!object->property(name).isValid())
        object->setProperty(name, value);
    return object->property(name);
}

QStringList plainLines(const QString& htmlOrText)
{
    QString text = QTextDocumentFragment::fromHtml(htmlOrText).toPlainText();
    text.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

double textWidth(const QFont& font, const QString& htmlOrText)
{
    // Labels may be HTML with line breaks: the widest line counts.
    const QStringList lines = plainLines(htmlOrText);
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

// Plain text broken at spaces into lines no wider than `width`, at most `maxLines` of them,
// in the largest font from `points` down that allows it. Never shortened.
struct Wrapped
{
    QString html;
    double points = 0;
    bool fits = false;
};

Wrapped wrapped(const QString& text, QFont font, double points, double width, int maxLines)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (;; points -= 0.5) {
        font.setPointSizeF(points);
        const QFontMetricsF metrics(font);
        QStringList lines;
        bool fits = true;
        for (const QString& word : words) {
            const QString longer = lines.isEmpty() ? word : lines.last() + QLatin1Char(' ') + word;
            if (!lines.isEmpty() && metrics.horizontalAdvance(longer) <= width)
                lines.last() = longer;
            else
                lines << word;
            fits = fits && metrics.horizontalAdvance(lines.last()) <= width;
        }
        if ((fits && lines.size() <= maxLines) || points - 0.5 < kSmallestPoints) {
            for (QString& line : lines)
                line = line.toHtmlEscaped();
            return {lines.join(QStringLiteral("<br>")), points, fits && lines.size() <= maxLines};
        }
    }
}

void fitTitle(QChart* chart)
{
    const QString title = chart->property(kTitle).toString();
    const double points = remembered(chart, kTitlePoints, chart->titleFont().pointSizeF()).toDouble();
    const double width = chart->size().width() - chart->margins().left() - chart->margins().right() - 16;
    if (title.isEmpty() || width < 40)
        return;
    const auto [html, fitted, fits] = wrapped(title, chart->titleFont(), points, width, 4);
    if (chart->title() != html)
        chart->setTitle(html);
    if (chart->titleFont().pointSizeF() != fitted) {
        QFont font = chart->titleFont();
        font.setPointSizeF(fitted);
        chart->setTitleFont(font);
    }
}

void fitAxisTitle(QChart* chart, QAbstractAxis* axis, double length)
{
    const QString title = remembered(axis, kAxisTitle, axis->titleText()).toString();
    const double points = remembered(axis, kAxisTitlePoints, axis->titleFont().pointSizeF()).toDouble();
    if (title.isEmpty() || length < 30)
        return;
    auto [html, fitted, fits] = wrapped(title, axis->titleFont(), points, length - 8, 2);
    // In a short chart the plot needs the height a title under it would take. Decided by the
    // chart's height, not the plot's, which showing the title would change again.
    if (axis->orientation() == Qt::Horizontal && chart->size().height() < kShortestWithAxisTitle)
        fits = false;
    // An axis title that cannot be whole even so is left out at this size (the chart's title
    // and legend still say what is drawn) rather than cut.
    if (axis->isTitleVisible() != fits)
        axis->setTitleVisible(fits);
    if (axis->titleText() != html)
        axis->setTitleText(html);
    if (axis->titleFont().pointSizeF() != fitted) {
        QFont font = axis->titleFont();
        font.setPointSizeF(fitted);
        axis->setTitleFont(font);
    }
}

// How many ticks fit along `length` when each label needs `extent`.
int ticksThatFit(double length, double extent)
{
    return std::max(2, static_cast<int>(length / std::max(1.0, extent)));
}

QString valueLabel(const QValueAxis* axis, double value)
{
    const QString format = axis->labelFormat();
    return format.isEmpty() ? QString::number(value, 'g', 4) : QString::asprintf(format.toLatin1().constData(), value);
}

void fitValueAxis(QValueAxis* axis, double length, bool horizontal)
{
    if (axis->tickType() != QValueAxis::TicksFixed)
        return;
    const int asked = remembered(axis, kTicks, axis->tickCount()).toInt();
    const QFontMetricsF metrics(axis->labelsFont());
    const double extent = horizontal ? std::max(textWidth(axis->labelsFont(), valueLabel(axis, axis->min())),
                                                textWidth(axis->labelsFont(), valueLabel(axis, axis->max()))) +
                                           kLabelGap
                                     : metrics.height() * 1.5;
    const int most = ticksThatFit(length, extent);
    // A divisor of the intervals asked for keeps the ticks that remain on round values.
    const int intervals = std::max(1, asked - 1);
    int chosen = 1;
    for (int d = intervals; d >= 1; --d) {
        if (intervals % d == 0 && d + 1 <= most) {
            chosen = d;
            break;
        }
    }
    if (axis->tickCount() != chosen + 1)
        axis->setTickCount(chosen + 1);
}

void fitDateAxis(QChart* chart, QDateTimeAxis* axis, double length, bool horizontal)
{
    const int asked = remembered(axis, kTicks, axis->tickCount()).toInt();
    const QFontMetricsF metrics(axis->labelsFont());
    double widest = 0;
    const qint64 from = axis->min().toMSecsSinceEpoch();
    const qint64 to = axis->max().toMSecsSinceEpoch();
    for (int i = 0; i <= 4; ++i) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(from + (to - from) * i / 4);
        widest = std::max(widest, metrics.horizontalAdvance(chart->locale().toString(at, axis->format())));
    }
    const double extent = horizontal ? widest * 1.1 + kLabelGap : metrics.height() * 1.5;
    const int ticks = std::min(asked, ticksThatFit(length, extent));
    if (axis->tickCount() != ticks)
        axis->setTickCount(ticks);
}

// The labels an axis shows for its categories, given in order.
QStringList categoryLabels(QAbstractAxis* axis)
{
    if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
        return categories->categoriesLabels();
    if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
        return bars->categories();
    return {};
}

void relabel(QAbstractAxis* axis, const QStringList& labels)
{
    const QStringList now = categoryLabels(axis);
    for (int i = 0; i < now.size() && i < labels.size(); ++i) {
        if (now.at(i) == labels.at(i))
            continue;
        if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
            categories->replaceLabel(now.at(i), labels.at(i));
        else if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis))
            bars->replace(now.at(i), labels.at(i));
    }
}

// Labels that name categories cannot be left out. Too wide for their category, they are
// set on two staggered rows, then in a smaller font, and turned as a last resort.
void fitCategoryLabels(QAbstractAxis* axis, double length)
{
    const QStringList given = remembered(axis, kCategories, categoryLabels(axis)).toStringList();
    if (given.isEmpty())
        return;
    const double points = remembered(axis, kLabelPoints, axis->labelsFont().pointSizeF()).toDouble();
    const double category = length / given.size();
    const double room = category - 6;
    // Room beyond the first and last categories (a category axis may start after its minimum).
    QPair<double, double> slack{0, 0};
    if (auto* categories = qobject_cast<QCategoryAxis*>(axis); categories && categories->max() > categories->min()) {
        const double perUnit = length / (categories->max() - categories->min());
        slack = {(categories->startValue() - categories->min()) * perUnit,
                 (categories->max() - categories->endValue(categories->categoriesLabels().last())) * perUnit};
    }
    int lines = 1;
    for (const QString& label : given)
        lines = std::max(lines, static_cast<int>(plainLines(label).size()));
    QFont font = axis->labelsFont();
    QStringList labels = given;
    bool fits = false;
    for (double size = points; size >= kSmallestCategoryPoints && !fits; size -= 0.5) {
        font.setPointSizeF(size);
        double widest = 0;
        for (const QString& label : given)
            widest = std::max(widest, textWidth(font, label));
        // Qt Charts hides the first and last labels when they reach past the axis's ends.
        const bool ends = (textWidth(font, given.first()) - category) / 2 <= slack.first - 1 &&
                          (textWidth(font, given.last()) - category) / 2 <= slack.second - 1;
        if (widest <= room) {
            fits = true;
        } else if (ends && lines == 1 && widest <= 2 * room) {
            // Every other label on the second row: each may then take two categories' width.
            for (int i = 0; i < given.size(); ++i)
                labels[i] =
                    i % 2 ? QStringLiteral("&nbsp;<br>") + given.at(i) : given.at(i) + QStringLiteral("<br>&nbsp;");
            fits = true;
        }
    }
    if (!fits)
        font.setPointSizeF(kSmallestCategoryPoints);
    if (axis->labelsFont() != font)
        axis->setLabelsFont(font);
    relabel(axis, labels);
    // Turned labels need only their height across the axis.
    const int angle = fits ? 0 : QFontMetricsF(font).height() * lines * 1.5 <= room ? -45 : -90;
    if (axis->labelsAngle() != angle)
        axis->setLabelsAngle(angle);
    axis->setTruncateLabels(false);
}

// Labels that mark positions (a category axis with labels on values) can be thinned: every
// n-th is kept, the first always.
void thinPositionLabels(QCategoryAxis* axis, double length)
{
    QVariantList all = remembered(axis, kCategories, QVariant()).toList();
    if (all.isEmpty()) {
        for (const QString& label : axis->categoriesLabels())
            all.append(QVariant(QVariantList{label, axis->endValue(label)}));
        axis->setProperty(kCategories, all);
    }
    if (all.isEmpty())
        return;
    double widest = 0;
    for (const QVariant& entry : all)
        widest = std::max(widest, textWidth(axis->labelsFont(), entry.toList().value(0).toString()));
    const double span = axis->max() - axis->min();
    const double perUnit = span > 0 ? length / span : length;
    // Neighbouring positions are assumed one unit apart (cycles 1, 2, 3...).
    const int stride = std::max(1, static_cast<int>(std::ceil((widest + kLabelGap) / std::max(1.0, perUnit))));
    QStringList wanted;
    for (int i = 0; i < all.size(); i += stride)
        wanted << all.at(i).toList().value(0).toString();
    if (wanted == axis->categoriesLabels())
        return;
    for (const QString& label : axis->categoriesLabels())
        axis->remove(label);
    for (int i = 0; i < all.size(); i += stride)
        axis->append(all.at(i).toList().value(0).toString(), all.at(i).toList().value(1).toDouble());
    axis->setTruncateLabels(false);
}

// A legend below (or above) the plot is one row: too long for the width, it moves beside the
// plot as a column, where every entry stays whole. (Its font stays: Qt Charts 6.4 loses the
// markers of a legend whose font changes after it was laid out.)
void fitLegend(QChart* chart)
{
    QLegend* legend = chart->legend();
    const auto given =
        static_cast<Qt::Alignment>(remembered(legend, kLegendAlignment, int(legend->alignment())).toInt());
    if (!legend->isVisible() || (given & (Qt::AlignTop | Qt::AlignBottom)) == 0)
        return;
    const double width = chart->size().width() - chart->margins().left() - chart->margins().right() - 24;
    const QFontMetricsF metrics(legend->font());
    double needed = 0;
    for (QLegendMarker* marker : legend->markers()) {
        if (marker->isVisible())
            needed += metrics.horizontalAdvance(marker->label()) + metrics.height() * 1.5 + 30;
    }
    const Qt::Alignment alignment = needed <= width ? given : Qt::AlignRight;
    if (legend->alignment() != alignment)
        legend->setAlignment(alignment);
}
} // namespace

QColor ChartStyle::blue()
{
    return QColor(0x1f, 0x6f, 0xb4);
}

QColor ChartStyle::orange()
{
    return QColor(0xe8, 0x7d, 0x1e);
}

QColor ChartStyle::green()
{
    return QColor(0x2c, 0x9a, 0x4b);
}

QColor ChartStyle::red()
{
    return QColor(0xd0, 0x32, 0x2f);
}

QColor ChartStyle::purple()
{
    return QColor(0x7b, 0x52, 0xae);
}

QColor ChartStyle::grey()
{
    return QColor(0x70, 0x70, 0x70);
}

QColor ChartStyle::palette(int index)
{
    static const QList<QColor> colours{
        blue(), orange(), green(), purple(), red(), QColor(0x8c, 0x56, 0x4b), QColor(0xd6, 0x5f, 0xa8), grey()};
    return colours.at(((index % colours.size()) + colours.size()) % colours.size());
}

QColor ChartStyle::eventTier(int tier)
{
    switch (tier) {
    case 1:
        return red();
    case 2:
        return orange();
    default:
        return QColor(0xc9, 0xa2, 0x00);
    }
}

void ChartStyle::apply(QChart* chart, const QString& title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(8, 8, 12, 8));
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(12);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    setTitle(chart, title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(9);
    chart->legend()->setFont(legendFont);
    keepFitted(chart);
}

void ChartStyle::setTitle(QChart* chart, const QString& title)
{
    // Qt Charts draws titles as HTML; names from the database must stay plain text.
    chart->setProperty(kTitle, title);
    chart->setTitle(title.toHtmlEscaped());
    if (!chart->size().isEmpty())
        fitTitle(chart);
}

QString ChartStyle::plainTitle(const QChart* chart)
{
    const QVariant given = chart->property(kTitle);
    return given.isValid() ? given.toString() : QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
}

void ChartStyle::fitToSize(QChart* chart)
{
    if (chart->property(kFitting).toBool() || chart->size().isEmpty())
        return;
    chart->setProperty(kFitting, true);
    fitTitle(chart);
    fitLegend(chart);
    const QRectF plot = chart->plotArea();
    for (QAbstractAxis* axis : chart->axes()) {
        const bool horizontal = axis->orientation() == Qt::Horizontal;
        const double length = horizontal ? plot.width() : plot.height();
        if (length < 20)
            continue;
        fitAxisTitle(chart, axis, length);
        // A category axis is a value axis too: asked first.
        if (auto* categories = qobject_cast<QCategoryAxis*>(axis)) {
            if (categories->labelsPosition() == QCategoryAxis::AxisLabelsPositionOnValue)
                thinPositionLabels(categories, length);
            else if (horizontal)
                fitCategoryLabels(axis, length);
        } else if (auto* values = qobject_cast<QValueAxis*>(axis)) {
            fitValueAxis(values, length, horizontal);
        } else if (auto* dates = qobject_cast<QDateTimeAxis*>(axis)) {
            fitDateAxis(chart, dates, length, horizontal);
        } else if (qobject_cast<QBarCategoryAxis*>(axis) && horizontal) {
            fitCategoryLabels(axis, length);
        }
    }
    chart->setProperty(kFitting, false);
}

void ChartStyle::keepFitted(QChart* chart)
{
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitToSize(chart); });
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [chart] { fitToSize(chart); });
}

void ChartStyle::settle(QChart* chart)
{
    // Each fit can move the plot area a little (a wrapped title, narrower labels); a few
    // rounds settle it.
    for (int round = 0; round < 4; ++round) {
        if (chart->layout())
            chart->layout()->activate();
        fitToSize(chart);
    }
    if (chart->layout())
        chart->layout()->activate();
}

void ChartStyle::styleAxis(QAbstractAxis* axis, const QString& title)
{
    QFont labels = axis->labelsFont();
    labels.setPointSizeF(9);
    axis->setLabelsFont(labels);
    QFont titleFont = axis->titleFont();
    titleFont.setPointSizeF(9.5);
    titleFont.setBold(false);
    axis->setTitleFont(titleFont);
    axis->setTitleText(title);
    axis->setGridLineColor(QColor(0xe4, 0xe4, 0xe4));
    axis->setLinePenColor(QColor(0xa0, 0xa0, 0xa0));
}

void ChartStyle::addAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void ChartStyle::hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace steward
