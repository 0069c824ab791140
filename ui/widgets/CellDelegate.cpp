#include "CellDelegate.h"

#include "models/itemmodels/PagedTableModel.h"

#include <QApplication>
#include <QPalette>

namespace steward {

void CellDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(PagedTableModel::InvalidJsonRole).toBool()) {
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x3a, 0x2e));
        option->font.setItalic(true);
        option->text = tr("⚠ invalid JSON: %1").arg(option->text);
    } else if (index.data(PagedTableModel::DimmedRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        if (option->text.isEmpty())
            option->text = m_nullText;
    }
}

} // namespace steward
