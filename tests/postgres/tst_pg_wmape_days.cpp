// The pipeline's accuracy rollup on the server (WmapeTriggers): built by init --indexes, it gives
// the join's figures; the pipeline's own login writing forecasts and actuals (insert, update,
// delete, truncate) keeps it equal to the join, row for row; a forecast and its actual written
// at the same time by two sessions are paired; a writer in REPEATABLE READ, or a disabled
// trigger, makes it step aside, and the summaries join the tables again; a snapshot rebuilds it
// rather than copying it.
#include "TestSupport.h"
#include "WmapeFigures.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/WmapeDays.h"
#include "models/snapshot/SnapshotExport.h"

#include <QTest>
#include <thread>

using namespace steward;
using namespace steward::test;

namespace {
// The rollup's rows that the join of the two tables does not give, and the join's rows that the
// rollup lacks: 0 when it holds exactly every pair.
const QString kDiffering = QStringLiteral(
    "WITH joined AS (SELECT f.client_id, f.model_version, f.forecast_date, "
    "sum(abs(f.predicted_quantity - a.actual_quantity)) AS abs_error, sum(a.actual_quantity) AS actual_sum, "
    "count(*) AS pairs FROM forecast_results f JOIN forecast_actuals a ON a.client_id = f.client_id AND "
    "a.series_key = f.series_key AND a.actual_date = f.forecast_date GROUP BY 1, 2, 3), "
    "rolled AS (SELECT client_id, model_version, forecast_date, abs_error, actual_sum, pairs "
    "FROM steward.search_wmape_days) "
    "SELECT (SELECT count(*) FROM (SELECT * FROM rolled EXCEPT SELECT * FROM joined) x) + "
    "(SELECT count(*) FROM (SELECT * FROM joined EXCEPT SELECT * FROM rolled) y), (SELECT count(*) FROM rolled)");

// How many rows differ between the rollup and the join, and how many the rollup has.
std::pair<qint64, qint64> differing(Database& db)
{
    auto q = db.select(kDiffering, QStringLiteral("comparing the rollup"));
    if (!q || !q->next())
        return {-1, -1};
    return {q->value(0).toLongLong(), q->value(1).toLongLong()};
}

QString scalar(Database& db, const QString& sql)
{
    auto q = db.select(sql, sql);
    return q && q->next() ? q->value(0).toString() : QStringLiteral("failed");
}

bool run(Database& db, const QString& sql)
{
    Outcome done = db.exec(sql);
    if (!done)
        qWarning() << sql << done.message();
    return bool(done);
}
} // namespace

class PgWmapeDaysTest : public QObject
{
    Q_OBJECT

    const TestClock m_clock;
    QTemporaryDir m_dir;

    // The pipeline's demo written into the fresh database `pg` on the server.
    static std::unique_ptr<Database> serverDemo(const TemporaryPostgresDatabase& pg)
    {
        DemoOptions options;
        options.seed = 11;
        options.anchor = demoAnchor();
        options.actingUser = QStringLiteral("admin");
        return postgresDemo(pg, options);
    }

    // A login of the pipeline's own that may write forecasts and actuals, and nothing of Steward's.
    static std::unique_ptr<Database> pipelineWriter(TemporaryPostgresDatabase& pg, Database& owner)
    {
        const QString login = pg.name() + QStringLiteral("_writer");
        if (!pg.createLogin(login))
            return STEWARD_HELPER_FAILED("%s", qPrintable(pg.error()));
        for (const QString& grant :
             {QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON forecast_results, forecast_actuals TO %1"),
              QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1")}) {
            if (Outcome granted = owner.exec(grant.arg(SqlDialect::quoteIdentifier(login))); !granted)
                return STEWARD_HELPER_FAILED("%s", qPrintable(granted.message()));
        }
        auto writer = Database::open(pg.target(login));
        if (!writer)
            return STEWARD_HELPER_FAILED("%s", qPrintable(writer.failure().message()));
        return writer.take();
    }

private slots:
    void givesTheJoinsFigures()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg);
        QVERIFY(server);
        Database& db = *server;
        QVERIFY(!WmapeDays::isCurrent(db));
        const QStringList joined = performanceEverything(db);
        QVERIFY2(joined.filter(QStringLiteral("failed")).isEmpty(), qPrintable(joined.join('\n')));
        QVERIFY(performanceSummary(db, {}).size() > 1);

