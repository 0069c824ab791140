// A team on one PostgreSQL server: a decision committed in one session shows in another
// session's window without anyone pressing F5 (LISTEN/NOTIFY), a decision that rolls back
// announces nothing, one's own decisions are not announced back, nothing moves while a dialog
// is open, and listening survives a session the server dropped.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/review/SuggestionDetailPane.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QDialog>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace steward;
using namespace steward::test;

class PgLiveRefreshTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;

    static QStringList pendingSuggestions(Database& db, int count)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "SELECT suggestion_id::text FROM llm_suggestions WHERE status = 'pending' ORDER BY id LIMIT ?"));
        q.addBindValue(count);
        QStringList ids;
        if (q.exec())
            while (q.next())
                ids << q.value(0).toString();
        return ids;
    }

    static bool approve(Database& db, const QString& id)
    {
        return TransitionEngine(db)
            .apply(SuggestionDecisions::approve(id, {}, QStringLiteral("pending")))
            .outcome.isOk();
    }

private slots:
    void othersDecisionsShowWithoutRefreshing()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto colleague = Database::open(pg.target());
        QVERIFY(colleague);
        DemoOptions options;
        options.seed = 11;
        options.anchor = QDate(2026, 11, 20);
        auto written = DemoGenerator::writeInto(**colleague, options);
        QVERIFY2(written, qPrintable(written.failure().message()));

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        STEWARD_VERIFY_OK(window.openTarget(pg.target(), {}));
        window.showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        QSignalSpy announced(window.session(), &Session::changedElsewhere);

        // The reviewer reads a pending suggestion; a colleague approves it in another session.
        const QString reading = page->model()->suggestionId(0);
        QVERIFY(page->showItem(QStringLiteral("suggestion"), reading));
        QCOMPARE(page->detail()->current()->status, QStringLiteral("pending"));
        QVERIFY(approve(**colleague, reading));
        QTRY_COMPARE(announced.count(), 1);
        QVERIFY(announced.first().first().toStringList().contains(QStringLiteral("suggestion")));
        // The same suggestion stays in front of the reviewer, now applied, and cannot be approved twice.
        QTRY_COMPARE(page->detail()->current()->status, QStringLiteral("applied"));
        QCOMPARE(page->detail()->current()->suggestionId, reading);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("approveAction"))->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("other people")));
        saveScreenshot(&window, QStringLiteral("live_refresh"));

        // A burst of decisions arrives as one refresh.
        const QStringList burst = pendingSuggestions(**colleague, 5);
        QCOMPARE(burst.size(), 5);
        for (const QString& id : burst)
            QVERIFY(approve(**colleague, id));
        QTRY_COMPARE(announced.count(), 2);
        QTest::qWait(600);
        QCOMPARE(announced.count(), 2);

        // The reviewer's own decisions are not announced back to them.
        const QString mine = pendingSuggestions(**colleague, 1).value(0);
        QVERIFY(approve(*window.session()->database(), mine));
        QTest::qWait(600);
        QCOMPARE(announced.count(), 2);

        // A decision that does not commit announces nothing.
        {
            WriteTransaction transaction(**colleague);
            STEWARD_VERIFY_OK(transaction.begin());
            STEWARD_VERIFY_OK((*colleague)->notify(TransitionEngine::changeChannel(), QStringLiteral("suggestion")));
        }
        QTest::qWait(600);
        QCOMPARE(announced.count(), 2);

        // Nothing moves while a dialog is open; the change arrives when it closes.
        auto* dialog = new QDialog(&window);
        dialog->setModal(true);
        dialog->show();
        QVERIFY(approve(**colleague, pendingSuggestions(**colleague, 1).value(0)));
        QTest::qWait(800);
        QCOMPARE(announced.count(), 2);
        dialog->close();
        delete dialog;
        QTRY_COMPARE(announced.count(), 3);

        // The server drops the window's session. Without anyone clicking, the window opens a new
        // one, reads everything again (announcements may have been missed), and hears the next one.
        window.session()->setConnectionCheckInterval(200);
        QVERIFY(dropPostgresSession(**colleague, *window.session()->database()));
        QTRY_COMPARE(announced.count(), 4);
        QVERIFY(announced.last().first().toStringList().contains(QStringLiteral("connection")));
        QVERIFY(approve(**colleague, pendingSuggestions(**colleague, 1).value(0)));
        QTRY_COMPARE(announced.count(), 5);
        QVERIFY(announced.last().first().toStringList().contains(QStringLiteral("suggestion")));
    }
};

QTEST_MAIN(PgLiveRefreshTest)
#include "tst_pg_live_refresh.moc"
