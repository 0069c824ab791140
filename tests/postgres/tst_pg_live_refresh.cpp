// A team on one PostgreSQL server: a decision committed in one session shows in another
// session's window without anyone pressing F5 (LISTEN/NOTIFY), a decision whose commit fails
// announces nothing, one's own decisions are not announced back, nothing moves while a dialog
// is open, and listening survives a session the server dropped.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "models/governance/ViolationDecisions.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/review/SuggestionDetailPane.h"
#include "ui/review/SuggestionsPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

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

    static QString anyViolation(Database& db)
    {
        QSqlQuery q = db.query();
        if (!q.exec(QStringLiteral("SELECT violation_id::text FROM governance_violations ORDER BY id LIMIT 1")) ||
            !q.next())
            return {};
        return q.value(0).toString();
    }

    static QString statusOf(Database& db, const QString& suggestionId)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT status FROM llm_suggestions WHERE suggestion_id::text = ?"));
        q.addBindValue(suggestionId);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0).toString();
    }

    // A comment changes no state, so it can be made again and again on the same violation.
    static bool comment(Database& db, const QString& violationId)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT status FROM governance_violations WHERE violation_id::text = ?"));
        q.addBindValue(violationId);
        if (!q.exec() || !q.next())
            return false;
        const QString status = q.value(0).toString();
        q.finish();
        return TransitionEngine(db)
            .apply(ViolationDecisions::comment(violationId, QStringLiteral("seen"), status))
            .outcome.isOk();
    }

    // The demo written into `pg` by its superuser, who stays connected; null (and the test failed)
    // when it cannot be.
    static std::unique_ptr<Database> demoIn(const TemporaryPostgresDatabase& pg)
    {
        DemoOptions options;
        options.seed = 11;
        options.anchor = QDate(2026, 11, 20);
        return postgresDemo(pg, options);
    }

