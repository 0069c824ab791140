#include "models/db/ConnectionSecrets.h"
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

    void keywordStrings()
    {
        auto target = ConnectionTarget::parse(QStringLiteral(
            "host=db.example port = 6543 user=ana password='it\\'s s3cret' dbname=mlops sslmode=require"));
        QVERIFY2(target, qPrintable(target.failure().message()));
        QCOMPARE(target->backend, Backend::Postgres);
        QCOMPARE(target->host, QStringLiteral("db.example"));
        QCOMPARE(target->port, 6543);
        QCOMPARE(target->user, QStringLiteral("ana"));
        QCOMPARE(target->password, QStringLiteral("it's s3cret"));
        QCOMPARE(target->database, QStringLiteral("mlops"));
        QCOMPARE(target->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QVERIFY(hasInlineSecret(*target));
        QVERIFY(!target->displayName().contains(QStringLiteral("s3cret")));
        QVERIFY(target->displayName().contains(QStringLiteral("*****")));
        QVERIFY(!target->persistentForm().contains(QStringLiteral("s3cret")));
        // What is stored opens the same server again.
        auto again = ConnectionTarget::parse(target->persistentForm());
        QVERIFY(again);
        QCOMPARE(again->host, target->host);
        QCOMPARE(again->database, target->database);
        QVERIFY(again->password.isEmpty());

        auto bare = ConnectionTarget::parse(QStringLiteral("dbname=x"));
        QVERIFY(bare);
        QCOMPARE(bare->backend, Backend::Postgres);
        QVERIFY(!hasInlineSecret(*bare));

        // Unknown parameters and unclosed quotes are usage errors that do not repeat the text.
        auto unknown = ConnectionTarget::parse(QStringLiteral("host=db passwd=hunter2"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.failure().code(), OutcomeCode::Usage);
        QVERIFY(!unknown.failure().message().contains(QStringLiteral("hunter2")));
        auto unclosed = ConnectionTarget::parse(QStringLiteral("host=db password='hunter2"));
        QVERIFY(!unclosed);
        QVERIFY(!unclosed.failure().message().contains(QStringLiteral("hunter2")));

        // A file whose name merely contains an equals sign is still a file.
        auto file = ConnectionTarget::parse(QStringLiteral("runs/a=b.sqlite"));
        QVERIFY(file);
        QCOMPARE(file->backend, Backend::Sqlite);
    }

    void sslKeyPasswordsAreSecretsToo()
    {
        for (const QString& text :
             {QStringLiteral("postgresql://ana@db/mlops?sslpassword=K3y-Pa55&sslmode=verify-full"),
              QStringLiteral("host=db user=ana dbname=mlops sslpassword=K3y-Pa55 sslmode=verify-full")}) {
            auto target = ConnectionTarget::parse(text);
            QVERIFY2(target, qPrintable(text));
            QCOMPARE(target->options.value(QStringLiteral("sslpassword")), QStringLiteral("K3y-Pa55"));
            QVERIFY(hasInlineSecret(*target));
            QVERIFY2(!target->displayName().contains(QStringLiteral("K3y-Pa55")), qPrintable(target->displayName()));
            QVERIFY(target->displayName().contains(QStringLiteral("sslpassword=*****")));
            QVERIFY2(!target->persistentForm().contains(QStringLiteral("sslpassword")),
                     qPrintable(target->persistentForm()));
            QVERIFY(target->persistentForm().contains(QStringLiteral("sslmode=verify-full")));
            QCOMPARE(target->redact(QStringLiteral("key K3y-Pa55 refused")), QStringLiteral("key ***** refused"));
        }
        QVERIFY(!hasInlineSecret(*ConnectionTarget::parse(QStringLiteral("postgresql://ana@db/mlops"))));
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
