// A PostgreSQL restart between statements: Steward's session comes back with its
// statement_timeout, and the SQL console's time limit and Cancel still work. The test starts a
// server of its own (scripts/postgres-server.sh), since restarting the shared one would break
// the tests running beside it.
#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/snapshot/ConsoleSession.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QThread>

using namespace steward;
using namespace steward::test;

class PgRestartTest : public QObject
{
    Q_OBJECT

    QString m_uri;
    QString m_dir;

    static bool script(const QString& commands, QString* out = nullptr)
    {
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        shell.setProcessEnvironment(environment);
        shell.setWorkingDirectory(QStringLiteral(STEWARD_SOURCE_DIR));
        shell.start(QStringLiteral("bash"),
                    {QStringLiteral("-c"), QStringLiteral("source scripts/postgres-server.sh && ") + commands});
        if (!shell.waitForFinished(120000) || shell.exitCode() != 0) {
            qWarning("%s", shell.readAllStandardError().constData());
            return false;
        }
        if (out)
            *out = QString::fromUtf8(shell.readAllStandardOutput());
        return true;
    }

    bool restart()
    {
        return script(QStringLiteral("run_as_postgres \"$(pg_bin)/pg_ctl -D %1/data -l %1/log -m fast -w restart "
                                     ">/dev/null\"")
                          .arg(m_dir));
    }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES(); // a machine that has a server for the tests can start one more
        QString out;
        QVERIFY(script(QStringLiteral("start_test_postgres >/dev/null && echo \"$STEWARD_TEST_PG\" && "
                                      "echo \"$STEWARD_PG_DIR\""),
                       &out));
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        m_uri = lines.at(0);
        m_dir = lines.at(1);
        auto admin = Database::open(*ConnectionTarget::parse(m_uri));
        QVERIFY2(admin, qPrintable(admin.failure().message()));
        QVERIFY(AppSchema::init(**admin));
    }

    void theTimeLimitSurvivesARestart()
    {
        OpenOptions options;
        options.timeBudgetMs = 1000;
        auto db = Database::open(*ConnectionTarget::parse(m_uri), options);
        QVERIFY2(db, qPrintable(db.failure().message()));
        QVERIFY(restart());
        auto slow = (*db)->select(QStringLiteral("SELECT pg_sleep(5)"), QStringLiteral("sleeping"));
        QVERIFY(!slow);
        QCOMPARE((*db)->reconnectCount(), 1);
        QCOMPARE(slow.failure().code(), OutcomeCode::CannotOpen);
        QVERIFY2(slow.failure().message().contains(QStringLiteral("did not finish")),
                 qPrintable(slow.failure().message()));
    }

    void theConsoleAfterARestart()
    {
        auto opened = ConsoleSession::open(*ConnectionTarget::parse(m_uri), QString());
        QVERIFY(opened);
        ConsoleSession& console = **opened;
        auto sleep = console.prepare(QStringLiteral("SELECT pg_sleep(20)"));
        QVERIFY(sleep);
        QVERIFY(restart());
        STEWARD_VERIFY_OK(console.setTimeoutSeconds(1));
        QElapsedTimer timer;
        timer.start();
        auto timedOut = console.fetch(*sleep, 1);
        QVERIFY(!timedOut);
        QCOMPARE(timedOut.failure().code(), OutcomeCode::CannotOpen);
        QVERIFY(timer.elapsed() < 10000);

        QVERIFY(restart());
        STEWARD_VERIFY_OK(console.setTimeoutSeconds(ConsoleSession::kTimeoutSeconds));
        std::shared_ptr<ConsoleCancel> cancel = console.canceller();
        std::unique_ptr<QThread> canceller(QThread::create([cancel] {
            QThread::msleep(500);
            cancel->cancel();
        }));
        timer.restart();
        canceller->start();
        auto cancelled = console.fetch(*sleep, 1);
        canceller->wait();
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.failure().message().contains(QStringLiteral("cancelled")),
                 qPrintable(cancelled.failure().message()));
        QVERIFY(timer.elapsed() < 10000);
    }

    void cleanupTestCase()
    {
        if (!m_dir.isEmpty())
            QVERIFY(script(QStringLiteral("STEWARD_PG_DIR=%1 stop_test_postgres >/dev/null").arg(m_dir)));
    }
};

QTEST_GUILESS_MAIN(PgRestartTest)
#include "tst_pg_restart.moc"
