#pragma once

#include "models/core/Outcome.h"
#include "models/workflow/Role.h"
#include "models/workflow/TransitionEngine.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <functional>

namespace steward {
class Database;
}

// Governance data built row by row in a test, on SQLite or PostgreSQL alike, and the full
// transition matrix that both backends' tests run.
namespace steward::test::governance {

// The pipeline tables and Steward's tables in an empty database; its user becomes admin.
Outcome createSchema(Database& database);
QString addPolicy(Database& database, const QString& name = QStringLiteral("Bias guard"));

struct ViolationSeed
{
    QString severity = QStringLiteral("medium");
    QString status = QStringLiteral("open");
    QString clientId = QStringLiteral("acme");
    QString modelVersion = QStringLiteral("20261101_0300");
    QString type = QStringLiteral("bias");
    QString description = QStringLiteral("bias for acme is 0.091, above the critical threshold");
    QDateTime detectedAt; // default: two days ago
    QDateTime resolvedAt;
    QString resolution;
    QString resolvedBy;
};
QString addViolation(Database& database, const QString& policyId, const ViolationSeed& seed = {});
QString addSuggestion(Database& database, const QString& clientId, const QString& status = QStringLiteral("pending"));

// status, resolution, resolved_by, resolved_at (UTC QDateTime or invalid)
QVariantMap violationRow(Database& database, const QString& violationId);
qint64 auditCount(Database& database, const QString& targetId);

// One step a person may try on a violation in `fromStatus`.
struct MatrixCase
{
    QString name;
    QString fromStatus;
    QString severity;
    std::function<Decision(const QString& id, const QString& seen)> decision;
    QString expectedStatus;     // after success
    Role needs = Role::Analyst; // the least role that may take the step
    bool possible = true;       // false: the step does not exist from this status (a conflict)
};
// `assignee` is someone who may work on violations (the assignment case assigns to them).
QList<MatrixCase> transitionMatrix(const QString& assignee);
const QList<Role>& allRoles();
// What `role` should get: Ok, Forbidden, or Conflict.
OutcomeCode expectedOutcome(const MatrixCase& matrixCase, Role role);

// Seeds a violation for the case (through `admin`), lets `actor` (who has `role`) try the
// step, and checks the outcome, the row and the audit trail. QVERIFY/QCOMPARE inside: the
// caller returns when QTest::currentTestFailed().
void checkCase(Database& admin, Database& actor, Role role, const MatrixCase& matrixCase);

} // namespace steward::test::governance
