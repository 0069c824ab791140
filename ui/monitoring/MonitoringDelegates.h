#pragma once

#include <QStyledItemDelegate>

namespace steward {

// Figures the Monitoring view draws instead of writing: an experiment variant's confidence
// interval on its experiment's scale, a drift score against its threshold, and a confidence
// distribution as bars. Each reads its figures from the cell's own role and paints nothing
// where the cell has none; the cell's text stays for tooltips, copying and screen readers.
namespace MonitoringRoles {
// QVariantMap: low, high, value (optional), from, to (the experiment's scale), reference
// (the control's value, optional), winner, significant (bool).
inline constexpr int Interval = Qt::UserRole + 20;
// QVariantMap: score, threshold, colour (QColor).
inline constexpr int Score = Qt::UserRole + 21;
// QVariantList of counts, one per bar.
inline constexpr int Bars = Qt::UserRole + 22;
} // namespace MonitoringRoles

class IntervalDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

class ScoreBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

class BarsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace steward
