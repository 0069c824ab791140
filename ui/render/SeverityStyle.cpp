#include "SeverityStyle.h"

#include "models/governance/ViolationTerms.h"
#include "models/workflow/Workflow.h"
#include "ui/render/ReadableColor.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
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

QColor SeverityStyle::severityTextColor(const QString& severity)
{
    return ReadableColor::on(severityColor(severity), QGuiApplication::palette().color(QPalette::Base));
}

QColor SeverityStyle::severityRowTint(const QString& severity)
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    // Stronger on a dark base, where a faint wash would not show.
    return ReadableColor::blend(severityColor(severity), base, base.lightnessF() < 0.5 ? 0.32 : 0.12);
}

QIcon SeverityStyle::overdueIcon(const QString& severity, bool strong)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor face = strong ? ReadableColor::on(severityColor(severity), base, 3.0)
                               : ReadableColor::on(palette.color(QPalette::PlaceholderText), base, 3.0);
    // Views ask for it with every paint; it is drawn once per look.
    static QHash<QString, QIcon> cache;
    const QString key = face.name() + base.name() + (strong ? QLatin1Char('!') : QLatin1Char('.'));
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(QSize(size, size) * 2);
        pixmap.setDevicePixelRatio(2.0);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF dial = QRectF(0, 0, size, size).adjusted(size * 0.12, size * 0.12, -size * 0.12, -size * 0.12);
        const QColor hands = strong ? (face.lightnessF() < 0.6 ? QColor(Qt::white) : QColor(Qt::black)) : face;
        painter.setPen(QPen(face, qMax(1.0, size / 12.0)));
        painter.setBrush(strong ? QBrush(face) : QBrush(Qt::NoBrush));
        painter.drawEllipse(dial);
        painter.setPen(QPen(hands, qMax(1.2, size / 9.0), Qt::SolidLine, Qt::RoundCap));
        const QPointF centre = dial.center();
        painter.drawLine(centre, QPointF(centre.x(), dial.top() + dial.height() * 0.22));
        painter.drawLine(centre, QPointF(dial.right() - dial.width() * 0.25, centre.y()));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace steward
