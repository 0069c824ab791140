// The decisions of monitoring on SQLite, in UrutiIQ's own tables: the feedback queue (pending ->
// processed | ignored) and deployment rollbacks (a request, a second person's approval), per
// role, with stale views and people deciding at the same instant; rows checked afterwards and
// the audit chain intact. Krong Thai and WITHIN: ratings and deployments listed, rollback refused.
#include "MonitoringFixture.h"
#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/monitoring/DeploymentRollback.h"
#include "models/monitoring/Deployments.h"
#include "models/monitoring/FeedbackDecisions.h"
#include "models/monitoring/FeedbackQueue.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;
using namespace steward::test::monitoring;

class MonitoringDecisionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;

    std::unique_ptr<Database> as(const QString& user) { return openSqlite(m_path, user); }
    ConnectionTarget target() const
    {
        ConnectionTarget target;
        target.sqlitePath = m_path;
        return target;
    }

    static void verifyChain(Database& db)
    {
        auto verification = AuditChain::verify(db);
        QVERIFY2(verification, qPrintable(verification ? QString() : verification.failure().message()));
        QVERIFY2(verification->intact, qPrintable(verification->problem));
        auto reconciled = AuditReconciliation::run(db);
        QVERIFY2(reconciled, qPrintable(reconciled ? QString() : reconciled.failure().message()));
        QVERIFY2(reconciled->reconciled(), qPrintable(reconciled->problems(5).join(QLatin1Char('\n'))));
    }

    static QString fileRequest(Database& db, const QString& deployment)
    {
        QString requestId;
        const DecisionResult filed =
            DeploymentRollback::request(db, deployment, QStringLiteral("errors up"), &requestId);
        if (!filed.outcome)
            return STEWARD_HELPER_FAILED("%s", qPrintable(filed.outcome.message()));
        return requestId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("urutiiq.sqlite"));
        auto db = makeFromContract(m_template, QStringLiteral("urutiiq_postgres.sql"));
        QVERIFY(db);
        STEWARD_VERIFY_OK(seedUrutiiq(*db));
        db.reset();
        auto admin = openSqlite(m_template, QStringLiteral("admin"));
        auto version = AppSchema::init(*admin);
        QVERIFY2(version, qPrintable(version ? QString() : version.failure().message()));
        for (const auto& [user, role] : QList<QPair<QString, Role>>{{QStringLiteral("vic"), Role::Viewer},
                                                                    {QStringLiteral("ana"), Role::Analyst},
                                                                    {QStringLiteral("bob"), Role::Analyst},
                                                                    {QStringLiteral("mia"), Role::Manager},
                                                                    {QStringLiteral("max"), Role::Manager}})
            STEWARD_VERIFY_OK(RoleRepository(*admin).grant(user, role));
    }

    void init()
    {
        static int cases = 0;
        m_path = copyDatabase(m_template, m_dir, QStringLiteral("case%1.sqlite").arg(++cases));
    }

    void feedbackIsListedPendingFirst()
    {
        auto db = as(QStringLiteral("vic"));
        QCOMPARE(FeedbackQueue::kindIn(*db), FeedbackQueue::Kind::Queue);
        auto all = FeedbackQueue::list(*db);
        QVERIFY2(all, qPrintable(all ? QString() : all.failure().message()));
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).feedbackId, QStringLiteral("f1"));
        QCOMPARE(all->at(1).feedbackId, QStringLiteral("f2"));
        QCOMPARE(all->at(0).status, QStringLiteral("pending"));
        QCOMPARE(all->at(0).modelName, QStringLiteral("anomaly_detection"));
        QCOMPARE(all->at(0).modelVersion, QStringLiteral("v1.2"));
        QCOMPARE(all->at(0).clientId, QStringLiteral("c1"));
        QCOMPARE(all->at(0).positive, QVariant(false));
        QCOMPARE(all->at(0).createdAt, QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(all->at(3).modelName.isEmpty());
        auto ignored = FeedbackQueue::list(*db, QStringLiteral("ignored"));
        QVERIFY(ignored);
        QCOMPARE(ignored->size(), 1);
        QCOMPARE(ignored->at(0).feedbackId, QStringLiteral("f4"));
    }

    void analystProcessesAndIgnoresIntoTheSystemsRow()
    {
        auto db = as(QStringLiteral("ana"));
        const QString before = valueOf(
            *db, QStringLiteral("SELECT \"updatedAt\" FROM \"AILearningFeedback\" WHERE id = ?"), QStringLiteral("f1"));
        TransitionEngine engine(*db);
        const DecisionResult processed =
            engine.apply(FeedbackDecisions::process(QStringLiteral("f1"), QStringLiteral("Retrained on it")));
        STEWARD_VERIFY_OK(processed.outcome);
        QCOMPARE(processed.stateNow, QStringLiteral("processed"));
        QCOMPARE(feedbackStatus(*db, QStringLiteral("f1")), QStringLiteral("processed"));
        QVERIFY(valueOf(*db, QStringLiteral("SELECT \"updatedAt\" FROM \"AILearningFeedback\" WHERE id = ?"),
                        QStringLiteral("f1")) != before);
        STEWARD_VERIFY_OK(
            engine.apply(FeedbackDecisions::ignore(QStringLiteral("f2"), QStringLiteral("Duplicate of f1"))).outcome);
        QCOMPARE(feedbackStatus(*db, QStringLiteral("f2")), QStringLiteral("ignored"));

        auto last = AuditChain::latestFor(*db, QStringLiteral("feedback"), QStringLiteral("f1"));
        QVERIFY(last && *last);
        QCOMPARE((*last)->action, QStringLiteral("process"));
        QCOMPARE((*last)->actor, QStringLiteral("ana"));
        QCOMPARE((*last)->stateBefore, QStringLiteral("pending"));
        QCOMPARE((*last)->stateAfter, QStringLiteral("processed"));
        QCOMPARE((*last)->comment, QStringLiteral("Retrained on it"));
        QCOMPARE((*last)->clientId, QStringLiteral("c1"));
        verifyChain(*db);

        // Decided feedback cannot be decided again, and one seen as pending is stale now.
        const Decision again = FeedbackDecisions::ignore(QStringLiteral("f1"), QStringLiteral("no"));
        const DecisionResult stale = engine.apply(again);
        QCOMPARE(stale.outcome.code(), OutcomeCode::Conflict);
        QVERIFY(stale.isStale(again));
        QVERIFY2(stale.outcome.message().contains(QStringLiteral("by ana")), qPrintable(stale.outcome.message()));
        const DecisionResult fromProcessed = engine.apply(
            FeedbackDecisions::ignore(QStringLiteral("f3"), QStringLiteral("no"), QStringLiteral("processed")));
        QCOMPARE(fromProcessed.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(fromProcessed.outcome.message().contains(QStringLiteral("processed")),
                 qPrintable(fromProcessed.outcome.message()));
        QCOMPARE(feedbackStatus(*db, QStringLiteral("f3")), QStringLiteral("processed"));

        // Feedback changed behind Steward's back after it decided is found; f3, which UrutiIQ
        // processed itself and Steward never decided, is not.
        STEWARD_VERIFY_OK(
            db->exec(QStringLiteral("UPDATE \"AILearningFeedback\" SET status = 'pending' WHERE id = 'f1'")));
        auto found = AuditReconciliation::run(*db);
        QVERIFY(found);
        QCOMPARE(found->totalCount(), qint64(1));
        QVERIFY2(found->problems(1).first().contains(QStringLiteral("feedback f1 is pending")),
                 qPrintable(found->problems(1).first()));
    }

    void refusalsChangeNothing()
    {
        auto viewer = as(QStringLiteral("vic"));
        const qint64 records = auditCount(*viewer);
        const DecisionResult refused = TransitionEngine(*viewer).apply(
            FeedbackDecisions::process(QStringLiteral("f1"), QStringLiteral("Looks right")));
        QCOMPARE(refused.outcome.code(), OutcomeCode::Forbidden);
        QVERIFY2(refused.outcome.message().contains(QStringLiteral("analyst")), qPrintable(refused.outcome.message()));
        auto analyst = as(QStringLiteral("ana"));
        QCOMPARE(TransitionEngine(*analyst)
                     .apply(FeedbackDecisions::ignore(QStringLiteral("f1"), QStringLiteral("  ")))
                     .outcome.code(),
                 OutcomeCode::Usage);
        QCOMPARE(TransitionEngine(*analyst)
                     .apply(FeedbackDecisions::process(QStringLiteral("nope"), QStringLiteral("x")))
                     .outcome.code(),
                 OutcomeCode::NotFound);
        QCOMPARE(feedbackStatus(*analyst, QStringLiteral("f1")), QStringLiteral("pending"));
        QCOMPARE(auditCount(*analyst), records);
    }

    void ofTwoAnalystsAtOnceOneDecides()
    {
        const QStringList people{QStringLiteral("ana"), QStringLiteral("bob")};
        const ConnectionTarget where = target();
        const qint64 records = auditCount(*as(QStringLiteral("vic")));
        const QList<DecisionResult> results = atOnce(
            2, [&](int i) { return openAs(where, people.at(i)); },
            [](Database& db, int i) {
                TransitionEngine engine(db);
                return engine.apply(i == 0 ? FeedbackDecisions::process(QStringLiteral("f1"), QStringLiteral("done"))
                                           : FeedbackDecisions::ignore(QStringLiteral("f1"), QStringLiteral("noise")));
            });
        int won = 0;
        for (const DecisionResult& result : results) {
            if (result.outcome)
                ++won;
            else
                QCOMPARE(result.outcome.code(), OutcomeCode::Conflict);
        }
        QCOMPARE(won, 1);
        auto db = as(QStringLiteral("vic"));
        const QString now = feedbackStatus(*db, QStringLiteral("f1"));
        QCOMPARE(now, results.at(0).outcome ? QStringLiteral("processed") : QStringLiteral("ignored"));
        QCOMPARE(auditCount(*db), records + 1);
        verifyChain(*db);
    }

    void deploymentsAreListedPerEnvironment()
    {
        auto db = as(QStringLiteral("vic"));
        QCOMPARE(Deployments::kindIn(*db), Deployments::Kind::Rows);
        auto all = Deployments::list(*db);
        QVERIFY2(all, qPrintable(all ? QString() : all.failure().message()));
        QCOMPARE(all->size(), 7);
        auto production = Deployments::list(*db, QStringLiteral("production"), QStringLiteral("active"));
        QVERIFY(production);
        QStringList ids;
        for (const Deployment& row : *production)
            ids << row.deploymentId;
        QCOMPARE(ids, (QStringList{QStringLiteral("d12c2"), QStringLiteral("d12"), QStringLiteral("dd")}));
        const Deployment& d12 = production->at(1);
        QCOMPARE(d12.name, QStringLiteral("anomaly-prod"));
        QCOMPARE(d12.modelName, QStringLiteral("anomaly_detection"));
        QCOMPARE(d12.modelVersion, QStringLiteral("v1.2"));
        QCOMPARE(d12.deploymentVersion, QStringLiteral("v1.2"));
        QCOMPARE(d12.clientId, QStringLiteral("c1"));
        QCOMPARE(d12.deployedAt, QDateTime(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::utc()));
    }

    void rollbackTakesARequestAndAnotherManager()
    {
        auto mia = as(QStringLiteral("mia"));
        const qint64 records = auditCount(*mia);
        const QString requestId = fileRequest(*mia, QStringLiteral("d12"));
        QVERIFY(!requestId.isEmpty());
        auto request = RollbackRequests::find(*mia, requestId);
        QVERIFY(request);
        QCOMPARE(request->targetKind, QStringLiteral("deployment"));
        QCOMPARE(request->targetId, QStringLiteral("d12"));
        QCOMPARE(request->clientId, QStringLiteral("c1"));
        QCOMPARE(request->fromState, QStringLiteral("active"));
        QCOMPARE(request->requestedBy, QStringLiteral("mia"));
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d12")), QStringLiteral("active")); // only asked

        // One open request per deployment.
        auto analyst = as(QStringLiteral("ana"));
        const DecisionResult twice =
            DeploymentRollback::request(*analyst, QStringLiteral("d12"), QStringLiteral("me too"));
        QCOMPARE(twice.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(twice.outcome.message().contains(QStringLiteral("mia")), qPrintable(twice.outcome.message()));

        // An analyst cannot decide it, and neither can the manager who asked for it.
        QCOMPARE(TransitionEngine(*analyst).apply(RollbackRequests::approve(requestId)).outcome.code(),
                 OutcomeCode::Forbidden);
        const DecisionResult own = TransitionEngine(*mia).apply(RollbackRequests::approve(requestId));
        QCOMPARE(own.outcome.code(), OutcomeCode::Forbidden);
        QVERIFY2(own.outcome.message().contains(QStringLiteral("another manager")), qPrintable(own.outcome.message()));
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d12")), QStringLiteral("active"));
        QCOMPARE(auditCount(*mia), records + 1);

        auto max = as(QStringLiteral("max"));
        const DecisionResult approved =
            TransitionEngine(*max).apply(RollbackRequests::approve(requestId, QStringLiteral("confirmed")));
        STEWARD_VERIFY_OK(approved.outcome);
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d12")), QStringLiteral("rolled_back"));
        // The most recent earlier deployment of the model there that ran: not the failed hotfix,
        // not the demand model's, not the one rolled back before.
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d11")), QStringLiteral("active"));
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d11f")), QStringLiteral("failed"));
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d10")), QStringLiteral("rolled_back"));
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("dd")), QStringLiteral("active"));
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d12s")), QStringLiteral("active"));
        QVERIFY(valueOf(*mia, QStringLiteral("SELECT \"updatedAt\" FROM \"AIDeployment\" WHERE id = ?"),
                        QStringLiteral("d11")) != QStringLiteral("2026-11-01 10:00:00"));

        auto rolled = AuditChain::latestFor(*mia, QStringLiteral("deployment"), QStringLiteral("d12"));
        QVERIFY(rolled && *rolled);
        QCOMPARE((*rolled)->action, QStringLiteral("rollback"));
        QCOMPARE((*rolled)->actor, QStringLiteral("max"));
        QCOMPARE((*rolled)->stateAfter, QStringLiteral("rolled_back"));
        QVERIFY((*rolled)->details.contains(requestId));
        auto back = AuditChain::latestFor(*mia, QStringLiteral("deployment"), QStringLiteral("d11"));
        QVERIFY(back && *back);
        QCOMPARE((*back)->action, QStringLiteral("reactivate"));
        QCOMPARE((*back)->stateBefore, QStringLiteral("inactive"));
        QCOMPARE((*back)->stateAfter, QStringLiteral("active"));
        QCOMPARE(auditCount(*mia), records + 4); // request, approval, rollback, reactivation
        verifyChain(*mia);

        // Done once: the request is approved, and rolling back the rolled-back deployment is refused.
        QCOMPARE(TransitionEngine(*max).apply(RollbackRequests::approve(requestId)).outcome.code(),
                 OutcomeCode::Conflict);
        QCOMPARE(DeploymentRollback::request(*analyst, QStringLiteral("d12"), QStringLiteral("again")).outcome.code(),
                 OutcomeCode::Conflict);
    }

    void requestsThatCannotBeApprovedAreRefused()
    {
        auto analyst = as(QStringLiteral("ana"));
        const qint64 records = auditCount(*analyst);
        const DecisionResult first = DeploymentRollback::request(*analyst, QStringLiteral("d12s"), QStringLiteral("x"));
        QCOMPARE(first.outcome.code(), OutcomeCode::Conflict); // nothing before it on staging
        QVERIFY2(first.outcome.message().contains(QStringLiteral("no earlier deployment")),
                 qPrintable(first.outcome.message()));
        QCOMPARE(DeploymentRollback::request(*analyst, QStringLiteral("d11f"), QStringLiteral("x")).outcome.code(),
                 OutcomeCode::Conflict); // failed, not active
        QCOMPARE(DeploymentRollback::request(*analyst, QStringLiteral("zzz"), QStringLiteral("x")).outcome.code(),
                 OutcomeCode::NotFound);
        QCOMPARE(DeploymentRollback::request(*analyst, QStringLiteral("d12"), QStringLiteral(" ")).outcome.code(),
                 OutcomeCode::Usage);
        QCOMPARE(DeploymentRollback::request(*as(QStringLiteral("vic")), QStringLiteral("d12"), QStringLiteral("x"))
                     .outcome.code(),
                 OutcomeCode::Forbidden);
        QCOMPARE(auditCount(*analyst), records);
        auto open = RollbackRequests::list(*analyst);
        QVERIFY(open);
        QVERIFY(open->isEmpty());
    }

    void approvalWhenThePredecessorIsGoneChangesNothing()
    {
        auto analyst = as(QStringLiteral("ana"));
        const QString requestId = fileRequest(*analyst, QStringLiteral("d12"));
        // The system itself marked the one before as failed meanwhile (and the hotfix and v1.0 do not count).
        STEWARD_VERIFY_OK(
            analyst->exec(QStringLiteral("UPDATE \"AIDeployment\" SET status = 'failed' WHERE id = 'd11'")));
        auto mia = as(QStringLiteral("mia"));
        const qint64 records = auditCount(*mia);
        const DecisionResult refused = TransitionEngine(*mia).apply(RollbackRequests::approve(requestId));
        QCOMPARE(refused.outcome.code(), OutcomeCode::Conflict);
        QCOMPARE(deploymentStatus(*mia, QStringLiteral("d12")), QStringLiteral("active"));
        QCOMPARE(auditCount(*mia), records);
        auto request = RollbackRequests::find(*mia, requestId);
        QVERIFY(request);
        QCOMPARE(request->status, QStringLiteral("requested"));
        // It can still be denied.
        STEWARD_VERIFY_OK(TransitionEngine(*mia)
                              .apply(RollbackRequests::deny(requestId, QStringLiteral("nothing to return to")))
                              .outcome);
    }

    void ofRequestsAndApprovalsAtOnceOneCounts()
    {
        const qint64 records = auditCount(*as(QStringLiteral("vic")));
        const ConnectionTarget where = target();
        const auto opener = [where](const QString& user) { return openAs(where, user); };
        const QList<DecisionResult> filed = atOnce(
            4, [&](int i) { return opener(i % 2 ? QStringLiteral("ana") : QStringLiteral("bob")); },
            [](Database& db, int) {
                return DeploymentRollback::request(db, QStringLiteral("d12"), QStringLiteral("x"));
            });
        int filedCount = 0;
        for (const DecisionResult& result : filed) {
            if (result.outcome)
                ++filedCount;
            else
                QCOMPARE(result.outcome.code(), OutcomeCode::Conflict);
        }
        QCOMPARE(filedCount, 1);
        auto viewer = as(QStringLiteral("vic"));
        auto requests = RollbackRequests::list(*viewer);
        QVERIFY(requests);
        QCOMPARE(requests->size(), 1);
        const QString requestId = requests->first().requestId;

        const QList<DecisionResult> decided = atOnce(
            2, [&](int i) { return opener(i ? QStringLiteral("mia") : QStringLiteral("max")); },
            [requestId](Database& db, int) {
                return TransitionEngine(db).apply(RollbackRequests::approve(requestId));
            });
        QCOMPARE(int(decided.at(0).outcome.isOk()) + int(decided.at(1).outcome.isOk()), 1);
        QCOMPARE(deploymentStatus(*viewer, QStringLiteral("d12")), QStringLiteral("rolled_back"));
        QCOMPARE(deploymentStatus(*viewer, QStringLiteral("d11")), QStringLiteral("active"));
        QCOMPARE(auditCount(*viewer), records + 4);
        verifyChain(*viewer);
    }

    void ratingsAndModelColumnsHaveNoWorkflow()
    {
        // Krong Thai rates predictions and keeps a deployment status per model version.
        const QString krong = m_dir.filePath(QStringLiteral("krongthai.sqlite"));
        const CliRun demo =
            runCli({QStringLiteral("demo"), krong, QStringLiteral("--profile"), QStringLiteral("krongthai")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto db = openSqlite(krong, QStringLiteral("admin"));
        QCOMPARE(FeedbackQueue::kindIn(*db), FeedbackQueue::Kind::Ratings);
        auto ratings = FeedbackQueue::list(*db);
        QVERIFY2(ratings, qPrintable(ratings ? QString() : ratings.failure().message()));
        QVERIFY(!ratings->isEmpty());
        for (const FeedbackItem& rating : *ratings) {
            QCOMPARE(rating.status, QStringLiteral("rated"));
            QVERIFY(rating.score.toInt() >= 1 && rating.score.toInt() <= 5);
            QCOMPARE(rating.modelName, QStringLiteral("sop_recommender"));
        }
        QVERIFY(FeedbackQueue::list(*db, QStringLiteral("pending"))->isEmpty());
        const DecisionResult process =
            TransitionEngine(*db).apply(FeedbackDecisions::process(ratings->first().feedbackId, QStringLiteral("x")));
        QVERIFY2(process.outcome.code() == OutcomeCode::Failed, qPrintable(process.outcome.message()));

        auto deployments = Deployments::list(*db, QStringLiteral("production"));
        QVERIFY2(deployments, qPrintable(deployments ? QString() : deployments.failure().message()));
        QCOMPARE(deployments->size(), 2); // one per restaurant
        QCOMPARE(deployments->first().status, QStringLiteral("active"));
        QCOMPARE(deployments->first().modelVersion, QStringLiteral("2.2"));
        auto retired = Deployments::list(*db, {}, QStringLiteral("retired"));
        QVERIFY(retired);
        QCOMPARE(retired->size(), 2);
        QVERIFY(retired->first().environment.isEmpty());
        const qint64 records = auditCount(*db);
        const DecisionResult refused =
            DeploymentRollback::request(*db, deployments->first().deploymentId, QStringLiteral("x"));
        QCOMPARE(refused.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(refused.outcome.message().contains(QStringLiteral("deployment_status")),
                 qPrintable(refused.outcome.message()));
        QCOMPARE(auditCount(*db), records);

        // WITHIN: deployments from model_metadata, no feedback at all.
        const QString within = m_dir.filePath(QStringLiteral("within.sqlite"));
        QCOMPARE(
            runCli({QStringLiteral("demo"), within, QStringLiteral("--profile"), QStringLiteral("within")}).exitCode,
            0);
        auto w = openSqlite(within, QStringLiteral("admin"));
        QCOMPARE(FeedbackQueue::kindIn(*w), FeedbackQueue::Kind::None);
        QCOMPARE(FeedbackQueue::list(*w).failure().code(), OutcomeCode::Failed);
        auto wd = Deployments::list(*w, QStringLiteral("production"));
        QVERIFY(wd);
        QCOMPARE(wd->size(), 2); // churn and fraud
        QCOMPARE(DeploymentRollback::request(*w, wd->first().deploymentId, QStringLiteral("x")).outcome.code(),
                 OutcomeCode::Conflict);
    }
};

QTEST_GUILESS_MAIN(MonitoringDecisionsTest)
#include "tst_monitoring_decisions.moc"
