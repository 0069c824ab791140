// What the Models view reads for a client as a job (ClientVersionsRead), and the list it shows
// from it: a window of rows the database sorts and filters (PagedTableModel over the query).
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/registry/ClientVersions.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionListQuery.h"
#include "models/registry/VersionRollback.h"

#include <QTest>

using namespace steward;
using namespace steward::test;

class ClientVersionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void readsWhatThePagedListReads()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const auto clients = registry.clients();
        QVERIFY(clients && clients->size() == 3);
        for (const QString& client : *clients) {
            auto read = ClientVersionsRead::load(registry, client, false);
            QVERIFY2(read, qPrintable(read.failure().message()));
            QCOMPARE(read->clientId, client);
            QVERIFY(read->clients.isEmpty());
            QCOMPARE(read->metricKeys, *registry.metricKeys(client));
            PagedQuery query = VersionListQuery::build(registry, client, read->metricKeys);
            VersionListQuery::withPrevious(query, registry);
            QCOMPARE(read->query.selectList(), query.selectList());
            QCOMPARE(read->query.binds, QVariantList{client});
            PagedTableModel paged;
            paged.setDatabase(db.get());
            STEWARD_VERIFY_OK(paged.setQuery(read->query));
            QCOMPARE(paged.rowCount(), 10);
            // The active versions, with their metrics, and what monitoring reads of them.
            auto actives = registry.activeVersions(client);
            QCOMPARE(read->actives.size(), actives->size());
            for (int i = 0; i < actives->size(); ++i) {
                QCOMPARE(read->actives.at(i).version, actives->at(i).version);
                QCOMPARE(read->activeMetrics.value(actives->at(i).version),
                         registry.version(client, actives->at(i).version)->metrics);
            }
        }
    }

    void listsTheClientsAndFallsBackToTheFirst()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto read = ClientVersionsRead::load(registry, QStringLiteral("nobody"), true);
        QVERIFY2(read, qPrintable(read.failure().message()));
        QCOMPARE(read->clients, *registry.clients());
        QCOMPARE(read->clientId, read->clients.first());
        QCOMPARE(read->query.binds, QVariantList{read->clientId});
        // Cancelled between its reads, it stops and says so.
        auto cancelled = ClientVersionsRead::load(registry, read->clientId, true, [] { return true; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.failure().message().contains(QStringLiteral("cancelled")));
    }

    void readsTheDecliningTrendsApart()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        for (const QString& client : {QStringLiteral("hanoi_fresh"), QStringLiteral("saigon_mart")}) {
            MonitoringFilter filter;
            filter.scope = client;
            auto declining = ClientVersionsRead::declining(*db, client);
            QVERIFY(declining);
            QCOMPARE(declining->size(), PerformanceSummary::decliningOnActive(*db, filter)->size());
        }
    }

    void readsThePendingRollbacksOfTheClient()
    {
        QTemporaryDir dir;
        auto db = openSqlite(copyDatabase(m_demo, dir), QStringLiteral("alice"));
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const QString client = QStringLiteral("lotus_pharma");
        const QString older = registry.versions(client)->at(3).version;
        STEWARD_VERIFY_OK(VersionRollback::request(registry, client, older, QStringLiteral("Lower bias.")));
        auto read = ClientVersionsRead::load(registry, client, false);
        QVERIFY2(read, qPrintable(read.failure().message()));
        QCOMPARE(read->pendingRollbacks.size(), 1);
        QCOMPARE(read->pendingRollbacks.first().targetId, older);
        QCOMPARE(read->pendingRollbacks.first().requestedBy, QStringLiteral("alice"));
        auto other = ClientVersionsRead::load(registry, QStringLiteral("saigon_mart"), false);
        QVERIFY(other->pendingRollbacks.isEmpty());
    }

    // The first read takes the metric names of the newest versions; a metric that only an
    // older version has comes with everyMetric(), and the list's query gains its column.
    void aMetricOfOlderVersionsOnlyComesAfter()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir, QStringLiteral("many.sqlite"));
        {
            auto writable = openSqlite(path);
            const QString client = QStringLiteral("lotus_pharma");
            // The oldest version has a metric of its own; 1,000 newer versions come after it.
            STEWARD_VERIFY_OK(writable->exec(
                QStringLiteral("UPDATE model_metadata SET metrics = json_set(metrics, '$.only_old', 0.5) "
                               "WHERE client_id = '%1' AND model_version = "
                               "(SELECT min(model_version) FROM model_metadata WHERE client_id = '%1')")
                    .arg(client)));
            STEWARD_VERIFY_OK(writable->exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                               "INSERT INTO model_metadata (client_id, model_version, metrics) "
                               "SELECT '%2', printf('99990101_%06d', i), '{\"wmape\": 0.2}' FROM n")
                    .arg(ClientVersionsRead::kNewestForMetrics)
                    .arg(client)));
        }
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const QString client = QStringLiteral("lotus_pharma");
        auto first = ClientVersionsRead::load(registry, client, false);
        QVERIFY2(first, qPrintable(first.failure().message()));
        QVERIFY(!first->metricKeys.contains(QStringLiteral("only_old")));
        QCOMPARE(first->metricKeys, QStringList{QStringLiteral("wmape")});
        QVERIFY(first->query.columnIndex(QStringLiteral("only_old")) < 0);
        auto every = ClientVersionsRead::everyMetric(registry, client);
        QVERIFY2(every, qPrintable(every.failure().message()));
        QCOMPARE(every->metricKeys, *registry.metricKeys(client));
        QVERIFY(every->metricKeys.contains(QStringLiteral("only_old")));
        QVERIFY(every->metricKeys.contains(QStringLiteral("mape")));
        QVERIFY(every->query.columnIndex(QStringLiteral("only_old")) >= 0);
        PagedTableModel paged;
        paged.setDatabase(db.get());
        STEWARD_VERIFY_OK(paged.setQuery(every->query));
        QCOMPARE(paged.rowCount(), 10 + ClientVersionsRead::kNewestForMetrics);
        // The oldest version is the last row of the default order (newest first).
        QCOMPARE(
            paged.cell(paged.rowCount() - 1, every->query.columnIndex(QStringLiteral("only_old"))).value.toDouble(),
            0.5);
    }

    // The list sorts on every column both ways with NULLs last, and a filter on the version's
    // name matches any case, on a client with more versions than a page.
    void sortsAndFiltersInTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir, QStringLiteral("larger.sqlite"), QStringLiteral("admin"), 21);
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto read = ClientVersionsRead::load(registry, QStringLiteral("lotus_pharma"), false);
        QVERIFY2(read, qPrintable(read.failure().message()));
        PagedTableModel paged;
        paged.setDatabase(db.get());
        paged.setPageSize(50);
        verifyVersionListSorts(paged, read->query, 210, registry);
        const QString some = paged.cell(4, 0).text();
        PagedQuery found = read->query;
        found.where += QStringLiteral(" AND ") +
                       db->dialect().containsMatch(QStringLiteral("m.model_version"), QStringLiteral("?"));
        found.binds << SqlDialect::likePattern(some.right(6).toUpper());
        STEWARD_VERIFY_OK(paged.setQuery(found));
        QVERIFY(paged.rowCount() >= 1 && paged.rowCount() < 210);
        QStringList matched;
        for (int row = 0; row < paged.rowCount(); ++row)
            matched << paged.cell(row, 0).text();
        QVERIFY2(matched.contains(some), qPrintable(matched.join(QLatin1Char(' '))));
    }
};

QTEST_MAIN(ClientVersionsTest)
#include "tst_client_versions.moc"
