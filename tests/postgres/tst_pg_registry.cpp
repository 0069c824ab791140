// The model registry against the real PostgreSQL server: metric keys and values extracted from
// jsonb exactly as from SQLite's JSON text, the same version list and chart data on both,
// import into jsonb, and a rollback requested and approved by two logins.
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/charts/BacktestFolds.h"
#include "models/charts/ForecastFan.h"
#include "models/charts/ImprovementCycles.h"
#include "models/charts/MetricHistory.h"
#include "models/db/SchemaCatalog.h"
#include "models/demo/DemoGenerator.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/ClientVersions.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/RegistryImport.h"
#include "models/registry/VersionDetails.h"
#include "models/registry/VersionListQuery.h"
#include "models/registry/VersionRollback.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class PgRegistryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static DemoOptions demoOptions()
    {
        DemoOptions options;
        options.seed = 7;
        options.anchor = QDate(2026, 11, 20);
        options.actingUser = QStringLiteral("admin");
        return options;
    }

    // Every cell of a client's version list, as canonical text.
    static QStringList listCells(Database& db, const ModelRegistry& registry, const QString& client)
    {
        PagedTableModel model;
        model.setDatabase(&db);
        model.setPageSize(4);
        const Outcome set = model.setQuery(VersionListQuery::build(registry, client, *registry.metricKeys(client)));
        if (!set)
            return STEWARD_HELPER_FAILED("%s", qPrintable(set.message()));
        QStringList cells;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.query().columns.at(column).name + QLatin1Char('=') + model.cell(row, column).text();
        }
        return cells;
    }

    static void insertRow(Database& db, const QString& version, const QString& metrics)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO model_metadata (client_id, model_version, metrics, created_at) VALUES "
                                 "('acme', ?, ?, '2026-01-01T00:00:00Z')"));
        q.addBindValue(version);
        q.addBindValue(metrics);
        STEWARD_VERIFY_OK(db.run(q, QStringLiteral("insert")));
    }

