// Client scopes and the one-request rule, enforced by the server: a login granted a role for some
// clients sees and decides only their rows (and says so), the pipeline's own login inserts as
// before, and managers asking for the same model rollback at the same instant file one request.
#include "PgPeople.h"
#include "models/demo/DemoGenerator.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <latch>

using namespace steward;
using namespace steward::test;

namespace {
const QString kScoped = QStringLiteral("scp_scoped");
const QString kUnscoped = QStringLiteral("scp_all");
const QString kManager1 = QStringLiteral("scp_m1");
const QString kManager2 = QStringLiteral("scp_m2");
const QString kPipeline = QStringLiteral("scp_pipeline");
const QString kClient = QStringLiteral("saigon_mart");
} // namespace

class PgScopesTest : public QObject
{
    Q_OBJECT

    PgPeople m_people;

    // The clients whose rows `login` sees in `table`.
    QStringList clientsSeen(const QString& login, const QString& table)
    {
        auto db = m_people.as(login);
        if (!db)
            return {QStringLiteral("cannot log in")};
        auto rows =
            db->select(QStringLiteral("SELECT DISTINCT coalesce(client_id, '(none)') FROM %1 ORDER BY 1").arg(table),
                       QStringLiteral("clients"));
        if (!rows)
            return {rows.failure().message()};
        QSqlQuery q = rows.take();
        QStringList clients;
        while (q.next())
            clients << q.value(0).toString();
        return clients;
    }

