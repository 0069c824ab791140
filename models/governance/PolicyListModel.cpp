#include "PolicyListModel.h"

#include "models/db/Database.h"
#include "models/itemmodels/PagedTableModel.h"

namespace steward {

PolicyListModel::PolicyListModel(QObject* parent) : QIdentityProxyModel(parent), m_paged(new PagedTableModel(this))
{
    setSourceModel(m_paged);
}

void PolicyListModel::setDatabase(Database* database)
{
    m_paged->setDatabase(database);
}

Outcome PolicyListModel::reload()
{
    if (!m_paged->database())
        return Outcome::ok();
    return m_paged->setQuery(PolicyQuery::list(m_paged->database()->dialect()));
}

QString PolicyListModel::policyIdAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_paged->cell(row, PolicyQuery::PolicyId).text() : QString();
}

int PolicyListModel::rowOf(const QString& policyId, int searchRows) const
{
    const int rows = qMin(rowCount(), searchRows);
    for (int row = 0; row < rows; ++row) {
        if (policyIdAt(row) == policyId)
            return row;
    }
    return -1;
}

QVariant PolicyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (!m_paged->isRowLoaded(index.row()))
        return QIdentityProxyModel::data(index, role); // loading: nothing is read here
    if (role == PolicyIdRole)
        return policyIdAt(index.row());
    return QIdentityProxyModel::data(index, role);
}

QVariant PolicyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QIdentityProxyModel::headerData(section, orientation, role);
    switch (section) {
    case PolicyQuery::Name:
        return tr("Policy");
    case PolicyQuery::Type:
        return tr("Type");
    case PolicyQuery::Status:
        return tr("Status");
    case PolicyQuery::Violations:
        return tr("Violations");
    case PolicyQuery::OpenViolations:
        return tr("Still open");
    case PolicyQuery::PolicyId:
        return tr("Policy id");
    default:
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
}

} // namespace steward
