// The decisions of the Monitoring view through real widgets, offscreen, on the UrutiIQ and Krong
// Thai demos: feedback processed through its button and comment dialog lands in
// AILearningFeedback and an intact audit chain; a viewer's and a read-only connection's buttons
// are disabled with the reason; someone deciding first is named; a deployment rollback request
// is filed, shown on its row and listed for the managers; Krong Thai's ratings and deployments
// are shown without a workflow.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/db/Database.h"
#include "models/monitoring/FeedbackDecisions.h"
#include "models/review/RollbackRequestModel.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/RollbackRequests.h"
#include "ui/monitoring/DeploymentsPanel.h"
#include "ui/monitoring/FeedbackPanel.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/review/RollbackRequestsPanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace steward;
using namespace steward::test;

namespace {
// Answers the next comment dialog with `text`, as a person would: typing it and pressing the
// dialog's accept button.
class CommentAnswer : public QObject
{
public:
    explicit CommentAnswer(const QString& text)
    {
        m_poll.setInterval(10);
        connect(&m_poll, &QTimer::timeout, this, [this, text] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("commentDialog"))
                return;
            m_poll.stop();
            auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            if (!edit || !buttons) {
                dialog->reject();
                return;
            }
            edit->setPlainText(text);
            for (QAbstractButton* button : buttons->buttons()) {
                if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole && button->isEnabled()) {
                    m_answered = true;
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            dialog->reject();
        });
        m_poll.start();
    }
    bool answered() const { return m_answered; }

private:
    QTimer m_poll;
    bool m_answered = false;
};

