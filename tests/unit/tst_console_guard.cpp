// The read-only SQL console on SQLite: one query at a time, anything that would write (or
// reach beyond the file) refused, secrets read as NULL, runaway statements stopped, results
// paged lazily and exported to CSV, and the file byte-identical afterwards.
#include "SnapshotTestSupport.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/snapshot/ConsoleSession.h"
#include "models/snapshot/SnapshotExport.h"
#include "models/snapshot/SqlText.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

using namespace steward;
using namespace steward::test;

class ConsoleGuardTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_digest;
    std::unique_ptr<ConsoleSession> m_console;

private slots:
    void initTestCase()
    {
        const QString demo = makeDemo(m_dir);
        m_path = m_dir.filePath(QStringLiteral("snap.sqlite"));
        exportSnapshot(demo, m_path);
        m_digest = fileDigest(m_path);
        ConnectionTarget target;
        target.sqlitePath = m_path;
        auto console = ConsoleSession::open(target, QStringLiteral("auditor"));
        QVERIFY2(console, qPrintable(console.failure().message()));
        m_console = console.take();
    }

    void scanning_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<bool>("unterminated");
        QTest::newRow("plain") << "select 1" << false << "SELECT" << false << false;
        QTest::newRow("trailing ;") << "SELECT 1;  -- done\n" << false << "SELECT" << false << false;
        QTest::newRow("two") << "SELECT 1; DELETE FROM t" << false << "SELECT" << true << false;
        QTest::newRow("; in string") << "SELECT 'a;b' ; " << false << "SELECT" << false << false;
        QTest::newRow("; in identifier") << "SELECT \"a;b\" FROM t" << false << "SELECT" << false << false;
        QTest::newRow("; in comment") << "/* ; */ SELECT 1 -- ;\n" << false << "SELECT" << false << false;
        QTest::newRow("leading parens") << "((SELECT 1))" << false << "SELECT" << false << false;
        QTest::newRow("with") << "WITH x AS (SELECT 1) DELETE FROM t" << false << "WITH" << false << false;
        QTest::newRow("unterminated string") << "SELECT 'abc" << false << "SELECT" << false << true;
        QTest::newRow("unterminated comment") << "SELECT 1 /* and then" << false << "SELECT" << false << true;
        QTest::newRow("dollar body") << "SELECT $x$ ; DROP $x$" << true << "SELECT" << false << false;
        QTest::newRow("dollar then more") << "SELECT $$a$$; DROP TABLE t" << true << "SELECT" << true << false;
        QTest::newRow("E string") << "SELECT E'\\'; DROP TABLE t; --'" << true << "SELECT" << false << false;
        QTest::newRow("nested comment") << "/* a /* b */ ; */ SELECT 1" << true << "SELECT" << false << false;
        QTest::newRow("brackets") << "SELECT [a;b] FROM t" << false << "SELECT" << false << false;
        QTest::newRow("empty") << "  -- nothing\n ; ;" << false << "" << false << false;
    }

    void scanning()
    {
        QFETCH(QString, sql);
        QFETCH(bool, postgres);
        QFETCH(QString, keyword);
        QFETCH(bool, multiple);
        QFETCH(bool, unterminated);
        const StatementScan scan = scanStatement(sql, postgres);
        QCOMPARE(scan.firstKeyword, keyword);
        QCOMPARE(scan.multiple, multiple);
        QCOMPARE(scan.unterminated, unterminated);
    }

    void queriesRun_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("rows");
        QTest::newRow("select") << "SELECT * FROM llm_suggestions" << 250;
        QTest::newRow("aggregate") << "SELECT status, count(*) FROM llm_suggestions GROUP BY status;" << -1;
        QTest::newRow("with")
            << "WITH p AS (SELECT * FROM llm_suggestions WHERE status = 'pending') SELECT count(*) FROM p" << 1;
        QTest::newRow("values") << "VALUES (1, 'a'), (2, 'b')" << 2;
        QTest::newRow("trailing comment") << "SELECT 1 AS one -- the end" << 1;
        QTest::newRow("same names") << "SELECT 1 AS a, 2 AS a, 'x;y' AS \"odd name\"" << 1;
        QTest::newRow("pragma function") << "SELECT name, type FROM pragma_table_info('llm_suggestions')" << 11;
        QTest::newRow("order by") << "SELECT suggestion_id FROM llm_suggestions ORDER BY suggestion_id DESC LIMIT 10"
                                  << 10;
        QTest::newRow("json")
            << "SELECT json_extract(after_metrics, '$.wmape') FROM llm_suggestions WHERE json_valid(after_metrics)"
            << -1;
    }

    void queriesRun()
    {
        QFETCH(QString, sql);
        QFETCH(int, rows);
        auto statement = m_console->prepare(sql);
        QVERIFY2(statement, qPrintable(statement.failure().message()));
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_console->database());
        STEWARD_VERIFY_OK(model.setQuery(statement->query));
        if (rows >= 0)
            QCOMPARE(model.rowCount(), rows);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), statement->columnNames.size());
        QVERIFY(!shownValue(model.index(0, 0)).toString().isEmpty() ||
                shownValue(model.index(0, 0), PagedTableModel::DimmedRole).toBool());
    }

    void writesAreRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<OutcomeCode>("code");
        const auto refuse = [](const char* name, const char* sql) {
            QTest::newRow(name) << QString::fromUtf8(sql) << OutcomeCode::ReadOnly;
        };
        refuse("insert",
               "INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary) VALUES ('x', 'c', 'o', 's')");
        refuse("update", "UPDATE llm_suggestions SET status = 'applied'");
        refuse("delete", "DELETE FROM steward_audit_log");
        refuse("replace", "REPLACE INTO steward_roles VALUES ('eve', 'admin', 'eve', 'now')");
        refuse("drop", "DROP TABLE llm_suggestions");
        refuse("create", "CREATE TABLE evil (x)");
        refuse("create temp", "CREATE TEMP TABLE evil (x)");
        refuse("alter", "ALTER TABLE llm_suggestions ADD COLUMN evil");
        refuse("attach", "ATTACH DATABASE '/tmp/steward-evil.sqlite' AS evil");
        refuse("detach", "DETACH DATABASE main");
        refuse("pragma write", "PRAGMA user_version = 5");
        refuse("pragma journal", "PRAGMA journal_mode = WAL");
        refuse("pragma schema", "PRAGMA writable_schema = ON");
        refuse("pragma read", "PRAGMA table_info(llm_suggestions)");
        QTest::newRow("pragma function that sets") << "SELECT * FROM pragma_user_version(5)" << OutcomeCode::Failed;
        refuse("begin", "BEGIN IMMEDIATE");
        refuse("commit", "COMMIT");
        refuse("savepoint", "SAVEPOINT s");
        refuse("vacuum", "VACUUM");
        refuse("vacuum into", "VACUUM INTO '/tmp/steward-evil-copy.sqlite'");
        refuse("reindex", "REINDEX");
        refuse("analyze", "ANALYZE");
        refuse("with insert", "WITH x AS (SELECT 1) INSERT INTO steward_settings (key, value) SELECT 'k', 'v' FROM x");
        refuse("select then drop", "SELECT 1; DROP TABLE llm_suggestions");
        refuse("two selects", "SELECT 1; SELECT 2");
        refuse("explain", "EXPLAIN SELECT 1");
        refuse("extension", "SELECT load_extension('/tmp/evil.so')");
        QTest::newRow("placeholder") << "SELECT * FROM llm_suggestions WHERE status = ?" << OutcomeCode::Usage;
        QTest::newRow("named parameter") << "SELECT * FROM llm_suggestions WHERE status = :status"
                                         << OutcomeCode::Usage;
        QTest::newRow("empty") << "  -- nothing" << OutcomeCode::Usage;
    }

    void writesAreRefused()
    {
        QFETCH(QString, sql);
        QFETCH(OutcomeCode, code);
        auto statement = m_console->prepare(sql);
        QVERIFY(!statement);
        QCOMPARE(statement.failure().code(), code);
        QVERIFY(!statement.failure().message().isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/steward-evil-copy.sqlite")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/steward-evil.sqlite")));
        QCOMPARE(fileDigest(m_path), m_digest);
        QCOMPARE(sideFiles(m_path), QStringList());
    }

    void refusalsSayWhy()
    {
        QVERIFY(m_console->prepare(QStringLiteral("DELETE FROM llm_suggestions"))
                    .failure()
                    .message()
                    .contains(QStringLiteral("DELETE")));
        QVERIFY(m_console->prepare(QStringLiteral("SELECT 1; SELECT 2"))
                    .failure()
                    .message()
                    .contains(QStringLiteral("one statement")));
        QVERIFY(m_console->prepare(QStringLiteral("PRAGMA table_info(x)"))
                    .failure()
                    .message()
                    .contains(QStringLiteral("pragma_table_info")));
    }

    void secretsReadAsNull()
    {
        // A file with its secret still in it, as a live pipeline database has.
        const QString live = makeDemo(m_dir, QStringLiteral("live.sqlite"));
        ConnectionTarget target;
        target.sqlitePath = live;
        auto console = ConsoleSession::open(target, QStringLiteral("auditor"));
        QVERIFY(console);
        for (const char* sql : {"SELECT api_key FROM llm_providers", "SELECT upper(api_key) AS k FROM llm_providers",
                                "SELECT * FROM llm_providers", "SELECT substr(p.api_key, 1, 3) FROM llm_providers p",
                                "SELECT (SELECT max(api_key) FROM llm_providers) AS k",
                                "SELECT count(*) FROM llm_providers WHERE api_key IS NOT NULL"}) {
            auto statement = (*console)->prepare(QString::fromUtf8(sql));
            QVERIFY2(statement, sql);
            PagedTableModel model;
            model.setDatabase(&(*console)->database());
            STEWARD_VERIFY_OK(model.setQuery(statement->query));
            const int keyColumn = statement->columnNames.indexOf(QStringLiteral("api_key"));
            for (int row = 0; row < model.rowCount(); ++row) {
                const QVariant value =
                    shownValue(model.index(row, keyColumn >= 0 ? keyColumn : 0), PagedTableModel::RawRole);
                if (QByteArray(sql).contains("count"))
                    QCOMPARE(value.toInt(), 0);
                else
                    QVERIFY2(value.isNull(), sql);
            }
        }
    }

    void runawayStatementsStop()
    {
        STEWARD_VERIFY_OK(m_console->setTimeoutSeconds(1));
        auto statement = m_console->prepare(
            QStringLiteral("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r"));
        QVERIFY(statement);
        PagedTableModel model;
        model.setDatabase(&m_console->database());
        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = model.setQuery(statement->query);
        QVERIFY(!outcome);
        QVERIFY2(outcome.message().contains(QStringLiteral("longer than allowed")), qPrintable(outcome.message()));
        QVERIFY(timer.elapsed() < 10000);
        STEWARD_VERIFY_OK(m_console->setTimeoutSeconds(ConsoleSession::kTimeoutSeconds));
        // The connection is still good for the next statement.
        QVERIFY(m_console->prepare(QStringLiteral("SELECT 1")));
    }

    // Endless, and cheap per step: only the clock or Cancel stops it.
    static QString endless()
    {
        return QStringLiteral("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r");
    }

    void cancelStopsAStatement()
    {
        auto statement = m_console->prepare(endless());
        QVERIFY(statement);
        std::shared_ptr<ConsoleCancel> cancel = m_console->canceller();
        std::unique_ptr<QThread> canceller(QThread::create([cancel] {
            QThread::msleep(300);
            cancel->cancel();
        }));
        QElapsedTimer timer;
        timer.start();
        canceller->start();
        auto result = m_console->fetch(*statement, 10);
        canceller->wait();
        QVERIFY(!result);
        QVERIFY2(result.failure().message().contains(QStringLiteral("cancelled")),
                 qPrintable(result.failure().message()));
        QVERIFY(timer.elapsed() < 10000);
        // Cancelling one statement does not touch the next.
        auto next = m_console->prepare(QStringLiteral("SELECT 1 AS one"));
        QVERIFY(next);
        auto ran = m_console->fetch(*next, 10);
        QVERIFY2(ran, qPrintable(ran.failure().message()));
        QCOMPARE(ran->rows.size(), 1);
    }

    void theTimeLimitStopsAFetch()
    {
        STEWARD_VERIFY_OK(m_console->setTimeoutSeconds(1));
        auto statement = m_console->prepare(endless());
        QVERIFY(statement);
        QElapsedTimer timer;
        timer.start();
        auto result = m_console->fetch(*statement, 10);
        QVERIFY(!result);
        QCOMPARE(result.failure().code(), OutcomeCode::CannotOpen);
        QVERIFY2(result.failure().message().contains(QStringLiteral("within 1 s")),
                 qPrintable(result.failure().message()));
        QVERIFY(timer.elapsed() < 10000);
        STEWARD_VERIFY_OK(m_console->setTimeoutSeconds(ConsoleSession::kTimeoutSeconds));
        auto next = m_console->prepare(QStringLiteral("SELECT 1"));
        QVERIFY(next && m_console->fetch(*next, 10));
    }

    void resultsArePagedLazily()
    {
        auto statement =
            m_console->prepare(QStringLiteral("SELECT f.id, f.series_key, f.predicted_quantity FROM forecast_results f "
                                              "CROSS JOIN (SELECT 1 UNION ALL SELECT 2) ORDER BY f.id"));
        QVERIFY(statement);
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_console->database());
        model.setPageSize(100);
        STEWARD_VERIFY_OK(model.setQuery(statement->query));
        QCOMPARE(model.rowCount(), 1620);
        // The tester looks at the first row; its page, and that one alone, arrives.
        QVERIFY(!shownValue(model.index(0, 1)).toString().isEmpty());
        const qint64 fetched = model.pagesFetched();
        QCOMPARE(fetched, 1);
        QVERIFY(!shownValue(model.index(1500, 1)).toString().isEmpty());
        QCOMPARE(model.pagesFetched(), fetched + 1);
        QCOMPARE(model.cachedPageCount(), int(fetched + 1));
    }

    void exportsCsv()
    {
        auto statement = m_console->prepare(QStringLiteral(
            "SELECT 1 AS n, 'plain' AS t UNION ALL SELECT 2, 'with, comma' UNION ALL SELECT 3, 'with \"quotes\"' "
            "UNION ALL SELECT 4, 'two\nlines' UNION ALL SELECT 5, NULL"));
        QVERIFY(statement);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 reported = 0;
        STEWARD_VERIFY_OK(m_console->writeCsv(*statement, buffer, [&](qint64 rows) {
            reported = rows;
            return true;
        }));
        QCOMPARE(QString::fromUtf8(buffer.data()),
                 QStringLiteral(
                     "n,t\r\n1,plain\r\n2,\"with, comma\"\r\n3,\"with \"\"quotes\"\"\"\r\n4,\"two\nlines\"\r\n5,\r\n"));

        // Text that a spreadsheet would run stays text; numbers stay numbers.
        auto formulas = m_console->prepare(
            QStringLiteral("SELECT '=1+2' AS \"@who\", '-0.5' AS minus, -0.25 AS negative, '@SUM(A1)' AS at, "
                           "'+cmd|''/C calc''!A0' AS plus, '-x' AS dash"));
        QVERIFY(formulas);
        QBuffer guarded;
        guarded.open(QIODevice::WriteOnly);
        STEWARD_VERIFY_OK(m_console->writeCsv(*formulas, guarded, {}));
        QCOMPARE(QString::fromUtf8(guarded.data()),
                 QStringLiteral(
                     "'@who,minus,negative,at,plus,dash\r\n'=1+2,-0.5,-0.25,'@SUM(A1),'+cmd|'/C calc'!A0,'-x\r\n"));

        auto all =
            m_console->prepare(QStringLiteral("SELECT f.* FROM forecast_results f CROSS JOIN (VALUES (1), (2))"));
        QBuffer big;
        big.open(QIODevice::WriteOnly);
        STEWARD_VERIFY_OK(m_console->writeCsv(*all, big, [&](qint64 rows) {
            reported = rows;
            return true;
        }));
        QCOMPARE(big.data().count("\r\n"), 1621);
        QCOMPARE(reported, 1000);
        // Stopping part-way is a failure, not a short file passed off as whole.
        QBuffer stopped;
        stopped.open(QIODevice::WriteOnly);
        QVERIFY(!m_console->writeCsv(*all, stopped, [](qint64) { return false; }));
    }

    void cleanupTestCase()
    {
        m_console.reset();
        QCOMPARE(fileDigest(m_path), m_digest);
        QCOMPARE(sideFiles(m_path), QStringList());
    }
};

QTEST_GUILESS_MAIN(ConsoleGuardTest)
#include "tst_console_guard.moc"
