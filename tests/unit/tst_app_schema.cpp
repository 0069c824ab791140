#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/db/SqlScript.h"
#include "models/workflow/RoleRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class AppSchemaTest : public QObject
{
    Q_OBJECT

    // A pipeline database without Steward's tables, as a pipeline writes it.
    static QString pipelineOnly(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("pipeline.sqlite"));
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions options;
        options.createIfMissing = true;
        auto db = Database::open(target, options);
        if (!db || !SqlScript::run(**db, QStringLiteral("pipeline/sqlite.sql")))
            return STEWARD_HELPER_FAILED("cannot build the pipeline-only database");
        return path;
    }

    static QStringList tableNames(Database& db)
    {
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private slots:
    void initIsIdempotentAndMakesTheCreatorAdmin()
    {
        QTemporaryDir dir;
        auto db = openSqlite(pipelineOnly(dir), QStringLiteral("maria"));
        QCOMPARE(*AppSchema::installedVersion(*db), 0);
        QCOMPARE(AppSchema::requireCurrent(*db).code(), OutcomeCode::Failed);
        const QStringList pipelineTables = tableNames(*db);

        auto first = AppSchema::init(*db);
        QVERIFY2(first, qPrintable(first.failure().message()));
        QCOMPARE(*first, AppSchema::latestVersion());
        QVERIFY(AppSchema::requireCurrent(*db));
        QCOMPARE(*RoleRepository(*db).roleOf(QStringLiteral("maria")), Role::Admin);

        const QStringList afterFirst = tableNames(*db);
        auto second = AppSchema::init(*db);
        QVERIFY(second);
        QCOMPARE(tableNames(*db), afterFirst);
        QSqlQuery versions = db->query();
        QVERIFY(versions.exec(QStringLiteral("SELECT count(*) FROM steward_schema_version")));
        QVERIFY(versions.next());
        QCOMPARE(versions.value(0).toInt(), AppSchema::latestVersion());

        // Only steward_ tables were added; the pipeline's are untouched.
        for (const QString& name : afterFirst)
            QVERIFY(pipelineTables.contains(name) || name.startsWith(QStringLiteral("steward_")));
    }

    void secondUserDoesNotBecomeAdmin()
    {
        QTemporaryDir dir;
        const QString path = pipelineOnly(dir);
        QVERIFY(AppSchema::init(*openSqlite(path, QStringLiteral("maria"))));
        auto other = openSqlite(path, QStringLiteral("otto"));
        QVERIFY(AppSchema::init(*other));
        QCOMPARE(*RoleRepository(*other).roleOf(QStringLiteral("otto")), Role::Viewer);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = pipelineOnly(dir);
        auto db = openSqlite(path);
        QVERIFY(AppSchema::init(*db));
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO steward_schema_version VALUES (99, '2030-01-01T00:00:00Z', 'future')")));
        auto again = AppSchema::init(*db);
        QVERIFY(!again);
        QCOMPARE(again.failure().code(), OutcomeCode::Conflict);
        QVERIFY(again.failure().message().contains(QStringLiteral("newer")));
        QCOMPARE(AppSchema::requireCurrent(*db).code(), OutcomeCode::Conflict);
    }

    void readOnlyInitIsRefused()
    {
        QTemporaryDir dir;
        const QString path = pipelineOnly(dir);
        const QByteArray before = fileDigest(path);
        auto db = openSqlite(path, QStringLiteral("maria"), true);
        auto result = AppSchema::init(*db);
        QVERIFY(!result);
        QCOMPARE(result.failure().code(), OutcomeCode::ReadOnly);
        db.reset();
        QCOMPARE(fileDigest(path), before);
    }
};

QTEST_GUILESS_MAIN(AppSchemaTest)
#include "tst_app_schema.moc"
