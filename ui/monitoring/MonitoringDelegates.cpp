#include "MonitoringDelegates.h"

#include "ui/render/charts/ChartStyle.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace steward {

namespace {
// The cell's background and selection as the style draws them, without its text.
void drawBackground(QPainter* painter, QStyleOptionViewItem initialised)
{
    initialised.text.clear();
    initialised.icon = QIcon();
    const QWidget* widget = initialised.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &initialised, painter, widget);
}
} // namespace

void IntervalDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantMap interval = index.data(MonitoringRoles::Interval).toMap();
    if (interval.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const double from = interval.value(QStringLiteral("from")).toDouble();
    const double to = interval.value(QStringLiteral("to")).toDouble();
    const QRectF area = QRectF(option.rect).adjusted(8, 3, -8, -3);
    if (to <= from || area.width() < 10)
        return;
    const auto x = [&](double v) { return area.left() + (v - from) / (to - from) * area.width(); };
    const double y = area.center().y();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The scale's line, and the control's value across it for comparison.
    painter->setPen(QPen(ChartStyle::grey().lighter(150), 1));
    painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    if (interval.contains(QStringLiteral("reference"))) {
        const double rx = x(interval.value(QStringLiteral("reference")).toDouble());
        painter->setPen(QPen(ChartStyle::grey(), 1, Qt::DashLine));
        painter->drawLine(QPointF(rx, area.top()), QPointF(rx, area.bottom()));
    }
    const QColor colour = interval.value(QStringLiteral("winner")).toBool()        ? ChartStyle::green()
                          : interval.value(QStringLiteral("significant")).toBool() ? ChartStyle::blue()
                                                                                   : ChartStyle::grey();
    const double lowX = x(interval.value(QStringLiteral("low")).toDouble());
    const double highX = x(interval.value(QStringLiteral("high")).toDouble());
    const double cap = area.height() * 0.3;
    painter->setPen(QPen(colour, 2.5, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QPointF(lowX, y), QPointF(highX, y));
    painter->drawLine(QPointF(lowX, y - cap), QPointF(lowX, y + cap));
    painter->drawLine(QPointF(highX, y - cap), QPointF(highX, y + cap));
    if (interval.contains(QStringLiteral("value"))) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(QPointF(x(interval.value(QStringLiteral("value")).toDouble()), y), 4, 4);
    }
    painter->restore();
}

QSize IntervalDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(180, 0));
}

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantMap score = index.data(MonitoringRoles::Score).toMap();
    if (score.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const double value = score.value(QStringLiteral("score")).toDouble();
    const double threshold = score.value(QStringLiteral("threshold")).toDouble();
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text) + 8;
    QRectF bar = QRectF(option.rect).adjusted(4, 5, -textWidth - 4, -5);
    painter->save();
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRectF(option.rect).adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    if (bar.width() > 12 && threshold > 0) {
        // The threshold sits at four fifths of the width, so that a score past it still shows how far.
        const double scale = bar.width() * 0.8 / threshold;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(score.value(QStringLiteral("colour")).value<QColor>());
        painter->drawRect(
            QRectF(bar.left(), bar.top(), std::min(bar.width(), std::max(1.0, value * scale)), bar.height()));
        painter->setPen(QPen(opt.palette.color(QPalette::Text), 1.5));
        const double tx = bar.left() + threshold * scale;
        painter->drawLine(QPointF(tx, bar.top() - 2), QPointF(tx, bar.bottom() + 2));
    }
    painter->restore();
}

void BarsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariantList bars = index.data(MonitoringRoles::Bars).toList();
    qint64 largest = 0;
    for (const QVariant& bar : bars)
        largest = std::max(largest, bar.toLongLong());
    if (bars.isEmpty() || largest == 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    drawBackground(painter, opt);
    const QRectF area = QRectF(option.rect).adjusted(6, 3, -6, -2);
    const double step = area.width() / bars.size();
    painter->save();
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < bars.size(); ++i) {
        const double height = area.height() * bars.at(i).toLongLong() / static_cast<double>(largest);
        // Darker towards confident predictions, so that the shape reads in any palette.
        painter->setBrush(ChartStyle::blue().lighter(170 - i * 14));
        painter->drawRect(QRectF(area.left() + i * step + 1, area.bottom() - height, step - 2, height));
    }
    painter->restore();
}

QSize BarsDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(110, 0));
}

} // namespace steward
