// Every decision on suggestions and rollback requests, per role and per state, through the
// one transition mechanism: allowed ones write exactly their audit records, refused ones
// write nothing and say why, and of several people deciding at once exactly one wins.
#include "TestSupport.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/SuggestionDecisions.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <latch>

using namespace steward;
using namespace steward::test;

class TransitionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

    // A fresh copy of the demo for each test: cheaper than writing a new one.
    QString freshDemo(const QTemporaryDir& dir) { return copyDatabase(m_template, dir); }

    static QString suggestionIn(Database& db, const QString& status, int skip = 0)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "SELECT suggestion_id FROM llm_suggestions WHERE status = ? ORDER BY id DESC LIMIT 1 OFFSET ?"));
        q.addBindValue(status);
        q.addBindValue(skip);
        if (!q.exec() || !q.next())
            return STEWARD_HELPER_FAILED("no %s suggestion", qPrintable(status));
        return q.value(0).toString();
    }

    static QString statusOf(Database& db, const QString& id)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT status FROM llm_suggestions WHERE suggestion_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    static qint64 auditCount(Database& db, const QString& targetId = {})
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT count(*) FROM steward_audit_log") +
                  (targetId.isEmpty() ? QString() : QStringLiteral(" WHERE target_id = ?")));
        if (!targetId.isEmpty())
            q.addBindValue(targetId);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    static void verifyChain(Database& db)
    {
        auto verification = AuditChain::verify(db);
        QVERIFY(verification);
        QVERIFY2(verification->intact, qPrintable(verification->problem));
    }

    static QString openRequestFor(Database& db, const QString& suggestionId)
    {
        auto requests = RollbackRequests::listFor(db, RollbackRequests::kSuggestion, suggestionId);
        return requests && !requests->isEmpty() ? requests->first().requestId : QString();
    }

