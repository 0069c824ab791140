#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/TransitionEngine.h"

#include <QHash>
#include <QString>

namespace steward {

class Database;

// Rolling back a deployment takes two people, like a model rollback: someone (an analyst or
// above) files a request with a reason, a manager who is not the requester approves it
// (RollbackRequests::approve). Approving, in one transaction with the approval:
// - the deployment, which must still be active, becomes rolled_back;
// - the previous deployment of the same model in the same environment becomes active: the most
//   recent one deployed before it (same model name and scope where the system names its models,
//   else the same model id) that is not failed, deploying or rolled_back itself;
// each with its own audit record. A deployment with no such predecessor cannot be rolled back:
// the request is refused when filed, and again when approved if the predecessor is gone.
// Systems that keep deployment only as a model version's column (Krong Thai, WITHIN) do not say
// which version ran in an environment before, so rollback is refused there (whyNot).
namespace DeploymentRollback {

// Why deployments cannot be rolled back in this database; empty when they can.
QString whyNot(Database& database);
// The request as a decision (filed by request()): the GUI asks the engine's dry run (check) with
// it, so that a refused request is explained before the person writes a reason.
Decision requestDecision(const QString& deploymentId, const QString& reason, QString* requestId = nullptr);
// Files the request; `requestId` receives its id.
DecisionResult request(Database& database, const QString& deploymentId, const QString& reason,
                       QString* requestId = nullptr);
// The open rollback request of each deployment (deployment id -> request id); empty when the
// database has no Steward tables yet.
Result<QHash<QString, QString>> openRequests(Database& database);
// What approving request `requestId` does to deployment `deploymentId`, inside the approval.
Outcome apply(TransitionContext& context, const QString& requestId, const QString& deploymentId,
              const QString& comment);
} // namespace DeploymentRollback

} // namespace steward
