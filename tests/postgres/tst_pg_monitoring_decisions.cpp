// The decisions of monitoring on the real server, in UrutiIQ's quoted camelCase tables built
// from its contract file: the feedback queue and deployment rollbacks, per role, with people
// deciding at the same instant on their own connections; rows checked afterwards, the audit
// chain intact and reconciled.
//
// Init runs here before UrutiIQ's tables are recognised, so it binds none of them and the
// decisions take the client path (ServerRoles::active), which that table's privileges and
// Steward's own tables' bound: an ordinary login cannot write them once init made the server
// enforce Steward's roles. The people who decide here are therefore superusers, as the owner of a
// UrutiIQ database would be; their Steward roles come from `roles grant` all the same, and the
// viewer is an ordinary login. The server's path, with ordinary logins: tst_pg_system_decisions.
#include "MonitoringFixture.h"
#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/monitoring/DeploymentRollback.h"
#include "models/monitoring/Deployments.h"
#include "models/monitoring/FeedbackDecisions.h"
#include "models/monitoring/FeedbackQueue.h"
#include "models/profiles/Profile.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/ServerRoles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;
using namespace steward::test::monitoring;

class PgMonitoringDecisionsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    std::unique_ptr<Database> m_owner;
    const QString m_viewer = QStringLiteral("mon_vic");
    const QStringList m_analysts{QStringLiteral("mon_ana"), QStringLiteral("mon_bob")};
    const QStringList m_managers{QStringLiteral("mon_mia"), QStringLiteral("mon_max")};

    std::unique_ptr<Database> as(const QString& login)
    {
        auto db = Database::open(m_pg->target(login));
        if (!db)
            return STEWARD_HELPER_FAILED("%s", qPrintable(db.failure().message()));
        return db.take();
    }

    void verifyChain()
    {
        const QString problem = chainProblem(*m_owner);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
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
            auto version = AppSchema::init(**owner);
            QVERIFY2(version, qPrintable(version ? QString() : version.failure().message()));
        }
        // Reopened, so that the profile is recognised with Steward's tables beside UrutiIQ's.
        m_owner = as({});
        QVERIFY(m_owner);
        QCOMPARE(m_owner->profile().name, QStringLiteral("urutiiq"));
        // The viewer reads UrutiIQ's tables (so that they are recognised as UrutiIQ's) and Steward's.
        QVERIFY(m_pg->createLogin(m_viewer));
        STEWARD_VERIFY_OK(RoleRepository(*m_owner).grant(m_viewer, Role::Viewer));
        STEWARD_VERIFY_OK(
            m_owner->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(m_viewer)));
        STEWARD_VERIFY_OK(m_owner->exec(QStringLiteral("GRANT steward_viewer TO %1").arg(m_viewer)));
        for (const QString& login : m_analysts + m_managers) {
            QVERIFY(m_pg->createLogin(login));
            STEWARD_VERIFY_OK(m_owner->exec(QStringLiteral("ALTER ROLE %1 SUPERUSER").arg(login)));
            STEWARD_VERIFY_OK(
                RoleRepository(*m_owner).grant(login, m_managers.contains(login) ? Role::Manager : Role::Analyst));
        }
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_pg.reset();
    }

    void feedbackIsDecidedInTheSystemsRow()
    {
        STEWARD_REQUIRE_POSTGRES();
        auto items = FeedbackQueue::list(*m_owner);
        QVERIFY2(items, qPrintable(items ? QString() : items.failure().message()));
        QCOMPARE(items->size(), 4);
        QCOMPARE(items->at(0).feedbackId, QStringLiteral("f1"));
        QCOMPARE(items->at(0).modelVersion, QStringLiteral("v1.2"));
        QCOMPARE(items->at(0).createdAt, QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));

        const qint64 records = auditCount(*m_owner);
        auto viewer = as(m_viewer);
        QVERIFY(viewer);
        const DecisionResult refused =
            TransitionEngine(*viewer).apply(FeedbackDecisions::process(QStringLiteral("f1"), QStringLiteral("x")));
        QVERIFY2(refused.outcome.code() == OutcomeCode::Forbidden, qPrintable(refused.outcome.message()));
        QVERIFY2(refused.outcome.message().contains(QStringLiteral("needs the analyst role")),
                 qPrintable(refused.outcome.message()));
        QCOMPARE(feedbackStatus(*m_owner, QStringLiteral("f1")), QStringLiteral("pending"));
        QCOMPARE(auditCount(*m_owner), records);

        const QString before =
            valueOf(*m_owner, QStringLiteral("SELECT \"updatedAt\"::text FROM \"AILearningFeedback\" WHERE id = ?"),
                    QStringLiteral("f1"));
        auto analyst = as(m_analysts.first());
        const DecisionResult processed = TransitionEngine(*analyst).apply(
            FeedbackDecisions::process(QStringLiteral("f1"), QStringLiteral("Relabelled the batch")));
        STEWARD_VERIFY_OK(processed.outcome);
        QCOMPARE(feedbackStatus(*m_owner, QStringLiteral("f1")), QStringLiteral("processed"));
        QVERIFY(valueOf(*m_owner, QStringLiteral("SELECT \"updatedAt\"::text FROM \"AILearningFeedback\" WHERE id = ?"),
                        QStringLiteral("f1")) != before);
        auto last = AuditChain::latestFor(*m_owner, QStringLiteral("feedback"), QStringLiteral("f1"));
        QVERIFY(last && *last);
        QCOMPARE((*last)->actor, m_analysts.first());
        QCOMPARE((*last)->comment, QStringLiteral("Relabelled the batch"));
        const DecisionResult stale =
            TransitionEngine(*analyst).apply(FeedbackDecisions::ignore(QStringLiteral("f1"), QStringLiteral("no")));
        QCOMPARE(stale.outcome.code(), OutcomeCode::Conflict);
        verifyChain();
    }

    void ofEightAtOnceOneDecidesTheFeedback()
    {
        STEWARD_REQUIRE_POSTGRES();
        const qint64 records = auditCount(*m_owner);
        const QStringList people = m_analysts + m_managers;
        const QList<DecisionResult> results = atOnce(
            8, [&](int i) { return openAs(m_pg->target(people.at(i % people.size())), {}); },
            [](Database& db, int i) {
                return TransitionEngine(db).apply(
                    i % 2 ? FeedbackDecisions::ignore(QStringLiteral("f2"), QStringLiteral("noise"))
                          : FeedbackDecisions::process(QStringLiteral("f2"), QStringLiteral("done")));
            });
        int won = -1;
        for (int i = 0; i < results.size(); ++i) {
            if (results.at(i).outcome) {
                QCOMPARE(won, -1);
                won = i;
            } else {
                QVERIFY2(results.at(i).outcome.code() == OutcomeCode::Conflict,
                         qPrintable(results.at(i).outcome.message()));
            }
        }
        QVERIFY(won >= 0);
        QCOMPARE(feedbackStatus(*m_owner, QStringLiteral("f2")),
                 won % 2 ? QStringLiteral("ignored") : QStringLiteral("processed"));
        QCOMPARE(auditCount(*m_owner), records + 1);
        verifyChain();
    }

    void deploymentRollbackTakesTwoPeople()
    {
        STEWARD_REQUIRE_POSTGRES();
        auto production = Deployments::list(*m_owner, QStringLiteral("production"), QStringLiteral("active"));
        QVERIFY2(production, qPrintable(production ? QString() : production.failure().message()));
        QCOMPARE(production->size(), 3);
        const qint64 records = auditCount(*m_owner);

        // Eight requests at once, by analysts and a manager: one is filed.
        const QStringList requesters{m_analysts.at(0), m_analysts.at(1), m_managers.at(0)};
        const QList<DecisionResult> filed = atOnce(
            8, [&](int i) { return openAs(m_pg->target(requesters.at(i % requesters.size())), {}); },
            [](Database& db, int) {
                return DeploymentRollback::request(db, QStringLiteral("d12"), QStringLiteral("errors doubled"));
            });
        int filedCount = 0;
        for (const DecisionResult& result : filed) {
            if (result.outcome)
                ++filedCount;
            else
                QVERIFY2(result.outcome.code() == OutcomeCode::Conflict, qPrintable(result.outcome.message()));
        }
        QCOMPARE(filedCount, 1);
        auto requests = RollbackRequests::list(*m_owner, QStringLiteral("requested"));
        QVERIFY(requests);
        QCOMPARE(requests->size(), 1);
        const RollbackRequest request = requests->first();
        QCOMPARE(request.targetKind, QStringLiteral("deployment"));
        QCOMPARE(request.clientId, QStringLiteral("c1"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12")), QStringLiteral("active"));

        // Whoever asked cannot decide it (an analyst has not the role, a manager not the right).
        auto requester = as(request.requestedBy);
        QCOMPARE(TransitionEngine(*requester).apply(RollbackRequests::approve(request.requestId)).outcome.code(),
                 OutcomeCode::Forbidden);
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12")), QStringLiteral("active"));

        // Two managers approve at once (not the requester): one does it.
        const QStringList deciders =
            request.requestedBy == m_managers.at(0) ? QStringList{m_managers.at(1)} : m_managers;
        const QList<DecisionResult> decided = atOnce(
            4, [&](int i) { return openAs(m_pg->target(deciders.at(i % deciders.size())), {}); },
            [&](Database& db, int) {
                return TransitionEngine(db).apply(RollbackRequests::approve(request.requestId, QStringLiteral("ok")));
            });
        int approved = 0;
        for (const DecisionResult& result : decided) {
            if (result.outcome)
                ++approved;
            else
                QVERIFY2(result.outcome.code() == OutcomeCode::Conflict, qPrintable(result.outcome.message()));
        }
        QCOMPARE(approved, 1);
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12")), QStringLiteral("rolled_back"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d11")), QStringLiteral("active"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d11f")), QStringLiteral("failed"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d10")), QStringLiteral("rolled_back"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("dd")), QStringLiteral("active"));
        QCOMPARE(deploymentStatus(*m_owner, QStringLiteral("d12c2")), QStringLiteral("active"));
        QCOMPARE(auditCount(*m_owner), records + 4); // request, approval, rollback, reactivation
        auto rolled = AuditChain::latestFor(*m_owner, QStringLiteral("deployment"), QStringLiteral("d11"));
        QVERIFY(rolled && *rolled);
        QCOMPARE((*rolled)->action, QStringLiteral("reactivate"));
        QVERIFY(deciders.contains((*rolled)->actor));
        verifyChain();
    }

    // Init ran on a connection that saw an empty database, so it bound none of UrutiIQ's tables and
    // the decisions above took the client path. Init on UrutiIQ's database binds them, and from
    // then on the server decides them (tst_pg_system_decisions): even a superuser's call by hand
    // goes through the workflow's rules.
    void onceInitBindsUrutiiqTheServerDecidesThem()
    {
        STEWARD_REQUIRE_POSTGRES();
        auto onServer = ServerRoles::active(*m_owner);
        QVERIFY(onServer && !*onServer);
        auto version = AppSchema::init(*m_owner);
        QVERIFY2(version, qPrintable(version ? QString() : version.failure().message()));
        onServer = ServerRoles::active(*m_owner);
        QVERIFY(onServer && *onServer);
        auto steps = m_owner->select(
            QStringLiteral("SELECT count(*) FROM steward.item_bindings WHERE kind IN ('feedback', 'deployment') "
                           "AND profile = 'urutiiq'"),
            QStringLiteral("test"));
        QVERIFY(steps);
        QSqlQuery q = steps.take();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        QSqlQuery decide = m_owner->query();
        QVERIFY(!decide.exec(QStringLiteral("SELECT steward.decide('ProcessFeedback', 'f3', 'processed', 'x')")));
        QVERIFY2(decide.lastError().databaseText().contains(QStringLiteral("process is not possible from processed")),
                 qPrintable(decide.lastError().databaseText()));
        QCOMPARE(feedbackStatus(*m_owner, QStringLiteral("f3")), QStringLiteral("processed"));

        // A superuser's raw UPDATE of feedback Steward decided is found by reconciliation.
        STEWARD_VERIFY_OK(m_owner->exec(
            QStringLiteral("UPDATE \"AILearningFeedback\" SET \"status\" = 'pending' WHERE \"id\" = 'f1'")));
        auto found = AuditReconciliation::run(*m_owner);
        QVERIFY(found);
        QCOMPARE(found->totalCount(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(PgMonitoringDecisionsTest)
#include "tst_pg_monitoring_decisions.moc"
