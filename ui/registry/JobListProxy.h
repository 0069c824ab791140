#pragma once

#include <QIdentityProxyModel>

namespace steward {

// Presents the paged training-job list (JobListQuery): readable times, friendly headers, and
// failed jobs in red so that their error messages stand out.
class JobListProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString columnName(int column) const;
};

} // namespace steward
