// Model versions of the other seed systems: which version is active is the system's own mark
// (UrutiIQ's status, Krong Thai's is_active, WITHIN's deployment in production), one per model;
// a version's previous one is the same model's; and Steward does not record an active version
// there. Each demo is compared with its own table, read directly.
#include "TestSupport.h"
#include "models/charts/MetricHistory.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"
#include "models/demo/DemoGenerator.h"
#include "models/profiles/Profile.h"
#include "models/profiles/ScopeWords.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionRollback.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

class TestRegistrySystems : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString demo(const QString& system)
    {
        const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
        if (QFile::exists(path))
            return path;
        DemoOptions options;
        options.system = system;
        options.anchor = test::demoAnchor();
        auto written = DemoGenerator::writeSqliteFile(path, options);
        if (!written)
            return STEWARD_HELPER_FAILED("demo %s: %s", qPrintable(system), qPrintable(written.failure().message()));
        return path;
    }

    // "scope|name version" of every version the system's own table marks active.
    static QSet<QString> markedActive(Database& db, const QString& sql)
    {
        QSet<QString> out;
        QSqlQuery q = db.query();
        if (!q.exec(sql))
            return {QStringLiteral("query failed: ") + sql};
        while (q.next())
            out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
        return out;
    }

private slots:
    void activeIsTheSystemsOwnMark_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("marked");
        QTest::addColumn<QString>("scopeLabel");
        QTest::newRow("urutiiq") << "urutiiq"
                                 << R"(SELECT "companyId", "modelName" || ' ' || "modelVersion" FROM "AIModel"
                                      WHERE status = 'active')"
                                 << "Company:";
        QTest::newRow("krongthai") << "krongthai"
                                   << "SELECT restaurant_id, model_name || ' ' || version FROM sop_ml_models "
                                      "WHERE is_active"
                                   << "Restaurant:";
        QTest::newRow("within") << "within"
                                << "SELECT name, name || ' ' || version FROM model_metadata "
                                   "WHERE deployment_status = 'production'"
                                << "Model:";
    }

    void activeIsTheSystemsOwnMark()
    {
        QFETCH(QString, system);
        QFETCH(QString, marked);
        QFETCH(QString, scopeLabel);
        auto db = test::openSqlite(demo(system));
        QVERIFY(db);
        QCOMPARE(db->profile().name, system);
        QCOMPARE(ScopeWords::label(db->profile()), scopeLabel);
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        ModelRegistry registry(*db, *catalog);
        QVERIFY(registry.marksActive());

        const QSet<QString> expected = markedActive(*db, marked);
        QVERIFY2(!expected.isEmpty(), "the demo marks some version active");
        QSet<QString> fromVersions;
        auto versions = registry.versions();
        QVERIFY(versions);
        for (const ModelVersion& v : std::as_const(*versions)) {
            if (v.active)
                fromVersions.insert(v.clientId + QLatin1Char('|') + v.version);
        }
        QCOMPARE(fromVersions, expected);

        QSet<QString> fromActives;
        auto clients = registry.clients();
        QVERIFY(clients);
        for (const QString& client : std::as_const(*clients)) {
            auto actives = registry.activeVersions(client);
            QVERIFY(actives);
            for (const ActiveVersion& a : std::as_const(*actives)) {
                QVERIFY(a.markedBySystem);
                if (!a.version.isEmpty())
                    fromActives.insert(client + QLatin1Char('|') + a.version);
            }
        }
        QCOMPARE(fromActives, expected);

        // A version's previous one is its own model's, never another model's newest.
        for (const ModelVersion& v : std::as_const(*versions)) {
            auto previous = registry.previous(v);
            QVERIFY(previous);
            if (*previous) {
                QCOMPARE((*previous)->modelName, v.modelName);
                QCOMPARE((*previous)->clientId, v.clientId);
                QVERIFY((*previous)->version < v.version);
            }
        }

        // The system says which version is active; Steward records none there.
        const ModelVersion& any = versions->first();
        const QString title = db->profile().title;
        const Outcome refused = VersionRollback::request(registry, any.clientId, any.version, QStringLiteral("why"));
        QCOMPARE(refused.code(), OutcomeCode::Usage);
        QVERIFY2(refused.message().contains(title), qPrintable(refused.message()));
    }

    // Metric history keeps each model's versions apart, and marks every model's active version.
    void historyIsPerModel()
    {
        auto db = test::openSqlite(demo(QStringLiteral("urutiiq")));
        QVERIFY(db);
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        ModelRegistry registry(*db, *catalog);
        auto clients = registry.clients();
        QVERIFY(clients && !clients->isEmpty());
        auto history = MetricHistory::load(registry, clients->first(), QStringLiteral("accuracy"));
        QVERIFY2(history, qPrintable(history ? QString() : history.failure().message()));
        const QStringList models = history->models();
        QVERIFY2(models.size() > 1, qPrintable(models.join(QLatin1Char(','))));
        for (const MetricHistoryData::Point& p : std::as_const(history->points))
            QVERIFY2(p.version.startsWith(p.model + QLatin1Char(' ')), qPrintable(p.version));
        QCOMPARE(history->activeVersions.size(), models.size());
        for (const QString& active : std::as_const(history->activeVersions))
            QVERIFY(history->isActive(active));
        QVERIFY(history->activeVersion.isEmpty());
    }

    void pipelineKeepsStewardsRule()
    {
        QTemporaryDir dir;
        auto db = test::openSqlite(test::makeDemo(dir));
        QVERIFY(db);
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        ModelRegistry registry(*db, *catalog);
        QVERIFY(!registry.marksActive());
        QVERIFY(!registry.namesModels());
        QCOMPARE(ScopeWords::label(db->profile()), QStringLiteral("Client:"));
        auto clients = registry.clients();
        QVERIFY(clients && !clients->isEmpty());
        auto actives = registry.activeVersions(clients->first());
        QVERIFY(actives);
        QCOMPARE(actives->size(), 1);
        QVERIFY(!actives->first().markedBySystem);
        auto versions = registry.versions(clients->first());
        QVERIFY(versions && !versions->isEmpty());
        QCOMPARE(actives->first().version, versions->first().version); // the newest, no version set
    }
};

QTEST_GUILESS_MAIN(TestRegistrySystems)
#include "tst_registry_systems.moc"
