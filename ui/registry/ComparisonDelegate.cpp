#include "ComparisonDelegate.h"

#include "models/registry/VersionComparisonModel.h"

namespace steward {

void ComparisonDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(VersionComparisonModel::BestRole).toBool()) {
        option->font.setBold(true);
        option->backgroundBrush = QColor(0xdc, 0xf2, 0xe1);
    }
    const int change = index.data(VersionComparisonModel::ChangeRole).toInt();
    if (change > 0)
        option->palette.setColor(QPalette::Text, QColor(0x1e, 0x7b, 0x3a));
    else if (change < 0)
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x2a, 0x2a));
}

} // namespace steward
