// The database layer against a real PostgreSQL server: the demo loads, tables and columns are
// detected, values come out exactly as they do from SQLite, Steward's tables live in schema
// "steward", read-only sessions are enforced by the server, and bad logins are clear errors.
#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/db/SchemaCatalog.h"
#include "models/demo/DemoGenerator.h"
#include "models/values/CellValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace steward;
using namespace steward::test;

class PgFoundationTest : public QObject
{
    Q_OBJECT

    static DemoOptions demoOptions()
    {
        DemoOptions options;
        options.seed = 7;
        options.anchor = QDate(2026, 11, 20);
        options.actingUser = QStringLiteral("admin");
        return options;
    }

    // Every row of a table, as canonical text, in id order.
    static QStringList canonicalRows(Database& db, const SchemaCatalog& catalog, const QString& name,
                                     const QStringList& skip = {})
    {
        const TableInfo* table = catalog.table(name);
        if (!table)
            return STEWARD_HELPER_FAILED("no table %s", qPrintable(name));
        QStringList columns;
        QList<LogicalType> types;
        for (const ColumnInfo& column : table->columns) {
            if (skip.contains(column.name))
                continue;
            columns << SqlDialect::quoteIdentifier(column.name);
            types << column.type;
        }
        QSqlQuery q = db.query();
        if (!q.exec(
                QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns.join(QLatin1Char(',')), table->sqlName())))
            return STEWARD_HELPER_FAILED("cannot read %s", qPrintable(name));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < types.size(); ++c)
                cells << mapValue(q.value(c), types.at(c)).text();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

    static int countRows(Database& db, int atLeast)
    {
        QSqlQuery q = db.query();
        if (!db.prepare(q, QStringLiteral("SELECT count(*) FROM t WHERE x >= :least")))
            return -1;
        q.bindValue(QStringLiteral(":least"), atLeast);
        if (!db.run(q, QStringLiteral("counting")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void demoValuesMatchSqlite()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto pgDb = Database::open(pg.target());
        QVERIFY2(pgDb, qPrintable(pgDb.failure().message()));
        auto written = DemoGenerator::writeInto(**pgDb, demoOptions());
        QVERIFY2(written, qPrintable(written.failure().message()));

        QTemporaryDir dir;
        auto sqlite = openSqlite(makeDemo(dir));
        auto pgCatalog = SchemaCatalog::load(**pgDb);
        auto sqliteCatalog = SchemaCatalog::load(*sqlite);
        QVERIFY(pgCatalog && sqliteCatalog);
        QCOMPARE(pgCatalog->missingPipelineTables(), QStringList());
        QVERIFY(pgCatalog->table(QStringLiteral("steward.audit_log")));
        QVERIFY(pgCatalog->table(QStringLiteral("steward.audit_log"))->isApp);
        QVERIFY(pgCatalog->table(QStringLiteral("llm_suggestions"))->isPipeline);
        QCOMPARE(pgCatalog->table(QStringLiteral("llm_suggestions"))->column(QStringLiteral("parameter_diff"))->type,
                 LogicalType::Json);

        // jsonb, uuid, numeric, timestamptz and date come out as their SQLite counterparts do.
        for (const QString& table : {QStringLiteral("model_metadata"), QStringLiteral("training_jobs"),
                                     QStringLiteral("backtest_results"), QStringLiteral("improvement_cycles"),
                                     QStringLiteral("forecast_results"), QStringLiteral("governance_policies"),
                                     QStringLiteral("governance_violations"), QStringLiteral("discovered_events")}) {
            const QStringList fromPg = canonicalRows(**pgDb, *pgCatalog, table);
            const QStringList fromSqlite = canonicalRows(*sqlite, *sqliteCatalog, table);
            QCOMPARE(fromPg.size(), fromSqlite.size());
            for (int i = 0; i < fromPg.size(); ++i)
                QVERIFY2(fromPg.at(i) == fromSqlite.at(i),
                         qPrintable(QStringLiteral("%1 row %2:\n pg     %3\n sqlite %4")
                                        .arg(table)
                                        .arg(i)
                                        .arg(fromPg.at(i), fromSqlite.at(i))));
        }
        // Suggestions too, apart from the SQLite demo's deliberately broken JSON and its few decisions.
        const QStringList pgSuggestions = canonicalRows(**pgDb, *pgCatalog, QStringLiteral("llm_suggestions"),
                                                        {QStringLiteral("parameter_diff"), QStringLiteral("status")});
        QCOMPARE(pgSuggestions, canonicalRows(*sqlite, *sqliteCatalog, QStringLiteral("llm_suggestions"),
                                              {QStringLiteral("parameter_diff"), QStringLiteral("status")}));
    }

    void cliInfoAndAppSchema()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        const CliRun demo = runCli({QStringLiteral("demo"), pg.uri(), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const CliRun info = runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("info")});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("backend")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(object.value(QStringLiteral("app_schema_version")).toInt(), AppSchema::latestVersion());
        QCOMPARE(object.value(QStringLiteral("acting_user")).toString(), QStringLiteral("postgres"));
        QVERIFY(!info.out.contains(QUrl(postgresUri()).password()));
        bool sawSuggestions = false;
        for (const QJsonValue& table : object.value(QStringLiteral("tables")).toArray()) {
            if (table.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("llm_suggestions")) {
                QCOMPARE(table.toObject().value(QStringLiteral("rows")).toInt(), DemoGenerator::kSuggestionsPerScale);
                sawSuggestions = true;
            }
        }
        QVERIFY(sawSuggestions);
        // init again changes nothing.
        const CliRun init = runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("init")});
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("changed")).toBool(), false);
        // --read-only is refused by Steward before the server is asked.
        QCOMPARE(
            runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("--read-only"), QStringLiteral("init")}).exitCode,
            7);
    }

    void readOnlySessionIsEnforcedByTheServer()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        {
            auto db = Database::open(pg.target());
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t (x int)")));
        }
        ConnectionTarget target = pg.target();
        target.readOnly = true;
        auto db = Database::open(target);
        QVERIFY(db);
        QSqlQuery insert = (*db)->query();
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QCOMPARE((*db)->failure(insert.lastError(), QStringLiteral("insert")).code(), OutcomeCode::ReadOnly);
    }

    void droppedSessionsComeBackOutsideTransactions()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        QVERIFY((*admin)->exec(QStringLiteral("CREATE TABLE t (x int)")));
        QVERIFY((*admin)->exec(QStringLiteral("INSERT INTO t VALUES (1), (2), (3)")));

        // A prepared statement whose session is gone runs again, with its values, on a new one
        // that keeps the connection's settings (read-only, UTC).
        ConnectionTarget readOnly = pg.target();
        readOnly.readOnly = true;
        auto reader = Database::open(readOnly);
        QVERIFY(reader);
        QSqlQuery prepared = (*reader)->query();
        STEWARD_VERIFY_OK((*reader)->prepare(prepared, QStringLiteral("SELECT count(*) FROM t WHERE x >= :least")));
        prepared.bindValue(QStringLiteral(":least"), 2);
        QVERIFY(dropPostgresSession(**admin, **reader));
        STEWARD_VERIFY_OK((*reader)->run(prepared, QStringLiteral("counting")));
        QVERIFY(prepared.next());
        QCOMPARE(prepared.value(0).toInt(), 2);
        QCOMPARE((*reader)->exec(QStringLiteral("INSERT INTO t VALUES (9)")).code(), OutcomeCode::ReadOnly);
        QSqlQuery zone = (*reader)->query();
        QVERIFY(zone.exec(QStringLiteral("SHOW TIME ZONE")) && zone.next());
        QCOMPARE(zone.value(0).toString(), QStringLiteral("UTC"));
        // Preparing on a dropped session reconnects too.
        QVERIFY(dropPostgresSession(**admin, **reader));
        QCOMPARE(countRows(**reader, 1), 3);

        // Inside a transaction nothing is retried: the transaction died with its session, the
        // commit reports it, nothing of it is stored, and the next write starts afresh.
        auto writer = Database::open(pg.target());
        QVERIFY(writer);
        {
            WriteTransaction transaction(**writer);
            STEWARD_VERIFY_OK(transaction.begin());
            STEWARD_VERIFY_OK((*writer)->exec(QStringLiteral("INSERT INTO t VALUES (4)")));
            QVERIFY(dropPostgresSession(**admin, **writer));
            const Outcome lost = (*writer)->exec(QStringLiteral("INSERT INTO t VALUES (5)"));
            QVERIFY(!lost);
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(countRows(**admin, 4), 0);
        {
            WriteTransaction transaction(**writer);
            STEWARD_VERIFY_OK(transaction.begin());
            STEWARD_VERIFY_OK((*writer)->exec(QStringLiteral("INSERT INTO t VALUES (6)")));
            STEWARD_VERIFY_OK(transaction.commit());
        }
        QCOMPARE(countRows(**admin, 4), 1);
    }

    void badLoginsAreClearAndSecret()
    {
        STEWARD_REQUIRE_POSTGRES();
        QUrl wrong(postgresUri());
        wrong.setPassword(QStringLiteral("Wr0ng-Pa55word"));
        const CliRun run = runCli({QStringLiteral("--db"), wrong.toString(), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QStringLiteral("password authentication failed")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Wr0ng-Pa55word")));
        // One line for the error, and one warning that a password on the command line is visible.
        QCOMPARE(run.err.count(QLatin1Char('\n')), 2);
        QCOMPARE(run.err.count(QStringLiteral("steward-cli: error: ")), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("steward-cli: warning: the password in --db")), qPrintable(run.err));

        QUrl unreachable(postgresUri());
        unreachable.setPort(1); // nothing listens on port 1
        const CliRun refused = runCli({QStringLiteral("--db"), unreachable.toString(), QStringLiteral("info")});
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(!refused.err.contains(QUrl(postgresUri()).password()));

        QUrl missing(postgresUri());
        missing.setPath(QStringLiteral("/no_such_database"));
        QCOMPARE(runCli({QStringLiteral("--db"), missing.toString(), QStringLiteral("info")}).exitCode, 6);
    }
};

QTEST_GUILESS_MAIN(PgFoundationTest)
#include "tst_pg_foundation.moc"
