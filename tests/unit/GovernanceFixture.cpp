#include "GovernanceFixture.h"

#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/db/SqlScript.h"
#include "models/governance/ViolationDecisions.h"
#include "models/values/CellValue.h"
#include "models/workflow/AuditChain.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>

namespace steward::test::governance {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void exec(Database& database, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q = database.query();
    q.prepare(sql);
    for (const QVariant& bind : binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        STEWARD_HELPER_FAILED("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return;
    }
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(timestampText(time)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

Outcome createSchema(Database& database)
{
    if (Outcome pipeline = SqlScript::run(database, database.isSqlite() ? QStringLiteral("pipeline/sqlite.sql")
                                                                        : QStringLiteral("pipeline/postgres.sql"));
        !pipeline)
        return pipeline;
    auto version = AppSchema::init(database);
    return version ? Outcome::ok() : version.failure();
}

QString addPolicy(Database& database, const QString& name)
{
    const QString id = newId();
    exec(database,
         QStringLiteral("INSERT INTO governance_policies (policy_id, policy_name, policy_type, status, rules, "
                        "thresholds, description) "
                        "VALUES (?, ?, 'bias_detection', 'active', ?, ?, 'Bias stays bounded')"),
         {id, name, QStringLiteral("{\"metric\":\"bias\",\"window_days\":28,\"applies_to\":[\"order\",\"sku\"]}"),
          QStringLiteral("{\"warning\":0.03,\"critical\":0.08}")});
    return id;
}

QString addViolation(Database& database, const QString& policyId, const ViolationSeed& seed)
{
    const QString id = newId();
    const QDateTime detected = seed.detectedAt.isValid() ? seed.detectedAt : Clock::nowUtc().addDays(-2);
    exec(database,
         QStringLiteral(
             "INSERT INTO governance_violations (violation_id, policy_id, client_id, model_version, violation_type, "
             "severity, description, details, status, resolution, resolved_by, detected_at, resolved_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {id, policyId, orNull(seed.clientId), orNull(seed.modelVersion), seed.type, seed.severity, seed.description,
          QStringLiteral("{\"metric\":\"bias\",\"observed\":0.091,\"threshold\":0.08}"), seed.status,
          orNull(seed.resolution), orNull(seed.resolvedBy), timeOrNull(detected), timeOrNull(seed.resolvedAt)});
    return id;
}

QString addSuggestion(Database& database, const QString& clientId, const QString& status)
{
    const QString id = newId();
    exec(database,
         QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                        "VALUES (?, ?, 'hyperparameter', 'Raise the learning rate', ?)"),
         {id, clientId, status});
    return id;
}

QVariantMap violationRow(Database& database, const QString& violationId)
{
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral(
        "SELECT status, resolution, resolved_by, resolved_at FROM governance_violations WHERE violation_id = ?"));
    q.addBindValue(violationId);
    if (!q.exec() || !q.next())
        return STEWARD_HELPER_FAILED("no violation %s", qPrintable(violationId));
    return {{QStringLiteral("status"), q.value(0)},
            {QStringLiteral("resolution"), q.value(1)},
            {QStringLiteral("resolved_by"), q.value(2)},
            {QStringLiteral("resolved_at"), parseTimestamp(q.value(3))}};
}

qint64 auditCount(Database& database, const QString& targetId)
{
    QSqlQuery q = database.query();
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE target_id = ?")
                  .arg(database.appTable(QStringLiteral("audit_log"))));
    q.addBindValue(targetId);
    if (!q.exec() || !q.next())
        return STEWARD_HELPER_FAILED("cannot count audit records");
    return q.value(0).toLongLong();
}

const QList<Role>& allRoles()
{
    static const QList<Role> roles{Role::Viewer, Role::Analyst, Role::Manager, Role::Admin};
    return roles;
}

QList<MatrixCase> transitionMatrix(const QString& assignee)
{
    const QString open = QStringLiteral("open");
    const QString investigating = QStringLiteral("investigating");
    const QString resolved = QStringLiteral("resolved");
    const QString falsePositive = QStringLiteral("false_positive");
    const QString medium = QStringLiteral("medium");
    const QString critical = QStringLiteral("critical");
    const auto investigate = [](const QString& id, const QString& seen) {
        return ViolationDecisions::investigate(id, {}, {}, seen);
    };
    const auto resolve = [](const QString& id, const QString& seen) {
        return ViolationDecisions::resolve(id, QStringLiteral("Retrained with the corrected calendar"), seen);
    };
    const auto dismiss = [](const QString& id, const QString& seen) {
        return ViolationDecisions::markFalsePositive(id, QStringLiteral("The monitor read half a day"), seen);
    };
    const auto reopen = [](const QString& id, const QString& seen) {
        return ViolationDecisions::reopen(id, QStringLiteral("It came back"), seen);
    };
    const auto backToOpen = [](const QString& id, const QString& seen) {
        return ViolationDecisions::returnToOpen(id, {}, seen);
    };
    const auto assign = [assignee](const QString& id, const QString& seen) {
        return ViolationDecisions::assign(id, assignee, seen, QString());
    };
    const auto comment = [](const QString& id, const QString& seen) {
        return ViolationDecisions::comment(id, QStringLiteral("Looked at the raw data"), seen);
    };
    return {
        {QStringLiteral("investigate"), open, medium, investigate, investigating, Role::Analyst, true},
        {QStringLiteral("investigate a critical"), open, critical, investigate, investigating, Role::Analyst, true},
        {QStringLiteral("resolve"), investigating, medium, resolve, resolved, Role::Analyst, true},
        {QStringLiteral("resolve a critical"), investigating, critical, resolve, resolved, Role::Manager, true},
        {QStringLiteral("false positive"), investigating, QStringLiteral("low"), dismiss, falsePositive, Role::Analyst,
         true},
        {QStringLiteral("false positive, critical"), investigating, critical, dismiss, falsePositive, Role::Manager,
         true},
        {QStringLiteral("false positive, unknown severity"), investigating, QStringLiteral("severe"), dismiss,
         falsePositive, Role::Manager, true},
        {QStringLiteral("back to open"), investigating, QStringLiteral("high"), backToOpen, open, Role::Analyst, true},
        {QStringLiteral("reopen a resolved"), resolved, medium, reopen, open, Role::Manager, true},
        {QStringLiteral("reopen a false positive"), falsePositive, QStringLiteral("low"), reopen, open, Role::Manager,
         true},
        {QStringLiteral("reopen a critical"), resolved, critical, reopen, open, Role::Manager, true},
        {QStringLiteral("assign"), open, medium, assign, open, Role::Analyst, true},
        {QStringLiteral("comment on a resolved"), resolved, critical, comment, resolved, Role::Analyst, true},
        {QStringLiteral("comment, unknown status"), QStringLiteral("escalated"), medium, comment,
         QStringLiteral("escalated"), Role::Analyst, true},
        {QStringLiteral("resolve an open one"), open, medium, resolve, open, Role::Analyst, false},
        {QStringLiteral("investigate a resolved one"), resolved, medium, investigate, resolved, Role::Analyst, false},
        {QStringLiteral("investigate, unknown status"), QStringLiteral("escalated"), medium, investigate,
         QStringLiteral("escalated"), Role::Analyst, false},
        {QStringLiteral("back to open from resolved"), resolved, medium, backToOpen, resolved, Role::Analyst, false},
        {QStringLiteral("reopen an investigation"), investigating, medium, reopen, investigating, Role::Manager, false},
    };
}

OutcomeCode expectedOutcome(const MatrixCase& matrixCase, Role role)
{
    // The role check comes first (before the row is read) for what the permission alone
    // forbids; a step that does not exist is a conflict for everyone allowed to try.
    const Role base = matrixCase.needs == Role::Manager && matrixCase.name.startsWith(QLatin1String("reopen"))
                          ? Role::Manager
                          : Role::Analyst;
    if (static_cast<int>(role) < static_cast<int>(base))
        return OutcomeCode::Forbidden;
    if (!matrixCase.possible)
        return OutcomeCode::Conflict;
    return static_cast<int>(role) < static_cast<int>(matrixCase.needs) ? OutcomeCode::Forbidden : OutcomeCode::Ok;
}

void checkCase(Database& admin, Database& actor, Role role, const MatrixCase& matrixCase)
{
    const QString policy = addPolicy(admin, QStringLiteral("Matrix policy %1").arg(newId()));
    ViolationSeed seed;
    seed.severity = matrixCase.severity;
    seed.status = matrixCase.fromStatus;
    if (matrixCase.fromStatus == QLatin1String("resolved") ||
        matrixCase.fromStatus == QLatin1String("false_positive")) {
        seed.resolvedAt = Clock::nowUtc().addDays(-1);
        seed.resolvedBy = QStringLiteral("monitor-bot");
        seed.resolution = QStringLiteral("Closed earlier");
    }
    const QString id = addViolation(admin, policy, seed);
    const QVariantMap before = violationRow(admin, id);
    const qint64 auditBefore = auditCount(admin, id);
    const QDateTime start = Clock::nowUtc().addMSecs(-1);

    TransitionEngine engine(actor);
    const Decision decision = matrixCase.decision(id, matrixCase.fromStatus);
    const DecisionResult dryRun = engine.check(decision);
    QCOMPARE(auditCount(admin, id), auditBefore);
    const DecisionResult result = engine.apply(decision);
    // The dry run says what deciding did; only a missing comment is deciding's alone to find.
    if (!decision.step().commentRequired || !decision.comment.trimmed().isEmpty()) {
        QCOMPARE(dryRun.outcome.code(), result.outcome.code());
        QCOMPARE(dryRun.outcome.message(), result.outcome.message());
    }
    const OutcomeCode expected = expectedOutcome(matrixCase, role);
    QVERIFY2(result.outcome.code() == expected, qPrintable(QStringLiteral("%1 as %2: expected code %3, got %4 (%5)")
                                                               .arg(matrixCase.name, roleName(role))
                                                               .arg(static_cast<int>(expected))
                                                               .arg(static_cast<int>(result.outcome.code()))
                                                               .arg(result.outcome.message())));
    const QVariantMap after = violationRow(admin, id);
    if (expected != OutcomeCode::Ok) {
        // Refused: nothing changed, nothing recorded, and the refusal says why.
        QCOMPARE(after, before);
        QCOMPARE(auditCount(admin, id), auditBefore);
        QVERIFY(!result.outcome.message().isEmpty());
        if (expected == OutcomeCode::Forbidden)
            QVERIFY2(result.outcome.message().contains(roleName(role)), qPrintable(result.outcome.message()));
        return;
    }
    QCOMPARE(after.value(QStringLiteral("status")).toString(), matrixCase.expectedStatus);
    QVERIFY(auditCount(admin, id) > auditBefore);
    auto last = AuditChain::latestFor(admin, QStringLiteral("violation"), id);
    QVERIFY(last && *last);
    QCOMPARE((*last)->actor, actor.actingUser());
    const QString target = matrixCase.expectedStatus;
    if (target == QLatin1String("resolved") || target == QLatin1String("false_positive")) {
        if (matrixCase.fromStatus != target) {
            QCOMPARE(after.value(QStringLiteral("resolved_by")).toString(), actor.actingUser());
            const QDateTime resolvedAt = after.value(QStringLiteral("resolved_at")).toDateTime();
            QVERIFY2(resolvedAt >= start && resolvedAt <= Clock::nowUtc().addSecs(1),
                     qPrintable(timestampText(resolvedAt)));
            QCOMPARE(after.value(QStringLiteral("resolution")).toString(), (*last)->comment);
        }
    }
    if (matrixCase.name.startsWith(QLatin1String("reopen"))) {
        QVERIFY(after.value(QStringLiteral("resolution")).isNull());
        QVERIFY(after.value(QStringLiteral("resolved_by")).isNull());
        QVERIFY((*last)->details.contains(QStringLiteral("Closed earlier")));
    }
}

} // namespace steward::test::governance
