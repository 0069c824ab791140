// The SQL console window on PostgreSQL: a query runs off the window's thread, Cancel stops a
// statement that would otherwise hold it, a smuggled write is refused with the data unchanged,
// and no console session is left on the server.
#include "ConsoleTestSupport.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "models/snapshot/ConsoleResultModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/snapshot/ConsolePage.h"

#include <QElapsedTimer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace steward;
using namespace steward::test;

class PgConsoleWindowTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

    static qint64 count(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    void cancelAndRefusalsInTheWindow()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto admin = Database::open(pg.target());
        QVERIFY(admin);
        DemoOptions options;
        options.seed = 5;
        QVERIFY(DemoGenerator::writeInto(**admin, options));
        const QString applied = QStringLiteral("SELECT count(*) FROM llm_suggestions WHERE status = 'applied'");
        const qint64 appliedBefore = count(**admin, applied);

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        STEWARD_VERIFY_OK(window.openTarget(pg.target(), {}));
        window.showPage(View::Console);
        auto* page = qobject_cast<ConsolePage*>(window.currentPage());
        QVERIFY(page);

        STEWARD_VERIFY_OK(
            runInConsole(page, QStringLiteral("SELECT status, count(*) FROM llm_suggestions GROUP BY 1")));
        QVERIFY(page->results()->rowCount() > 1);

        // The window keeps answering while the statement runs, and Cancel stops it.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QTimer::singleShot(800, page, [page] {
            QVERIFY(page->isRunning());
            QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        });
        QElapsedTimer timer;
        timer.start();
        const Outcome cancelled = runInConsole(page, QStringLiteral("SELECT pg_sleep(30)"));
        ticker.stop();
        QVERIFY2(cancelled.message().contains(QStringLiteral("cancelled")), qPrintable(cancelled.message()));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));

        const Outcome smuggled = runInConsole(
            page, QStringLiteral(
                      "SELECT 1 AS €$$; COMMIT; BEGIN READ WRITE; UPDATE llm_suggestions SET status='applied'; COMMIT; "
                      "SELECT 1 AS x$$"));
        QCOMPARE(smuggled.code(), OutcomeCode::ReadOnly);
        QCOMPARE(count(**admin, applied), appliedBefore);
        const Outcome secret = runInConsole(page, QStringLiteral("SELECT api_key FROM llm_providers"));
        QCOMPARE(secret.code(), OutcomeCode::Forbidden);

        // Each statement's session is gone with it.
        QTRY_COMPARE(count(**admin, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                   "WHERE application_name = 'steward-console'")),
                     0);
        window.session()->close();
    }
};

QTEST_MAIN(PgConsoleWindowTest)
#include "tst_pg_console_window.moc"
