// Decisions on another system's tables made by the server, and its rows scoped by company or
// restaurant: UrutiIQ's violations, feedback and deployments decided by ordinary logins that
// `roles grant` made analyst or manager (no privilege on UrutiIQ's tables but reading them),
// people deciding at the same instant on their own connections, a login limited to one company,
// and a Krong Thai login limited to one restaurant. Rows are checked afterwards, and the audit
// chain is intact and reconciled.
#include "MonitoringFixture.h"
#include "TestSupport.h"
#include "models/core/Clock.h"
#include "models/db/AppSchema.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationQuery.h"
#include "models/monitoring/DeploymentRollback.h"
#include "models/monitoring/FeedbackDecisions.h"
#include "models/profiles/Profile.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/ServerRoles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <vector>

using namespace steward;
using namespace steward::test;
using namespace steward::test::monitoring;

namespace {
const QString kAnalyst = QStringLiteral("sys_ana");
const QString kManager1 = QStringLiteral("sys_mia");
const QString kManager2 = QStringLiteral("sys_max");
const QString kCompanyOne = QStringLiteral("sys_c1");
const QString kPipeline = QStringLiteral("sys_pipe");
const QString kRestaurantOne = QStringLiteral("sys_kt1");
const QString kRestaurantA = QStringLiteral("00000000-0000-4000-8000-0000000000aa");
const QString kRestaurantB = QStringLiteral("00000000-0000-4000-8000-0000000000bb");

Outcome seedViolations(Database& db)
{
    return db.exec(QStringLiteral(
        R"(INSERT INTO "AIGovernance" ("id","tenantId","companyId","policyName","policyType","status","updatedAt") VALUES
               ('p1','t1','c1','fairness','fairness','active','2026-11-01 00:00:00'),
               ('p2','t1','c2','fairness','fairness','active','2026-11-01 00:00:00');
           INSERT INTO "AIGovernanceViolation" ("id","tenantId","companyId","policyId","modelId","violationType",
               "severity","description","status","createdAt","updatedAt") VALUES
               ('v1','t1','c1','p1','m12','bias','high','Approval rates differ','open','2026-11-20 08:00:00','2026-11-20 08:00:00'),
               ('v2','t1','c1','p1','m12','privacy','critical','Personal data in a log','open','2026-11-20 09:00:00','2026-11-20 09:00:00'),
               ('v3','t1','c2','p2','m12c2','bias','medium','Other company','open','2026-11-20 10:00:00','2026-11-20 10:00:00'),
               ('v4','t1','c1','p1','m12','fairness','low','Raced for','open','2026-11-20 11:00:00','2026-11-20 11:00:00'),
               ('v5','t1','c1','p1','md','fairness','low','Scoped','open','2026-11-20 12:00:00','2026-11-20 12:00:00'))"));
}

QString violationColumn(Database& db, const QString& column, const QString& id)
{
    return valueOf(
        db, QStringLiteral("SELECT \"%1\"::text FROM \"AIGovernanceViolation\" WHERE \"id\" = ?").arg(column), id);
}
} // namespace

class PgSystemDecisionsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    std::unique_ptr<Database> m_owner;

    std::unique_ptr<Database> as(const QString& login) { return openAs(m_pg->target(login), {}); }

