#include "models/db/ConnectionTarget.h"

#include <QTest>

using namespace steward;

class ConnectionTargetTest : public QObject
{
    Q_OBJECT

private slots:
    void sqlitePath()
    {
        auto target = ConnectionTarget::parse(QStringLiteral("/data/pipeline.sqlite"));
        QVERIFY(target);
        QCOMPARE(target->backend, Backend::Sqlite);
        QCOMPARE(target->sqlitePath, QStringLiteral("/data/pipeline.sqlite"));
    }

    void postgresUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslmode");
        QTest::newRow("full") << "postgresql://ana:p%40ss@db.example:6543/mlops?sslmode=require"
                              << "db.example" << 6543 << "ana"
                              << "p@ss"
                              << "mlops"
                              << "require";
        QTest::newRow("defaults") << "postgresql://ana@localhost/"
                                  << "localhost" << 5432 << "ana"
                                  << ""
                                  << "ana"
                                  << "";
        QTest::newRow("postgres scheme") << "postgres://u:pw@127.0.0.1:55432/x"
                                         << "127.0.0.1" << 55432 << "u"
                                         << "pw"
                                         << "x"
                                         << "";
        QTest::newRow("password param") << "postgresql://u@h/d?password=zz&sslmode=disable"
                                        << "h" << 5432 << "u"
                                        << "zz"
                                        << "d"
                                        << "disable";
    }

    void postgresUri()
    {
        QFETCH(QString, uri);
        auto target = ConnectionTarget::parse(uri);
        QVERIFY2(target, qPrintable(target.failure().message()));
        QCOMPARE(target->backend, Backend::Postgres);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, sslmode);
        QCOMPARE(target->host, host);
        QCOMPARE(target->port, port);
        QCOMPARE(target->user, user);
        QCOMPARE(target->password, password);
        QCOMPARE(target->database, database);
        QCOMPARE(target->options.value(QStringLiteral("sslmode")), sslmode);
    }

    void passwordNeverInTexts()
    {
        auto target = ConnectionTarget::parse(QStringLiteral("postgresql://ana:Sup3r-S3cret@db/mlops"));
        QVERIFY(target);
        QVERIFY(!target->displayName().contains(QStringLiteral("Sup3r-S3cret")));
        QVERIFY(target->displayName().contains(QStringLiteral("*****")));
        QVERIFY(!target->persistentForm().contains(QStringLiteral("Sup3r-S3cret")));
        QVERIFY(!target->persistentForm().contains(QStringLiteral("*****")));
        QCOMPARE(target->redact(QStringLiteral("failed for Sup3r-S3cret")), QStringLiteral("failed for *****"));
    }

    void emptyIsUsageError()
    {
        auto target = ConnectionTarget::parse(QString());
        QVERIFY(!target);
        QCOMPARE(target.failure().code(), OutcomeCode::Usage);
    }
};

QTEST_GUILESS_MAIN(ConnectionTargetTest)
#include "tst_connection_target.moc"