private slots:
    // The list the Models view shows from what it reads as a job (ClientVersionsRead) sorts on the
    // server by every column, both ways, NULLs last.
    void versionListSortsOnTheServer()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto db = Database::open(pg.target());
        QVERIFY2(db, qPrintable(db.failure().message()));
        auto written = DemoGenerator::writeInto(**db, demoOptions());
        QVERIFY2(written, qPrintable(written.failure().message()));
        auto catalog = SchemaCatalog::load(**db);
        ModelRegistry registry(**db, *catalog);
        auto read = ClientVersionsRead::load(registry, QStringLiteral("lotus_pharma"), true);
        QVERIFY2(read, qPrintable(read.failure().message()));
        PagedTableModel paged;
        paged.setDatabase(db->get());
        paged.setPageSize(4);
        verifyVersionListSorts(paged, read->query,
                               static_cast<int>(registry.versions(QStringLiteral("lotus_pharma"))->size()), registry);
    }

    void jsonbAndSqliteGiveTheSameRegistry()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto pgDb = Database::open(pg.target());
        QVERIFY2(pgDb, qPrintable(pgDb.failure().message()));
        auto written = DemoGenerator::writeInto(**pgDb, demoOptions());
        QVERIFY2(written, qPrintable(written.failure().message()));
        auto sqlite = openSqlite(makeDemo(m_dir));
        // Rows only jsonb or only JSON text would treat differently: a newer pipeline's metric,
        // non-numbers, a nested object, an array and a scalar instead of an object.
        for (Database* db : {pgDb->get(), sqlite.get()}) {
            insertRow(
                *db, QStringLiteral("20260101_000000"),
                QStringLiteral(R"({"wmape": 0.25, "pinball_p90": 3, "note": "x", "nested": {"a": 1}, "flag": true})"));
            insertRow(*db, QStringLiteral("20260102_000000"), QStringLiteral("[1, 2]"));
            insertRow(*db, QStringLiteral("20260103_000000"), QStringLiteral("\"text\""));
            insertRow(*db, QStringLiteral("20260104_000000"), QStringLiteral(R"({"wmape": 1e-3, "r2": -0.5})"));
        }
        auto pgCatalog = SchemaCatalog::load(**pgDb);
        auto sqliteCatalog = SchemaCatalog::load(*sqlite);
        ModelRegistry onPg(**pgDb, *pgCatalog);
        ModelRegistry onSqlite(*sqlite, *sqliteCatalog);
        const QStringList clients = *onPg.clients();
        QCOMPARE(clients, *onSqlite.clients());
        QCOMPARE(*onPg.metricKeys(QStringLiteral("acme")),
                 (QStringList{QStringLiteral("wmape"), QStringLiteral("r2"), QStringLiteral("pinball_p90")}));
        QCOMPARE(*onPg.metricKeys(), *onSqlite.metricKeys());
        for (const QString& client : clients) {
            QCOMPARE(*onPg.metricKeys(client), *onSqlite.metricKeys(client));
            QCOMPARE(listCells(**pgDb, onPg, client), listCells(*sqlite, onSqlite, client));
            auto pgHistory = MetricHistory::load(onPg, client, QStringLiteral("wmape"));
            auto sqliteHistory = MetricHistory::load(onSqlite, client, QStringLiteral("wmape"));
            QVERIFY2(pgHistory && sqliteHistory, qPrintable(pgHistory.failure().message()));
            QCOMPARE(pgHistory->xy(), sqliteHistory->xy());
            QCOMPARE(pgHistory->activeVersion, sqliteHistory->activeVersion);
        }
        auto pgVersion = onPg.version(QStringLiteral("acme"), QStringLiteral("20260101_000000"));
        QVERIFY(pgVersion);
        QCOMPARE(pgVersion->metrics,
                 (QMap<QString, double>{{QStringLiteral("wmape"), 0.25}, {QStringLiteral("pinball_p90"), 3}}));

        // The chart data is the same on both.
        for (const QString& client : {QStringLiteral("hanoi_fresh"), QStringLiteral("lotus_pharma")}) {
            auto pgFolds = BacktestFolds::load(onPg, client, {}, QStringLiteral("event_wmape"));
            auto sqliteFolds = BacktestFolds::load(onSqlite, client, {}, QStringLiteral("event_wmape"));
            QVERIFY2(pgFolds && sqliteFolds, qPrintable(pgFolds.failure().message()));
            QCOMPARE(pgFolds->versions, sqliteFolds->versions);
            QCOMPARE(pgFolds->rows.size(), sqliteFolds->rows.size());
            for (int i = 0; i < pgFolds->rows.size(); ++i) {
                QCOMPARE(pgFolds->rows.at(i).value, sqliteFolds->rows.at(i).value);
                QCOMPARE(pgFolds->rows.at(i).testEnd, sqliteFolds->rows.at(i).testEnd);
            }
            auto pgFan = ForecastFan::load(onPg, client, {});
            auto sqliteFan = ForecastFan::load(onSqlite, client, {});
            QVERIFY2(pgFan && sqliteFan, qPrintable(pgFan.failure().message()));
            QCOMPARE(pgFan->seriesKey, sqliteFan->seriesKey);
            QCOMPARE(pgFan->days.size(), sqliteFan->days.size());
            for (int i = 0; i < pgFan->days.size(); ++i) {
                QCOMPARE(pgFan->days.at(i).date, sqliteFan->days.at(i).date);
                QCOMPARE(pgFan->days.at(i).upper, sqliteFan->days.at(i).upper);
                QCOMPARE(pgFan->days.at(i).eventTier, sqliteFan->days.at(i).eventTier);
            }
            QCOMPARE(pgFan->actuals.size(), sqliteFan->actuals.size());
            auto pgCycles = ImprovementCycles::load(**pgDb, client);
            auto sqliteCycles = ImprovementCycles::load(*sqlite, client);
            QVERIFY(pgCycles && sqliteCycles);
            QCOMPARE(pgCycles->stateCounts, sqliteCycles->stateCounts);
            for (int i = 0; i < pgCycles->cycles.size(); ++i)
                QCOMPARE(pgCycles->cycles.at(i).mapeAfter, sqliteCycles->cycles.at(i).mapeAfter);
            // Training jobs, failed attempts included, come out alike.
            const ModelVersion version = onPg.versions(client)->at(3);
            auto pgJobs = VersionDetails::trainingJobs(onPg, version);
            auto sqliteJobs = VersionDetails::trainingJobs(onSqlite, *onSqlite.version(client, version.version));
            QVERIFY(pgJobs && sqliteJobs);
            QCOMPARE(pgJobs->size(), sqliteJobs->size());
            for (int i = 0; i < pgJobs->size(); ++i) {
                QCOMPARE(pgJobs->at(i).status, sqliteJobs->at(i).status);
                QCOMPARE(pgJobs->at(i).durationSeconds(), sqliteJobs->at(i).durationSeconds());
                QCOMPARE(pgJobs->at(i).errorMessage, sqliteJobs->at(i).errorMessage);
            }
        }
    }

    void importIntoJsonbAndRollBackWithTwoLogins()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        {
            auto creator = Database::open(pg.target());
            QVERIFY(creator);
            QVERIFY(DemoGenerator::writeInto(**creator, demoOptions()));
            for (const QString& user : {QStringLiteral("steward_alice"), QStringLiteral("steward_bob")})
                QVERIFY2(pg.createLogin(user), qPrintable(pg.error()));
            RoleRepository roles(**creator);
            STEWARD_VERIFY_OK(roles.grant(QStringLiteral("steward_alice"), Role::Analyst));
            STEWARD_VERIFY_OK(roles.grant(QStringLiteral("steward_bob"), Role::Manager));
            const QString root = m_dir.filePath(QStringLiteral("pg-registry"));
            const QStringList good = writeMixedRegistry(root);
            ImportOptions options;
            options.clientId = QStringLiteral("acme");
            auto report = RegistryImport::importDirectory(**creator, root, options);
            QVERIFY2(report, qPrintable(report.failure().message()));
            QCOMPARE(report->count(ImportItem::Status::Imported), 3);
            QCOMPARE(report->count(ImportItem::Status::Failed), 3);
            auto again = RegistryImport::importDirectory(**creator, root, options);
            QVERIFY(again);
            QCOMPARE(again->count(ImportItem::Status::Unchanged), 3);
            auto catalog = SchemaCatalog::load(**creator);
            ModelRegistry registry(**creator, *catalog);
            auto imported = registry.version(QStringLiteral("acme"), good.last());
            QVERIFY(imported);
            QCOMPARE(imported->metrics.value(QStringLiteral("rmse")), 22.0);
            QCOMPARE(*registry.metricKeys(QStringLiteral("acme")),
                     (QStringList{QStringLiteral("mape"), QStringLiteral("mae"), QStringLiteral("rmse"),
                                  QStringLiteral("r2"), QStringLiteral("residual_std")}));
            auto record = VersionDetails::importRecord(registry, *imported);
            QVERIFY(record && *record);
            QCOMPARE((*record)->metadata.value.toObject().value(QStringLiteral("total_samples")).toInt(), 15000);
        }
        auto alice = Database::open(pg.target(QStringLiteral("steward_alice")));
        auto bob = Database::open(pg.target(QStringLiteral("steward_bob")));
        QVERIFY2(alice && bob, qPrintable(alice ? bob.failure().message() : alice.failure().message()));
        auto catalog = SchemaCatalog::load(**alice);
        ModelRegistry registry(**alice, *catalog);
        const QString target = registry.versions(QStringLiteral("saigon_mart"))->at(2).version;
        QString requestId;
        STEWARD_VERIFY_OK(VersionRollback::request(registry, QStringLiteral("saigon_mart"), target,
                                                   QStringLiteral("Bias drifted."), &requestId));
        TransitionEngine self(**alice);
        QCOMPARE(self.apply(RollbackRequests::approve(requestId)).outcome.code(), OutcomeCode::Forbidden);
        TransitionEngine manager(**bob);
        STEWARD_VERIFY_OK(manager.apply(RollbackRequests::approve(requestId, QStringLiteral("OK"))).outcome);
        auto active = registry.activeVersion(QStringLiteral("saigon_mart"));
        QVERIFY(active);
        QCOMPARE(active->version, target);
        QVERIFY(active->recorded);
        QCOMPARE(active->setBy, QStringLiteral("steward_bob"));
        QVERIFY(registry.version(QStringLiteral("saigon_mart"), target)->active);
    }

    void chartFromPostgresWithoutADisplay()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto db = Database::open(pg.target());
        QVERIFY(db && DemoGenerator::writeInto(**db, demoOptions()));
        const QString out = m_dir.filePath(QStringLiteral("pg-fan.svg"));
        const CliRun run = runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("chart"), QStringLiteral("--kind"),
                                   QStringLiteral("fan"), QStringLiteral("--client"), QStringLiteral("lotus_pharma"),
                                   QStringLiteral("--out"), out},
                                  {QStringLiteral("XDG_RUNTIME_DIR=") + m_dir.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("lotus_pharma"));
    }
};

QTEST_GUILESS_MAIN(PgRegistryTest)
#include "tst_pg_registry.moc"