    void verifyChain()
    {
        const QString problem = chainProblem(*m_owner);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    QStringList seen(Database& db, const QString& sql)
    {
        auto rows = db.select(sql, QStringLiteral("test"));
        if (!rows)
            return {rows.failure().message()};
        QSqlQuery q = rows.take();
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }

    // Exactly one of `results` succeeded and the others were told of a conflict; its index.
    static int onlyWinner(const QList<DecisionResult>& results)
    {
        int won = -1;
        for (int i = 0; i < results.size(); ++i) {
            if (results.at(i).outcome) {
                if (won != -1)
                    return STEWARD_HELPER_FAILED("both %d and %d succeeded", won, i);
                won = i;
            } else if (results.at(i).outcome.code() != OutcomeCode::Conflict) {
                return STEWARD_HELPER_FAILED("%s", qPrintable(results.at(i).outcome.message()));
            }
        }
        return won;
    }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES();
        m_pg = std::make_unique<TemporaryPostgresDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        {
            auto owner = Database::open(m_pg->target());
            QVERIFY2(owner, qPrintable(owner.failure().message()));
            STEWARD_VERIFY_OK(createUrutiiqOnServer(**owner));
            STEWARD_VERIFY_OK(seedViolations(**owner));
        }
        // Init opens the database as UrutiIQ's, as `steward-cli init` on it does.
        m_owner = as({});
        QVERIFY(m_owner);
        QCOMPARE(m_owner->profile().name, QStringLiteral("urutiiq"));
        auto version = AppSchema::init(*m_owner);
        QVERIFY2(version, qPrintable(version ? QString() : version.failure().message()));
        m_owner = as({});
        QVERIFY(m_owner);
        auto onServer = ServerRoles::active(*m_owner);
        QVERIFY(onServer && *onServer);
        const QList<QPair<QString, Role>> people{{kAnalyst, Role::Analyst},
                                                 {kManager1, Role::Manager},
                                                 {kManager2, Role::Manager},
                                                 {kCompanyOne, Role::Manager}};
        for (const auto& [login, role] : people) {
            QVERIFY(m_pg->createLogin(login));
            STEWARD_VERIFY_OK(RoleRepository(*m_owner).grant(
                login, role, login == kCompanyOne ? QStringList{QStringLiteral("c1")} : QStringList{}));
        }
        // UrutiIQ's own writer: privileges of its own, no Steward role.
        QVERIFY(m_pg->createLogin(kPipeline));
        STEWARD_VERIFY_OK(
            m_owner->exec(QStringLiteral("GRANT SELECT, INSERT ON \"AIGovernanceViolation\" TO %1").arg(kPipeline)));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_pg.reset();
    }

    void initBoundUrutiiqsTables()
    {
        STEWARD_REQUIRE_POSTGRES();
        QCOMPARE(seen(*m_owner, QStringLiteral("SELECT kind || ' ' || item_table || ' ' || coalesce(scope_column, '-') "
                                               "FROM steward.item_bindings WHERE kind IN ('violation', 'feedback', "
                                               "'deployment', 'rollback_request') ORDER BY kind")),
                 QStringList({QStringLiteral("deployment public.\"AIDeployment\" companyId"),
                              QStringLiteral("feedback public.\"AILearningFeedback\" companyId"),
                              QStringLiteral("rollback_request steward.rollback_requests client_id"),
                              QStringLiteral("violation public.\"AIGovernanceViolation\" companyId")}));
        // The people deciding cannot write UrutiIQ's tables themselves: only the server's functions can.
        auto analyst = as(kAnalyst);
        QVERIFY(analyst);
        QSqlQuery update = analyst->query();
        QVERIFY(!update.exec(QStringLiteral("UPDATE \"AIGovernanceViolation\" SET \"status\" = 'resolved'")));
        QVERIFY2(update.lastError().nativeErrorCode() == QLatin1String("42501"),
                 qPrintable(update.lastError().databaseText()));
    }

    // UrutiIQ's ids are its own text, not uuids: they are found as they are, by whoever may see them.
    void violationsAreFoundByTheirOwnIds()
    {
        STEWARD_REQUIRE_POSTGRES();
        auto analyst = as(kAnalyst);
        QVERIFY(analyst);
        const ViolationQueryContext context{ViolationDeadlines::defaults(), Clock::nowUtc(), true};
        auto found = ViolationQuery::find(*analyst, QStringLiteral("v2"), context);
        QVERIFY2(found, qPrintable(found ? QString() : found.failure().message()));
        QCOMPARE(found->severity, QStringLiteral("critical"));
        QCOMPARE(ViolationQuery::find(*analyst, QStringLiteral("v404"), context).failure().code(),
                 OutcomeCode::NotFound);
        auto scoped = as(kCompanyOne);
        QVERIFY(scoped);
        QCOMPARE(ViolationQuery::find(*scoped, QStringLiteral("v3"), context).failure().code(), OutcomeCode::NotFound);
    }

    void theViolationWorkflowIsDecidedByTheServer()
    {
        STEWARD_REQUIRE_POSTGRES();
        const qint64 records = auditCount(*m_owner);
        auto analyst = as(kAnalyst);
        auto manager = as(kManager1);
        QVERIFY(analyst && manager);
        const QString updatedBefore = violationColumn(*m_owner, QStringLiteral("updatedAt"), QStringLiteral("v1"));

        STEWARD_VERIFY_OK(
            TransitionEngine(*analyst)
                .apply(ViolationDecisions::investigate(QStringLiteral("v1"), {}, {}, QStringLiteral("open")))
                .outcome);
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v1")),
                 QStringLiteral("investigating"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("updatedAt"), QStringLiteral("v1")), updatedBefore);
        QCOMPARE(valueOf(*m_owner,
                         QStringLiteral("SELECT assignee FROM steward.violation_assignments WHERE violation_id = ?"),
                         QStringLiteral("v1")),
                 kAnalyst);

