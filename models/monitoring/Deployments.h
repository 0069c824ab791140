#pragma once

#include "models/core/Outcome.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace steward {

class Database;

// Which model version runs in which environment, as each system keeps it:
// - UrutiIQ's AIDeployment: one row per deployment (model, environment, status, version);
// - Krong Thai's sop_ml_models and WITHIN's model_metadata: a deployment_status per model
//   version (development, staging, production, retired), listed as that version's deployment.
struct Deployment
{
    QString deploymentId; // the deployment's id, or the model version's where it is a column
    QString name;         // the deployment's name, or the model's
    QString environment;  // development, staging, production; empty for a retired version
    QString status;       // Steward's word: deploying, active, failed, rolled_back; retired...
    QString modelName;
    QString modelVersion;      // the version the deployment runs
    QString deploymentVersion; // the deployment's own version, where the system keeps one
    QString clientId;          // the system's scope: company, restaurant
    QDateTime deployedAt;
    bool perModelColumn = false; // kept as a model version's column, not as deployment rows
};

namespace Deployments {
enum class Kind { None, Rows, ModelColumn };
Kind kindIn(Database& database);
// By environment, then name, newest first; `environment` and `status` filter when given.
Result<QList<Deployment>> list(Database& database, const QString& environment = {}, const QString& status = {});
// The environments a deployment_status column names; its other words (retired) are states.
bool isEnvironment(const QString& word);
} // namespace Deployments

} // namespace steward
