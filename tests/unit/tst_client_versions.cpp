// What the Models view reads for a client as a job (ClientVersionsRead) is what the paged list
// read before, row for row; the model over those rows (VersionTableModel) sorts and finds
// versions as the database orders and matches them.
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/registry/ClientVersions.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionListQuery.h"
#include "models/registry/VersionRollback.h"
#include "models/registry/VersionTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace steward;
using namespace steward::test;

class ClientVersionsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    // Every row of a model (the paged one, or the one over rows read at once), as cell texts.
    template <typename Model> static QList<QStringList> texts(const Model& model)
    {
        QList<QStringList> out;
        for (int row = 0; row < model.rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model.columnCount(); ++column)
                cells << model.cell(row, column).text();
            out << cells;
        }
        return out;
    }

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
            STEWARD_VERIFY_OK(read->rowsRead);
            QCOMPARE(read->metricKeys, *registry.metricKeys(client));
            PagedQuery query = VersionListQuery::build(registry, client, read->metricKeys);
            VersionListQuery::withPrevious(query, registry);
            QCOMPARE(read->query.selectList(), query.selectList());
            PagedTableModel paged;
            paged.setDatabase(db.get());
            STEWARD_VERIFY_OK(paged.setQuery(query));
            VersionTableModel rows;
            rows.setRows(read->query, read->rows);
            QCOMPARE(rows.rowCount(), 10);
            QCOMPARE(texts(rows), texts(paged));
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
        QCOMPARE(read->rows.size(), 10);
        // Cancelled between its reads, it stops and says so.
        auto cancelled = ClientVersionsRead::load(registry, read->clientId, true, [] { return true; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.failure().message().contains(QStringLiteral("cancelled")));
    }

    // A client with more versions than the first read hands over its newest first.
    void handsOverTheNewestVersionsFirst()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir, QStringLiteral("larger.sqlite"), QStringLiteral("admin"), 21);
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const QString client = QStringLiteral("lotus_pharma");
        QList<ClientVersions> handed;
        auto read = ClientVersionsRead::load(registry, client, false, {},
                                             [&handed](const ClientVersions& newest) { handed << newest; });
        QVERIFY2(read, qPrintable(read.failure().message()));
        QVERIFY(read->complete);
        QCOMPARE(read->rows.size(), 210);
        QCOMPARE(handed.size(), 1);
        QVERIFY(!handed.first().complete);
        QCOMPARE(handed.first().rows.size(), ClientVersionsRead::kFirstRows);
        QCOMPARE(handed.first().rows, read->rows.mid(0, ClientVersionsRead::kFirstRows));
        QCOMPARE(handed.first().actives.size(), read->actives.size());
        // Without a taker, everything comes at once; a client with fewer comes at once anyway.
        auto whole = ClientVersionsRead::load(registry, client, false);
        QCOMPARE(whole->rows, read->rows);
        handed.clear();
        const QString small = makeDemo(dir, QStringLiteral("small.sqlite"));
        auto smallDb = openSqlite(small, QStringLiteral("admin"), true);
        auto smallCatalog = SchemaCatalog::load(*smallDb);
        ModelRegistry smallRegistry(*smallDb, *smallCatalog);
        auto few = ClientVersionsRead::load(smallRegistry, client, false, {},
                                            [&handed](const ClientVersions& newest) { handed << newest; });
        QCOMPARE(few->rows.size(), 10);
        QVERIFY(handed.isEmpty());
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

    // Sorting the rows in memory gives the database's order (VersionListQuery::sortBy) for every
    // column, both ways; finding a version matches what the database's containsMatch matches.
    void sortsAndFindsAsTheDatabaseDoes()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const QString client = QStringLiteral("hanoi_fresh");
        auto read = ClientVersionsRead::load(registry, client, false);
        QVERIFY2(read, qPrintable(read.failure().message()));
        VersionTableModel rows;
        QAbstractItemModelTester tester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rows.setRows(read->query, read->rows);
        PagedTableModel paged;
        paged.setDatabase(db.get());
        const int version = read->query.columnIndex(VersionListQuery::kVersion);
        const auto versions = [version](const auto& model) {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.cell(row, version).text();
            return out;
        };
        for (const PagedQuery::Column& column : read->query.columns) {
            for (const bool descending : {false, true}) {
                PagedQuery sorted = read->query;
                QVERIFY(VersionListQuery::sortBy(sorted, column.name, descending));
                STEWARD_VERIFY_OK(paged.setQuery(sorted));
                rows.sortBy(column.name, descending);
                QVERIFY2(versions(rows) == versions(paged),
                         qPrintable(column.name + (descending ? QStringLiteral(" desc") : QStringLiteral(" asc"))));
            }
        }
        rows.sortBy({}, false);
        STEWARD_VERIFY_OK(paged.setQuery(read->query));
        QCOMPARE(versions(rows), versions(paged));
        const QString some = versions(rows).at(4);
        const QString part = some.right(4);
        rows.setFilter(part.toUpper());
        PagedQuery found = read->query;
        found.where += QStringLiteral(" AND ") +
                       db->dialect().containsMatch(QStringLiteral("m.model_version"), QStringLiteral("?"));
        found.binds << SqlDialect::likePattern(part.toUpper());
        STEWARD_VERIFY_OK(paged.setQuery(found));
        QVERIFY(rows.rowCount() >= 1);
        QCOMPARE(versions(rows), versions(paged));
        QCOMPARE(rows.rowOf(some), versions(rows).indexOf(some));
        QCOMPARE(rows.totalRows(), 10);
        rows.setFilter({});
        QCOMPARE(rows.rowCount(), 10);
        QCOMPARE(rows.rowOf(some, 3), -1); // not among the first three
        QCOMPARE(rows.rowOf(some), 4);
        STEWARD_VERIFY_OK(paged.setQuery(read->query));
        QCOMPARE(rows.index(0, version).data(PagedTableModel::KeyRole), paged.keyAt(0));
    }
};

QTEST_MAIN(ClientVersionsTest)
#include "tst_client_versions.moc"
