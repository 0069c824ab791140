#include "ChartFigure.h"

#include "models/charts/Downsample.h"
#include "ui/render/charts/ChartExport.h"
#include "ui/render/charts/ChartStyle.h"

#include <QAbstractSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ChartFigure)
};

// How close, in pixels, the pointer must be to a point for its tooltip.
constexpr double kNearPixels = 14.0;

int nearestPoint(QChart* chart, const TooltipTrack& track, const QPointF& position)
{
    const QPointF value = chart->mapToValue(position, track.series);
    const int centre = Downsample::nearestByX(track.points, value.x());
    if (centre < 0)
        return -1;
    // Look at the points within a few pixels either side: on a dense series the nearest in x
    // is not always the nearest on screen.
    const QPointF left = chart->mapToValue(position - QPointF(kNearPixels, 0), track.series);
    const QPointF right = chart->mapToValue(position + QPointF(kNearPixels, 0), track.series);
    int first = Downsample::nearestByX(track.points, left.x());
    int last = Downsample::nearestByX(track.points, right.x());
    if (last - first > 20000) {
        first = qMax(0, centre - 10000);
        last = qMin(static_cast<int>(track.points.size()) - 1, centre + 10000);
    }
    int best = -1;
    double bestDistance = kNearPixels;
    for (int i = first; i <= last; ++i) {
        const QPointF onScreen = chart->mapToPosition(track.points.at(i), track.series);
        const double distance = std::hypot(onScreen.x() - position.x(), onScreen.y() - position.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int categoryAt(QChart* chart, const TooltipTrack& track, const QPointF& position)
{
    const QPointF value = chart->mapToValue(position, track.series);
    const double coordinate = track.match == TooltipTrack::Match::Row ? value.y() : value.x();
    const int index = Downsample::nearestByX(track.points, coordinate);
    if (index < 0 || std::fabs(track.points.at(index).x() - coordinate) > track.halfWidth)
        return -1;
    // Only inside the plot area: the axis labels have their own meaning.
    return chart->plotArea().contains(position) ? index : -1;
}
} // namespace

ChartFigure::~ChartFigure()
{
    // A chart in a view's scene belongs to the view; the others are ours.
    for (const QPointer<QChart>& chart : m_charts) {
        if (chart && !chart->scene())
            delete chart.data();
    }
}

void ChartFigure::addChart(QChart* chart, int stretch)
{
    m_charts << chart;
    m_stretch << qMax(1, stretch);
}

void ChartFigure::addTrack(QChart* chart, TooltipTrack track)
{
    m_tracks << Entry{chart, std::move(track)};
}

QList<QChart*> ChartFigure::charts() const
{
    QList<QChart*> charts;
    for (const QPointer<QChart>& chart : m_charts) {
        if (chart)
            charts << chart.data();
    }
    return charts;
}

QString ChartFigure::title() const
{
    return m_charts.isEmpty() || !m_charts.first() ? QString() : ChartStyle::plainTitle(m_charts.first());
}

QString ChartFigure::toolTipAt(QChart* chart, const QPointF& position) const
{
    for (const Entry& entry : m_tracks) {
        if (entry.chart != chart || !entry.track.series || !entry.track.text || entry.track.points.isEmpty())
            continue;
        const int index = entry.track.match == TooltipTrack::Match::Nearest ? nearestPoint(chart, entry.track, position)
                                                                            : categoryAt(chart, entry.track, position);
        if (index >= 0)
            return entry.track.text(index);
    }
    return {};
}

void ChartFigure::paint(QPainter* painter, const QRectF& target) const
{
    const QList<QChart*> drawn = charts();
    int total = 0;
    for (int i = 0; i < drawn.size(); ++i)
        total += stretch(i);
    double top = target.top();
    for (int i = 0; i < drawn.size(); ++i) {
        const double height = target.height() * stretch(i) / qMax(1, total);
        ChartExport::paint(drawn.at(i), painter, QRectF(target.left(), top, target.width(), height));
        top += height;
    }
}

Outcome ChartFigure::save(const QString& path, const QSize& size) const
{
    const QList<QChart*> drawn = charts();
    if (drawn.isEmpty())
        return Outcome::failed(Text::tr("there is no chart to save"));
    if (drawn.size() == 1)
        return ChartExport::save(drawn.first(), path, size);
    return ChartExport::saveDrawing(path, size, title(),
                                    [this](QPainter* painter, const QRectF& target) { paint(painter, target); });
}

} // namespace steward