        // The comment is required, and the state seen must still be the row's.
        QCOMPARE(TransitionEngine(*analyst)
                     .apply(ViolationDecisions::resolve(QStringLiteral("v1"), QStringLiteral("  "),
                                                        QStringLiteral("investigating")))
                     .outcome.code(),
                 OutcomeCode::Usage);
        const DecisionResult stale = TransitionEngine(*analyst).apply(
            ViolationDecisions::resolve(QStringLiteral("v1"), QStringLiteral("x"), QStringLiteral("open")));
        QCOMPARE(stale.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(stale.outcome.message().contains(QStringLiteral("by sys_ana")), qPrintable(stale.outcome.message()));

        STEWARD_VERIFY_OK(
            TransitionEngine(*analyst)
                .apply(ViolationDecisions::resolve(QStringLiteral("v1"), QStringLiteral(" Retrained on balanced data "),
                                                   QStringLiteral("investigating")))
                .outcome);
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v1")), QStringLiteral("resolved"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("resolution"), QStringLiteral("v1")),
                 QStringLiteral("Retrained on balanced data"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("resolvedBy"), QStringLiteral("v1")), kAnalyst);
        const QString resolvedAt = violationColumn(*m_owner, QStringLiteral("resolvedAt"), QStringLiteral("v1"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("updatedAt"), QStringLiteral("v1")), resolvedAt);
        // "resolvedAt" has no time zone: UTC, as the client path writes it.
        QCOMPARE(
            valueOf(*m_owner,
                    QStringLiteral("SELECT abs(extract(epoch FROM (now() AT TIME ZONE 'UTC') - \"resolvedAt\")) < 120 "
                                   "FROM \"AIGovernanceViolation\" WHERE \"id\" = ?"),
                    QStringLiteral("v1")),
            QStringLiteral("true"));
        auto last = AuditChain::latestFor(*m_owner, QStringLiteral("violation"), QStringLiteral("v1"));
        QVERIFY(last && *last);
        QCOMPARE((*last)->action, QStringLiteral("resolve"));
        QCOMPARE((*last)->actor, kAnalyst);
        QCOMPARE((*last)->clientId, QStringLiteral("c1"));
        QCOMPARE((*last)->stateBefore, QStringLiteral("investigating"));
        QCOMPARE((*last)->stateAfter, QStringLiteral("resolved"));
        QCOMPARE((*last)->comment, QStringLiteral("Retrained on balanced data"));

