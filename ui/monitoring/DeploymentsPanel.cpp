#include "DeploymentsPanel.h"

#include "models/db/Database.h"
#include "models/monitoring/DeploymentRollback.h"
#include "models/profiles/Profile.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/monitoring/MonitoringCells.h"
#include "ui/shell/Session.h"
#include "ui/widgets/Prompt.h"

#include <QPushButton>
#include <QTableWidget>

namespace steward {

namespace {
enum Column { Environment, Name, Status, Model, Version, DeploymentVersion, Client, Deployed, Request };

Result<QList<DeploymentRow>> readDeployments(Database& database)
{
    auto deployments = Deployments::list(database);
    if (!deployments)
        return deployments.failure();
    auto open = DeploymentRollback::openRequests(database);
    if (!open)
        return open.failure();
    QList<DeploymentRow> rows;
    for (const Deployment& deployment : std::as_const(*deployments))
        rows << DeploymentRow{deployment, open->value(deployment.deploymentId)};
    return rows;
}
} // namespace

DeploymentsPanel::DeploymentsPanel(Session* session, QWidget* parent) : DecisionPanel(session, parent)
{
    setObjectName(QStringLiteral("deploymentsPanel"));
    QTableWidget* rows = makeTable({tr("Environment"), tr("Deployment"), tr("Status"), tr("Model"), tr("Version"),
                                    tr("Deployment version"), scopeHeader(), tr("Deployed"), tr("Rollback request")});
    m_rollback = makeButton(tr("Request &rollback…"), QStringLiteral("requestDeploymentRollbackButton"));
    m_approve = makeButton(tr("&Approve rollback…"), QStringLiteral("approveDeploymentRollbackButton"));
    m_deny = makeButton(tr("&Deny rollback…"), QStringLiteral("denyDeploymentRollbackButton"));
    setUp(rows, {m_rollback, m_approve, m_deny});
    connect(m_rollback, &QPushButton::clicked, this, &DeploymentsPanel::requestRollback);
    connect(m_approve, &QPushButton::clicked, this, [this] { decideRequest(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { decideRequest(false); });
    updateButtons();
}

void DeploymentsPanel::readRows(Database& database, const MonitoringFilter& filter)
{
    Q_UNUSED(filter) // what runs now, whenever it was deployed
    const QString unavailable =
        Deployments::kindIn(database) == Deployments::Kind::None
            ? tr("Deployments are not available for this database: the %1 profile records no deployments.")
                  .arg(database.profile().title)
            : QString();
    SummaryPanel::read<DeploymentRow>(database, unavailable, &readDeployments, tr("No deployments recorded."),
                                      [this](const QList<DeploymentRow>& rows) { show(rows); });
}

void DeploymentsPanel::clear()
{
    m_rows.clear();
    DecisionPanel::clear();
}

void DeploymentsPanel::show(const QList<DeploymentRow>& loaded)
{
    const DeploymentRow* before = selected();
    const QString selectedId = before ? before->deployment.deploymentId : QString();
    m_rows = loaded;
    QTableWidget* rows = table();
    const QSignalBlocker blocker(rows);
    rows->setRowCount(static_cast<int>(m_rows.size()));
    int current = 0;
    bool scoped = false;
    bool ownVersions = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Deployment& d = m_rows.at(r).deployment;
        using namespace MonitoringCells;
        if (d.deploymentId == selectedId)
            current = r;
        scoped = scoped || !d.clientId.isEmpty();
        ownVersions = ownVersions || !d.deploymentVersion.isEmpty();
        rows->setItem(r, Environment, text(d.environment.isEmpty() ? tr("(none)") : d.environment));
        rows->setItem(r, Name, text(d.name, d.deploymentId));
        rows->setItem(r, Status, text(d.status));
        rows->setItem(r, Model, text(d.modelName));
        rows->setItem(r, Version, text(d.modelVersion));
        rows->setItem(r, DeploymentVersion, text(d.deploymentVersion));
        rows->setItem(r, Client, text(d.clientId));
        rows->setItem(r, Deployed, text(time(d.deployedAt)));
        const QString request = m_rows.at(r).openRequest;
        rows->setItem(r, Request,
                      text(request.isEmpty() ? QString() : tr("open (%1)").arg(shortId(request)),
                           request.isEmpty() ? QString()
                                             : tr("Rollback request %1 waits for a manager's decision: "
                                                  "Approve rollback… or Deny rollback… below.")
                                                   .arg(request)));
    }
    rows->setColumnHidden(Client, !scoped);
    rows->setColumnHidden(DeploymentVersion, !ownVersions);
    rows->resizeColumnsToContents();
    showContent();
    rows->setCurrentCell(current, 0);
    updateButtons();
}

const DeploymentRow* DeploymentsPanel::selected() const
{
    const int r = table()->currentRow();
    return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr;
}

void DeploymentsPanel::updateButtons()
{
    const DeploymentRow* row = selected();
    const QString ready = tr("Ask a manager to roll this deployment back to the one it replaced (Alt+R)");
    const QString approveReady = tr("Roll the deployment back: it becomes rolled_back and the one it replaced is "
                                    "active again (a manager other than the requester)");
    const QString denyReady = tr("Refuse the rollback request; you write why (a manager other than the requester)");
    if (!row) {
        setButton(m_rollback, tr("Select a deployment first."), ready);
        setButton(m_approve, tr("Select a deployment first."), approveReady);
        setButton(m_deny, tr("Select a deployment first."), denyReady);
        return;
    }
    if (row->openRequest.isEmpty()) {
        const QString none = tr("No rollback request is open for this deployment.");
        setButton(m_approve, none, approveReady);
        setButton(m_deny, none, denyReady);
    } else {
        setButton(m_approve, whyNot(RollbackRequests::approve(row->openRequest, QStringLiteral("…"))), approveReady);
        setButton(m_deny, whyNot(RollbackRequests::deny(row->openRequest, QStringLiteral("…"))), denyReady);
    }
    QString why;
    if (session()->isOpen())
        why = DeploymentRollback::whyNot(*session()->database());
    if (!why.isEmpty())
        why = tr("No deployment history: %1.").arg(why);
    else if (!row->openRequest.isEmpty())
        why = tr("Rollback request %1 is already open for this deployment.").arg(shortId(row->openRequest));
    else {
        // Asked about the state shown, so that a deployment that is not active is refused in the
        // engine's words rather than taken for one someone else just changed.
        Decision decision = DeploymentRollback::requestDecision(row->deployment.deploymentId, QStringLiteral("…"));
        decision.expectedState = row->deployment.status;
        why = whyNot(decision);
    }
    setButton(m_rollback, why, ready);
}

void DeploymentsPanel::requestRollback()
{
    const DeploymentRow* row = selected();
    if (!row || !session()->isOpen())
        return;
    const Deployment seen = row->deployment;
    const auto reason = Prompt::comment(
        this, tr("Request rollback"),
        tr("Why should deployment %1 (%2 in %3) be rolled back? A manager other than you approves the request.")
            .arg(seen.name, seen.modelVersion, seen.environment),
        true, tr("Request rollback"));
    if (!reason)
        return;
    QString requestId;
    const DecisionResult result =
        DeploymentRollback::request(*session()->database(), seen.deploymentId, *reason, &requestId);
    if (result.outcome)
        session()->announceChange(QStringLiteral("rollback_request"));
    report(result, tr("Rollback of deployment %1 was requested (request %2); a manager decides it.")
                       .arg(seen.name, shortId(requestId)));
}

void DeploymentsPanel::decideRequest(bool approve)
{
    const DeploymentRow* row = selected();
    if (!row || row->openRequest.isEmpty() || !session()->isOpen())
        return;
    const DeploymentRow seen = *row;
    const auto comment =
        approve
            ? Prompt::comment(this, tr("Approve rollback"),
                              tr("Roll deployment %1 (%2 in %3) back to the one it replaced? A comment is optional "
                                 "and recorded in the audit trail.")
                                  .arg(seen.deployment.name, seen.deployment.modelVersion, seen.deployment.environment),
                              false, tr("Approve"))
            : Prompt::comment(this, tr("Deny rollback"),
                              tr("Why is the rollback of deployment %1 refused? Your comment is recorded in the "
                                 "audit trail.")
                                  .arg(seen.deployment.name),
                              true, tr("Deny"));
    if (!comment)
        return;
    TransitionEngine engine(*session()->database());
    const DecisionResult result = engine.apply(approve ? RollbackRequests::approve(seen.openRequest, *comment)
                                                       : RollbackRequests::deny(seen.openRequest, *comment));
    if (result.outcome)
        session()->announceChange(QStringLiteral("rollback_request"));
    report(result,
           approve ? tr("Deployment %1 was rolled back; the one it replaced is active again.").arg(seen.deployment.name)
                   : tr("The rollback of deployment %1 was denied.").arg(seen.deployment.name));
}

} // namespace steward
