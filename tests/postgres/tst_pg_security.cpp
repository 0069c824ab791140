// The server as the boundary: what each Steward role may decide, once through Steward and once
// through raw SQL as the same login, where every attempt beyond the role is refused by the server
// with nothing changed; and the audit trail the server writes still verifies.
#include "PgPeople.h"
#include "models/db/AppSchema.h"
#include "models/governance/Deadlines.h"
#include "models/governance/ViolationDecisions.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"

#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {
const QString kViewer = QStringLiteral("sec_viewer");
const QString kAnalyst = QStringLiteral("sec_analyst");
const QString kManager = QStringLiteral("sec_manager");
const QString kManager2 = QStringLiteral("sec_manager2");
const QString kAdmin = QStringLiteral("sec_admin");
const QString kTarget = QStringLiteral("sec_target");

enum class Step { Approve, RequestRollback, DecideRollback, CloseCritical, Reopen, GrantRole, ChangeDeadline };
} // namespace

class PgSecurityTest : public QObject
{
    Q_OBJECT

    PgPeople m_people;
    int m_used = 0; // items used by earlier rows, so that each row decides on fresh ones

    QString login(Role role) const
    {
        return QList<QString>{kViewer, kAnalyst, kManager, kAdmin}.at(static_cast<int>(role));
    }

    // What `login` gets from Steward when taking `step` on a fresh item (prepared by others).
    Outcome takeStep(Database& db, Step step, int n)
    {
        TransitionEngine engine(db);
        switch (step) {
        case Step::Approve:
            return engine.apply(SuggestionDecisions::approve(suggestion(QStringLiteral("pending"), n))).outcome;
        case Step::RequestRollback:
            return engine
                .apply(SuggestionDecisions::requestRollback(suggestion(QStringLiteral("applied"), n),
                                                            QStringLiteral("worse live")))
                .outcome;
        case Step::DecideRollback: {
            // Someone else asked: the rule that nobody decides their own request is not what refuses.
            auto other = m_people.as(kManager2);
            const QString applied = suggestion(QStringLiteral("applied"), 20 + n);
            const DecisionResult requested =
                TransitionEngine(*other).apply(SuggestionDecisions::requestRollback(applied, QStringLiteral("why")));
            if (!requested.outcome)
                return Outcome::failed(QStringLiteral("setup: ") + requested.outcome.message());
            const QString request = m_people.firstId(
                QStringLiteral("SELECT request_id FROM steward.rollback_requests WHERE target_id = '%1'").arg(applied));
            return engine.apply(RollbackRequests::approve(request)).outcome;
        }
        case Step::CloseCritical: {
            const QString id =
                m_people.firstId(QStringLiteral("SELECT violation_id FROM governance_violations "
                                                "WHERE severity = 'critical' AND status = 'investigating' "
                                                "ORDER BY violation_id"));
            return engine.apply(ViolationDecisions::resolve(id, QStringLiteral("fixed"))).outcome;
        }
        case Step::Reopen: {
            const QString id = m_people.firstId(QStringLiteral("SELECT violation_id FROM governance_violations "
                                                               "WHERE status = 'resolved' ORDER BY violation_id"));
            return engine.apply(ViolationDecisions::reopen(id, QStringLiteral("again"), QStringLiteral("resolved")))
                .outcome;
        }
        case Step::GrantRole:
            return RoleRepository(db).grant(kTarget, n % 2 ? Role::Analyst : Role::Manager);
        case Step::ChangeDeadline:
            return Deadlines::change(db, {{QStringLiteral("low"), 40 + n}});
        }
        return Outcome::failed(QStringLiteral("no such step"));
    }

