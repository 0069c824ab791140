#include "MonitoringCells.h"

#include "models/registry/Metrics.h"
#include "ui/render/ThemeColors.h"
#include "ui/render/charts/ChartStyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTableWidgetItem>
#include <cmath>

namespace steward {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCells)
};

QPixmap arrow(int direction, const QColor& colour, int size)
{
    QPixmap pixmap(size * 2, size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(size / 2.0, size / 2.0);
    painter.rotate(direction > 0 ? -45 : direction < 0 ? 45 : 0);
    QPen pen(colour, size / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    const double r = size * 0.36;
    painter.drawLine(QPointF(-r, 0), QPointF(r, 0));
    QPainterPath head;
    head.moveTo(r * 0.2, -r * 0.7);
    head.lineTo(r, 0);
    head.lineTo(r * 0.2, r * 0.7);
    painter.drawPath(head);
    return pixmap;
}
} // namespace

QColor MonitoringCells::trendColor(const std::optional<TrendKind>& kind)
{
    if (!kind)
        return ChartStyle::grey();
    switch (*kind) {
    case TrendKind::Improving:
        return ChartStyle::green();
    case TrendKind::Declining:
        return ChartStyle::red();
    case TrendKind::Stable:
        break;
    }
    return ChartStyle::grey();
}

QIcon MonitoringCells::trendIcon(const std::optional<TrendKind>& kind, double change)
{
    if (!kind)
        return {};
    const int direction = *kind == TrendKind::Stable ? 0 : (change > 0 ? 1 : -1);
    return QIcon(arrow(direction, trendColor(kind), 16));
}

QString MonitoringCells::trendWord(const std::optional<TrendKind>& kind)
{
    if (!kind)
        return Text::tr("no trend");
    switch (*kind) {
    case TrendKind::Improving:
        return Text::tr("improving");
    case TrendKind::Declining:
        return Text::tr("declining");
    case TrendKind::Stable:
        break;
    }
    return Text::tr("stable");
}

QTableWidgetItem* MonitoringCells::trend(const std::optional<TrendKind>& kind, double change,
                                         const QString& explanation)
{
    auto* item = text(trendWord(kind), explanation);
    item->setIcon(trendIcon(kind, change));
    item->setForeground(ThemeColors::text(trendColor(kind)));
    item->setData(Qt::UserRole, Trend::name(kind));
    return item;
}

QColor MonitoringCells::driftColor(const QString& status)
{
    if (status == QLatin1String("detected"))
        return ChartStyle::red();
    if (status == QLatin1String("warning"))
        return ChartStyle::orange();
    return ChartStyle::green();
}

QString MonitoringCells::driftWord(const QString& status)
{
    if (status == QLatin1String("detected"))
        return Text::tr("detected");
    if (status == QLatin1String("warning"))
        return Text::tr("warning");
    return Text::tr("normal");
}

QTableWidgetItem* MonitoringCells::driftStatus(const QString& status, bool current)
{
    // "now" says it is the newest record of its feature: what is drifting at present.
    auto* item = text(current ? Text::tr("%1 (now)").arg(driftWord(status)) : driftWord(status));
    QPixmap dot(24, 24);
    dot.setDevicePixelRatio(2);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(driftColor(status));
        painter.drawEllipse(QRectF(2, 2, 8, 8));
    }
    item->setIcon(QIcon(dot));
    item->setForeground(status == QLatin1String("normal") ? QBrush() : QBrush(ThemeColors::text(driftColor(status))));
    item->setData(Qt::UserRole, status);
    if (current) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    return item;
}

QString MonitoringCells::number(double value)
{
    return Metrics::format(value); // as Models and Suggestions show the same figures
}

QString MonitoringCells::number(const std::optional<double>& value)
{
    return value ? number(*value) : QStringLiteral("—");
}

QString MonitoringCells::percent(const std::optional<double>& share)
{
    return share ? Text::tr("%1%").arg(QLocale().toString(*share * 100, 'f', 1)) : QStringLiteral("—");
}

QString MonitoringCells::time(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toUTC(), QStringLiteral("d MMM yyyy HH:mm")) : QStringLiteral("—");
}

QTableWidgetItem* MonitoringCells::text(const QString& text, const QString& toolTip)
{
    auto* item = new QTableWidgetItem(text);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    return item;
}

QTableWidgetItem* MonitoringCells::figure(const std::optional<double>& value, const QString& shown)
{
    auto* item = text(shown.isEmpty() ? number(value) : shown);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (value)
        item->setData(Qt::UserRole, *value);
    return item;
}

QTableWidgetItem* MonitoringCells::count(qint64 value)
{
    auto* item = text(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

} // namespace steward
