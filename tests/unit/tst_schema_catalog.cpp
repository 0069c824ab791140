#include "TestSupport.h"
#include "models/db/PipelineSchema.h"
#include "models/db/SchemaCatalog.h"

#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class SchemaCatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void demoHasEveryPipelineTable()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        QCOMPARE(catalog->missingPipelineTables(), QStringList());
        for (const PipelineTable& known : PipelineSchema::tables()) {
            const TableInfo* table = catalog->table(known.name);
            QVERIFY2(table, qPrintable(known.name));
            QVERIFY(table->isPipeline);
            for (const PipelineColumn& column : known.columns) {
                const ColumnInfo* found = table->column(column.name);
                QVERIFY2(found, qPrintable(known.name + QLatin1Char('.') + column.name));
                QCOMPARE(found->type, column.type);
            }
        }
        const TableInfo* extra = catalog->table(QStringLiteral("forecast_actuals"));
        QVERIFY(extra);
        QVERIFY(!extra->isPipeline && !extra->isApp);
        QVERIFY(catalog->table(QStringLiteral("steward_audit_log"))->isApp);
        QVERIFY(catalog->table(QStringLiteral("llm_providers"))->column(QStringLiteral("api_key"))->secret);
    }

    void extraColumnsAndMissingTables()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        // A newer pipeline adds a column and an older one lacks tables: both are normal.
        QVERIFY(db->exec(QStringLiteral("ALTER TABLE llm_suggestions ADD COLUMN confidence REAL")));
        QVERIFY(db->exec(QStringLiteral("DROP TABLE governance_violations")));
        QVERIFY(db->exec(QStringLiteral("DROP TABLE governance_policies")));
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        const TableInfo* suggestions = catalog->table(QStringLiteral("llm_suggestions"));
        QVERIFY(suggestions->hasColumn(QStringLiteral("confidence")));
        QCOMPARE(suggestions->column(QStringLiteral("confidence"))->type, LogicalType::Numeric);
        QCOMPARE(catalog->missingPipelineTables(),
                 (QStringList{QStringLiteral("governance_policies"), QStringLiteral("governance_violations")}));
        QCOMPARE(catalog->missingFor(PipelineSchema::tablesFor(PipelineSchema::Area::Governance)).size(), 2);
        QVERIFY(catalog->missingFor(PipelineSchema::tablesFor(PipelineSchema::Area::Review)).isEmpty());
    }

    void orderKeys()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE no_key (a TEXT, b TEXT)")));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE \"odd \"\"name\" (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID")));
        auto catalog = SchemaCatalog::load(*db);
        QCOMPARE(catalog->table(QStringLiteral("no_key"))->orderKey(SqlDialect(Backend::Sqlite)),
                 QStringLiteral("rowid"));
        QCOMPARE(catalog->table(QStringLiteral("odd \"name"))->orderKey(SqlDialect(Backend::Sqlite)),
                 QStringLiteral("\"k\""));
        QCOMPARE(catalog->table(QStringLiteral("odd \"name"))->sqlName(), QStringLiteral("\"odd \"\"name\""));
        QCOMPARE(*countRows(*db, *catalog->table(QStringLiteral("odd \"name"))), 0);
    }
};

QTEST_GUILESS_MAIN(SchemaCatalogTest)
#include "tst_schema_catalog.moc"
