#pragma once

#include <QSet>
#include <QStyledItemDelegate>

namespace steward {

// Draws the cells of PagedTableModel views: NULLs and hidden secrets muted, invalid JSON in a
// warning colour with its raw text (the model's tooltip says why). A text cut to fit its cell
// shows in full in the cell's tooltip, when the model has no tooltip of its own.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // What a missing value reads as: "NULL" where the raw data is the point (Tables), nothing
    // where people read records (Audit, Models), so that "no comment" is not a word.
    void setNullText(const QString& text) { m_nullText = text; }
    // Cuts the column's texts in the middle, for texts that differ at their end (summaries
    // that share their opening words).
    void setElideMiddle(int column) { m_elideMiddle.insert(column); }
    // The text the cell at `index` of `view` shows, as cut to the cell's width.
    QString shownText(const QModelIndex& index, const QAbstractItemView* view) const;
    // The cell's whole text, before it is cut to fit.
    QString fullText(const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QString m_nullText = QStringLiteral("NULL");
    QSet<int> m_elideMiddle;
};

} // namespace steward
