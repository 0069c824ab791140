#pragma once

#include "models/registry/VersionComparison.h"

#include <QAbstractTableModel>

namespace steward {

// A comparison as a table: one row per metric (then feature_count and training_samples), a
// name column, then one column per version. Cells after the first version carry their delta.
// Views style cells from the roles (best value, better or worse than the first version).
class VersionComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // double, or invalid when the version lacks the metric
        DeltaRole,                    // double against the first version, or invalid
        BestRole,                     // true for the best value of a metric
        ChangeRole,                   // +1 better than the first version, -1 worse, 0 neither
    };

    explicit VersionComparisonModel(QObject* parent = nullptr);

    void setComparison(const VersionComparison& comparison);
    const VersionComparison& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const VersionComparison::Row& row, int version) const;
    int change(const VersionComparison::Row& row, int version) const;

    VersionComparison m_comparison;
};

} // namespace steward
