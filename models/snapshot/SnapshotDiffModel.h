#pragma once

#include "models/snapshot/SnapshotDiff.h"

#include <QAbstractTableModel>

namespace steward {

// One section of a snapshot comparison (suggestions, violations, model versions or audit
// entries) as a table: the columns of SnapshotDiffReport::columns(), with headers for people.
class SnapshotDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the value itself (null when there is none)
        ChangeRole,                   // "appeared", "removed" or "changed" for the row
    };

    explicit SnapshotDiffModel(SnapshotDiffReport::Section section, QObject* parent = nullptr);

    void setReport(const SnapshotDiffReport& report);
    void clear();
    SnapshotDiffReport::Section section() const { return m_section; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString change(int row) const;

    SnapshotDiffReport::Section m_section;
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

} // namespace steward
