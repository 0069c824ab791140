#include "CellDelegate.h"

#include "models/itemmodels/PagedTableModel.h"
#include "ui/render/ThemeColors.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPalette>
#include <QToolTip>

namespace steward {

void CellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_elideMiddle.contains(index.column()))
        option->textElideMode = Qt::ElideMiddle;
    if (index.data(PagedTableModel::InvalidJsonRole).toBool()) {
        option->palette.setColor(QPalette::Text, ThemeColors::text(QColor(0xb0, 0x3a, 0x2e)));
        option->font.setItalic(true);
        option->text = tr("⚠ invalid JSON: %1").arg(option->text);
    } else if (index.data(PagedTableModel::DimmedRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (option->text.isEmpty())
            option->text = m_nullText;
    }
}

QString CellDelegate::fullText(const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

QString CellDelegate::shownText(const QModelIndex& index, const QAbstractItemView* view) const
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    initStyleOption(&option, index);
    const QWidget* widget = view;
    const QStyle* style = widget->style();
    // As QCommonStyle draws a cell: its text rectangle less a margin each side, one line.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const int width = style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget).width() - 2 * margin;
    return QFontMetrics(option.font).elidedText(option.text, option.textElideMode, width);
}

bool CellDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                             const QModelIndex& index)
{
    if (event && view && event->type() == QEvent::ToolTip && index.isValid() &&
        !index.data(Qt::ToolTipRole).isValid()) {
        const QString full = fullText(index);
        if (!full.isEmpty() && shownText(index, view) != full) {
            QToolTip::showText(event->globalPos(), full, view, view->visualRect(index));
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace steward
