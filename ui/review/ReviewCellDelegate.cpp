#include "ReviewCellDelegate.h"

#include "models/review/SuggestionQueueModel.h"
#include "ui/review/ReviewFormat.h"

#include <QApplication>
#include <QPainter>

namespace steward {

ReviewCellDelegate::ReviewCellDelegate(QStringList statusColumns, QObject* parent)
    : CellDelegate(parent), m_statusColumns(std::move(statusColumns))
{
}

ReviewCellDelegate::ReviewCellDelegate(QList<int> statusColumns, QObject* parent)
    : CellDelegate(parent), m_statusPositions(std::move(statusColumns))
{
}

bool ReviewCellDelegate::isStatusColumn(const QModelIndex& index) const
{
    if (m_statusPositions.contains(index.column()))
        return true;
    const auto* model = qobject_cast<const PagedTableModel*>(index.model());
    return model && m_statusColumns.contains(model->query().columns.value(index.column()).name);
}

void ReviewCellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    // NULLs and invalid JSON as the paged models mark them; other models have their own roles.
    if (!qobject_cast<const PagedTableModel*>(index.model())) {
        QStyledItemDelegate::initStyleOption(option, index);
        return;
    }
    CellDelegate::initStyleOption(option, index);
    if (!index.data(SuggestionQueueModel::MetricKeyRole).isValid())
        return;
    const CellValue value = index.data(PagedTableModel::CellRole).value<CellValue>();
    if (value.isNull()) {
        option->text = QStringLiteral("—");
        return;
    }
    option->text = ReviewFormat::signedChange(value.value.toDouble(), 2);
    const int verdict = index.data(SuggestionQueueModel::VerdictRole).toInt();
    if (verdict >= 0) {
        const QColor colour = ReviewFormat::verdictColour(static_cast<MetricVerdict>(verdict));
        if (colour.isValid() && !(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, colour);
    }
}

void ReviewCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!isStatusColumn(index)) {
        CellDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background (selection, alternate rows) first, then the label on top.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString status = base.text;
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    if (status.isEmpty())
        return;

    const ReviewFormat::Colours colours = ReviewFormat::statusColours(status);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = qMin(metrics.horizontalAdvance(status) + 12, option.rect.width() - 6);
    const QRect pill(option.rect.left() + 4, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colours.foreground);
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(status, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

} // namespace steward
