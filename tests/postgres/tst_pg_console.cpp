// The SQL console on PostgreSQL: the server, not a text scanner, decides what runs. Every
// attempt to smuggle a write, a secret, a signal or a lasting lock through it is refused, as an
// ordinary login and as a superuser, and the data stays as it was; Cancel and the time limit
// stop a statement; every Steward session carries statement_timeout, reconnections included.
#include "TestSupport.h"
#include "models/db/Database.h"
#include "models/demo/DemoGenerator.h"
#include "models/snapshot/ConsoleSession.h"
#include "models/snapshot/PgConsole.h"
#include "models/workflow/RoleRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace steward;
using namespace steward::test;

namespace {
const QString kLogin = QStringLiteral("console_login");
const QString kStranger = QStringLiteral("console_stranger");
} // namespace

class PgConsoleTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    std::unique_ptr<Database> m_admin;

    qint64 count(const QString& sql)
    {
        QSqlQuery q = m_admin->query();
        if (!q.exec(sql) || !q.next())
            return STEWARD_HELPER_FAILED("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    QString firstClient()
    {
        QSqlQuery q = m_admin->query();
        if (!q.exec(QStringLiteral("SELECT min(client_id) FROM llm_suggestions")) || !q.next())
            return STEWARD_HELPER_FAILED("no client");
        return q.value(0).toString();
    }

    // What a smuggled write would change.
    QString fingerprint()
    {
        QSqlQuery q = m_admin->query();
        if (!q.exec(QStringLiteral(
                "SELECT (SELECT string_agg(suggestion_id::text || status, ',' ORDER BY id) FROM llm_suggestions) "
                "|| (SELECT count(*) FROM steward.audit_log)::text || (SELECT count(*) FROM steward.roles)::text "
                "|| (SELECT count(*) FROM pg_class WHERE relname = 'evil')::text")) ||
            !q.next())
            return STEWARD_HELPER_FAILED("no fingerprint");
        return q.value(0).toString();
    }

    std::unique_ptr<ConsoleSession> console(const QString& login)
    {
        auto opened = ConsoleSession::open(m_pg->target(login), QString());
        if (!opened)
            return STEWARD_HELPER_FAILED("%s", qPrintable(opened.failure().message()));
        return opened.take();
    }

    static Result<ConsoleResult> query(ConsoleSession& session, const QString& sql)
    {
        auto statement = session.prepare(sql);
        if (!statement)
            return statement.failure();
        return session.fetch(*statement, 100);
    }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES();
        m_pg = std::make_unique<TemporaryPostgresDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        auto db = Database::open(m_pg->target());
        QVERIFY2(db, qPrintable(db.failure().message()));
        m_admin = db.take();
        DemoOptions options;
        options.seed = 11;
        QVERIFY(DemoGenerator::writeInto(*m_admin, options)); // runs init, which creates steward_console
        QVERIFY2(m_pg->createLogin(kLogin), qPrintable(m_pg->error()));
        QVERIFY2(m_pg->createLogin(kStranger), qPrintable(m_pg->error()));
        // A Steward role brings the console (steward_viewer includes steward_console); the
        // stranger has none.
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(kLogin, Role::Viewer));
        // What a login gets from Steward's roles: reading everything, the secret included.
        STEWARD_VERIFY_OK(m_admin->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public, steward TO %1; "
                                                       "GRANT USAGE ON SCHEMA steward TO %1")
                                            .arg(kLogin)));
        STEWARD_VERIFY_OK(m_admin->exec(QStringLiteral("ANALYZE llm_providers")));
    }

    void queriesRun_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("ordinary login") << kLogin;
        QTest::newRow("superuser") << QString();
    }

    void queriesRun()
    {
        QFETCH(QString, login);
        auto session = console(login);
        auto result = query(*session, QStringLiteral("SELECT status, count(*) AS n, current_user AS who "
                                                     "FROM llm_suggestions GROUP BY status ORDER BY status;"));
        QVERIFY2(result, qPrintable(result.failure().message()));
        QCOMPARE(result->columns.names,
                 (QStringList{QStringLiteral("status"), QStringLiteral("n"), QStringLiteral("who")}));
        QVERIFY(!result->rows.isEmpty());
        QCOMPARE(result->rows.first().at(2).toString(), QStringLiteral("steward_console_runner"));
        QCOMPARE(result->columns.types.at(1), LogicalType::Integer);
        qint64 total = 0;
        for (const QVariantList& row : result->rows)
            total += row.at(1).toLongLong();
        QCOMPARE(total, count(QStringLiteral("SELECT count(*) FROM llm_suggestions")));

        // The limit keeps the first rows and says that there were more.
        auto statement = session->prepare(QStringLiteral("SELECT g FROM generate_series(1, 50) g"));
        QVERIFY(statement);
        auto limited = session->fetch(*statement, 10);
        QVERIFY(limited);
        QCOMPARE(limited->rows.size(), 10);
        QVERIFY(limited->truncated);
        QCOMPARE(limited->rows.last().first().toLongLong(), 10);
        auto whole = session->fetch(*statement, 50);
        QVERIFY(whole && !whole->truncated && whole->rows.size() == 50);
    }

    void smugglingIsRefused_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        const QList<QPair<const char*, const char*>> attempts{
            {"euro dollar quote", "SELECT 1 AS €$$; COMMIT; BEGIN READ WRITE; UPDATE llm_suggestions SET "
                                  "status='applied'; COMMIT; SELECT 1 AS x$$"},
            {"tagged dollar quote", "SELECT 1 AS a$b$; COMMIT; UPDATE llm_suggestions SET status='applied'; "
                                    "SELECT $b$"},
            {"backslash in a standard string", "SELECT '\\'; COMMIT; UPDATE llm_suggestions SET status='applied'; "
                                               "SELECT '\\'"},
            {"unicode escape", "SELECT U&'\\0027'; COMMIT; UPDATE llm_suggestions SET status='applied'"},
            {"line comment", "SELECT 1 --x\n; COMMIT; UPDATE llm_suggestions SET status='applied'"},
            {"commit", "COMMIT"},
            {"copy to program", "COPY (SELECT 1) TO PROGRAM 'touch /tmp/steward-console-pwned'"},
            {"copy in a quote trick",
             "SELECT 1 AS €$$; COPY (SELECT 1) TO PROGRAM 'touch /tmp/steward-console-pwned'; SELECT 1 AS x$$"},
            {"query_to_xml", "SELECT query_to_xml('SELECT api_key FROM llm_providers', false, false, '')"},
            {"set_config role then read", "SELECT set_config('role', 'postgres', false), "
                                          "query_to_xml('SELECT api_key FROM llm_providers', false, false, '')"},
            {"set_config own role then read", "SELECT set_config('role', session_user, false), "
                                              "query_to_xml('SELECT api_key FROM llm_providers', false, false, '')"},
            {"set_config session authorization", "SELECT set_config('session_authorization', 'postgres', false)"},
            {"reset role", "SELECT set_config('role', 'none', true), query_to_xml('SELECT api_key FROM "
                           "llm_providers', false, false, '')"},
            {"write through a CTE", "WITH gone AS (UPDATE llm_suggestions SET status = 'applied' RETURNING 1) "
                                    "SELECT count(*) FROM gone"},
            {"select into", "SELECT * INTO evil FROM llm_suggestions"},
            {"nextval", "SELECT nextval('llm_suggestions_id_seq')"},
            {"read the secret", "SELECT api_key FROM llm_providers"},
            {"whole row", "SELECT p FROM llm_providers p"},
        };
        for (const QString& login : {kLogin, QString()}) {
            for (const auto& [name, sql] : attempts)
                QTest::newRow(qPrintable(QStringLiteral("%1, %2").arg(
                    login.isEmpty() ? QStringLiteral("superuser") : QStringLiteral("login"), QString::fromUtf8(name))))
                    << login << QString::fromUtf8(sql);
        }
    }

    void smugglingIsRefused()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFile::remove(QStringLiteral("/tmp/steward-console-pwned"));
        const QString before = fingerprint();
        auto session = console(login);
        auto result = query(*session, sql);
        QVERIFY2(!result, qPrintable(sql));
        qInfo("refused: %s", qPrintable(result.failure().message()));
        QVERIFY(result.failure().code() == OutcomeCode::ReadOnly || result.failure().code() == OutcomeCode::Forbidden ||
                result.failure().code() == OutcomeCode::Usage);
        QCOMPARE(fingerprint(), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/steward-console-pwned")));

        // The scanner only words the refusal: without it, the server refuses the same text.
        ConsoleCancel cancel;
        qint64 rows = 0;
        const Outcome direct = PgConsole::run(
            m_pg->target(login), sql, 10, 30, cancel, [](const ConsoleColumns&) {},
            [&rows](const QVariantList&) { return ++rows > 0; });
        QVERIFY2(!direct, qPrintable(sql));
        qInfo("refused by the server: %s", qPrintable(direct.message()));
        QCOMPARE(rows, 0);
        QCOMPARE(fingerprint(), before);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/steward-console-pwned")));
    }

    void secretsStayOnTheServer()
    {
        // The statistics of the secret column are there, for the superuser to see...
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = 'llm_providers' "
                                      "AND attname = 'api_key' AND histogram_bounds IS NOT NULL")),
                 1);
        for (const QString& login : {kLogin, QString()}) {
            auto session = console(login);
            // ...but not through the console, even for a login that may read the column itself.
            auto stats =
                query(*session, QStringLiteral("SELECT attname, histogram_bounds::text, most_common_vals::text "
                                               "FROM pg_stats WHERE tablename = 'llm_providers'"));
            QVERIFY2(stats, qPrintable(stats.failure().message()));
            QVERIFY(!stats->rows.isEmpty());
            for (const QVariantList& row : stats->rows)
                QVERIFY2(row.first().toString() != QLatin1String("api_key"), qPrintable(login));
            auto refused = query(*session, QStringLiteral("SELECT * FROM llm_providers"));
            QVERIFY(!refused);
            QCOMPARE(refused.failure().code(), OutcomeCode::Forbidden);
            QVERIFY(refused.failure().message().contains(QStringLiteral("llm_providers")));
            auto named = query(*session, QStringLiteral("SELECT id, provider_type, model_name FROM llm_providers"));
            QVERIFY2(named, qPrintable(named.failure().message()));
        }
    }

    void otherSessionsCannotBeSignalled_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("ordinary login") << kLogin;
        QTest::newRow("superuser") << QString();
    }

    void otherSessionsCannotBeSignalled()
    {
        QFETCH(QString, login);
        auto other = Database::open(m_pg->target(login));
        QVERIFY2(other, qPrintable(other.failure().message()));
        QSqlQuery pid = (*other)->query();
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        auto session = console(login);
        for (const QString& signal : {QStringLiteral("pg_terminate_backend"), QStringLiteral("pg_cancel_backend")}) {
            auto killed = query(*session, QStringLiteral("SELECT %1(%2)").arg(signal, pid.value(0).toString()));
            QVERIFY2(!killed || !killed->rows.first().first().toBool(), qPrintable(signal));
        }
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid.value(0).toString())),
            1);
        STEWARD_VERIFY_OK((*other)->ping());
        QCOMPARE((*other)->reconnectCount(), 0);
    }

    void nothingOutlivesTheStatement()
    {
        auto session = console(kLogin);
        auto locked = query(*session, QStringLiteral("SELECT pg_advisory_lock(4242), pg_try_advisory_lock(4243), "
                                                     "set_config('work_mem', '1MB', false)"));
        QVERIFY2(locked, qPrintable(locked.failure().message()));
        // The session that took them is gone: another session finds no lock held.
        bool released = false;
        for (int attempt = 0; attempt < 200 && !released; ++attempt) {
            released = count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                            "AND objid IN (4242, 4243)")) == 0;
            if (!released)
                QTest::qWait(10);
        }
        QVERIFY(released);
        QSqlQuery take = m_admin->query();
        QVERIFY(take.exec(QStringLiteral("SELECT pg_try_advisory_lock(4242)")) && take.next());
        QVERIFY(take.value(0).toBool());
        QVERIFY(take.exec(QStringLiteral("SELECT pg_advisory_unlock(4242)")));
        auto setting = query(*session, QStringLiteral("SELECT current_setting('work_mem')"));
        QVERIFY(setting);
        QVERIFY(setting->rows.first().first().toString() != QLatin1String("1MB"));
    }

    void aLoginWithoutTheRoleIsToldWhatToDo()
    {
        auto session = console(kStranger);
        auto refused = query(*session, QStringLiteral("SELECT 1"));
        QVERIFY(!refused);
        QCOMPARE(refused.failure().code(), OutcomeCode::Forbidden);
        QVERIFY2(refused.failure().message().contains(QStringLiteral("GRANT steward_console TO console_stranger")),
                 qPrintable(refused.failure().message()));
        QVERIFY(!refused.failure().message().contains(QStringLiteral("secret")));
    }

    void theConsoleKeepsToTheLoginsClients()
    {
        // A login scoped to one client sees that client's rows through the console too.
        const QString scoped = QStringLiteral("console_scoped");
        QVERIFY2(m_pg->createLogin(scoped), qPrintable(m_pg->error()));
        const QString client = firstClient();
        QVERIFY(!client.isEmpty());
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(scoped, Role::Viewer, {client}));
        auto session = console(scoped);
        auto seen = query(*session, QStringLiteral("SELECT count(*), count(DISTINCT client_id) FROM llm_suggestions"));
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.failure().message()));
        const qint64 ofClient =
            count(QStringLiteral("SELECT count(*) FROM llm_suggestions WHERE client_id = '%1'").arg(client));
        QCOMPARE(seen->rows.first().at(0).toLongLong(), ofClient);
        QCOMPARE(seen->rows.first().at(1).toLongLong(), qint64(1));
        QVERIFY(ofClient < count(QStringLiteral("SELECT count(*) FROM llm_suggestions")));
    }

    void theConsoleRoleReadsButNeverTheSecretNorWrites()
    {
        // steward_console is the reading role every Steward role includes: outside the console
        // it reads what the roles table of the README lists, never the secret, and writes nothing.
        const QString plain = QStringLiteral("console_plain");
        QVERIFY2(m_pg->createLogin(plain), qPrintable(m_pg->error()));
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(plain, Role::Viewer));
        auto direct = Database::open(m_pg->target(plain));
        QVERIFY2(direct, qPrintable(direct.failure().message()));
        auto read =
            (*direct)->select(QStringLiteral("SELECT count(*) FROM llm_suggestions"), QStringLiteral("reading"));
        QVERIFY2(read, qPrintable(read.failure().message()));
        auto secret = (*direct)->select(QStringLiteral("SELECT api_key FROM llm_providers"), QStringLiteral("reading"));
        QVERIFY(!secret);
        QCOMPARE(secret.failure().code(), OutcomeCode::Forbidden);
        auto write = (*direct)->select(QStringLiteral("UPDATE llm_suggestions SET status = 'applied'"),
                                       QStringLiteral("writing"));
        QVERIFY(!write);
        QCOMPARE(write.failure().code(), OutcomeCode::Forbidden);
        auto session = console(plain);
        auto throughConsole = query(*session, QStringLiteral("SELECT count(*) FROM llm_suggestions"));
        QVERIFY2(throughConsole, qPrintable(throughConsole.failure().message()));
    }

    void cancelStopsAStatement()
    {
        auto session = console(kLogin);
        auto statement = session->prepare(QStringLiteral("SELECT pg_sleep(20)"));
        QVERIFY(statement);
        std::shared_ptr<ConsoleCancel> cancel = session->canceller();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QThread> canceller(QThread::create([cancel] {
            QThread::msleep(500);
            cancel->cancel();
        }));
        canceller->start();
        auto result = session->fetch(*statement, 10);
        canceller->wait();
        QVERIFY(!result);
        QVERIFY2(result.failure().message().contains(QStringLiteral("cancelled")),
                 qPrintable(result.failure().message()));
        QVERIFY(timer.elapsed() < 10000);
        // The next statement runs as usual.
        auto next = query(*session, QStringLiteral("SELECT 1"));
        QVERIFY2(next, qPrintable(next.failure().message()));
    }

    void theTimeLimitStopsAStatement()
    {
        auto session = console(QString());
        STEWARD_VERIFY_OK(session->setTimeoutSeconds(1));
        QElapsedTimer timer;
        timer.start();
        auto result = query(*session, QStringLiteral("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) "
                                                     "SELECT count(*) FROM r"));
        QVERIFY(!result);
        QCOMPARE(result.failure().code(), OutcomeCode::CannotOpen);
        QVERIFY2(result.failure().message().contains(QStringLiteral("within 1 s")),
                 qPrintable(result.failure().message()));
        QVERIFY(timer.elapsed() < 10000);
    }

    void everySessionHasATimeLimitAfterReconnecting()
    {
        OpenOptions options;
        options.timeBudgetMs = 1000;
        auto db = Database::open(m_pg->target(kLogin), options);
        QVERIFY2(db, qPrintable(db.failure().message()));
        auto shown = (*db)->select(QStringLiteral("SHOW statement_timeout"), QStringLiteral("reading"));
        QVERIFY(shown && shown->next());
        QCOMPARE(shown->value(0).toString(), QStringLiteral("1s"));
        QVERIFY(dropPostgresSession(*m_admin, **db));
        // The statement finds the session gone, reconnects, and the new session is limited too.
        auto slow = (*db)->select(QStringLiteral("SELECT pg_sleep(5)"), QStringLiteral("sleeping_view"));
        QVERIFY(!slow);
        QCOMPARE((*db)->reconnectCount(), 1);
        QCOMPARE(slow.failure().code(), OutcomeCode::CannotOpen);
        QVERIFY2(slow.failure().message().contains(QStringLiteral("sleeping_view")),
                 qPrintable(slow.failure().message()));
        QVERIFY(slow.failure().message().contains(QStringLiteral("did not finish")));
    }

    void theCliQueryCommand()
    {
        const QString db = m_pg->uri(kLogin);
        const auto cli = [&db](const QStringList& arguments) {
            return runCli(QStringList{QStringLiteral("--db"), db} + arguments, {QStringLiteral("PGPASSWORD=secret")});
        };
        const QString sql = QStringLiteral("SELECT status, count(*) AS n FROM llm_suggestions GROUP BY 1 ORDER BY 1");
        const CliRun table = cli({QStringLiteral("query"), sql});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY(table.out.startsWith(QStringLiteral("status")));
        const CliRun json = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("query"), sql});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        qint64 total = 0;
        for (const QJsonValue& row : QJsonDocument::fromJson(json.out.toUtf8()).array())
            total += row.toObject().value(QStringLiteral("n")).toInteger();
        QCOMPARE(total, count(QStringLiteral("SELECT count(*) FROM llm_suggestions")));
        const CliRun csv = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("query"),
                                QStringLiteral("SELECT '=1+2' AS f, 2 AS n")});
        QCOMPARE(csv.out, QStringLiteral("f,n\r\n'=1+2,2\r\n"));
        const CliRun raw = cli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--raw"),
                                QStringLiteral("query"), QStringLiteral("SELECT '=1+2' AS f, 2 AS n")});
        QCOMPARE(raw.out, QStringLiteral("f,n\r\n=1+2,2\r\n"));

        const QString before = fingerprint();
        const CliRun smuggled = cli(
            {QStringLiteral("query"), QStringLiteral("SELECT 1 AS €$$; COMMIT; BEGIN READ WRITE; UPDATE "
                                                     "llm_suggestions SET status='applied'; COMMIT; SELECT 1 AS x$$")});
        QCOMPARE(smuggled.exitCode, 7);
        const CliRun secret = cli({QStringLiteral("query"), QStringLiteral("SELECT api_key FROM llm_providers")});
        QCOMPARE(secret.exitCode, 5);
        QVERIFY(!secret.err.contains(QStringLiteral("secret"))); // the password is never shown
        const CliRun slow = cli({QStringLiteral("--time-limit"), QStringLiteral("1"), QStringLiteral("query"),
                                 QStringLiteral("SELECT pg_sleep(5)")});
        QCOMPARE(slow.exitCode, 6);
        QVERIFY2(slow.err.contains(QStringLiteral("within 1 s")), qPrintable(slow.err));
        QCOMPARE(cli({QStringLiteral("query")}).exitCode, 2);
        QCOMPARE(fingerprint(), before);
    }

    void initWithoutTheRightToCreateRolesStillWorks()
    {
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        const QString owner = QStringLiteral("console_owner");
        QVERIFY2(pg.createLogin(owner), qPrintable(pg.error())); // may create schemas, not roles
        const CliRun init = runCli({QStringLiteral("--db"), pg.uri(owner), QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        auto opened = ConsoleSession::open(pg.target(owner), QString());
        QVERIFY(opened);
        auto refused = query(**opened, QStringLiteral("SELECT 1"));
        QVERIFY(!refused);
        QCOMPARE(refused.failure().code(), OutcomeCode::Forbidden);
        QVERIFY2(refused.failure().message().contains(QStringLiteral("runs steward-cli init")),
                 qPrintable(refused.failure().message()));
        // A superuser's init sets the console up on the same database.
        const CliRun again = runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("init")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        auto works = query(**opened, QStringLiteral("SELECT count(*) FROM steward.roles"));
        QVERIFY2(works, qPrintable(works.failure().message()));
    }

    void anEndlessViewIsNamed()
    {
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto db = Database::open(pg.target());
        QVERIFY(db);
        STEWARD_VERIFY_OK((*db)->exec(QStringLiteral(
            "CREATE TABLE plain (x int); INSERT INTO plain VALUES (1); CREATE VIEW endless_view AS WITH RECURSIVE "
            "r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) AS n FROM r")));
        db->reset();
        // info lists everything else, then names the view that did not finish: exit 6.
        const CliRun info = runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("--time-limit"),
                                    QStringLiteral("1"), QStringLiteral("info")});
        QCOMPARE(info.exitCode, 6);
        QVERIFY2(info.err.contains(QStringLiteral("endless_view")), qPrintable(info.err));
        QVERIFY(info.err.contains(QStringLiteral("did not finish")));
        QVERIFY(info.out.contains(QStringLiteral("plain")));
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_pg.reset();
    }
};

QTEST_GUILESS_MAIN(PgConsoleTest)
#include "tst_pg_console.moc"
