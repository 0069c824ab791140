#pragma once

#include "models/monitoring/Deployments.h"
#include "ui/monitoring/DecisionPanel.h"

namespace steward {

// A deployment as the tab lists it: the system's row, and the rollback request open on it.
struct DeploymentRow
{
    Deployment deployment;
    QString openRequest;
};

// Deployments per environment with the model version each runs and its status. An active
// deployment can be rolled back on request (DeploymentRollback); a manager approves the request
// in Suggestions ▸ Rollback requests, and an open request is shown on its row meanwhile.
class DeploymentsPanel : public DecisionPanel
{
    Q_OBJECT

public:
    explicit DeploymentsPanel(Session* session, QWidget* parent = nullptr);

    void clear() override;
    const QList<DeploymentRow>& rows() const { return m_rows; }
    QPushButton* rollbackButton() const { return m_rollback; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* denyButton() const { return m_deny; }

protected:
    void readRows(Database& database, const MonitoringFilter& filter) override;
    void updateButtons() override;

private:
    void show(const QList<DeploymentRow>& rows);
    void requestRollback();
    // The second person: a manager other than the requester approves or denies the open request.
    void decideRequest(bool approve);
    const DeploymentRow* selected() const;

    QPushButton* m_rollback;
    QPushButton* m_approve;
    QPushButton* m_deny;
    QList<DeploymentRow> m_rows;
};

} // namespace steward
