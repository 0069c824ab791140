#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/RollbackRequests.h"

#include <QAbstractTableModel>
#include <QList>

namespace steward {

class Database;

// Rollback requests (of suggestions and of model versions) for the managers who decide them.
// They are few, so the model holds them all; newest first.
class RollbackRequestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TargetColumn,
        ClientColumn,
        RequestedByColumn,
        RequestedAtColumn,
        ReasonColumn,
        DecidedByColumn,
        DecisionColumn,
        ColumnCount
    };
    enum Role { RequestIdRole = Qt::UserRole + 1, StatusRole, TargetKindRole, TargetIdRole, RequestedByRole };

    explicit RollbackRequestModel(QObject* parent = nullptr);

    // Reads the requests with `status` (all when empty) again.
    Outcome load(Database& database, const QString& status = {});
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RollbackRequest* requestAt(int row) const;
    int rowOfRequest(const QString& requestId) const;
    // Undecided requests among those loaded.
    int openCount() const;

private:
    QList<RollbackRequest> m_requests;
};

} // namespace steward
