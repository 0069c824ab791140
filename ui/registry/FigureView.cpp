#include "FigureView.h"

#include "ui/render/charts/ChartFigure.h"

#include <QMouseEvent>
#include <QToolTip>

namespace steward {

FigureView::FigureView(const ChartFigure* figure, QChart* chart, QWidget* parent)
    : QChartView(chart, parent), m_figure(figure)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand);
}

QString FigureView::toolTipAt(const QPoint& viewPosition) const
{
    if (!m_figure || !chart())
        return {};
    const QPointF inChart = chart()->mapFromScene(mapToScene(viewPosition));
    return m_figure->toolTipAt(chart(), inChart);
}

void FigureView::mouseMoveEvent(QMouseEvent* event)
{
    const QString text = toolTipAt(event->position().toPoint());
    if (text != m_lastToolTip) {
        m_lastToolTip = text;
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, this);
    }
    QChartView::mouseMoveEvent(event);
}

void FigureView::leaveEvent(QEvent* event)
{
    m_lastToolTip.clear();
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace steward
