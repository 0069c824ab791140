// Other systems' databases on the real server, as their own programs create them: UrutiIQ's
// quoted PascalCase tables and camelCase columns, and Krong Thai's. Detection, the violation
// queue read through the profile, and the whole violation workflow written into UrutiIQ's
// "AIGovernanceViolation" itself, row checked afterwards, audit chain intact.
#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/db/SqlScript.h"
#include "models/demo/SystemSchemas.h"
#include "models/governance/PolicyQuery.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationHeadline.h"
#include "models/governance/ViolationQuery.h"
#include "models/profiles/ProfileDetection.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/AuditReconciliation.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

namespace {
Outcome runContract(Database& db, const QString& contract)
{
    for (const QString& statement : SqlScript::split(SystemSchemas::script(contract, Backend::Postgres))) {
        if (Outcome done = db.exec(statement); !done)
            return done;
    }
    return Outcome::ok();
}
} // namespace

class PgProfilesTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    std::unique_ptr<Database> m_owner;

    struct ViolationRowNow
    {
        QString status, resolution, resolvedBy;
        bool resolvedAtSet = false;
        QDateTime updatedAt;
    };

    ViolationRowNow rowOf(const QString& id)
    {
        auto q = m_owner->select(QStringLiteral("SELECT \"status\", \"resolution\", \"resolvedBy\", \"resolvedAt\", "
                                                "\"updatedAt\" FROM \"AIGovernanceViolation\" WHERE \"id\" = ?"),
                                 {id}, QStringLiteral("reading the row"));
        if (!q || !q->next())
            return STEWARD_HELPER_FAILED("no row %s", qPrintable(id));
        return {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), !q->value(3).isNull(),
                q->value(4).toDateTime()};
    }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES();
        m_pg = std::make_unique<TemporaryPostgresDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        auto owner = Database::open(m_pg->target());
        QVERIFY2(owner, qPrintable(owner.failure().message()));
        STEWARD_VERIFY_OK(runContract(**owner, QStringLiteral("urutiiq_postgres.sql")));
        for (
            const char* sql : {
                R"(INSERT INTO "AIModel" ("id","tenantId","companyId","modelName","modelVersion","modelType","algorithm","status","updatedAt")
                    VALUES ('clm1','t1','c1','anomaly_detection','v1.2','anomaly_detection','isolation_forest','active','2026-11-01 10:00'))",
                R"(INSERT INTO "AIGovernance" ("id","tenantId","companyId","policyName","policyType","status","updatedAt")
                    VALUES ('clp1','t1','c1','Bias watch','bias_detection','active','2026-10-01 00:00'))",
                R"(INSERT INTO "AIGovernanceViolation" ("id","tenantId","companyId","policyId","modelId","violationType","severity","description","status","createdAt","updatedAt")
                    VALUES ('clv1critical','t1','c1','clp1','clm1','bias','critical','Approval gap 14%','open','2026-11-30 08:00','2026-11-30 08:00'),
                           ('clv2medium','t1','c2','clp1',NULL,'fairness','medium','Parity drift','open','2026-11-29 08:00','2026-11-29 08:00'))",
                // A newer UrutiIQ's extra column and table are read, never an error.
                R"(ALTER TABLE "AIGovernanceViolation" ADD COLUMN "reviewNote" TEXT)",
                R"(CREATE TABLE "AIInvoice" ("id" TEXT PRIMARY KEY))"})
            STEWARD_VERIFY_OK((*owner)->exec(QString::fromUtf8(sql)));
        // Steward's own tables beside them; the owner who creates them is admin.
        auto version = AppSchema::init(**owner);
        QVERIFY2(version, qPrintable(version ? QString() : version.failure().message()));
        // Reopened, as a person would, so that the profile is recognised with Steward's tables there.
        owner.value().reset();
        auto reopened = Database::open(m_pg->target());
        QVERIFY2(reopened, qPrintable(reopened.failure().message()));
        m_owner = reopened.take();
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_pg.reset();
    }

    void urutiiqIsRecognised()
    {
        STEWARD_REQUIRE_POSTGRES();
        const ActiveProfile& active = m_owner->activeProfile();
        QCOMPARE(active.profile.name, QStringLiteral("urutiiq"));
        QCOMPARE(active.how, QStringLiteral("detected"));
        QVERIFY2(active.problem.isEmpty(), qPrintable(active.problem));
        QVERIFY(active.profile.hasEntity(QStringLiteral("violation")));
        QVERIFY(active.profile.hasEntity(QStringLiteral("policy")));
    }

    void queueReadsTheSystemsTables()
    {
        STEWARD_REQUIRE_POSTGRES();
        ViolationQueryContext context;
        context.now = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc());
        context.hasAppTables = true;
        auto rows = ViolationQuery::fetch(*m_owner, ViolationQuery::queue(m_owner->dialect(), {}, context));
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.failure().message()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).violationId, QStringLiteral("clv1critical")); // most urgent first
        QCOMPARE(rows->at(0).modelVersion, QStringLiteral("anomaly_detection v1.2"));
        QCOMPARE(rows->at(0).policyName, QStringLiteral("Bias watch"));
        QCOMPARE(rows->at(0).clientId, QStringLiteral("c1"));
        QCOMPARE(rows->at(0).detectedAt, QDateTime(QDate(2026, 11, 30), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(rows->at(1).modelVersion.isEmpty());

        ViolationFilter filter;
        filter.clients = {QStringLiteral("c2")};
        auto c2 = ViolationQuery::fetch(*m_owner, ViolationQuery::queue(m_owner->dialect(), filter, context));
        QVERIFY(c2);
        QCOMPARE(c2->size(), 1);

        auto policies = PolicyQuery::fetchAll(*m_owner);
        QVERIFY2(policies, qPrintable(policies ? QString() : policies.failure().message()));
        QCOMPARE(policies->size(), 1);
        QCOMPARE(policies->at(0).name, QStringLiteral("Bias watch"));
    }

    void headlineCountsThroughTheSystemsTables()
    {
        STEWARD_REQUIRE_POSTGRES();
        ViolationQueryContext context;
        // The critical detected 30 Nov is a day late; the medium of 29 Nov has until 6 Dec.
        context.now = QDateTime(QDate(2026, 12, 2), QTime(8, 0), QTimeZone::utc());
        context.hasAppTables = true;
        auto counts = ViolationHeadline::count(*m_owner, context);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.failure().message()));
        QCOMPARE(counts->openCriticals, 1);
        QCOMPARE(counts->overdue, 1);
        QCOMPARE(counts->unassigned, 2);
        for (ViolationHeadline::Kind kind : ViolationHeadline::kAllKinds) {
            auto rows = ViolationQuery::count(
                *m_owner, ViolationQuery::queue(m_owner->dialect(), ViolationHeadline::filterFor(kind), context));
            QVERIFY(rows);
            QCOMPARE(*rows, counts->of(kind));
        }
    }

    void workflowWritesIntoTheSystemsRow()
    {
        STEWARD_REQUIRE_POSTGRES();
        TransitionEngine engine(*m_owner);
        const QString id = QStringLiteral("clv1critical");
        const QDateTime before = rowOf(id).updatedAt;

        DecisionResult investigated = engine.apply(ViolationDecisions::investigate(id, {}, QStringLiteral("on it")));
        STEWARD_VERIFY_OK(investigated.outcome);
        QCOMPARE(rowOf(id).status, QStringLiteral("investigating"));

        // A decision on what someone saw before is refused, and changes nothing.
        DecisionResult stale = engine.apply(ViolationDecisions::investigate(id, {}, QStringLiteral("again")));
        QCOMPARE(stale.outcome.code(), OutcomeCode::Conflict);

        STEWARD_VERIFY_OK(engine.apply(ViolationDecisions::resolve(id, QStringLiteral("Reweighted the data"))).outcome);
        ViolationRowNow resolved = rowOf(id);
        QCOMPARE(resolved.status, QStringLiteral("resolved"));
        QCOMPARE(resolved.resolution, QStringLiteral("Reweighted the data"));
        QCOMPARE(resolved.resolvedBy, m_owner->actingUser());
        QVERIFY(resolved.resolvedAtSet);
        QVERIFY(resolved.updatedAt > before);

        STEWARD_VERIFY_OK(
            engine.apply(ViolationDecisions::reopen(id, QStringLiteral("recurred"), QStringLiteral("resolved")))
                .outcome);
        ViolationRowNow reopened = rowOf(id);
        QCOMPARE(reopened.status, QStringLiteral("open"));
        QVERIFY(reopened.resolution.isEmpty());
        QVERIFY(!reopened.resolvedAtSet);

        STEWARD_VERIFY_OK(engine.apply(ViolationDecisions::investigate(id)).outcome);
        STEWARD_VERIFY_OK(
            engine.apply(ViolationDecisions::markFalsePositive(id, QStringLiteral("Sampling artefact"))).outcome);
        QCOMPARE(rowOf(id).status, QStringLiteral("false_positive"));

        auto verified = AuditChain::verify(*m_owner);
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));
        QCOMPARE(verified->recordsChecked,
                 qint64(6)); // investigate+assign, resolve, reopen, investigate, false positive
        auto reconciled = AuditReconciliation::run(*m_owner);
        QVERIFY2(reconciled, qPrintable(reconciled ? QString() : reconciled.failure().message()));
        QCOMPARE(reconciled->totalCount(), qint64(0));

        // A change outside Steward is found by reconciliation, on the system's own row.
        STEWARD_VERIFY_OK(m_owner->exec(QStringLiteral("UPDATE \"AIGovernanceViolation\" SET \"status\" = 'resolved' "
                                                       "WHERE \"id\" = 'clv1critical'")));
        auto found = AuditReconciliation::run(*m_owner);
        QVERIFY(found);
        QCOMPARE(found->totalCount(), qint64(1));
    }

    void demoOnTheServer()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase other;
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        const CliRun demo =
            runCli({QStringLiteral("demo"), other.uri(), QStringLiteral("--profile"), QStringLiteral("within")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto db = Database::open(other.target());
        QVERIFY(db);
        QCOMPARE((*db)->profile().name, QStringLiteral("within"));
        const CliRun list = runCli({QStringLiteral("--db"), other.uri(), QStringLiteral("models"),
                                    QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("churn")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("churn 1.2")), qPrintable(list.out));
    }

    void krongThaiIsRecognised()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase other;
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        {
            auto db = Database::open(other.target());
            QVERIFY(db);
            STEWARD_VERIFY_OK(runContract(**db, QStringLiteral("krongthai_postgres.sql")));
        }
        auto db = Database::open(other.target());
        QVERIFY(db);
        QCOMPARE((*db)->profile().name, QStringLiteral("krongthai"));
        QCOMPARE((*db)->profile().entities.size(), 6);
        QCOMPARE((*db)->profile().scope, QStringLiteral("restaurant"));
        for (const char* sql :
             {"INSERT INTO sop_ml_models (id, restaurant_id, model_name, model_type, version, performance_metrics, "
              "trained_at) VALUES ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000aa', "
              "'sop_recommender', 'recommendation', '2.0', '{\"f1\": 0.71}', '2026-11-02 10:00+00')",
              "INSERT INTO sop_ml_training_jobs (id, restaurant_id, model_id, job_status, started_at, error_message) "
              "VALUES ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000aa', "
              "'00000000-0000-4000-8000-000000000001', 'failed', '2026-11-01 09:00+00', 'out of memory')"})
            STEWARD_VERIFY_OK((*db)->exec(QString::fromUtf8(sql)));
        // Models on the server: the restaurant as the client, the model named with its version.
        const CliRun list =
            runCli({QStringLiteral("--db"), other.uri(), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("sop_recommender 2.0"),
                    QStringLiteral("--client"), QStringLiteral("00000000-0000-4000-8000-0000000000aa")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QStringLiteral("\"f1\": 0.71")) || list.out.contains(QStringLiteral("\"f1\":0.71")),
                 qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("out of memory")), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(PgProfilesTest)
#include "tst_pg_profiles.moc"
