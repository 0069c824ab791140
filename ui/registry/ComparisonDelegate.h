#pragma once

#include <QStyledItemDelegate>

namespace steward {

// Draws comparison cells: the best value of each metric bold on a green tint, values better
// than the first version's in green and worse ones in red.
class ComparisonDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace steward