private slots:
    void initTestCase() { m_template = makeDemo(m_dir, QStringLiteral("template.sqlite")); }

    void suggestionDecisionsPerRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("viewer") << "dave" << false;
        QTest::newRow("analyst") << "alice" << true;
        QTest::newRow("manager") << "bob" << true;
        QTest::newRow("admin") << "admin" << true;
        QTest::newRow("unknown user is a viewer") << "mallory" << false;
    }

    void suggestionDecisionsPerRole()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        auto db = openSqlite(freshDemo(dir), user);
        TransitionEngine engine(*db);
        const QString toApprove = suggestionIn(*db, QStringLiteral("pending"), 0);
        const QString toReject = suggestionIn(*db, QStringLiteral("pending"), 1);
        const QString applied = suggestionIn(*db, QStringLiteral("applied"), 0);
        const qint64 before = auditCount(*db);
        const QList<Decision> decisions{
            SuggestionDecisions::approve(toApprove, QStringLiteral("looks right")),
            SuggestionDecisions::reject(toReject, QStringLiteral("one promotional week")),
            SuggestionDecisions::requestRollback(applied, QStringLiteral("bias drifted after go-live"))};
        // The dry run answers what deciding will, and writes nothing.
        QList<DecisionResult> dryRuns;
        for (const Decision& decision : decisions)
            dryRuns << engine.check(decision);
        QCOMPARE(auditCount(*db), before);
        QCOMPARE(statusOf(*db, toApprove), QStringLiteral("pending"));

        const QList<DecisionResult> results = engine.applyEach(decisions);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(dryRuns.at(i).outcome.code(), results.at(i).outcome.code());
            QCOMPARE(dryRuns.at(i).outcome.message(), results.at(i).outcome.message());
        }
        for (const DecisionResult& result : results) {
            if (allowed) {
                STEWARD_VERIFY_OK(result.outcome);
                QVERIFY(result.auditSeq > 0);
            } else {
                QCOMPARE(result.outcome.code(), OutcomeCode::Forbidden);
                // The refusal names the person, their role and the role needed.
                QVERIFY2(result.outcome.message().contains(user + QStringLiteral(" is viewer")),
                         qPrintable(result.outcome.message()));
                QVERIFY(result.outcome.message().contains(QStringLiteral("analyst")));
            }
        }
        QCOMPARE(statusOf(*db, toApprove), allowed ? QStringLiteral("applied") : QStringLiteral("pending"));
        QCOMPARE(statusOf(*db, toReject), allowed ? QStringLiteral("rejected") : QStringLiteral("pending"));
        QCOMPARE(statusOf(*db, applied), QStringLiteral("applied")); // a request leaves it applied
        QCOMPARE(openRequestFor(*db, applied).isEmpty(), !allowed);
        QCOMPARE(auditCount(*db), before + (allowed ? 3 : 0));
        if (allowed) {
            auto last = AuditChain::latestFor(*db, QStringLiteral("suggestion"), toReject);
            QVERIFY(last && *last);
            QCOMPARE((*last)->actor, user);
            QCOMPARE((*last)->stateBefore, QStringLiteral("pending"));
            QCOMPARE((*last)->stateAfter, QStringLiteral("rejected"));
            QCOMPARE((*last)->comment, QStringLiteral("one promotional week"));
        }
        verifyChain(*db);
    }

    void stepsTheStateDoesNotAllow_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("step");
        for (const char* status : {"applied", "rejected", "rollback", "superseded"}) {
            QTest::newRow(qPrintable(QStringLiteral("approve %1").arg(QLatin1String(status)))) << status << "approve";
            QTest::newRow(qPrintable(QStringLiteral("reject %1").arg(QLatin1String(status)))) << status << "reject";
        }
        for (const char* status : {"pending", "rejected", "rollback", "superseded"})
            QTest::newRow(qPrintable(QStringLiteral("request rollback of %1").arg(QLatin1String(status))))
                << status << "rollback";
    }

    void stepsTheStateDoesNotAllow()
    {
        QFETCH(QString, status);
        QFETCH(QString, step);
        QTemporaryDir dir;
        auto db = openSqlite(freshDemo(dir), QStringLiteral("alice"));
        const QString id = suggestionIn(*db, status);
        const qint64 before = auditCount(*db);
        TransitionEngine engine(*db);
        // The reviewer saw the real state; the step itself is what is not allowed.
        const Decision decision = step == QLatin1String("approve") ? SuggestionDecisions::approve(id, {}, status)
                                  : step == QLatin1String("reject")
                                      ? SuggestionDecisions::reject(id, QStringLiteral("no"), status)
                                      : SuggestionDecisions::requestRollback(id, QStringLiteral("why"), status);
        const DecisionResult dryRun = engine.check(decision);
        const DecisionResult result = engine.apply(decision);
        QCOMPARE(result.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(result.outcome.message().contains(status), qPrintable(result.outcome.message()));
        QCOMPARE(dryRun.outcome.message(), result.outcome.message());
        QVERIFY(!dryRun.isStale(decision)); // the step is refused, not the view out of date
        QCOMPARE(statusOf(*db, id), status);
        QCOMPARE(auditCount(*db), before);
        QVERIFY(openRequestFor(*db, id).isEmpty());
    }

    // One row per action, in the order of the enum; a step that leads to a state names one of
    // its kind's states, and every refusal of a state-changing step names the state it found.
    void theWorkflowTableIsComplete()
    {
        QSet<QString> recorded;
        for (int i = 0; i < Workflow::steps().size(); ++i) {
            const WorkflowStep& step = Workflow::steps().at(i);
            QCOMPARE(static_cast<int>(step.action), i);
            QCOMPARE(&Workflow::step(step.action), &step);
            if (!step.kind)
                continue;
            const QString key = step.kind->name + QLatin1Char(':') + QLatin1String(step.recorded);
            QVERIFY2(!recorded.contains(key), qPrintable(key));
            recorded << key;
            if (!step.from.isEmpty())
                QVERIFY2(step.refusalFrom(QStringLiteral("XYZ")).contains(QStringLiteral("XYZ")), step.recorded);
        }
        QVERIFY(recorded.contains(QStringLiteral("suggestion:approve")));
        QVERIFY(recorded.contains(QStringLiteral("violation:false_positive")));
        // Approving an applied suggestion is not the rollback request that leaves it applied.
        QVERIFY(!Workflow::step(Action::ApproveSuggestion).startsFrom(stateName(SuggestionState::Applied)));
        QVERIFY(Workflow::step(Action::RequestSuggestionRollback).startsFrom(stateName(SuggestionState::Applied)));
        QCOMPARE(Workflow::step(Action::RequestSuggestionRollback).target(QStringLiteral("applied")),
                 QStringLiteral("applied"));
        // A word from a newer pipeline allows only the steps that start anywhere.
        QVERIFY(!suggestionState(QStringLiteral("escalated")));
        QVERIFY(!Workflow::step(Action::InvestigateViolation).startsFrom(QStringLiteral("escalated")));
        QVERIFY(Workflow::step(Action::CommentOnViolation).startsFrom(QStringLiteral("escalated")));
    }

    void commentsAndIdsAreChecked()
    {
        QTemporaryDir dir;
        auto db = openSqlite(freshDemo(dir), QStringLiteral("alice"));
        TransitionEngine engine(*db);
        const QString pending = suggestionIn(*db, QStringLiteral("pending"));
        const qint64 before = auditCount(*db);
        QCOMPARE(engine.apply(SuggestionDecisions::reject(pending, QStringLiteral("   "))).outcome.code(),
                 OutcomeCode::Usage);
        // Characters that show nothing are no comment either.
        for (const QString& invisible : {QStringLiteral("\u200b\u200c\u200d"), QStringLiteral(" \u2060\ufeff "),
                                         QStringLiteral("\x1b\x07\u202e")}) {
            QCOMPARE(engine.apply(SuggestionDecisions::reject(pending, invisible)).outcome.code(), OutcomeCode::Usage);
        }
        QCOMPARE(engine.apply(SuggestionDecisions::requestRollback(suggestionIn(*db, QStringLiteral("applied")), {}))
                     .outcome.code(),
                 OutcomeCode::Usage);
        const DecisionResult unknown =
            engine.apply(SuggestionDecisions::approve(QStringLiteral("6f1c0000-dead-beef-0000-000000000000")));
        QCOMPARE(unknown.outcome.code(), OutcomeCode::NotFound);
        QVERIFY(unknown.outcome.message().contains(QStringLiteral("6f1c0000-dead-beef")));
        // The role comes first: an analyst may not decide rollbacks, whether the request exists or not.
        QCOMPARE(engine.apply(RollbackRequests::approve(QStringLiteral("no-such-request"))).outcome.code(),
                 OutcomeCode::Forbidden);
        auto admin = openSqlite(db->target().sqlitePath, QStringLiteral("admin"));
        QCOMPARE(
            TransitionEngine(*admin).apply(RollbackRequests::approve(QStringLiteral("no-such-request"))).outcome.code(),
            OutcomeCode::NotFound);
        QCOMPARE(statusOf(*db, pending), QStringLiteral("pending"));
        QCOMPARE(auditCount(*db), before);
    }

    void rollbackRequestsTakeTwoPeople()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        auto alice = openSqlite(path, QStringLiteral("alice"));
        auto carol = openSqlite(path, QStringLiteral("carol"));
        auto bob = openSqlite(path, QStringLiteral("bob"));
        auto admin = openSqlite(path, QStringLiteral("admin"));
        const QString applied = suggestionIn(*alice, QStringLiteral("applied"), 2);
        STEWARD_VERIFY_OK(TransitionEngine(*bob)
                              .apply(SuggestionDecisions::requestRollback(applied, QStringLiteral("MAE doubled")))
                              .outcome);
        const QString request = openRequestFor(*bob, applied);
        QVERIFY(!request.isEmpty());
        // A second request for the same item waits for the first.
        QCOMPARE(TransitionEngine(*alice)
                     .apply(SuggestionDecisions::requestRollback(applied, QStringLiteral("again")))
                     .outcome.code(),
                 OutcomeCode::Conflict);

        const qint64 before = auditCount(*alice);
        // Analysts cannot decide; the requester cannot decide their own request, manager or not.
        const DecisionResult byAnalyst = TransitionEngine(*carol).apply(RollbackRequests::approve(request));
        QCOMPARE(byAnalyst.outcome.code(), OutcomeCode::Forbidden);
        QVERIFY(byAnalyst.outcome.message().contains(QStringLiteral("manager")));
        const DecisionResult byRequester = TransitionEngine(*bob).apply(RollbackRequests::approve(request));
        QCOMPARE(byRequester.outcome.code(), OutcomeCode::Forbidden);
        QVERIFY(byRequester.outcome.message().contains(QStringLiteral("bob requested this rollback")));
        QCOMPARE(TransitionEngine(*admin).apply(RollbackRequests::deny(request, {})).outcome.code(),
                 OutcomeCode::Usage);
        QCOMPARE(auditCount(*alice), before);

        // Another manager (admin can do what a manager can) approves: the suggestion is rolled back.
        const DecisionResult approved =
            TransitionEngine(*admin).apply(RollbackRequests::approve(request, QStringLiteral("agreed")));
        STEWARD_VERIFY_OK(approved.outcome);
        QCOMPARE(approved.stateNow, QStringLiteral("approved"));
        QCOMPARE(statusOf(*alice, applied), QStringLiteral("rollback"));
        QCOMPARE(auditCount(*alice), before + 2); // the decision on the request, and the rollback itself
        auto find = RollbackRequests::find(*alice, request);
        QCOMPARE(find->decidedBy, QStringLiteral("admin"));
        QVERIFY(find->decidedAt.isValid());
        QCOMPARE(find->decisionComment, QStringLiteral("agreed"));
        auto last = AuditChain::latestFor(*alice, QStringLiteral("suggestion"), applied);
        QCOMPARE((*last)->action, QStringLiteral("rollback"));
        QCOMPARE((*last)->stateAfter, QStringLiteral("rollback"));
        // Decided once: deciding again is a conflict naming who decided.
        const DecisionResult again =
            TransitionEngine(*bob).apply(RollbackRequests::deny(request, QStringLiteral("too late")));
        QCOMPARE(again.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(again.outcome.message().contains(QStringLiteral("admin")), qPrintable(again.outcome.message()));
        verifyChain(*alice);
    }

    void approvingARollbackOfAChangedSuggestionWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        auto alice = openSqlite(path, QStringLiteral("alice"));
        auto bob = openSqlite(path, QStringLiteral("bob"));
        const QString applied = suggestionIn(*alice, QStringLiteral("applied"), 3);
        STEWARD_VERIFY_OK(TransitionEngine(*alice)
                              .apply(SuggestionDecisions::requestRollback(applied, QStringLiteral("why")))
                              .outcome);
        const QString request = openRequestFor(*alice, applied);
        // The pipeline moves the suggestion on by itself in the meantime.
        QVERIFY(
            alice->exec(QStringLiteral("UPDATE llm_suggestions SET status = 'superseded' WHERE suggestion_id = '%1'")
                            .arg(applied)));
        const qint64 before = auditCount(*alice);
        const DecisionResult result = TransitionEngine(*bob).apply(RollbackRequests::approve(request));
        QCOMPARE(result.outcome.code(), OutcomeCode::Conflict);
        QCOMPARE(RollbackRequests::find(*alice, request)->status, QStringLiteral("requested"));
        QCOMPARE(auditCount(*alice), before);
        QCOMPARE(statusOf(*alice, applied), QStringLiteral("superseded"));
    }

    void theSecondReviewerIsToldWhoDecided()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        auto alice = openSqlite(path, QStringLiteral("alice"));
        auto carol = openSqlite(path, QStringLiteral("carol"));
        const QString id = suggestionIn(*alice, QStringLiteral("pending"));
        // Both looked at it while it was pending.
        STEWARD_VERIFY_OK(
            TransitionEngine(*alice).apply(SuggestionDecisions::approve(id, {}, QStringLiteral("pending"))).outcome);
        for (const Decision& late :
             {SuggestionDecisions::approve(id, {}, QStringLiteral("pending")),
              SuggestionDecisions::reject(id, QStringLiteral("no"), QStringLiteral("pending"))}) {
            const DecisionResult result = TransitionEngine(*carol).apply(late);
            QCOMPARE(result.outcome.code(), OutcomeCode::Conflict);
            QCOMPARE(result.stateNow, QStringLiteral("applied"));
            QVERIFY(result.lastDecision);
            QCOMPARE(result.lastDecision->actor, QStringLiteral("alice"));
            QVERIFY2(result.outcome.message().contains(QStringLiteral("approve by alice")),
                     qPrintable(result.outcome.message()));
            QVERIFY(result.outcome.message().contains(QStringLiteral("nothing was changed")));
        }
        QCOMPARE(statusOf(*carol, id), QStringLiteral("applied"));
        QCOMPARE(auditCount(*carol, id), 1);
        // A change made outside Steward is named as such.
        const QString other = suggestionIn(*alice, QStringLiteral("pending"));
        QVERIFY(alice->exec(
            QStringLiteral("UPDATE llm_suggestions SET status = 'rejected' WHERE suggestion_id = '%1'").arg(other)));
        const DecisionResult outside = TransitionEngine(*carol).apply(SuggestionDecisions::approve(other));
        QCOMPARE(outside.outcome.code(), OutcomeCode::Conflict);
        QVERIFY(outside.outcome.message().contains(QStringLiteral("outside Steward")));
    }

    void eightConnectionsAtOnceOneWins()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        QString id;
        {
            auto db = openSqlite(path);
            id = suggestionIn(*db, QStringLiteral("pending"));
        }
        const QStringList users{QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("bob"),
                                QStringLiteral("admin")};
        constexpr int kPeople = 8;
        std::latch ready(kPeople);
        QList<OutcomeCode> codes(kPeople, OutcomeCode::Failed);
        QList<QThread*> threads;
        for (int i = 0; i < kPeople; ++i) {
            threads << QThread::create([&, i] {
                // Each thread its own connection, as each person has their own Steward.
                ConnectionTarget target;
                target.sqlitePath = path;
                OpenOptions options;
                options.actingUser = users.at(i % users.size());
                auto db = Database::open(target, options);
                ready.arrive_and_wait();
                if (db)
                    codes[i] = TransitionEngine(**db).apply(SuggestionDecisions::approve(id)).outcome.code();
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(codes.count(OutcomeCode::Ok), 1);
        QCOMPARE(codes.count(OutcomeCode::Conflict), kPeople - 1);
        auto db = openSqlite(path);
        QCOMPARE(statusOf(*db, id), QStringLiteral("applied"));
        QCOMPARE(auditCount(*db, id), 1);
        verifyChain(*db);
    }

    void readOnlyRefusesAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        const QByteArray digest = fileDigest(path);
        {
            auto db = openSqlite(path, QStringLiteral("alice"), true);
            TransitionEngine engine(*db);
            const QString id = suggestionIn(*db, QStringLiteral("pending"));
            const DecisionResult result = engine.apply(SuggestionDecisions::approve(id));
            QCOMPARE(result.outcome.code(), OutcomeCode::ReadOnly);
            QCOMPARE(RoleRepository(*db).grant(QStringLiteral("eve"), Role::Admin).code(), OutcomeCode::ReadOnly);
        }
        QCOMPARE(fileDigest(path), digest);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void rolesAreAnAdminsToGrant()
    {
        QTemporaryDir dir;
        const QString path = freshDemo(dir);
        auto bob = openSqlite(path, QStringLiteral("bob"));
        auto admin = openSqlite(path, QStringLiteral("admin"));
        const Outcome byManager = RoleRepository(*bob).grant(QStringLiteral("eve"), Role::Analyst);
        QCOMPARE(byManager.code(), OutcomeCode::Forbidden);
        QVERIFY(byManager.message().contains(QStringLiteral("admin")));
        STEWARD_VERIFY_OK(RoleRepository(*admin).grant(QStringLiteral("eve"), Role::Analyst));
        QCOMPARE(*RoleRepository(*admin).roleOf(QStringLiteral("eve")), Role::Analyst);
        // Revoking names the role the admin saw; a different one is a conflict.
        QCOMPARE(RoleRepository(*admin).revoke(QStringLiteral("eve"), Role::Manager).code(), OutcomeCode::Conflict);
        STEWARD_VERIFY_OK(RoleRepository(*admin).revoke(QStringLiteral("eve"), Role::Analyst));
        QCOMPARE(*RoleRepository(*admin).roleOf(QStringLiteral("eve")), Role::Viewer);
        QCOMPARE(RoleRepository(*admin).revoke(QStringLiteral("eve")).code(), OutcomeCode::NotFound);
        QCOMPARE(RoleRepository(*admin).revoke(QStringLiteral("admin"), Role::Admin).code(),
                 OutcomeCode::Conflict); // the last admin
        auto grants = AuditChain::list(*admin, {QStringLiteral("role"), QStringLiteral("eve"), {}, {}, {}, {}, 10, 0});
        QCOMPARE(grants->size(), 2);
        QCOMPARE(grants->first().action, QStringLiteral("revoke_role"));
        verifyChain(*admin);
    }
};

QTEST_GUILESS_MAIN(TransitionsTest)
#include "tst_transitions.moc"
