#pragma once

#include "models/core/Outcome.h"
#include "models/governance/PolicyQuery.h"

#include <QIdentityProxyModel>

namespace steward {

class Database;
class PagedTableModel;

// The policy list: a paged model over PolicyQuery::list() with readable headers and the
// policy id of each row.
class PolicyListModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role { PolicyIdRole = Qt::UserRole + 200 };

    explicit PolicyListModel(QObject* parent = nullptr);

    void setDatabase(Database* database);
    Outcome reload();
    QString policyIdAt(int row) const;
    int rowOf(const QString& policyId, int searchRows = 2000) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PagedTableModel* m_paged;
};

} // namespace steward
