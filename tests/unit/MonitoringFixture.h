#pragma once

#include "models/core/Outcome.h"
#include "models/db/ConnectionTarget.h"
#include "models/workflow/TransitionEngine.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace steward {
class Database;
}

namespace steward::test::monitoring {

// UrutiIQ rows for the feedback and deployment workflows, written into its own tables (made from
// its contract file) on either backend. Company c1's anomaly_detection has three versions:
//   production: d10 (v1.0, rolled_back) < d11 (v1.1, inactive) < d11f (v1.1, failed) < d12 (v1.2, active)
//   staging:    d12s (v1.2, active, nothing before it)
// and beside them demand_regression's dd (production, active, deployed between d11f and d12) and
// company c2's anomaly_detection d12c2 (production, active), which are other models' deployments.
// Feedback: f1, f2 pending, f3 processed, f4 ignored.
Outcome seedUrutiiq(Database& database);

// One row's value, as text.
QString valueOf(Database& database, const QString& sql, const QString& id);
QString deploymentStatus(Database& database, const QString& id);
QString feedbackStatus(Database& database, const QString& id);
qint64 auditCount(Database& database);

std::unique_ptr<Database> openAs(const ConnectionTarget& target, const QString& user);

// Creates a seed system's tables from its contract file ("urutiiq_postgres.sql").
Outcome createSystemTables(Database& database, const QString& contractFile);
// UrutiIQ's tables on the server, with seedUrutiiq's rows.
Outcome createUrutiiqOnServer(Database& database);
// Why the audit chain is not intact or not reconciled with the rows; empty when it is both.
QString chainProblem(Database& database);

// Runs `decide` on `count` connections at the same instant, each opened by `open` in its own
// thread (connections belong to the thread that opened them); the outcomes, in thread order.
QList<DecisionResult> atOnce(int count, const std::function<std::unique_ptr<Database>(int)>& open,
                             const std::function<DecisionResult(Database&, int)>& decide);

} // namespace steward::test::monitoring
