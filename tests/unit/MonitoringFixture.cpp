#include "MonitoringFixture.h"

#include "TestSupport.h"
#include "models/db/Database.h"
#include "models/db/SqlScript.h"
#include "models/demo/SystemSchemas.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"

#include <QSqlQuery>
#include <QThread>
#include <latch>

namespace steward::test::monitoring {

Outcome seedUrutiiq(Database& database)
{
    for (
        const char* sql : {
            R"(INSERT INTO "AIModel" ("id","tenantId","companyId","modelName","modelVersion","modelType","algorithm","status","updatedAt") VALUES
                ('m10','t1','c1','anomaly_detection','v1.0','anomaly_detection','isolation_forest','deprecated','2026-09-01 00:00:00'),
                ('m11','t1','c1','anomaly_detection','v1.1','anomaly_detection','isolation_forest','deprecated','2026-10-01 00:00:00'),
                ('m12','t1','c1','anomaly_detection','v1.2','anomaly_detection','isolation_forest','active','2026-10-30 00:00:00'),
                ('md','t1','c1','demand_regression','v1.0','regression','gradient_boosting','active','2026-10-01 00:00:00'),
                ('m12c2','t1','c2','anomaly_detection','v1.2','anomaly_detection','isolation_forest','active','2026-10-30 00:00:00'))",
            R"(INSERT INTO "AIDeployment" ("id","tenantId","companyId","modelId","deploymentName","environment","status","version","deployedAt","updatedAt") VALUES
                ('d10','t1','c1','m10','anomaly-prod','production','rolled_back','v1.0','2026-10-01 10:00:00','2026-10-15 10:00:00'),
                ('d11','t1','c1','m11','anomaly-prod','production','inactive','v1.1','2026-10-15 10:00:00','2026-11-01 10:00:00'),
                ('d11f','t1','c1','m11','anomaly-prod','production','failed','v1.1-hotfix','2026-10-20 10:00:00','2026-10-20 10:05:00'),
                ('dd','t1','c1','md','demand-prod','production','active','v1.0','2026-10-28 10:00:00','2026-10-28 10:00:00'),
                ('d12','t1','c1','m12','anomaly-prod','production','active','v1.2','2026-11-01 10:00:00','2026-11-01 10:00:00'),
                ('d12s','t1','c1','m12','anomaly-staging','staging','active','v1.2','2026-10-25 10:00:00','2026-10-25 10:00:00'),
                ('d12c2','t1','c2','m12c2','anomaly-prod','production','active','v1.2','2026-11-05 10:00:00','2026-11-05 10:00:00'))",
            R"(INSERT INTO "AILearningFeedback" ("id","tenantId","companyId","userId","modelId","feedbackType","feedbackData","isPositive","impact","status","createdAt","updatedAt") VALUES
                ('f1','t1','c1','u1','m12','correction','{"expected":"normal"}',false,'high','pending','2026-11-20 08:00:00','2026-11-20 08:00:00'),
                ('f2','t1','c1','u2','m12','flag',NULL,false,'medium','pending','2026-11-21 08:00:00','2026-11-21 08:00:00'),
                ('f3','t1','c1','u1','m11','rating',NULL,true,'low','processed','2026-11-10 08:00:00','2026-11-11 08:00:00'),
                ('f4','t1','c2','u3',NULL,'comment',NULL,NULL,NULL,'ignored','2026-11-12 08:00:00','2026-11-12 09:00:00'))"}) {
        if (Outcome done = database.exec(QString::fromUtf8(sql)); !done)
            return done;
    }
    return Outcome::ok();
}

QString valueOf(Database& database, const QString& sql, const QString& id)
{
    auto rows = database.select(sql, {id}, QStringLiteral("test"));
    if (!rows)
        return STEWARD_HELPER_FAILED("%s", qPrintable(rows.failure().message()));
    QSqlQuery q = rows.take();
    return q.next() ? q.value(0).toString() : QString();
}

QString deploymentStatus(Database& database, const QString& id)
{
    return valueOf(database, QStringLiteral("SELECT \"status\" FROM \"AIDeployment\" WHERE \"id\" = ?"), id);
}

QString feedbackStatus(Database& database, const QString& id)
{
    return valueOf(database, QStringLiteral("SELECT \"status\" FROM \"AILearningFeedback\" WHERE \"id\" = ?"), id);
}

qint64 auditCount(Database& database)
{
    auto rows =
        database.select(QStringLiteral("SELECT count(*) FROM %1").arg(database.appTable(QStringLiteral("audit_log"))),
                        QStringLiteral("test"));
    if (!rows)
        return STEWARD_HELPER_FAILED("%s", qPrintable(rows.failure().message()));
    QSqlQuery q = rows.take();
    return q.next() ? q.value(0).toLongLong() : -1;
}

std::unique_ptr<Database> openAs(const ConnectionTarget& target, const QString& user)
{
    OpenOptions options;
    options.actingUser = user; // SQLite's; on PostgreSQL the login is the user
    auto db = Database::open(target, options);
    return db ? db.take() : nullptr;
}

Outcome createSystemTables(Database& database, const QString& contractFile)
{
    for (const QString& statement : SqlScript::split(SystemSchemas::script(contractFile, database.backend()))) {
        if (Outcome done = database.exec(statement); !done)
            return done;
    }
    return Outcome::ok();
}

Outcome createUrutiiqOnServer(Database& database)
{
    if (Outcome created = createSystemTables(database, QStringLiteral("urutiiq_postgres.sql")); !created)
        return created;
    return seedUrutiiq(database);
}

QString chainProblem(Database& database)
{
    auto verification = AuditChain::verify(database);
    if (!verification)
        return verification.failure().message();
    if (!verification->intact)
        return verification->problem;
    auto reconciled = AuditReconciliation::run(database);
    if (!reconciled)
        return reconciled.failure().message();
    return reconciled->reconciled() ? QString() : reconciled->problems(5).join(QLatin1Char('\n'));
}

QList<DecisionResult> atOnce(int count, const std::function<std::unique_ptr<Database>(int)>& open,
                             const std::function<DecisionResult(Database&, int)>& decide)
{
    QList<DecisionResult> results(count);
    std::latch ready(count);
    QList<QThread*> threads;
    for (int i = 0; i < count; ++i) {
        threads << QThread::create([&, i] {
            std::unique_ptr<Database> db = open(i);
            ready.arrive_and_wait();
            if (!db) {
                results[i].outcome = Outcome::cannotOpen(QStringLiteral("connection %1 did not open").arg(i));
                return;
            }
            results[i] = decide(*db, i);
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        thread->wait();
        delete thread;
    }
    return results;
}

} // namespace steward::test::monitoring
