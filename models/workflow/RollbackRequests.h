#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/TransitionEngine.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace steward {

class Database;

struct RollbackRequest
{
    QString requestId;
    QString targetKind; // suggestion | model_version | deployment
    QString targetId;   // suggestion_id, the model version to return to, or the deployment to roll back
    QString clientId;
    QString fromState; // the suggestion's state, or the active version, when requested
    QString status;    // requested | approved | denied
    QString requestedBy;
    QDateTime requestedAt;
    QString reason;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionComment;
};

// Rollbacks take two people: someone requests, a manager who is not the requester decides.
namespace RollbackRequests {
inline const QString kSuggestion = QStringLiteral("suggestion");
inline const QString kModelVersion = QStringLiteral("model_version");
// Another system's deployment (DeploymentRollback).
inline const QString kDeployment = QStringLiteral("deployment");

// Refuses, naming who asked, when an undecided request for the same target exists.
Outcome refuseIfOpen(Database& database, const QString& targetKind, const QString& targetId, const QString& clientId);
// Inserts a request inside a running transition (used by the suggestion and model decisions).
// Refuses when an undecided request for the same target exists.
Outcome file(TransitionContext& context, const QString& targetKind, const QString& targetId, const QString& clientId,
             const QString& fromState, const QString& reason, QString* requestId);

// A request to make `version` the active model version of `clientId` again.
Outcome requestModelRollback(Database& database, const QString& clientId, const QString& version, const QString& reason,
                             QString* requestId = nullptr);

Decision approve(const QString& requestId, const QString& comment = {});
Decision deny(const QString& requestId, const QString& comment);

Result<QList<RollbackRequest>> list(Database& database, const QString& status = {});
// The requests about one target (a suggestion, a model version), newest first.
Result<QList<RollbackRequest>> listFor(Database& database, const QString& targetKind, const QString& targetId);
Result<RollbackRequest> find(Database& database, const QString& requestId);
} // namespace RollbackRequests

} // namespace steward
