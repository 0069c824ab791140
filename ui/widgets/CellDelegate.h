#pragma once

#include <QStyledItemDelegate>

namespace steward {

// Draws the cells of PagedTableModel views: NULLs and hidden secrets muted, invalid JSON in a
// warning colour with its raw text (the model's tooltip says why).
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace steward
