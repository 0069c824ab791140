// The Governance page through real widgets, offscreen: a violation taken from open to resolved
// with the keyboard and mouse (texts answered through Prompt), checked in the database after;
// actions disabled with their reason; the model-version link; a conflict shown, not lost; the
// report exported with its progress bar; and nothing written when only looking.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/Deadlines.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationQuery.h"
#include "models/values/CellValue.h"
#include "models/workflow/AuditChain.h"
#include "ui/governance/GovernancePage.h"
#include "ui/governance/PoliciesPanel.h"
#include "ui/governance/ReportExporter.h"
#include "ui/governance/StyledViolationModel.h"
#include "ui/governance/ViolationDetail.h"
#include "ui/governance/ViolationsPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Prompt.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace steward;
using namespace steward::test;

class GuiGovernanceTest : public QObject
{
    Q_OBJECT

    // An hour after the demo's "now": ages, deadlines and decisions are read against it.
    TestClock m_clock;
    TemporarySettings m_settings;

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        GovernancePage* page = nullptr;
    };

    static Opened openAs(const QString& path, const QString& user, bool readOnly = false)
    {
        Opened opened;
        opened.window = std::make_unique<MainWindow>();
        opened.window->resize(1440, 900);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get()))
            return STEWARD_HELPER_FAILED("window not exposed");
        ConnectionTarget target;
        target.sqlitePath = path;
        target.readOnly = readOnly;
        OpenOptions options;
        options.actingUser = user;
        const Outcome done = opened.window->openTarget(target, options);
        if (!done)
            return STEWARD_HELPER_FAILED("%s", qPrintable(done.message()));
        QTest::keyClick(opened.window.get(), Qt::Key_4, Qt::ControlModifier);
        opened.page = qobject_cast<GovernancePage*>(opened.window->currentPage());
        if (!opened.page)
            return STEWARD_HELPER_FAILED("Ctrl+4 did not show the Governance page");
        // The page reads the database once it is on screen.
        if (!QTest::qWaitFor([&] { return !opened.page->isLoadPending() && !opened.page->isLoading(); }))
            return STEWARD_HELPER_FAILED("the Governance page did not load");
        // The violation queue reads its rows in a job.
        if (!rowsArrived(opened.page->violations()->pagedRows()))
            return STEWARD_HELPER_FAILED("the violation queue did not load");
        return opened;
    }

    // Moves a combo box to the entry showing `text` with the arrow keys, as a person would.
    static bool chooseWithKeys(QComboBox* combo, const QString& text)
    {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentText() != text; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        return combo->currentText() == text;
    }

    static void clickRow(QTableView* view, int row)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

