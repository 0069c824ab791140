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

void apply(QChart* chart, const QString& title);
// Sets a plain-text title (escaped for the chart's HTML), and reads it back as plain text.
void setTitle(QChart* chart, const QString& title);
QString plainTitle(const QChart* chart);
void styleAxis(QAbstractAxis* axis, const QString& title);
// Puts `x` at the bottom and `y` on the left and attaches every series of the chart to both.
void addAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);
// Keeps a helper series (a marker line) out of the legend.
void hideFromLegend(QChart* chart, QAbstractSeries* series);
} // namespace ChartStyle

} // namespace steward
