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
    // What a missing value reads as: "NULL" where the raw data is the point (Tables), nothing
    // where people read records (Audit), so that "no comment" is not a word.
    void setNullText(const QString& text) { m_nullText = text; }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QString m_nullText = QStringLiteral("NULL");
};

} // namespace steward
