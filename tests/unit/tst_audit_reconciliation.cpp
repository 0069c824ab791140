// Items against the audit trail: whoever can write the file (or the server) and changes a
// suggestion, a violation, a role or a setting behind Steward's back leaves the item in a state
// its last record does not say, and `audit verify` names it, although the chain is intact.
#include "TestSupport.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"

#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class AuditReconciliationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

    static QString scalar(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<no row: %1>").arg(sql);
        return q.value(0).toString();
    }

    static const AuditReconciliation::KindResult* kind(const AuditReconciliation::Reconciliation& result,
                                                       const QString& name)
    {
        for (const AuditReconciliation::KindResult& k : result.kinds) {
            if (k.kind == name)
                return &k;
        }
        return nullptr;
    }

    static const AuditReconciliation::Finding* finding(const AuditReconciliation::Reconciliation& result,
                                                       const QString& kindName, const QString& id)
    {
        const auto* k = kind(result, kindName);
        if (!k)
            return nullptr;
        for (const AuditReconciliation::Finding& f : k->findings) {
            if (f.targetId == id)
                return &f;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { m_template = makeDemo(m_dir, QStringLiteral("template.sqlite")); }

    // The demo's pipeline wrote suggestions and violations in every state before Steward's tables
    // existed: creating them adopted those states, and Steward's own decisions are on record.
    void aFreshDemoReconciles()
    {
        QTemporaryDir dir;
        auto db = openSqlite(copyDatabase(m_template, dir));
        auto result = AuditReconciliation::run(*db);
        QVERIFY2(result, qPrintable(result ? QString() : result.failure().message()));
        QVERIFY2(result->reconciled(), qPrintable(result->problems(5).join(QLatin1Char('\n'))));
        QStringList kinds;
        for (const auto& k : result->kinds)
            kinds << k.kind;
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("suggestion"), QStringLiteral("violation"),
                              QStringLiteral("rollback_request"), QStringLiteral("role"), QStringLiteral("setting")}));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM steward_adopted_states WHERE target_kind = "
                                           "'suggestion' AND state = 'applied'"))
                    .toInt() > 0);
        // What the demo decided itself is on record, not adopted.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM steward_adopted_states s JOIN steward_audit_log a "
                                            "ON a.target_id = s.target_id")),
                 QStringLiteral("0"));
    }

    void rawUpdatesAreNamed()
    {
        QTemporaryDir dir;
        auto db = openSqlite(copyDatabase(m_template, dir));
        const QString decided = scalar(*db, QStringLiteral("SELECT target_id FROM steward_audit_log WHERE action = "
                                                           "'reject' ORDER BY seq LIMIT 1"));
        const QString decidedSeq =
            scalar(*db, QStringLiteral("SELECT max(seq) FROM steward_audit_log WHERE target_id = '%1'").arg(decided));
        const QString pending =
            scalar(*db, QStringLiteral("SELECT suggestion_id FROM llm_suggestions s WHERE status = 'pending' AND NOT "
                                       "EXISTS (SELECT 1 FROM steward_audit_log a WHERE a.target_id = s.suggestion_id) "
                                       "ORDER BY id LIMIT 1"));
        const QString open = scalar(*db, QStringLiteral("SELECT violation_id FROM governance_violations WHERE status = "
                                                        "'open' ORDER BY id LIMIT 1"));
        const QString request = scalar(*db, QStringLiteral("SELECT request_id FROM steward_rollback_requests"));
        for (const QString& sql :
             {QStringLiteral("UPDATE llm_suggestions SET status = 'applied' WHERE suggestion_id = '%1'").arg(decided),
              QStringLiteral("UPDATE llm_suggestions SET status = 'applied' WHERE suggestion_id = '%1'").arg(pending),
              QStringLiteral("UPDATE governance_violations SET status = 'resolved' WHERE violation_id = '%1'")
                  .arg(open),
              QStringLiteral("UPDATE steward_rollback_requests SET status = 'approved' WHERE request_id = '%1'")
                  .arg(request),
              QStringLiteral("UPDATE steward_roles SET role = 'admin' WHERE user_name = 'dave'"),
              QStringLiteral("DELETE FROM steward_roles WHERE user_name = 'carol'"),
              QStringLiteral("INSERT INTO steward_roles VALUES ('eve', 'manager', 'eve', '2026-01-01T00:00:00Z')"),
              QStringLiteral("INSERT INTO steward_settings VALUES ('deadline.critical', '30', 'eve', NULL)")})
            QVERIFY2(db->exec(sql), qPrintable(sql));

        QVERIFY(AuditChain::verify(*db)->intact); // the chain alone sees nothing
        auto result = AuditReconciliation::run(*db);
        QVERIFY(result);
        QVERIFY(!result->reconciled());
        QCOMPARE(result->totalCount(), 8);

        const auto* rejected = finding(*result, QStringLiteral("suggestion"), decided);
        QVERIFY(rejected);
        QCOMPARE(rejected->stateNow, QStringLiteral("applied"));
        QCOMPARE(rejected->stateRecorded, QStringLiteral("rejected"));
        QCOMPARE(QString::number(rejected->recordSeq), decidedSeq);
        QVERIFY2(rejected->problem.startsWith(QStringLiteral("suggestion %1… is applied, but the audit trail last "
                                                             "left it rejected (record %2)")
                                                  .arg(decided.left(8), decidedSeq)),
                 qPrintable(rejected->problem));
        const auto* unrecorded = finding(*result, QStringLiteral("suggestion"), pending);
        QVERIFY(unrecorded);
        QCOMPARE(unrecorded->recordSeq, 0);
        QVERIFY2(unrecorded->problem.contains(QStringLiteral("is applied, but the audit trail has no record of it")),
                 qPrintable(unrecorded->problem));
        QVERIFY(finding(*result, QStringLiteral("violation"), open));
        QCOMPARE(finding(*result, QStringLiteral("rollback_request"), request)->stateRecorded, QString());
        QCOMPARE(finding(*result, QStringLiteral("role"), QStringLiteral("dave"))->stateRecorded,
                 QStringLiteral("viewer"));
        const auto* carol = finding(*result, QStringLiteral("role"), QStringLiteral("carol"));
        QVERIFY(carol);
        QCOMPARE(carol->stateNow, QString());
        QCOMPARE(carol->stateRecorded, QStringLiteral("analyst"));
        QVERIFY(finding(*result, QStringLiteral("role"), QStringLiteral("eve")));
        QCOMPARE(finding(*result, QStringLiteral("setting"), QStringLiteral("deadline.critical"))->stateNow,
                 QStringLiteral("30"));
    }

    // The file: a trigger stored in it turns one approval into many, and makes a viewer admin.
    void aHostileTriggerIsCaught()
    {
        QTemporaryDir dir;
        const QString path = copyDatabase(m_template, dir);
        int pendingBefore = 0;
        QString target;
        {
            auto db = openSqlite(path);
            pendingBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM llm_suggestions WHERE status = "
                                                       "'pending'"))
                                .toInt();
            target = scalar(*db, QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = 'pending' "
                                                "ORDER BY id DESC LIMIT 1"));
            QVERIFY(db->exec(QStringLiteral("CREATE TRIGGER t AFTER UPDATE ON llm_suggestions BEGIN "
                                            "UPDATE llm_suggestions SET status = 'applied' WHERE status = 'pending'; "
                                            "INSERT OR REPLACE INTO steward_roles VALUES ('dave', 'admin', 'admin', "
                                            "'2026-01-01T00:00:00Z'); END")));
        }
        QVERIFY(pendingBefore > AuditReconciliation::kListedPerKind + 1);
        auto alice = openSqlite(path, QStringLiteral("alice"));
        TransitionEngine engine(*alice);
        STEWARD_VERIFY_OK(engine.apply(SuggestionDecisions::approve(target)).outcome);
        QCOMPARE(scalar(*alice, QStringLiteral("SELECT count(*) FROM llm_suggestions WHERE status = 'pending'")),
                 QStringLiteral("0"));

        QVERIFY(AuditChain::verify(*alice)->intact);
        auto result = AuditReconciliation::run(*alice);
        QVERIFY(result);
        const auto* suggestions = kind(*result, QStringLiteral("suggestion"));
        QCOMPARE(suggestions->count, pendingBefore - 1);
        QCOMPARE(suggestions->findings.size(), AuditReconciliation::kListedPerKind);
        QVERIFY(!finding(*result, QStringLiteral("suggestion"), target)); // the one alice approved is on record
        for (const auto& f : suggestions->findings)
            QCOMPARE(f.stateNow, QStringLiteral("applied"));
        const auto* dave = finding(*result, QStringLiteral("role"), QStringLiteral("dave"));
        QVERIFY(dave);
        QCOMPARE(dave->stateNow, QStringLiteral("admin"));
        QCOMPARE(result->totalCount(), pendingBefore - 1 + 1);
    }
};

QTEST_MAIN(AuditReconciliationTest)
#include "tst_audit_reconciliation.moc"