    QString suggestion(const QString& status, int n)
    {
        return m_people.firstId(
            QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = '%1' ORDER BY suggestion_id")
                .arg(status),
            n);
    }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES();
        QVERIFY2(m_people.prepare({{kViewer, Role::Viewer},
                                   {kAnalyst, Role::Analyst},
                                   {kManager, Role::Manager},
                                   {kManager2, Role::Manager},
                                   {kAdmin, Role::Admin}}),
                 qPrintable(m_people.error()));
        QVERIFY(m_people.server().createLogin(kTarget));
        // Table privileges given to a login by hand go around the functions: init takes them back.
        STEWARD_VERIFY_OK(
            m_people.admin().exec(QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA steward TO %1").arg(kViewer)));
        QVERIFY(AppSchema::init(m_people.admin()));
    }

    void roleMatrixThroughSteward_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        const QList<QPair<Step, Role>> least{
            {Step::Approve, Role::Analyst},        {Step::RequestRollback, Role::Analyst},
            {Step::DecideRollback, Role::Manager}, {Step::CloseCritical, Role::Manager},
            {Step::Reopen, Role::Manager},         {Step::GrantRole, Role::Admin},
            {Step::ChangeDeadline, Role::Admin}};
        const QStringList names{QStringLiteral("approve"),         QStringLiteral("request rollback"),
                                QStringLiteral("decide rollback"), QStringLiteral("close critical"),
                                QStringLiteral("reopen"),          QStringLiteral("grant role"),
                                QStringLiteral("change deadline")};
        for (const auto& [step, needed] : least) {
            for (Role role : {Role::Viewer, Role::Analyst, Role::Manager, Role::Admin}) {
                QTest::addRow("%s by %s", qPrintable(names.at(static_cast<int>(step))), qPrintable(roleName(role)))
                    << static_cast<int>(step) << static_cast<int>(role) << (role >= needed);
            }
        }
    }

    void roleMatrixThroughSteward()
    {
        QFETCH(int, step);
        QFETCH(int, role);
        QFETCH(bool, allowed);
        auto db = m_people.as(login(static_cast<Role>(role)));
        QVERIFY(db);
        const QString before = m_people.fingerprint();
        const Outcome outcome = takeStep(*db, static_cast<Step>(step), m_used++);
        QVERIFY2(!outcome.message().startsWith(QLatin1String("setup")), qPrintable(outcome.message()));
        if (allowed) {
            STEWARD_VERIFY_OK(outcome);
            QVERIFY(m_people.fingerprint() != before);
        } else {
            QCOMPARE(outcome.code(), OutcomeCode::Forbidden);
            if (static_cast<Step>(step) != Step::DecideRollback) // its setup filed a request
                QCOMPARE(m_people.fingerprint(), before);
        }
    }