QString valueOf(Database& db, const QString& sql, const QString& id)
{
    QSqlQuery q = db.query();
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

class GuiMonitoringDecisionsTest : public QObject
{
    Q_OBJECT

    TestClock m_clock;
    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_demos;

    enum class Tab { Feedback, Deployments };

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        MonitoringPage* page = nullptr;
    };

    // A fresh copy of `system`'s demo, opened as `user` on the Monitoring view with `tab` chosen.
    Opened open(const QString& system, const QString& user, bool readOnly, Tab tab, QString* path = nullptr)
    {
        Opened opened;
        const QString copy =
            copyDatabase(m_demos.value(system), m_dir,
                         QStringLiteral("%1-%2.sqlite").arg(system, QUuid::createUuid().toString(QUuid::Id128)));
        if (path)
            *path = copy;
        opened.window = std::make_unique<MainWindow>();
        opened.window->resize(1440, 900);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get()))
            return STEWARD_HELPER_FAILED("window not exposed");
        ConnectionTarget target;
        target.sqlitePath = copy;
        target.readOnly = readOnly;
        OpenOptions options;
        options.actingUser = user;
        if (const Outcome done = opened.window->openTarget(target, options); !done)
            return STEWARD_HELPER_FAILED("%s", qPrintable(done.message()));
        QTest::keyClick(opened.window.get(), Qt::Key_8, Qt::ControlModifier);
        opened.page = qobject_cast<MonitoringPage*>(opened.window->currentPage());
        if (!opened.page)
            return STEWARD_HELPER_FAILED("Ctrl+8 did not show the Monitoring page");
        opened.page->tabs()->setCurrentWidget(tab == Tab::Feedback ? static_cast<QWidget*>(opened.page->feedback())
                                                                   : opened.page->deployments());
        if (!QTest::qWaitFor([&] { return !opened.page->isLoading(); }, 20000))
            return STEWARD_HELPER_FAILED("the Monitoring page did not finish loading");
        return opened;
    }

    // Selects the first item of `panel` whose status is `status`; its row, or -1.
    static int selectFeedback(FeedbackPanel* panel, const QString& status, int after = -1)
    {
        for (int r = after + 1; r < panel->items().size(); ++r) {
            if (panel->items().at(r).status == status) {
                panel->table()->setCurrentCell(r, 0);
                return r;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        for (const QString& system : {QStringLiteral("urutiiq"), QStringLiteral("krongthai")}) {
            const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
            const CliRun demo = runCli({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("demo"), path,
                                        QStringLiteral("--profile"), system, QStringLiteral("--anchor"),
                                        demoAnchor().toString(Qt::ISODate)});
            QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
            // A system's demo grants no roles: its people are given theirs here.
            auto admin = openSqlite(path, QStringLiteral("admin"));
            for (const auto& [user, role] : QList<QPair<QString, Role>>{{QStringLiteral("alice"), Role::Analyst},
                                                                        {QStringLiteral("carol"), Role::Analyst},
                                                                        {QStringLiteral("bob"), Role::Manager},
                                                                        {QStringLiteral("dave"), Role::Viewer}})
                STEWARD_VERIFY_OK(RoleRepository(*admin).grant(user, role));
            m_demos.insert(system, path);
        }
    }

    void analystProcessesFeedbackThroughTheButtons()
    {
        QString path;
        Opened ui = open(QStringLiteral("urutiiq"), QStringLiteral("alice"), false, Tab::Feedback, &path);
        QVERIFY(ui.page);
        FeedbackPanel* panel = ui.page->feedback();
        QVERIFY2(panel->statusText().isEmpty(), qPrintable(panel->statusText()));
        QVERIFY(!panel->items().isEmpty());
        // Pending first.
        QCOMPARE(panel->items().first().status, QStringLiteral("pending"));
        const int row = selectFeedback(panel, QStringLiteral("pending"));
        QVERIFY(row >= 0);
        const QString id = panel->items().at(row).feedbackId;
        QVERIFY2(panel->processButton()->isEnabled(), qPrintable(panel->processButton()->toolTip()));
        QVERIFY(panel->ignoreButton()->isEnabled());

        CommentAnswer answer(QStringLiteral("Retrained on the corrected label"));
        QTest::mouseClick(panel->processButton(), Qt::LeftButton);
        QVERIFY(answer.answered());
        QTRY_VERIFY(!ui.page->isLoading());
        QVERIFY2(panel->messages()->text().contains(QStringLiteral("processed")),
                 qPrintable(panel->messages()->text()));
        bool listed = false;
        for (const FeedbackItem& item : panel->items())
            listed = listed || (item.feedbackId == id && item.status == QLatin1String("processed"));
        QVERIFY(listed);
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-feedback-processed"));

        auto db = openSqlite(path, QStringLiteral("admin"), true);
        QCOMPARE(valueOf(*db, QStringLiteral("SELECT status FROM \"AILearningFeedback\" WHERE id = ?"), id),
                 QStringLiteral("processed"));
        auto last = AuditChain::latestFor(*db, QStringLiteral("feedback"), id);
        QVERIFY(last.isOk() && last->has_value());
        QCOMPARE((*last)->actor, QStringLiteral("alice"));
        QCOMPARE((*last)->comment, QStringLiteral("Retrained on the corrected label"));
        auto verified = AuditChain::verify(*db);
        QVERIFY(verified.isOk());
        QVERIFY(verified->intact);
    }

    // Someone else decided the item after it was shown: deciding says who, and changes nothing.
    void someoneDecidingFirstIsNamed()
    {
        QString path;
        Opened ui = open(QStringLiteral("urutiiq"), QStringLiteral("alice"), false, Tab::Feedback, &path);
        QVERIFY(ui.page);
        FeedbackPanel* panel = ui.page->feedback();
        const int row = selectFeedback(panel, QStringLiteral("pending"));
        QVERIFY(row >= 0);
        const QString id = panel->items().at(row).feedbackId;
        auto carol = openSqlite(path, QStringLiteral("carol"));
        STEWARD_VERIFY_OK(
            TransitionEngine(*carol).apply(FeedbackDecisions::process(id, QStringLiteral("Done already"))).outcome);

        CommentAnswer answer(QStringLiteral("Not useful"));
        QTest::mouseClick(panel->ignoreButton(), Qt::LeftButton);
        QVERIFY(answer.answered());
        QTRY_VERIFY(!ui.page->isLoading());
        QCOMPARE(panel->messages()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(panel->messages()->text().contains(QStringLiteral("carol")), qPrintable(panel->messages()->text()));
        QCOMPARE(valueOf(*carol, QStringLiteral("SELECT status FROM \"AILearningFeedback\" WHERE id = ?"), id),
                 QStringLiteral("processed"));
    }

    void viewerAndReadOnlyCannotDecide_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("viewer") << QStringLiteral("dave") << false;
        QTest::newRow("read-only") << QStringLiteral("alice") << true;
    }

    void viewerAndReadOnlyCannotDecide()
    {
        QFETCH(QString, user);
        QFETCH(bool, readOnly);
        Opened ui = open(QStringLiteral("urutiiq"), user, readOnly, Tab::Feedback);
        QVERIFY(ui.page);
        FeedbackPanel* feedback = ui.page->feedback();
        QVERIFY(selectFeedback(feedback, QStringLiteral("pending")) >= 0);
        const QString reason = readOnly ? QStringLiteral("read-only") : QStringLiteral("viewer");
        for (QPushButton* button : {feedback->processButton(), feedback->ignoreButton()}) {
            QVERIFY(button->isVisible());
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(reason, Qt::CaseInsensitive), qPrintable(button->toolTip()));
        }
        DeploymentsPanel* deployments = ui.page->deployments();
        QVERIFY(!deployments->rows().isEmpty());
        for (int r = 0; r < deployments->rows().size(); ++r) {
            deployments->table()->setCurrentCell(r, 0);
            QVERIFY(!deployments->rollbackButton()->isEnabled());
            QVERIFY(!deployments->rollbackButton()->toolTip().isEmpty());
            if (deployments->rows().at(r).deployment.status == QLatin1String("active"))
                QVERIFY2(deployments->rollbackButton()->toolTip().contains(reason, Qt::CaseInsensitive),
                         qPrintable(deployments->rollbackButton()->toolTip()));
        }
    }

    void analystRequestsADeploymentRollback()
    {
        QString path;
        Opened ui = open(QStringLiteral("urutiiq"), QStringLiteral("alice"), false, Tab::Deployments, &path);
        QVERIFY(ui.page);
        DeploymentsPanel* panel = ui.page->deployments();
        QVERIFY2(panel->statusText().isEmpty(), qPrintable(panel->statusText()));
        int row = -1;
        QStringList refusals;
        for (int r = 0; r < panel->rows().size() && row < 0; ++r) {
            panel->table()->setCurrentCell(r, 0);
            if (panel->rollbackButton()->isEnabled())
                row = r;
            else
                refusals << panel->rollbackButton()->toolTip();
        }
        QVERIFY2(row >= 0, qPrintable(refusals.join(QLatin1Char('\n'))));
        QCOMPARE(panel->rows().at(row).deployment.status, QStringLiteral("active"));
        const QString id = panel->rows().at(row).deployment.deploymentId;

        CommentAnswer answer(QStringLiteral("Accuracy fell after the release"));
        QTest::mouseClick(panel->rollbackButton(), Qt::LeftButton);
        QVERIFY(answer.answered());
        QTRY_VERIFY(!ui.page->isLoading());
        QVERIFY2(panel->messages()->text().contains(QStringLiteral("requested")),
                 qPrintable(panel->messages()->text()));
        QString open;
        for (const DeploymentRow& shown : panel->rows()) {
            if (shown.deployment.deploymentId == id)
                open = shown.openRequest;
        }
        QVERIFY(!open.isEmpty());
        QCOMPARE(panel->table()->currentRow() >= 0, true);
        QCOMPARE(panel->rows().at(panel->table()->currentRow()).deployment.deploymentId, id);
        QVERIFY(!panel->rollbackButton()->isEnabled());
        QVERIFY2(panel->rollbackButton()->toolTip().contains(QStringLiteral("already open")),
                 qPrintable(panel->rollbackButton()->toolTip()));
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-deployments-requested"));

        auto db = openSqlite(path, QStringLiteral("admin"), true);
        auto requests = RollbackRequests::listFor(*db, RollbackRequests::kDeployment, id);
        QVERIFY(requests.isOk());
        QCOMPARE(requests->size(), qsizetype(1));
        QCOMPARE(requests->first().requestId, open);
        QCOMPARE(requests->first().requestedBy, QStringLiteral("alice"));
        QVERIFY(AuditChain::verify(*db)->intact);

        // The managers see it among the open requests in Suggestions.
        auto* requestsPanel = ui.window->findChild<RollbackRequestsPanel*>();
        QVERIFY(requestsPanel);
        STEWARD_VERIFY_OK(requestsPanel->reload(ui.window->session()->database()));
        bool listed = false;
        for (int r = 0; r < requestsPanel->model()->rowCount(); ++r) {
            const QModelIndex index = requestsPanel->model()->index(r, 0);
            listed = listed || index.data(RollbackRequestModel::RequestIdRole).toString() == open;
        }
        QVERIFY(listed);
        // The requester cannot be the second person.
        QVERIFY(!panel->approveButton()->isEnabled());

        // Bob, a manager, approves it in the same view: the deployment is rolled back and the
        // one it replaced is active again.
        MainWindow managerWindow;
        managerWindow.resize(1440, 900);
        managerWindow.show();
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions bob;
        bob.actingUser = QStringLiteral("bob");
        STEWARD_VERIFY_OK(managerWindow.openTarget(target, bob));
        managerWindow.showPage(View::Monitoring);
        auto* managerPage = qobject_cast<MonitoringPage*>(managerWindow.currentPage());
        QVERIFY(managerPage);
        managerPage->tabs()->setCurrentWidget(managerPage->deployments());
        QTRY_VERIFY_WITH_TIMEOUT(!managerPage->isLoading(), 20000);
        DeploymentsPanel* managed = managerPage->deployments();
        int managedRow = -1;
        for (int r = 0; r < managed->rows().size(); ++r) {
            if (managed->rows().at(r).deployment.deploymentId == id)
                managedRow = r;
        }
        QVERIFY(managedRow >= 0);
        managed->table()->setCurrentCell(managedRow, 0);
        QVERIFY2(managed->approveButton()->isEnabled(), qPrintable(managed->approveButton()->toolTip()));
        CommentAnswer approval(QStringLiteral("Confirmed on the dashboard"));
        QTest::mouseClick(managed->approveButton(), Qt::LeftButton);
        QVERIFY(approval.answered());
        QTRY_VERIFY_WITH_TIMEOUT(!managerPage->isLoading(), 20000);
        QVERIFY2(managed->messages()->text().contains(QStringLiteral("rolled back")),
                 qPrintable(managed->messages()->text()));
        auto after = openSqlite(path, QStringLiteral("admin"), true);
        QCOMPARE(valueOf(*after, QStringLiteral("SELECT status FROM \"AIDeployment\" WHERE id = ?"), id),
                 QStringLiteral("rolled_back"));
        auto decided = RollbackRequests::find(*after, open);
        QVERIFY(decided.isOk());
        QCOMPARE(decided->status, QStringLiteral("approved"));
        QCOMPARE(decided->decidedBy, QStringLiteral("bob"));
        QVERIFY(AuditChain::verify(*after)->intact);
    }

    // Krong Thai rates predictions and keeps one deployment status per model version: both are
    // shown, with nothing to decide.
    void krongThaiShowsRatingsAndDeploymentsWithoutWorkflow()
    {
        Opened ui = open(QStringLiteral("krongthai"), QStringLiteral("alice"), false, Tab::Feedback);
        QVERIFY(ui.page);
        FeedbackPanel* feedback = ui.page->feedback();
        QVERIFY2(feedback->statusText().isEmpty(), qPrintable(feedback->statusText()));
        QVERIFY(!feedback->items().isEmpty());
        QCOMPARE(feedback->items().first().status, FeedbackQueue::kRated);
        QVERIFY(!feedback->processButton()->isVisible());
        QVERIFY(!feedback->ignoreButton()->isVisible());
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-feedback-ratings"));

        DeploymentsPanel* deployments = ui.page->deployments();
        QVERIFY(!deployments->rows().isEmpty());
        deployments->table()->setCurrentCell(0, 0);
        QVERIFY(!deployments->rollbackButton()->isEnabled());
        QVERIFY2(deployments->rollbackButton()->toolTip().contains(QStringLiteral("No deployment history")),
                 qPrintable(deployments->rollbackButton()->toolTip()));
    }
};

QTEST_MAIN(GuiMonitoringDecisionsTest)
#include "tst_gui_monitoring_decisions.moc"
