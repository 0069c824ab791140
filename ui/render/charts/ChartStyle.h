#pragma once

#include <QColor>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

namespace steward {

// One look for every chart Steward draws, on screen and in exported files: a white
// background, readable fonts, no animation (exports and tests draw at once), the legend below.
namespace ChartStyle {
QColor blue();
QColor orange();
QColor green();
QColor red();
QColor purple();
QColor grey();
// The n-th colour of the categorical palette (levels, series).
QColor palette(int index);
// Colours of the event tiers 1-3.
QColor eventTier(int tier);

// Also keeps the chart readable at whatever size it is drawn (see fitToSize).
void apply(QChart* chart, const QString& title);
// Sets a plain-text title (escaped for the chart's HTML), and reads it back as plain text.
void setTitle(QChart* chart, const QString& title);
QString plainTitle(const QChart* chart);
// Fits the chart to its present size: the title is wrapped (or its font made smaller) rather
// than cut, and an axis draws fewer ticks, chosen from its length and its labels' width,
// rather than labels cut to "…". The ticks an axis was given are the most it gets.
void fitToSize(QChart* chart);
// Runs fitToSize whenever the chart is resized or laid out again (apply() does this).
void keepFitted(QChart* chart);
// Lays the chart out at its present size and fits it until nothing changes: for drawing
// at once, without an event loop to finish the layout.
void settle(QChart* chart);
void styleAxis(QAbstractAxis* axis, const QString& title);
// Puts `x` at the bottom and `y` on the left and attaches every series of the chart to both.
void addAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);
// Keeps a helper series (a marker line) out of the legend.
void hideFromLegend(QChart* chart, QAbstractSeries* series);
} // namespace ChartStyle

} // namespace steward
