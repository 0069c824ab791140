#pragma once

#include "models/workflow/RollbackRequests.h"

#include <QWidget>

class QComboBox;
class QTableView;

namespace steward {

class Database;
class RollbackRequestModel;

// Rollback requests for the managers who decide them: open ones by default, or all of them.
// Selecting one shows its target; the page's actions approve or deny it.
class RollbackRequestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RollbackRequestsPanel(QWidget* parent = nullptr);

    Outcome reload(Database* database);
    void clear();
    QTableView* view() const { return m_view; }
    RollbackRequestModel* model() const { return m_model; }
    // The selected request, if any.
    std::optional<RollbackRequest> current() const;

signals:
    void currentChanged();
    // A reload the panel started itself (a change of the status filter) failed.
    void reloadFailed(const QString& message);

private:
    RollbackRequestModel* m_model;
    QComboBox* m_status;
    QTableView* m_view;
    Database* m_database = nullptr;
};

} // namespace steward