        auto created = MonitoringIndexes::createAll(db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QVERIFY(WmapeDays::isCurrent(db));
        const auto [differ, rows] = differing(db);
        QCOMPARE(differ, qint64(0));
        QVERIFY(rows > 0);
        QCOMPARE(performanceEverything(db), joined);
        QVERIFY(WmapeDays::build(db)); // again: the same rollup
        QCOMPARE(differing(db).second, rows);
        QCOMPARE(differing(db).first, qint64(0));
    }

    void thePipelinesWritesKeepItCurrent()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg);
        QVERIFY(server);
        Database& db = *server;
        QVERIFY(WmapeDays::build(db));
        auto writer = pipelineWriter(pg, db);
        QVERIFY(writer);
        const QStringList writes{
            // another version's forecasts for days that have actuals
            QStringLiteral("INSERT INTO forecast_results (series_key, client_id, product_id, forecast_date, "
                           "predicted_quantity, model_version) SELECT series_key, client_id, product_id, "
                           "forecast_date, predicted_quantity * 1.1, 'v-appended' FROM forecast_results "
                           "WHERE id % 3 = 0 AND forecast_date IN (SELECT actual_date FROM forecast_actuals)"),
            // actuals for forecasts that had none
            QStringLiteral("INSERT INTO forecast_actuals (client_id, series_key, actual_date, actual_quantity) "
                           "SELECT DISTINCT client_id, series_key, forecast_date, 7 FROM forecast_results f "
                           "WHERE NOT EXISTS (SELECT 1 FROM forecast_actuals a WHERE a.client_id = f.client_id "
                           "AND a.series_key = f.series_key AND a.actual_date = f.forecast_date) AND f.id % 2 = 0"),
            QStringLiteral(
                "UPDATE forecast_results SET predicted_quantity = predicted_quantity * 0.9 WHERE id % 11 = 0"),
            // an actual moved to another day, and a forecast to another version
            QStringLiteral("UPDATE forecast_actuals SET actual_quantity = actual_quantity + 1, "
                           "actual_date = actual_date + 1 WHERE id % 5 = 0"),
            QStringLiteral("UPDATE forecast_results SET model_version = NULL WHERE id % 17 = 0"),
            QStringLiteral("DELETE FROM forecast_actuals WHERE id % 7 = 0"),
            QStringLiteral("DELETE FROM forecast_results WHERE model_version = 'v-appended' AND id % 2 = 0"),
        };
        for (const QString& write : writes) {
            QVERIFY(run(*writer, write));
            QVERIFY2(WmapeDays::isCurrent(db), qPrintable(write));
            QVERIFY2(differing(db).first == 0, qPrintable(write));
        }
        QVERIFY(performanceSummary(db, {}).join('\n').contains(QStringLiteral("v-appended")));
        const QStringList rolled = performanceEverything(db);

        // A disabled trigger lets writes past the rollup: it steps aside, the summaries join.
        QVERIFY(run(db, QStringLiteral("ALTER TABLE forecast_actuals DISABLE TRIGGER steward_wmape_days_delete")));
        QVERIFY(!WmapeDays::isCurrent(db));
        QCOMPARE(performanceEverything(db), rolled);
        QVERIFY(run(db, QStringLiteral("ALTER TABLE forecast_actuals ENABLE TRIGGER steward_wmape_days_delete")));
        QVERIFY(WmapeDays::isCurrent(db));

        QVERIFY(run(db, QStringLiteral("TRUNCATE forecast_actuals")));
        QVERIFY(WmapeDays::isCurrent(db));
        QCOMPARE(differing(db).second, qint64(0));
        QVERIFY(performanceSummary(db, {}).isEmpty());

        // Steward's tables dropped by hand, the triggers left: the system still writes.
        QVERIFY(run(db, QStringLiteral("DROP TABLE steward.search_wmape_days, steward.search_wmape_state")));
        QVERIFY(run(*writer, QStringLiteral("INSERT INTO forecast_actuals (client_id, series_key, actual_date, "
                                            "actual_quantity) VALUES ('hanoi_fresh', 's', '2026-01-01', 1)")));
        QVERIFY(run(db, QStringLiteral("TRUNCATE forecast_results")));
        QVERIFY(!WmapeDays::isCurrent(db));
    }

    // The forecast's session has not committed when the actual's writes: without the lock, neither
    // trigger would see the other's row and the pair would be lost.
    void aForecastAndItsActualWrittenAtOnceArePaired()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg);
        QVERIFY(server);
        Database& db = *server;
        QVERIFY(WmapeDays::build(db));
        auto forecasting = Database::open(pg.target());
        QVERIFY(forecasting);
        const QString day = scalar(db, QStringLiteral("SELECT max(actual_date) + 40 FROM forecast_actuals"));
        bool waited = false;
        {
            WriteTransaction transaction(**forecasting);
            QVERIFY(transaction.begin());
            QVERIFY(run(**forecasting,
                        QStringLiteral("INSERT INTO forecast_results (series_key, client_id, forecast_date, "
                                       "predicted_quantity, model_version) VALUES ('race', 'hanoi_fresh', '%1', 10, "
                                       "'v-race')")
                            .arg(day)));
            std::atomic<bool> written{false};
            QString failure;
            std::thread actuals([&] {
                auto other = Database::open(pg.target());
                if (!other) {
                    failure = other.failure().message();
                } else if (Outcome done = (*other)->exec(
                               QStringLiteral("INSERT INTO forecast_actuals (client_id, series_key, actual_date, "
                                              "actual_quantity) VALUES ('hanoi_fresh', 'race', '%1', 8)")
                                   .arg(day));
                           !done) {
                    failure = done.message();
                }
                written = true;
            });
            QTest::qWait(400);
            waited = !written;
            QVERIFY(transaction.commit());
            actuals.join();
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
        QVERIFY(WmapeDays::isCurrent(db));
        QCOMPARE(differing(db).first, qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT pairs || ':' || abs_error FROM steward.search_wmape_days WHERE "
                                           "model_version = 'v-race'")),
                 QStringLiteral("1:2"));
        QVERIFY(waited); // the actual's trigger waited for the forecast's transaction
    }

    // Under REPEATABLE READ a statement does not see what committed while it waited: the trigger
    // marks the rollup stale, the write goes through, and the summaries join until a rebuild.
    void aWriterInRepeatableReadMakesItStepAside()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg);
        QVERIFY(server);
        Database& db = *server;
        QVERIFY(WmapeDays::build(db));
        auto writer = pipelineWriter(pg, db);
        QVERIFY(writer);
        QVERIFY(
            run(*writer, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ")));
        QVERIFY(run(*writer, QStringLiteral("UPDATE forecast_actuals SET actual_quantity = actual_quantity + 3 "
                                            "WHERE id % 4 = 0")));
        QVERIFY(!WmapeDays::isCurrent(db));
        QVERIFY(scalar(db, QStringLiteral("SELECT reason FROM steward.search_wmape_state"))
                    .contains(QStringLiteral("repeatable read")));
        const QStringList joined = performanceEverything(db);
        QVERIFY(differing(db).first > 0);
        QVERIFY(WmapeDays::build(db));
        QVERIFY(WmapeDays::isCurrent(db));
        QCOMPARE(differing(db).first, qint64(0));
        QCOMPARE(performanceEverything(db), joined);
    }

    // A snapshot has the rollup rebuilt from its own rows, as a SQLite file's, not the server's copy.
    void aSnapshotRebuildsIt()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg);
        QVERIFY(server);
        Database& db = *server;
        auto created = MonitoringIndexes::createAll(db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        const QString path = m_dir.filePath(QStringLiteral("server.snapshot"));
        auto written = SnapshotExport::write(db, path);
        QVERIFY2(written, qPrintable(written.failure().message()));
        for (const auto& table : written->tables)
            QVERIFY2(!table.name.startsWith(QLatin1String("steward_search_")), qPrintable(table.name));
        auto snapshot = openSqlite(path, QStringLiteral("admin"), true);
        QVERIFY(snapshot);
        QVERIFY(WmapeDays::isCurrent(*snapshot));
        QCOMPARE(scalar(*snapshot, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('steward_search_wmape_days') "
                                                  "WHERE name = 'pairs'")),
                 QStringLiteral("0"));
        QCOMPARE(performanceEverything(*snapshot), performanceEverything(db));
    }
};

QTEST_GUILESS_MAIN(PgWmapeDaysTest)
#include "tst_pg_wmape_days.moc"
