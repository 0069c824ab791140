#include "ComparisonDelegate.h"

#include "models/registry/VersionComparisonModel.h"
#include "ui/render/ThemeColors.h"

namespace steward {

void ComparisonDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(VersionComparisonModel::BestRole).toBool()) {
        option->font.setBold(true);
        option->backgroundBrush = ThemeColors::tint(ThemeColors::good());
    }
    const int change = index.data(VersionComparisonModel::ChangeRole).toInt();
    if (change > 0)
        option->palette.setColor(QPalette::Text, ThemeColors::text(ThemeColors::good()));
    else if (change < 0)
        option->palette.setColor(QPalette::Text, ThemeColors::text(ThemeColors::bad()));
}

} // namespace steward
