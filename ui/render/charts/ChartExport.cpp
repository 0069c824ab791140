#include "ChartExport.h"

#include "ui/render/charts/ChartStyle.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace steward {

namespace {
// A chart draws through a graphics scene; it is borrowed for the drawing and given back.
class SceneBorrow
{
public:
    SceneBorrow(QChart* chart, const QSizeF& size) : m_chart(chart), m_previous(chart->scene())
    {
        m_oldSize = chart->size();
        if (m_previous)
            m_previous->removeItem(chart);
        m_scene.addItem(chart);
        chart->resize(size);
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
    }
    ~SceneBorrow()
    {
        m_scene.removeItem(m_chart);
        if (m_previous)
            m_previous->addItem(m_chart);
        m_chart->resize(m_oldSize);
    }
    QGraphicsScene& scene() { return m_scene; }

private:
    QGraphicsScene m_scene;
    QChart* m_chart;
    QGraphicsScene* m_previous;
    QSizeF m_oldSize;
};
} // namespace

void ChartExport::paint(QChart* chart, QPainter* painter, const QRectF& target)
{
    SceneBorrow borrow(chart, target.size());
    ChartStyle::settle(chart);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    borrow.scene().render(painter, target, QRectF(QPointF(0, 0), target.size()));
    painter->restore();
}

QImage ChartExport::toImage(QChart* chart, const QSize& size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

Outcome ChartExport::save(QChart* chart, const QString& path, const QSize& size)
{
    return saveDrawing(path, size, ChartStyle::plainTitle(chart),
                       [chart](QPainter* painter, const QRectF& target) { paint(chart, painter, target); });
}

Outcome ChartExport::saveDrawing(const QString& path, const QSize& size, const QString& title,
                                 const std::function<void(QPainter*, const QRectF&)>& draw)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return Outcome::usage(QObject::tr("charts are saved as .png or .svg, not .%1").arg(suffix));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failed(QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    const QRectF whole(QPointF(0, 0), QSizeF(size));
    if (suffix == QLatin1String("png")) {
        const qreal ratio = 2.0;
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        draw(&painter, whole);
        painter.end();
        if (!image.save(&file, "PNG"))
            return Outcome::failed(QObject::tr("cannot encode %1").arg(path));
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        // At 96 dpi the document's physical size matches its pixel size in browsers.
        generator.setResolution(96);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        QPainter painter(&generator);
        draw(&painter, whole);
        painter.end();
    }
    if (!file.commit())
        return Outcome::failed(QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Outcome::ok();
}

} // namespace steward
