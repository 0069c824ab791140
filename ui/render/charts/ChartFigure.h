#pragma once

#include "models/core/Outcome.h"

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QSize>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace steward {

// What a chart draws from and what its tooltips tell: a series' full data (sorted by its
// position coordinate) and the text for one of its points. Tooltips read the full data even
// when the series draws a downsampled copy, so they always give true values.
struct TooltipTrack
{
    enum class Match {
        Nearest, // the point nearest the pointer (lines, scatter)
        Column,  // the category under the pointer on the x axis (vertical bars, days)
        Row,     // the category under the pointer on the y axis (horizontal bars)
    };
    QAbstractSeries* series = nullptr; // for mapping the pointer into values
    QList<QPointF> points;
    std::function<QString(int index)> text;
    Match match = Match::Nearest;
    // For Column and Row: how far from a point's coordinate the pointer still belongs to it.
    double halfWidth = 0.5;
};

// One or more charts drawn together (a chart and the strip below it), with their tooltips.
// A figure owns its charts until a chart view takes one; either way each is deleted once.
class ChartFigure
{
public:
    ChartFigure() = default;
    ~ChartFigure();
    ChartFigure(const ChartFigure&) = delete;
    ChartFigure& operator=(const ChartFigure&) = delete;

    // `stretch`: the chart's share of the figure's height.
    void addChart(QChart* chart, int stretch = 1);
    void addTrack(QChart* chart, TooltipTrack track);
    // A line under the charts: how the data was drawn ("drawn from 4,000 of 1,000,000 points").
    void setNote(const QString& note) { m_note = note; }

    QList<QChart*> charts() const;
    int stretch(int index) const { return m_stretch.value(index, 1); }
    QString note() const { return m_note; }
    QString title() const;

    // The tooltip for a pointer at `position` (chart coordinates) over `chart`; empty for none.
    QString toolTipAt(QChart* chart, const QPointF& position) const;

    // Draws every chart stacked by stretch into `target`.
    void paint(QPainter* painter, const QRectF& target) const;
    // PNG or SVG by the file's suffix; written whole or not at all.
    Outcome save(const QString& path, const QSize& size = QSize(1200, 700)) const;

private:
    struct Entry
    {
        QPointer<QChart> chart;
        TooltipTrack track;
    };

    QList<QPointer<QChart>> m_charts;
    QList<int> m_stretch;
    QList<Entry> m_tracks;
    QString m_note;
};

} // namespace steward