    void rawSqlIsRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        // Whatever the role: writes that only decisions make, and the server's own writes.
        const QStringList everyone{
            QStringLiteral("UPDATE llm_suggestions SET status = 'applied' WHERE status = 'pending'"),
            QStringLiteral("UPDATE llm_suggestions SET status = 'rollback' WHERE status = 'applied'"),
            QStringLiteral("UPDATE governance_violations SET status = 'resolved' WHERE severity = 'critical'"),
            QStringLiteral("UPDATE steward.rollback_requests SET status = 'approved', decided_by = 'sec_manager2'"),
            QStringLiteral("UPDATE steward.roles SET role = 'admin' WHERE user_name = '%SELF%'"),
            QStringLiteral("INSERT INTO steward.roles VALUES ('sec_target', 'admin', '%SELF%', now())"),
            QStringLiteral("INSERT INTO steward.settings VALUES ('violations.deadline_days.critical', '99', "
                           "'%SELF%', now())"),
            QStringLiteral("UPDATE steward.settings SET value = '99'"),
            QStringLiteral("UPDATE steward.workflow_steps SET min_role = 'viewer'"),
            QStringLiteral("DELETE FROM steward.role_scopes"),
            QStringLiteral("UPDATE steward.audit_head SET seq = seq + 1"),
            QStringLiteral("DELETE FROM steward.audit_log WHERE seq = 1"),
            QStringLiteral("GRANT steward_admin TO %SELF%"),
            QStringLiteral("SELECT steward.grant_role('%SELF%', 'admin')"),
            QStringLiteral("SELECT steward.audit_append(now(), 'approve', 'suggestion', 'x', NULL, 'pending', "
                           "'applied', NULL, NULL)"),
            QStringLiteral("SELECT api_key FROM llm_providers"),
            // A helper of the append: a function is executable by PUBLIC when created, even at the first init.
            QStringLiteral("SELECT steward.audit_field('x', false)"),
            QStringLiteral("ALTER TABLE llm_suggestions DISABLE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE OR REPLACE FUNCTION steward.role_of(login text) RETURNS text LANGUAGE sql "
                           "AS 'SELECT ''admin''::text'"),
        };
        for (const QString& who : {kViewer, kAnalyst, kManager, kAdmin}) {
            for (const QString& sql : everyone)
                QTest::addRow("%s: %s", qPrintable(who), qPrintable(sql.left(60))) << who << sql;
        }
        const QString decide = QStringLiteral("SELECT steward.decide('%1', '%2', '%3', 'because', '{}')");
        const auto add = [](const QString& who, const QString& sql) {
            QTest::addRow("%s: %s", qPrintable(who), qPrintable(sql.left(80))) << who << sql;
        };
        add(kViewer,
            decide.arg(QStringLiteral("ApproveSuggestion"), QStringLiteral("%PENDING%"), QStringLiteral("pending")));
        add(kViewer, QStringLiteral("SELECT steward.request_model_rollback('%CLIENT%', '%VERSION%', 'why')"));
        for (const QString& who : {kViewer, kAnalyst}) {
            add(who, decide.arg(QStringLiteral("ApproveRollback"), QStringLiteral("%REQUEST%"),
                                QStringLiteral("requested")));
            add(who, decide.arg(QStringLiteral("ResolveViolation"), QStringLiteral("%CRITICAL%"),
                                QStringLiteral("investigating")));
            add(who, decide.arg(QStringLiteral("ReopenViolation"), QStringLiteral("%CLOSED%"),
                                QStringLiteral("false_positive")));
        }
        add(kManager, decide.arg(QStringLiteral("ApproveRollback"), QStringLiteral("%REQUEST%"),
                                 QStringLiteral("requested"))); // the manager's own request
        add(kManager, QStringLiteral("SELECT steward.revoke_role('sec_admin')"));
        add(kAdmin, QStringLiteral("SELECT steward.grant_role('%SELF%', 'manager', '{saigon_mart}')"));
        add(kAdmin, QStringLiteral("SELECT steward.change_setting('violations.deadline_days.low', '-5')"));
    }

    void rawSqlIsRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        // The manager's own request, an investigation of a critical violation and a closed one.
        if (m_people
                .firstId(QStringLiteral("SELECT request_id FROM steward.rollback_requests WHERE requested_by = "
                                        "'sec_manager' AND status = 'requested'"))
                .isEmpty()) {
            auto manager = m_people.as(kManager);
            STEWARD_VERIFY_OK(TransitionEngine(*manager)
                                  .apply(SuggestionDecisions::requestRollback(suggestion(QStringLiteral("applied"), 40),
                                                                              QStringLiteral("mine")))
                                  .outcome);
        }
        const QString statement =
            QString(sql)
                .replace(QLatin1String("%SELF%"), who)
                .replace(QLatin1String("%PENDING%"), suggestion(QStringLiteral("pending"), 0))
                .replace(QLatin1String("%REQUEST%"),
                         m_people.firstId(QStringLiteral("SELECT request_id FROM steward.rollback_requests WHERE "
                                                         "requested_by = 'sec_manager' AND status = 'requested'")))
                .replace(QLatin1String("%CRITICAL%"),
                         m_people.firstId(QStringLiteral("SELECT violation_id FROM governance_violations WHERE "
                                                         "severity = 'critical' AND status = 'investigating'")))
                .replace(QLatin1String("%CLOSED%"),
                         m_people.firstId(QStringLiteral("SELECT violation_id FROM governance_violations WHERE "
                                                         "status = 'false_positive'")))
                .replace(QLatin1String("%CLIENT%"), QStringLiteral("saigon_mart"))
                .replace(QLatin1String("%VERSION%"),
                         m_people.firstId(QStringLiteral("SELECT model_version FROM model_metadata WHERE client_id = "
                                                         "'saigon_mart' ORDER BY model_version")));
        auto db = m_people.as(who);
        QVERIFY(db);
        const QString before = m_people.fingerprint();
        const Outcome done = db->exec(statement);
        QVERIFY2(!done, qPrintable(QStringLiteral("the server ran it: ") + statement));
        QCOMPARE(m_people.fingerprint(), before);
    }

    // The forged append: a correct record and hash in another person's name, and the head moved on.
    void forgedAuditAppendIsRefused()
    {
        auto db = m_people.as(kAnalyst);
        QVERIFY(db);
        auto head = db->select(QStringLiteral("SELECT seq, hash FROM steward.audit_head"), QStringLiteral("head"));
        QVERIFY(head);
        QSqlQuery q = head.take();
        QVERIFY(q.next());
        AuditEntry forged;
        forged.seq = q.value(0).toLongLong() + 1;
        forged.prevHash = q.value(1).toString();
        forged.recordedAt = QDateTime::currentDateTimeUtc();
        forged.actor = kManager;
        forged.action = QStringLiteral("approve");
        forged.targetKind = QStringLiteral("suggestion");
        forged.targetId = suggestion(QStringLiteral("pending"), 0);
        forged.stateBefore = QStringLiteral("pending");
        forged.stateAfter = QStringLiteral("applied");
        forged.hash = AuditChain::computeHash(forged);
        q.finish();
        const QString before = m_people.fingerprint();
        const Outcome inserted = db->exec(
            QStringLiteral("INSERT INTO steward.audit_log (seq, recorded_at, actor, action, target_kind, target_id, "
                           "state_before, state_after, prev_hash, hash) VALUES (%1, '%2', '%3', 'approve', "
                           "'suggestion', '%4', 'pending', 'applied', '%5', '%6')")
                .arg(forged.seq)
                .arg(AuditChain::timeText(forged.recordedAt), kManager, forged.targetId, forged.prevHash, forged.hash));
        QCOMPARE(inserted.code(), OutcomeCode::Forbidden);
        const Outcome advanced = db->exec(
            QStringLiteral("UPDATE steward.audit_head SET seq = %1, hash = '%2'").arg(forged.seq).arg(forged.hash));
        QCOMPARE(advanced.code(), OutcomeCode::Forbidden);
        QCOMPARE(m_people.fingerprint(), before);
    }

    // Every record above was written by the server's functions: the chain and the items agree.
    void auditVerifiesAfterServerDecisions()
    {
        // The server counts a field's length in UTF-8 bytes, as AuditChain::computeHash does.
        auto analyst = m_people.as(kAnalyst);
        QVERIFY(analyst);
        STEWARD_VERIFY_OK(TransitionEngine(*analyst)
                              .apply(SuggestionDecisions::reject(suggestion(QStringLiteral("pending"), 60),
                                                                 QStringLiteral("  Đã kiểm tra — lỗi €; \"ổn\"  ")))
                              .outcome);
        auto verified = AuditChain::verify(m_people.admin());
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QVERIFY(verified->recordsChecked > 10);
        auto reconciled = AuditReconciliation::run(m_people.admin());
        QVERIFY(reconciled);
        QVERIFY2(reconciled->reconciled(), qPrintable(reconciled->problems(3).join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(PgSecurityTest)
#include "tst_pg_security.moc"
