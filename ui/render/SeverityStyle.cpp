#include "SeverityStyle.h"

#include "models/governance/ViolationTerms.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace steward {

QColor SeverityStyle::severityColor(const QString& severity)
{
    if (severity == QLatin1String("critical"))
        return QColor(0xb7, 0x1c, 0x1c);
    if (severity == QLatin1String("high"))
        return QColor(0xe6, 0x51, 0x00);
    if (severity == QLatin1String("medium"))
        return QColor(0xc7, 0x8d, 0x00);
    if (severity == QLatin1String("low"))
        return QColor(0x15, 0x65, 0xc0);
    return QColor(0x6a, 0x1b, 0x9a);
}

QPixmap SeverityStyle::severityPixmap(const QString& severity, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color = severityColor(severity);
    const QRectF box(1, 1, size - 2, size - 2);
    QPainterPath shape;
    QString mark;
    if (severity == QLatin1String("critical")) {
        // An octagon, like a stop sign.
        const qreal c = box.width() * 0.29;
        shape.moveTo(box.left() + c, box.top());
        shape.lineTo(box.right() - c, box.top());
        shape.lineTo(box.right(), box.top() + c);
        shape.lineTo(box.right(), box.bottom() - c);
        shape.lineTo(box.right() - c, box.bottom());
        shape.lineTo(box.left() + c, box.bottom());
        shape.lineTo(box.left(), box.bottom() - c);
        shape.lineTo(box.left(), box.top() + c);
        shape.closeSubpath();
        mark = QStringLiteral("!");
    } else if (severity == QLatin1String("high")) {
        shape.moveTo(box.center().x(), box.top());
        shape.lineTo(box.right(), box.bottom());
        shape.lineTo(box.left(), box.bottom());
        shape.closeSubpath();
        mark = QStringLiteral("!");
    } else if (severity == QLatin1String("medium")) {
        shape.moveTo(box.center().x(), box.top());
        shape.lineTo(box.right(), box.center().y());
        shape.lineTo(box.center().x(), box.bottom());
        shape.lineTo(box.left(), box.center().y());
        shape.closeSubpath();
    } else if (severity == QLatin1String("low")) {
        shape.addEllipse(box.adjusted(size * 0.15, size * 0.15, -size * 0.15, -size * 0.15));
    } else {
        shape.addRoundedRect(box, size * 0.2, size * 0.2);
        mark = QStringLiteral("?");
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(shape);
    if (!mark.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, static_cast<int>(size * 0.62)));
        painter.setFont(font);
        painter.setPen(Qt::white);
        QRectF textBox = box;
        if (severity == QLatin1String("high"))
            textBox.setTop(box.top() + size * 0.22);
        painter.drawText(textBox, Qt::AlignCenter, mark);
    }
    painter.end();
    return pixmap;
}

QIcon SeverityStyle::severityIcon(const QString& severity)
{
    static QHash<QString, QIcon> cache;
    const QString key = ViolationTerms::isKnownSeverity(severity) ? severity : QStringLiteral("?");
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon icon;
        for (int size : {16, 24, 32})
            icon.addPixmap(severityPixmap(severity, size, 2.0));
        it = cache.insert(key, icon);
    }
    return *it;
}

} // namespace steward
