#pragma once

#include <QChartView>

namespace steward {

class ChartFigure;

// A chart view whose tooltip, wherever the pointer is, comes from the figure's full data.
class FigureView : public QChartView
{
    Q_OBJECT

public:
    FigureView(const ChartFigure* figure, QChart* chart, QWidget* parent = nullptr);

    // The tooltip for a point in view coordinates (what hovering there shows).
    QString toolTipAt(const QPoint& viewPosition) const;
    QString lastToolTip() const { return m_lastToolTip; }

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    const ChartFigure* m_figure;
    QString m_lastToolTip;
};

} // namespace steward
