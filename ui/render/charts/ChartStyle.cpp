#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QFont>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>
#include <QTextDocumentFragment>

namespace steward {

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
}

void ChartStyle::setTitle(QChart* chart, const QString& title)
{
    // Qt Charts draws titles as HTML; names from the database must stay plain text.
    chart->setTitle(title.toHtmlEscaped());
}

QString ChartStyle::plainTitle(const QChart* chart)
{
    return QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
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