        // Reopening is a manager's; it clears the resolution and keeps it in the record.
        QCOMPARE(TransitionEngine(*analyst)
                     .apply(ViolationDecisions::reopen(QStringLiteral("v1"), QStringLiteral("again"),
                                                       QStringLiteral("resolved")))
                     .outcome.code(),
                 OutcomeCode::Forbidden);
        STEWARD_VERIFY_OK(TransitionEngine(*manager)
                              .apply(ViolationDecisions::reopen(QStringLiteral("v1"), QStringLiteral("It came back"),
                                                                QStringLiteral("resolved")))
                              .outcome);
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v1")), QStringLiteral("open"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("resolution"), QStringLiteral("v1")), QString());
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("resolvedBy"), QStringLiteral("v1")), QString());
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("resolvedAt"), QStringLiteral("v1")), QString());
        QVERIFY(violationColumn(*m_owner, QStringLiteral("updatedAt"), QStringLiteral("v1")) != resolvedAt);
        last = AuditChain::latestFor(*m_owner, QStringLiteral("violation"), QStringLiteral("v1"));
        QVERIFY(last && *last);
        QCOMPARE((*last)->action, QStringLiteral("reopen"));
        const QJsonObject details = QJsonDocument::fromJson((*last)->details.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("previous_resolution")).toString(),
                 QStringLiteral("Retrained on balanced data"));
        QCOMPARE(details.value(QStringLiteral("previous_resolved_by")).toString(), kAnalyst);
        QVERIFY(details.value(QStringLiteral("previous_resolved_at")).toString().endsWith(QLatin1Char('Z')));

        // A critical violation takes a manager to close.
        STEWARD_VERIFY_OK(
            TransitionEngine(*analyst)
                .apply(ViolationDecisions::investigate(QStringLiteral("v2"), {}, {}, QStringLiteral("open")))
                .outcome);
        QCOMPARE(TransitionEngine(*analyst)
                     .apply(ViolationDecisions::markFalsePositive(QStringLiteral("v2"), QStringLiteral("test data"),
                                                                  QStringLiteral("investigating")))
                     .outcome.code(),
                 OutcomeCode::Forbidden);
        STEWARD_VERIFY_OK(TransitionEngine(*manager)
                              .apply(ViolationDecisions::markFalsePositive(
                                  QStringLiteral("v2"), QStringLiteral("test data"), QStringLiteral("investigating")))
                              .outcome);
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v2")),
                 QStringLiteral("false_positive"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("resolvedBy"), QStringLiteral("v2")), kManager1);
        // investigate + assign, resolve, reopen; investigate + assign, false_positive
        QCOMPARE(auditCount(*m_owner), records + 7);
        verifyChain();
    }

    void ofSixAtOnceOneTakesTheViolation()
    {
        STEWARD_REQUIRE_POSTGRES();
        const qint64 records = auditCount(*m_owner);
        const QStringList people{kAnalyst, kManager1, kManager2};
        const QList<DecisionResult> results = atOnce(
            6, [&](int i) { return openAs(m_pg->target(people.at(i % people.size())), {}); },
            [](Database& db, int) {
                return TransitionEngine(db).apply(
                    ViolationDecisions::investigate(QStringLiteral("v4"), {}, {}, QStringLiteral("open")));
            });
        const int won = onlyWinner(results);
        QVERIFY(won >= 0);
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v4")),
                 QStringLiteral("investigating"));
        QCOMPARE(valueOf(*m_owner,
                         QStringLiteral("SELECT assignee FROM steward.violation_assignments WHERE violation_id = ?"),
                         QStringLiteral("v4")),
                 people.at(won % people.size()));
        QCOMPARE(auditCount(*m_owner), records + 2);
        verifyChain();
    }

    void feedbackIsProcessedOrIgnoredByTheServer()
    {
        STEWARD_REQUIRE_POSTGRES();
        const qint64 records = auditCount(*m_owner);
        auto analyst = as(kAnalyst);
        auto manager = as(kManager2);
        QVERIFY(analyst && manager);
        const QString before =
            valueOf(*m_owner, QStringLiteral("SELECT \"updatedAt\"::text FROM \"AILearningFeedback\" WHERE id = ?"),
                    QStringLiteral("f1"));
        STEWARD_VERIFY_OK(TransitionEngine(*analyst)
                              .apply(FeedbackDecisions::process(QStringLiteral("f1"), QStringLiteral("Relabelled")))
                              .outcome);
        QCOMPARE(feedbackStatus(*m_owner, QStringLiteral("f1")), QStringLiteral("processed"));
        QVERIFY(valueOf(*m_owner, QStringLiteral("SELECT \"updatedAt\"::text FROM \"AILearningFeedback\" WHERE id = ?"),
                        QStringLiteral("f1")) != before);
        STEWARD_VERIFY_OK(TransitionEngine(*manager)
                              .apply(FeedbackDecisions::ignore(QStringLiteral("f2"), QStringLiteral("Noise")))
                              .outcome);
        QCOMPARE(feedbackStatus(*m_owner, QStringLiteral("f2")), QStringLiteral("ignored"));
        auto last = AuditChain::latestFor(*m_owner, QStringLiteral("feedback"), QStringLiteral("f2"));
        QVERIFY(last && *last);
        QCOMPARE((*last)->action, QStringLiteral("ignore"));
        QCOMPARE((*last)->actor, kManager2);
        QCOMPARE((*last)->clientId, QStringLiteral("c1"));
        QCOMPARE((*last)->comment, QStringLiteral("Noise"));
        QCOMPARE(TransitionEngine(*analyst)
                     .apply(FeedbackDecisions::ignore(QStringLiteral("f1"), QStringLiteral("no")))
                     .outcome.code(),
                 OutcomeCode::Conflict);
        QCOMPARE(auditCount(*m_owner), records + 2);
        verifyChain();
    }

    void aDeploymentRollbackTakesTwoPeople()
    {
        STEWARD_REQUIRE_POSTGRES();
        const qint64 records = auditCount(*m_owner);
        const QString before =
            valueOf(*m_owner, QStringLiteral("SELECT \"updatedAt\"::text FROM \"AIDeployment\" WHERE id = ?"),
                    QStringLiteral("d12"));
        const QStringList requesters{kAnalyst, kManager1};
        std::vector<QString> ids(6);
        const QList<DecisionResult> filed = atOnce(
            6, [&](int i) { return openAs(m_pg->target(requesters.at(i % requesters.size())), {}); },
            [&](Database& db, int i) {
                return DeploymentRollback::request(db, QStringLiteral("d12"), QStringLiteral("errors doubled"),
                                                   &ids[i]);
            });
        const int won = onlyWinner(filed);
        QVERIFY(won >= 0);
        for (const DecisionResult& result : filed) {
            if (!result.outcome)
                QVERIFY2(result.outcome.message().contains(QStringLiteral("was already requested by")),
                         qPrintable(result.outcome.message()));
        }
        auto requests = RollbackRequests::list(*m_owner, QStringLiteral("requested"));
        QVERIFY(requests);
        QCOMPARE(requests->size(), 1);
        const RollbackRequest request = requests->first();
        QCOMPARE(ids.at(won), request.requestId);
        QCOMPARE(request.targetKind, QStringLiteral("deployment"));
        QCOMPARE(request.clientId, QStringLiteral("c1"));
        QCOMPARE(request.requestedBy, requesters.at(won % requesters.size()));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12")), QStringLiteral("active"));

        // Whoever asked cannot decide it; another manager can.
        auto requester = as(request.requestedBy);
        QCOMPARE(TransitionEngine(*requester).apply(RollbackRequests::approve(request.requestId)).outcome.code(),
                 OutcomeCode::Forbidden);
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12")), QStringLiteral("active"));
        auto approver = as(kManager2);
        STEWARD_VERIFY_OK(TransitionEngine(*approver)
                              .apply(RollbackRequests::approve(request.requestId, QStringLiteral("ok")))
                              .outcome);
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12")), QStringLiteral("rolled_back"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d11")), QStringLiteral("active"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d11f")), QStringLiteral("failed"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12s")), QStringLiteral("active"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12c2")), QStringLiteral("active"));
        QVERIFY(valueOf(*m_owner, QStringLiteral("SELECT \"updatedAt\"::text FROM \"AIDeployment\" WHERE id = ?"),
                        QStringLiteral("d12")) != before);
        QCOMPARE(auditCount(*m_owner), records + 4); // request, approval, rollback, reactivation
        auto rolled = AuditChain::latestFor(*m_owner, QStringLiteral("deployment"), QStringLiteral("d12"));
        QVERIFY(rolled && *rolled);
        QCOMPARE((*rolled)->action, QStringLiteral("rollback"));
        QCOMPARE((*rolled)->stateAfter, QStringLiteral("rolled_back"));
        auto reactivated = AuditChain::latestFor(*m_owner, QStringLiteral("deployment"), QStringLiteral("d11"));
        QVERIFY(reactivated && *reactivated);
        QCOMPARE((*reactivated)->action, QStringLiteral("reactivate"));
        QCOMPARE((*reactivated)->actor, kManager2);
        QCOMPARE((*reactivated)->stateBefore, QStringLiteral("inactive"));
        QCOMPARE((*reactivated)->clientId, QStringLiteral("c1"));
        verifyChain();
    }

    void aLoginOfOneCompanySeesAndDecidesOnlyItsRows()
    {
        STEWARD_REQUIRE_POSTGRES();
        auto scoped = as(kCompanyOne);
        QVERIFY(scoped);
        QCOMPARE(
            seen(*scoped, QStringLiteral("SELECT DISTINCT \"companyId\" FROM \"AIGovernanceViolation\" ORDER BY 1")),
            QStringList{QStringLiteral("c1")});
        QCOMPARE(seen(*scoped, QStringLiteral("SELECT DISTINCT \"companyId\" FROM \"AIDeployment\" ORDER BY 1")),
                 QStringList{QStringLiteral("c1")});
        QCOMPARE(seen(*scoped, QStringLiteral("SELECT DISTINCT \"companyId\" FROM \"AILearningFeedback\" ORDER BY 1")),
                 QStringList{QStringLiteral("c1")});
        auto unscoped = as(kManager1);
        QVERIFY(unscoped);
        QCOMPARE(
            seen(*unscoped, QStringLiteral("SELECT DISTINCT \"companyId\" FROM \"AIGovernanceViolation\" ORDER BY 1")),
            QStringList({QStringLiteral("c1"), QStringLiteral("c2")}));

        const qint64 records = auditCount(*m_owner);
        const DecisionResult refused = TransitionEngine(*scoped).apply(
            ViolationDecisions::investigate(QStringLiteral("v3"), {}, {}, QStringLiteral("open")));
        QVERIFY2(refused.outcome.code() == OutcomeCode::NotFound, qPrintable(refused.outcome.message()));
        // Called by hand, the server refuses it the same way.
        QSqlQuery direct = scoped->query();
        QVERIFY(!direct.exec(QStringLiteral("SELECT steward.decide('InvestigateViolation', 'v3', 'open', NULL)")));
        QCOMPARE(direct.lastError().nativeErrorCode(), QStringLiteral("SW404"));
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v3")), QStringLiteral("open"));
        QCOMPARE(auditCount(*m_owner), records);
        STEWARD_VERIFY_OK(
            TransitionEngine(*scoped)
                .apply(ViolationDecisions::investigate(QStringLiteral("v5"), {}, {}, QStringLiteral("open")))
                .outcome);
        QCOMPARE(violationColumn(*m_owner, QStringLiteral("status"), QStringLiteral("v5")),
                 QStringLiteral("investigating"));

        // UrutiIQ's own writer reads and inserts every company's rows as before.
        auto pipeline = as(kPipeline);
        QVERIFY(pipeline);
        STEWARD_VERIFY_OK(pipeline->exec(QStringLiteral(
            "INSERT INTO \"AIGovernanceViolation\" (\"id\",\"tenantId\",\"companyId\",\"policyId\",\"violationType\","
            "\"severity\",\"description\",\"status\",\"updatedAt\") VALUES "
            "('v6','t1','c2','p2','bias','low','From the writer','open','2026-11-21 00:00:00')")));
        QCOMPARE(
            seen(*pipeline, QStringLiteral("SELECT DISTINCT \"companyId\" FROM \"AIGovernanceViolation\" ORDER BY 1")),
            QStringList({QStringLiteral("c1"), QStringLiteral("c2")}));
        verifyChain();
    }

    void aKrongThaiLoginOfOneRestaurantSeesOnlyItsRows()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase kt;
        QVERIFY2(kt.isValid(), qPrintable(kt.error()));
        {
            auto db = Database::open(kt.target());
            QVERIFY(db);
            STEWARD_VERIFY_OK(createSystemTables(**db, QStringLiteral("krongthai_postgres.sql")));
            STEWARD_VERIFY_OK((*db)->exec(
                QStringLiteral("INSERT INTO sop_ml_models (id, restaurant_id, model_name, model_type, version) VALUES "
                               "('00000000-0000-4000-8000-000000000001', '%1', 'sop_recommender', 'recommendation', "
                               "'2.0'), ('00000000-0000-4000-8000-000000000002', '%2', 'sop_recommender', "
                               "'recommendation', '2.0')")
                    .arg(kRestaurantA, kRestaurantB)));
        }
        auto owner = Database::open(kt.target());
        QVERIFY(owner);
        QCOMPARE((*owner)->profile().name, QStringLiteral("krongthai"));
        auto version = AppSchema::init(**owner);
        QVERIFY2(version, qPrintable(version ? QString() : version.failure().message()));
        owner = Database::open(kt.target());
        QVERIFY(owner);
        QVERIFY(kt.createLogin(kRestaurantOne));
        STEWARD_VERIFY_OK(RoleRepository(**owner).grant(kRestaurantOne, Role::Viewer, {kRestaurantA}));
        auto scoped = Database::open(kt.target(kRestaurantOne));
        QVERIFY2(scoped, qPrintable(scoped ? QString() : scoped.failure().message()));
        QCOMPARE(seen(**scoped, QStringLiteral("SELECT restaurant_id::text FROM sop_ml_models ORDER BY 1")),
                 QStringList{kRestaurantA});
        QCOMPARE(seen(**owner, QStringLiteral("SELECT restaurant_id::text FROM sop_ml_models ORDER BY 1")),
                 QStringList({kRestaurantA, kRestaurantB}));
    }
};

QTEST_GUILESS_MAIN(PgSystemDecisionsTest)
#include "tst_pg_system_decisions.moc"
