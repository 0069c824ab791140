#include "models/db/SqlScript.h"

#include <QTest>

using namespace steward;

class SqlScriptTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsStatementsKeepingBodies()
    {
        const QString script = QStringLiteral(
            "-- a comment\n"
            "CREATE TABLE a (x int);\n\n"
            "CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\n"
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'x';\nEND;\n$$;\n"
            "INSERT INTO a VALUES (1);\n");
        const QStringList statements = SqlScript::split(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
        QVERIFY(statements.at(2).endsWith(QStringLiteral("$$;")));
        QCOMPARE(statements.at(3), QStringLiteral("INSERT INTO a VALUES (1);"));
    }

    void builtInScriptsExist()
    {
        for (const char* path : {"app/sqlite/001_initial.sql", "app/postgres/001_initial.sql", "pipeline/sqlite.sql",
                                 "pipeline/postgres.sql", "pipeline/indexes.sql"})
            QVERIFY2(!SqlScript::load(QString::fromLatin1(path)).isEmpty(), path);
    }
};

QTEST_GUILESS_MAIN(SqlScriptTest)
#include "tst_sql_script.moc"