    QString pendingOf(const QString& client, bool ofClient)
    {
        return m_people.firstId(QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = 'pending' "
                                               "AND client_id %1 '%2' ORDER BY suggestion_id")
                                    .arg(ofClient ? QStringLiteral("=") : QStringLiteral("<>"), client));
    }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES();
        QVERIFY2(m_people.prepare({{kScoped, Role::Manager},
                                   {kUnscoped, Role::Analyst},
                                   {kManager1, Role::Manager},
                                   {kManager2, Role::Manager}},
                                  {{kScoped, {kClient}}}),
                 qPrintable(m_people.error()));
        // The pipeline's login: privileges of its own, no Steward role.
        QVERIFY(m_people.server().createLogin(kPipeline));
        STEWARD_VERIFY_OK(m_people.admin().exec(
            QStringLiteral("GRANT SELECT, INSERT ON llm_suggestions, governance_violations TO %1").arg(kPipeline)));
        STEWARD_VERIFY_OK(m_people.admin().exec(
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(kPipeline)));
        // Some decisions on every client, so that the audit trail has records of each.
        auto unscoped = m_people.as(kUnscoped);
        for (const QString& client : {QStringLiteral("saigon_mart"), QStringLiteral("hanoi_fresh")})
            STEWARD_VERIFY_OK(
                TransitionEngine(*unscoped).apply(SuggestionDecisions::approve(pendingOf(client, true))).outcome);
    }

    void scopedLoginSeesOnlyItsClients_data()
    {
        QTest::addColumn<QString>("table");
        for (const char* table : {"llm_suggestions", "governance_violations", "model_metadata", "steward.audit_log"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void scopedLoginSeesOnlyItsClients()
    {
        QFETCH(QString, table);
        QCOMPARE(clientsSeen(kScoped, table), QStringList{kClient});
        QVERIFY(clientsSeen(kUnscoped, table).size() >= 2);
        QVERIFY(clientsSeen(kUnscoped, table).contains(kClient));
    }

    void scopedLoginDecidesOnlyItsClients()
    {
        auto scoped = m_people.as(kScoped);
        QVERIFY(scoped);
        const QString other = pendingOf(kClient, false);
        const QString before = m_people.fingerprint();
        QCOMPARE(TransitionEngine(*scoped).apply(SuggestionDecisions::approve(other)).outcome.code(),
                 OutcomeCode::NotFound);
        QVERIFY(!scoped->exec(
            QStringLiteral("SELECT steward.decide('ApproveSuggestion', '%1', 'pending', '', '{}')").arg(other)));
        const QString version = m_people.firstId(
            QStringLiteral("SELECT model_version FROM model_metadata WHERE client_id = 'hanoi_fresh' ORDER BY 1"));
        QCOMPARE(RollbackRequests::requestModelRollback(*scoped, QStringLiteral("hanoi_fresh"), version,
                                                        QStringLiteral("not mine"))
                     .code(),
                 OutcomeCode::NotFound);
        QCOMPARE(m_people.fingerprint(), before);
        STEWARD_VERIFY_OK(
            TransitionEngine(*scoped).apply(SuggestionDecisions::approve(pendingOf(kClient, true))).outcome);
    }

    void cliSaysWhichClients()
    {
        const CliRun info = runCli({QStringLiteral("--db"), m_people.server().uri(kScoped), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
        QCOMPARE(object.value(QStringLiteral("clients")).toArray(), QJsonArray{kClient});
        const CliRun all = runCli({QStringLiteral("--db"), m_people.server().uri(kUnscoped), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("info")});
        QVERIFY(QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("clients")).isNull());
        const CliRun roles = runCli({QStringLiteral("--db"), m_people.server().uri(), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("roles"), QStringLiteral("list")});
        QVERIFY2(roles.out.contains(QStringLiteral("scp_scoped,manager,postgres,")) &&
                     roles.out.contains(QStringLiteral(",saigon_mart")),
                 qPrintable(roles.out));
    }

    void pipelineLoginKeepsInserting()
    {
        auto pipeline = m_people.as(kPipeline);
        QVERIFY(pipeline);
        STEWARD_VERIFY_OK(pipeline->exec(
            QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary) VALUES "
                           "(gen_random_uuid(), 'scp_new_client', 'feature', 'from the pipeline')")));
        QVERIFY(clientsSeen(kPipeline, QStringLiteral("llm_suggestions")).contains(QStringLiteral("scp_new_client")));
        QVERIFY(clientsSeen(kUnscoped, QStringLiteral("llm_suggestions")).contains(QStringLiteral("scp_new_client")));
        QCOMPARE(clientsSeen(kScoped, QStringLiteral("llm_suggestions")), QStringList{kClient});
    }

    // Group roles are the server's: a manager here is a member in every database of the server, but
    // where no grant was made to them they decide nothing and see none of the scoped rows.
    void aGrantInAnotherDatabaseCountsForNothing()
    {
        TemporaryPostgresDatabase other;
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        {
            auto owner = Database::open(other.target());
            QVERIFY(owner);
            DemoOptions options;
            options.seed = 5;
            options.anchor = QDate(2026, 11, 20);
            QVERIFY(DemoGenerator::writeInto(**owner, options));
        }
        QVERIFY(other.createLogin(kManager1));
        auto manager = Database::open(other.target(kManager1));
        QVERIFY(manager);
        QCOMPARE(*RoleRepository(**manager).roleOf(kManager1), Role::Viewer);
        auto seen = (*manager)->select(QStringLiteral("SELECT count(*) FROM llm_suggestions"), QStringLiteral("count"));
        QVERIFY(seen);
        QSqlQuery q = seen.take();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        auto pending = Database::open(other.target());
        QVERIFY(pending);
        auto id = (*pending)->select(
            QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = 'pending' LIMIT 1"),
            QStringLiteral("pending"));
        QVERIFY(id);
        QSqlQuery row = id.take();
        QVERIFY(row.next());
        QVERIFY(
            !(*manager)->exec(QStringLiteral("SELECT steward.decide('ApproveSuggestion', '%1', 'pending', '', '{}')")
                                  .arg(row.value(0).toString())));
    }

    // Eight connections, two managers, one model version: one request, seven conflicts.
    void eightManagersFileOneModelRollback()
    {
        const QString client = QStringLiteral("lotus_pharma");
        const QString version = m_people.firstId(
            QStringLiteral("SELECT model_version FROM model_metadata WHERE client_id = '%1' ORDER BY 1").arg(client));
        constexpr int kConnections = 8;
        std::latch ready(kConnections);
        QList<OutcomeCode> codes(kConnections, OutcomeCode::Failed);
        QList<QThread*> threads;
        for (int i = 0; i < kConnections; ++i) {
            const ConnectionTarget target = m_people.server().target(i % 2 ? kManager2 : kManager1);
            threads << QThread::create([&, i, target] {
                auto db = Database::open(target);
                ready.arrive_and_wait();
                if (db)
                    codes[i] =
                        RollbackRequests::requestModelRollback(**db, client, version, QStringLiteral("back")).code();
            });
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(codes.count(OutcomeCode::Ok), 1);
        QCOMPARE(codes.count(OutcomeCode::Conflict), kConnections - 1);
        auto requests = m_people.admin().select(
            QStringLiteral("SELECT count(*) FROM steward.rollback_requests WHERE target_id = '%1' AND client_id = "
                           "'%2' AND status = 'requested'")
                .arg(version, client),
            QStringLiteral("count"));
        QVERIFY(requests);
        QSqlQuery q = requests.take();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        auto verified = AuditChain::verify(m_people.admin());
        QVERIFY(verified && verified->intact);
    }
};

QTEST_GUILESS_MAIN(PgScopesTest)
#include "tst_pg_scopes.moc"
