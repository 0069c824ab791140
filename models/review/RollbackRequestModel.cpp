#include "RollbackRequestModel.h"

#include "models/values/TimeText.h"
#include "models/workflow/TransitionEngine.h"
#include "models/workflow/Workflow.h"

#include <QLocale>

namespace steward {

RollbackRequestModel::RollbackRequestModel(QObject* parent) : QAbstractTableModel(parent) {}

Outcome RollbackRequestModel::load(Database& database, const QString& status)
{
    auto requests = RollbackRequests::list(database, status);
    beginResetModel();
    m_requests = requests ? requests.take() : QList<RollbackRequest>();
    endResetModel();
    return requests ? Outcome::ok() : requests.failure();
}

void RollbackRequestModel::clear()
{
    beginResetModel();
    m_requests.clear();
    endResetModel();
}

int RollbackRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_requests.size());
}

int RollbackRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RollbackRequest* RollbackRequestModel::requestAt(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int RollbackRequestModel::rowOfRequest(const QString& requestId) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).requestId == requestId)
            return row;
    }
    return -1;
}

int RollbackRequestModel::openCount() const
{
    return static_cast<int>(std::count_if(m_requests.begin(), m_requests.end(), [](const RollbackRequest& r) {
        return r.status == stateName(RollbackRequestState::Requested);
    }));
}

QVariant RollbackRequestModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RollbackRequest& r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return r.status;
        case TargetColumn:
            return r.targetKind == RollbackRequests::kModelVersion ? tr("model version %1").arg(r.targetId)
                                                                   : tr("%1 %2").arg(r.targetKind, shortId(r.targetId));
        case ClientColumn:
            return r.clientId;
        case RequestedByColumn:
            return r.requestedBy;
        case RequestedAtColumn:
            return TimeText::minutes(r.requestedAt);
        case ReasonColumn:
            return QString(r.reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case DecidedByColumn:
            return r.decidedBy;
        case DecisionColumn:
            return QString(r.decisionComment).replace(QLatin1Char('\n'), QLatin1Char(' '));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return r.reason;
        if (index.column() == DecisionColumn)
            return r.decisionComment;
        if (index.column() == TargetColumn)
            return r.targetId;
        return {};
    case RequestIdRole:
        return r.requestId;
    case StatusRole:
        return r.status;
    case TargetKindRole:
        return r.targetKind;
    case TargetIdRole:
        return r.targetId;
    case RequestedByRole:
        return r.requestedBy;
    default:
        return {};
    }
}

QVariant RollbackRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Target");
    case ClientColumn:
        return tr("Client");
    case RequestedByColumn:
        return tr("Requested by");
    case RequestedAtColumn:
        return tr("Requested (UTC)");
    case ReasonColumn:
        return tr("Reason");
    case DecidedByColumn:
        return tr("Decided by");
    case DecisionColumn:
        return tr("Decision comment");
    default:
        return {};
    }
}

} // namespace steward