private slots:
    void initTestCase() {}

    void openToResolvedThroughTheView()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        Opened ui = openAs(path, QStringLiteral("alice"));
        QVERIFY(ui.page);
        ViolationsPanel* panel = ui.page->violations();
        auto* queue = panel->findChild<QTableView*>(QStringLiteral("violationQueue"));
        auto* status = panel->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        auto* severity = panel->findChild<QComboBox*>(QStringLiteral("severityFilter"));
        QVERIFY(queue && status && severity);
        QVERIFY(queue->model()->rowCount() >= 60);
        saveScreenshot(ui.window.get(), QStringLiteral("governance-violations"));

        QVERIFY(chooseWithKeys(status, QStringLiteral("Open")));
        QVERIFY(chooseWithKeys(severity, QStringLiteral("Medium")));
        QVERIFY(rowsArrived(panel->pagedRows()));
        QTRY_VERIFY(queue->model()->rowCount() > 0);
        for (int row = 0; row < queue->model()->rowCount(); ++row) {
            QCOMPARE(shownValue(queue->model()->index(row, ViolationQuery::Status)).toString(), QStringLiteral("Open"));
            QCOMPARE(shownValue(queue->model()->index(row, ViolationQuery::Severity)).toString(),
                     QStringLiteral("Medium"));
        }
        clickRow(queue, 0);
        const QString id = panel->model()->violationIdAt(0);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(panel->detail()->violationId(), id);

        auto* investigate = panel->findChild<QPushButton*>(QStringLiteral("investigateButton"));
        auto* resolve = panel->findChild<QPushButton*>(QStringLiteral("resolveButton"));
        QVERIFY(investigate && resolve);
        QVERIFY(investigate->isEnabled());
        QVERIFY(!resolve->isEnabled());
        QVERIFY2(resolve->toolTip().contains(QStringLiteral("investigation")), qPrintable(resolve->toolTip()));
        QTest::mouseClick(investigate, Qt::LeftButton);
        QTRY_COMPARE(panel->detail()->violation()->status, QStringLiteral("investigating"));
        QCOMPARE(panel->detail()->violation()->assignee, QStringLiteral("alice"));
        QVERIFY(ui.page->messageBar()->text().contains(QStringLiteral("under investigation")));

        QVERIFY(resolve->isEnabled());
        Prompt::queueAnswer(QStringLiteral("Retrained with the corrected promotion calendar."));
        // Alt+R, the button's mnemonic, from the keyboard.
        resolve->setFocus();
        QTest::keyClick(resolve, Qt::Key_Space);
        QCOMPARE(Prompt::queuedAnswers(), 0);
        QTRY_COMPARE(panel->detail()->violation()->status, QStringLiteral("resolved"));
        auto* timeline = panel->findChild<QTextBrowser*>(QStringLiteral("violationTimeline"));
        QVERIFY(timeline->toPlainText().contains(QStringLiteral("alice resolved it")));
        QVERIFY(timeline->toPlainText().contains(QStringLiteral("Retrained with the corrected promotion calendar.")));
        saveScreenshot(ui.window.get(), QStringLiteral("governance-resolved"));
        ui.window.reset();

        // The database says the same.
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral(
            "SELECT status, resolution, resolved_by, resolved_at FROM governance_violations WHERE violation_id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("resolved"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Retrained with the corrected promotion calendar."));
        QCOMPARE(q.value(2).toString(), QStringLiteral("alice"));
        QCOMPARE(parseTimestamp(q.value(3)), Clock::nowUtc());
        AuditChain::Filter filter;
        filter.targetId = id;
        auto entries = AuditChain::list(*db, filter);
        QStringList actions;
        for (const AuditEntry& entry : *entries)
            actions.prepend(entry.action + QLatin1Char(':') + entry.actor);
        QCOMPARE(actions, (QStringList{QStringLiteral("investigate:alice"), QStringLiteral("assign:alice"),
                                       QStringLiteral("resolve:alice")}));
        QVERIFY(AuditChain::verify(*db)->intact);
    }

    void criticalCloseAndReopenAreAManagers()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        QString critical;
        {
            auto db = openSqlite(path, QStringLiteral("bob"));
            auto rows = ViolationQuery::fetch(*db,
                                              ViolationQuery::queue(db->dialect(),
                                                                    [] {
                                                                        ViolationFilter f;
                                                                        f.statuses = {QStringLiteral("investigating")};
                                                                        f.severities = {QStringLiteral("critical")};
                                                                        return f;
                                                                    }(),
                                                                    {}),
                                              1);
            QVERIFY(rows && !rows->isEmpty());
            critical = rows->first().violationId;
        }
        Opened ui = openAs(path, QStringLiteral("alice"));
        QVERIFY(ui.page);
        QVERIFY(ui.page->showItem(QStringLiteral("violation"), critical.left(8)));
        ViolationsPanel* panel = ui.page->violations();
        QTRY_COMPARE(panel->detail()->violationId(), critical);
        auto* resolve = panel->findChild<QPushButton*>(QStringLiteral("resolveButton"));
        auto* falsePositive = panel->findChild<QPushButton*>(QStringLiteral("falsePositiveButton"));
        auto* comment = panel->findChild<QPushButton*>(QStringLiteral("commentButton"));
        QVERIFY(!resolve->isEnabled());
        QVERIFY(!falsePositive->isEnabled());
        QVERIFY2(resolve->toolTip().contains(QStringLiteral("manager")), qPrintable(resolve->toolTip()));
        QVERIFY(comment->isEnabled());
        Prompt::queueAnswer(QStringLiteral("Escalating to Bob."));
        QTest::mouseClick(comment, Qt::LeftButton);
        QTRY_VERIFY(panel->findChild<QTextBrowser*>(QStringLiteral("violationTimeline"))
                        ->toPlainText()
                        .contains(QStringLiteral("Escalating to Bob.")));
        ui.window.reset();

        Opened manager = openAs(path, QStringLiteral("bob"));
        QVERIFY(manager.page);
        QVERIFY(manager.page->showItem(QStringLiteral("violation"), critical));
        ViolationsPanel* managerPanel = manager.page->violations();
        auto* managerResolve = managerPanel->findChild<QPushButton*>(QStringLiteral("resolveButton"));
        QTRY_VERIFY(managerResolve->isEnabled());
        // Cancelling the prompt decides nothing.
        Prompt::queueAnswer(std::nullopt);
        QTest::mouseClick(managerResolve, Qt::LeftButton);
        QCOMPARE(managerPanel->detail()->violation()->status, QStringLiteral("investigating"));
        Prompt::queueAnswer(QStringLiteral("Artifact re-signed."));
        QTest::mouseClick(managerResolve, Qt::LeftButton);
        QTRY_COMPARE(managerPanel->detail()->violation()->status, QStringLiteral("resolved"));
        auto* reopen = managerPanel->findChild<QPushButton*>(QStringLiteral("reopenButton"));
        QVERIFY(reopen->isEnabled());
    }

    void modelVersionLinkOpensTheModelsView()
    {
        QTemporaryDir dir;
        Opened ui = openAs(makeDemo(dir), QStringLiteral("dave"));
        QVERIFY(ui.page);
        ViolationsPanel* panel = ui.page->violations();
        QTRY_VERIFY(!panel->detail()->violationId().isEmpty());
        const Violation violation = *panel->detail()->violation();
        QSignalSpy spy(ui.window->session(), &Session::showRequested);
        auto* link = panel->findChild<QToolButton*>(QStringLiteral("modelVersionLink"));
        QVERIFY(link && link->isEnabled());
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).value<View>(), View::Models);
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("model_version"));
        QCOMPARE(spy.first().at(2).toString(), violation.clientId + QLatin1Char(':') + violation.modelVersion);
        // A viewer sees why nothing can be decided.
        ui.window->showPage(View::Governance);
        auto* investigate = panel->findChild<QPushButton*>(QStringLiteral("investigateButton"));
        auto* comment = panel->findChild<QPushButton*>(QStringLiteral("commentButton"));
        QVERIFY(!comment->isEnabled());
        QVERIFY2(comment->toolTip().contains(QStringLiteral("viewer")), qPrintable(comment->toolTip()));
        QVERIFY(!investigate->isEnabled());
    }

    void conflictIsShownAndNothingIsLost()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        Opened ui = openAs(path, QStringLiteral("alice"));
        QVERIFY(ui.page);
        ViolationsPanel* panel = ui.page->violations();
        auto* status = panel->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        QVERIFY(chooseWithKeys(status, QStringLiteral("Open")));
        QVERIFY(rowsArrived(panel->pagedRows()));
        QTRY_VERIFY(panel->model()->rowCount() > 0);
        clickRow(panel->queue(), 0);
        const QString id = panel->model()->violationIdAt(0);
        QTRY_COMPARE(panel->detail()->violationId(), id);
        // Carol takes it up in another session while Alice is looking.
        {
            auto carol = openSqlite(path, QStringLiteral("carol"));
            STEWARD_VERIFY_OK(TransitionEngine(*carol).apply(ViolationDecisions::investigate(id)).outcome);
        }
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("investigateButton")), Qt::LeftButton);
        QCOMPARE(ui.page->messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(ui.page->messageBar()->text().contains(QStringLiteral("carol")),
                 qPrintable(ui.page->messageBar()->text()));
        // The violation is read again, as it is now.
        QTRY_COMPARE(panel->detail()->violation()->status, QStringLiteral("investigating"));
        QCOMPARE(panel->detail()->violation()->assignee, QStringLiteral("carol"));
    }

    void policiesAndReportExport()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        Opened ui = openAs(path, QStringLiteral("bob"));
        QVERIFY(ui.page);
        auto* tabs = ui.page->findChild<QTabWidget*>(QStringLiteral("governanceTabs"));
        QTest::keyClick(ui.window.get(), Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(ui.page->policies()));
        auto* list = ui.page->policies()->findChild<QTableView*>(QStringLiteral("policyList"));
        QCOMPARE(list->model()->rowCount(), 8);
        clickRow(list, 2);
        QTRY_VERIFY(!ui.page->policies()->currentPolicyId().isEmpty());
        auto* rules = ui.page->policies()->findChild<QLabel*>(QStringLiteral("policyRules"));
        QVERIFY2(rules->text().contains(QStringLiteral("Window: 28 days")), qPrintable(rules->text()));
        saveScreenshot(ui.window.get(), QStringLiteral("governance-policies"));
        const QString policyId = ui.page->policies()->currentPolicyId();
        QTest::mouseClick(ui.page->policies()->findChild<QPushButton*>(QStringLiteral("showPolicyViolations")),
                          Qt::LeftButton);
        QTRY_COMPARE(tabs->currentWidget(), static_cast<QWidget*>(ui.page->violations()));
        QCOMPARE(ui.page->violations()->model()->filter().policyId, policyId);

        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        ReportOptions options;
        options.since = QDate(2026, 10, 1);
        options.until = QDate(2026, 11, 30);
        auto* progress = ui.page->findChild<QProgressBar*>(QStringLiteral("reportProgress"));
        QSignalSpy steps(ui.page->exporter(), &ReportExporter::progress);
        ui.page->exportReport(options, pdf);
        QVERIFY(progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!ui.page->exporter()->isRunning(), 30000);
        QVERIFY(steps.count() >= 5);
        QVERIFY(!progress->isVisible());
        QCOMPARE(ui.page->messageBar()->kind(), MessageBar::Kind::Success);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // The report holds the period's decisions: the demo's own, made as of its anchor.
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0,
                 "pdftotext (poppler-utils) could not read the report");
        const QString page = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString& expected :
             {QStringLiteral("2026-10-01 – 2026-11-30 (UTC)"), QStringLiteral("Decisions in the period"),
              QStringLiteral("Suggestion approved"), QStringLiteral("Suggestion rejected"),
              QStringLiteral("Rollback requested"), QStringLiteral("Audit chain intact")})
            QVERIFY2(page.contains(expected),
                     qPrintable(expected + QStringLiteral(" is missing from:\n") + page.left(3000)));

        // Cancelled at once: nothing is written.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.html"));
        ui.page->exportReport(options, cancelled);
        QTest::mouseClick(ui.page->findChild<QPushButton*>(QStringLiteral("cancelReportButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.page->exporter()->isRunning(), 30000);
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(ui.page->messageBar()->text().contains(QStringLiteral("cancelled")));
    }

    void deadlinesDialogIsAnAdminsAndReportDialogExports()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        {
            Opened manager = openAs(path, QStringLiteral("bob"));
            QVERIFY(manager.page);
            bool checked = false;
            QTimer::singleShot(0, [&] {
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto* critical = dialog->findChild<QSpinBox*>(QStringLiteral("deadline_critical"));
                QVERIFY(critical && !critical->isEnabled());
                checked = true;
                dialog->reject();
            });
            QTest::mouseClick(manager.page->findChild<QPushButton*>(QStringLiteral("deadlinesButton")), Qt::LeftButton);
            QVERIFY(checked);
        }
        Opened admin = openAs(path, QStringLiteral("admin"));
        QVERIFY(admin.page);
        QTimer::singleShot(0, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* critical = dialog->findChild<QSpinBox*>(QStringLiteral("deadline_critical"));
            QVERIFY(critical && critical->isEnabled());
            critical->setFocus();
            critical->selectAll();
            QTest::keyClicks(critical, QStringLiteral("2"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::mouseClick(admin.page->findChild<QPushButton*>(QStringLiteral("deadlinesButton")), Qt::LeftButton);
        QCOMPARE(admin.page->messageBar()->text(), QStringLiteral("The deadlines were changed."));
        {
            auto db = openSqlite(path, QStringLiteral("admin"), true);
            QCOMPARE(Deadlines::load(*db)->daysFor(QStringLiteral("critical")), std::optional<int>(2));
            AuditChain::Filter filter;
            filter.action = QStringLiteral("change_setting");
            QCOMPARE(AuditChain::list(*db, filter)->size(), 1);
        }

        admin.window->activateWindow();
        admin.page->violations()->queue()->setFocus();
        QTRY_VERIFY(admin.page->violations()->queue()->hasFocus());
        const QString html = dir.filePath(QStringLiteral("from-dialog.html"));
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* target = dialog->findChild<QLineEdit*>(QStringLiteral("reportPath"));
            target->setFocus();
            target->selectAll();
            QTest::keyClicks(target, html);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(admin.page->violations()->queue(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!admin.page->exporter()->isRunning() && QFile::exists(html), 30000);
        QVERIFY(admin.page->messageBar()->text().contains(html));
    }

    void lookingChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const QByteArray before = fileDigest(path);
        {
            Opened ui = openAs(path, QStringLiteral("bob"), true);
            QVERIFY(ui.page);
            ViolationsPanel* panel = ui.page->violations();
            for (int row = 0; row < qMin(10, panel->model()->rowCount()); ++row) {
                clickRow(panel->queue(), row);
                QApplication::processEvents();
            }
            QTRY_VERIFY(!ui.page->isLoading()); // the last violation clicked is read
            auto* comment = panel->findChild<QPushButton*>(QStringLiteral("commentButton"));
            QVERIFY(!comment->isEnabled());
            QVERIFY2(comment->toolTip().contains(QStringLiteral("read-only")), qPrintable(comment->toolTip()));
            ui.page->exportReport({}, dir.filePath(QStringLiteral("r.csv")));
            QTRY_VERIFY_WITH_TIMEOUT(!ui.page->exporter()->isRunning(), 30000);
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("r.csv"))));
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }
};

QTEST_MAIN(GuiGovernanceTest)
#include "tst_gui_governance.moc"
