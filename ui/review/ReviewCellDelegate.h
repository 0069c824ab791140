#pragma once

#include "ui/widgets/CellDelegate.h"

namespace steward {

// Draws review data in tables: statuses as coloured labels (unknown ones in grey, as they
// are), metric changes signed and coloured better or worse.
class ReviewCellDelegate : public CellDelegate
{
    Q_OBJECT

public:
    // Columns (of a PagedTableModel, by source column name) that hold statuses.
    ReviewCellDelegate(QStringList statusColumns, QObject* parent = nullptr);
    // For other models: the columns that hold statuses, by position.
    ReviewCellDelegate(QList<int> statusColumns, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    bool isStatusColumn(const QModelIndex& index) const;

    QStringList m_statusColumns;
    QList<int> m_statusPositions;
};

} // namespace steward