private slots:
    // A login whose grant names clients is told so in the status bar, and sees only theirs.
    void scopedLoginSeesItsClients()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto admin = demoIn(pg);
        QVERIFY(admin);
        const QString login = QStringLiteral("lr_scoped");
        QVERIFY2(pg.createLogin(login), qPrintable(pg.error()));
        STEWARD_VERIFY_OK(RoleRepository(*admin).grant(login, Role::Analyst, {QStringLiteral("saigon_mart")}));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        STEWARD_VERIFY_OK(window.openTarget(pg.target(login), {}));
        auto* user = window.findChild<QLabel*>(QStringLiteral("statusUser"));
        QVERIFY(user);
        QCOMPARE(user->text(), QStringLiteral("lr_scoped (analyst) · clients: saigon_mart"));
        window.showPage(View::Suggestions);
        auto* page = qobject_cast<SuggestionsPage*>(window.currentPage());
        QVERIFY(page);
        QTRY_VERIFY(page->model()->rowCount() > 0);
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            QSqlQuery q = admin->query();
            q.prepare(QStringLiteral("SELECT client_id FROM llm_suggestions WHERE suggestion_id::text = ?"));
            q.addBindValue(page->model()->suggestionId(row));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("saigon_mart"));
        }
    }

    // Opened off the window's thread, the connection is the window's: it answers there, and
    // listens there for colleagues' decisions.
    void aConnectionOpenedInTheBackgroundListens()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto colleague = demoIn(pg);
        QVERIFY(colleague);

        auto window = showMainWindow();
        QVERIFY(window);
        window->openInBackground(pg.target());
        QVERIFY(window->session()->isOpening());
        QTRY_VERIFY(window->session()->isOpen());
        QSignalSpy announced(window->session(), &Session::changedElsewhere);
        const QString pending = pendingSuggestions(*window->session()->database(), 1).value(0);
        QVERIFY(!pending.isEmpty());
        QVERIFY(approve(*colleague, pending));
        QTRY_COMPARE(announced.count(), 1);
        QVERIFY(announced.first().first().toStringList().contains(QStringLiteral("suggestion")));
        QCOMPARE(statusOf(*window->session()->database(), pending), QStringLiteral("applied"));
    }

    void othersDecisionsShowWithoutRefreshing()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto colleague = demoIn(pg);
        QVERIFY(colleague);

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
        // The detail is read as a job.
        QTRY_COMPARE(page->detail()->current().value_or(SuggestionDetail()).suggestionId, reading);
        QCOMPARE(page->detail()->current()->status, QStringLiteral("pending"));
        QVERIFY(approve(*colleague, reading));
        QTRY_COMPARE(announced.count(), 1);
        QVERIFY(announced.first().first().toStringList().contains(QStringLiteral("suggestion")));
        // The same suggestion stays in front of the reviewer, now applied, and cannot be approved twice.
        QTRY_COMPARE(page->detail()->current().value_or(SuggestionDetail()).status, QStringLiteral("applied"));
        QCOMPARE(page->detail()->current()->suggestionId, reading);
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("approveAction"))->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("other people")));
        saveScreenshot(&window, QStringLiteral("live_refresh"));

        // Absence is proved by a later announcement: a colleague's comment on a violation is
        // announced after whatever was announced before it, so it must arrive next, alone.
        const QString violation = anyViolation(*colleague);
        QVERIFY(!violation.isEmpty());
        const auto nextIsOnlyTheComment = [&]() -> bool {
            const qsizetype before = announced.count();
            if (!comment(*colleague, violation))
                return false;
            if (!QTest::qWaitFor([&] {
                    return announced.count() > before &&
                           announced.last().first().toStringList().contains(QStringLiteral("violation"));
                }))
                return false;
            return announced.count() == before + 1 &&
                   announced.last().first().toStringList() == QStringList{QStringLiteral("violation")};
        };

        // A burst of decisions arrives as one refresh.
        const QStringList burst = pendingSuggestions(*colleague, 5);
        QCOMPARE(burst.size(), 5);
        for (const QString& id : burst)
            QVERIFY(approve(*colleague, id));
        QTRY_COMPARE(announced.count(), 2);
        QVERIFY2(nextIsOnlyTheComment(), "the burst was announced more than once");
        QCOMPARE(announced.count(), 3);

        // The reviewer's own decisions are not announced back to them.
        const QString mine = pendingSuggestions(*colleague, 1).value(0);
        QVERIFY(approve(*window.session()->database(), mine));
        QVERIFY2(nextIsOnlyTheComment(), "the reviewer's own decision was announced to them");
        QCOMPARE(announced.count(), 4);

        // A decision that does not commit announces nothing: the engine writes it, its audit
        // record and its announcement, and then the server refuses the commit.
        const QString refused = pendingSuggestions(*colleague, 1).value(0);
        STEWARD_VERIFY_OK(
            colleague->exec(QStringLiteral("CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS "
                                           "$$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$")));
        STEWARD_VERIFY_OK(colleague->exec(
            QStringLiteral("CREATE CONSTRAINT TRIGGER refuse_commit AFTER UPDATE ON llm_suggestions "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.suggestion_id::text = '%1') "
                           "EXECUTE FUNCTION refuse_commit()")
                .arg(refused)));
        const DecisionResult refusal =
            TransitionEngine(*colleague).apply(SuggestionDecisions::approve(refused, {}, QStringLiteral("pending")));
        QVERIFY2(!refusal.outcome.isOk(), "the commit was not refused");
        QVERIFY(refusal.outcome.message().contains(QStringLiteral("refused at commit")));
        QCOMPARE(statusOf(*colleague, refused), QStringLiteral("pending"));
        STEWARD_VERIFY_OK(colleague->exec(QStringLiteral("DROP TRIGGER refuse_commit ON llm_suggestions")));
        QVERIFY2(nextIsOnlyTheComment(), "a decision that did not commit was announced");
        QCOMPARE(announced.count(), 5);

        // Nothing moves while a dialog is open; the change arrives when it closes. The change
        // timer firing with the dialog open is the moment it would have been announced.
        auto* changeTimer = window.session()->findChild<QTimer*>(QStringLiteral("changeTimer"));
        QVERIFY(changeTimer);
        QSignalSpy held(changeTimer, &QTimer::timeout);
        auto* dialog = new QDialog(&window);
        dialog->setModal(true);
        dialog->show();
        QVERIFY(approve(*colleague, pendingSuggestions(*colleague, 1).value(0)));
        QTRY_VERIFY(held.count() >= 1);
        QCOMPARE(announced.count(), 5);
        dialog->close();
        delete dialog;
        QTRY_COMPARE(announced.count(), 6);

        // The server drops the window's session. Without anyone clicking, the window opens a new
        // one, reads everything again (announcements may have been missed), and hears the next one.
        window.session()->setConnectionCheckInterval(200);
        QVERIFY(dropPostgresSession(*colleague, *window.session()->database()));
        QTRY_COMPARE(announced.count(), 7);
        QVERIFY(announced.last().first().toStringList().contains(QStringLiteral("connection")));
        QVERIFY(approve(*colleague, pendingSuggestions(*colleague, 1).value(0)));
        QTRY_COMPARE(announced.count(), 8);
        QVERIFY(announced.last().first().toStringList().contains(QStringLiteral("suggestion")));
    }
};

QTEST_MAIN(PgLiveRefreshTest)
#include "tst_pg_live_refresh.moc"
