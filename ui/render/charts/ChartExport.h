#pragma once

#include "models/core/Outcome.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace steward {

// Draws a Qt Charts chart without a window: into an image, onto any painter (a PDF page), or
// into a PNG or SVG file. The GUI's export, the CLI's `chart` command and the report all use it.
namespace ChartExport {
QImage toImage(QChart* chart, const QSize& size, qreal devicePixelRatio = 1.0);
void paint(QChart* chart, QPainter* painter, const QRectF& target);
// The format follows the file's suffix: .png or .svg. The file is written whole or not at all.
Outcome save(QChart* chart, const QString& path, const QSize& size = QSize(1200, 700));
// The same for any drawing (several charts on one canvas): `draw` paints into the rectangle.
Outcome saveDrawing(const QString& path, const QSize& size, const QString& title,
                    const std::function<void(QPainter*, const QRectF&)>& draw);
} // namespace ChartExport

} // namespace steward
