// The Governance view's first glance, through real widgets offscreen: the header's counts of
// open criticals, overdue and unassigned violations, each filtering the queue to exactly its
// rows and back; overdue criticals first and drawn apart from lesser overdue items; what an
// investigation without an assignment says; and the view at 1440x900 and 1024x700 under a light
// and a dark palette, saved into the build folder to be looked at.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/governance/Deadlines.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationHeadline.h"
#include "models/workflow/TransitionEngine.h"
#include "ui/governance/GovernancePage.h"
#include "ui/governance/StyledViolationModel.h"
#include "ui/governance/ViolationDetail.h"
#include "ui/governance/ViolationHeadlineBar.h"
#include "ui/governance/ViolationsPanel.h"
#include "ui/render/ReadableColor.h"
#include "ui/render/SeverityStyle.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace steward;
using namespace steward::test;

class GuiHeadlineTest : public QObject
{
    Q_OBJECT

    TestClock m_clock;
    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        GovernancePage* page = nullptr;
    };

    static Opened open(const QString& path, QSize size = QSize(1440, 900))
    {
        Opened opened;
        opened.window = std::make_unique<MainWindow>();
        opened.window->resize(size);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get()))
            return STEWARD_HELPER_FAILED("window not exposed");
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions options;
        options.actingUser = QStringLiteral("alice");
        if (const Outcome done = opened.window->openTarget(target, options); !done)
            return STEWARD_HELPER_FAILED("%s", qPrintable(done.message()));
        opened.window->showPage(View::Governance);
        opened.page = qobject_cast<GovernancePage*>(opened.window->currentPage());
        if (!opened.page ||
            !QTest::qWaitFor([&] { return !opened.page->isLoadPending() && !opened.page->isLoading(); }))
            return STEWARD_HELPER_FAILED("the Governance page did not load");
        // The violation queue reads its rows in a job.
        if (!rowsArrived(opened.page->violations()->pagedRows()))
            return STEWARD_HELPER_FAILED("the violation queue did not load");
        return opened;
    }

    static ViolationHeadline::Counts countsOf(const QString& path)
    {
        auto db = openSqlite(path);
        ViolationQueryContext context;
        context.now = db->asOf();
        context.hasAppTables = true;
        context.deadlines = *Deadlines::load(*db);
        return *ViolationHeadline::count(*db, context);
    }

    // Every row the queue shows (it holds them all for the demo's sixty).
    static int shownRows(QTableView* queue)
    {
        const int rows = queue->model()->rowCount();
        for (int row = 0; row < rows; ++row)
            shownValue(queue->model()->index(row, 0));
        return rows;
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void headerCountsFilterTheQueueAndClearAgain()
    {
        Opened ui = open(m_demo);
        QVERIFY(ui.page);
        ViolationHeadlineBar* headline = ui.page->headline();
        auto* queue = ui.page->violations()->queue();
        const ViolationHeadline::Counts counts = countsOf(m_demo);
        QVERIFY(counts.openCriticals > 0 && counts.overdue > counts.openCriticals);
        const int all = shownRows(queue);
        QCOMPARE(all, 60);

        const QList<QPair<ViolationHeadline::Kind, QString>> expected{
            {ViolationHeadline::Kind::OpenCriticals, QStringLiteral("Open criticals: %1")},
            {ViolationHeadline::Kind::Overdue, QStringLiteral("Overdue: %1")},
            {ViolationHeadline::Kind::Unassigned, QStringLiteral("Unassigned: %1")}};
        for (const auto& [kind, caption] : expected) {
            QToolButton* button = headline->button(kind);
            QCOMPARE(button->text(), caption.arg(counts.of(kind)));
            QVERIFY(button->isEnabled() && !button->isChecked());

            QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE(queue->model()->rowCount(), static_cast<int>(counts.of(kind)));
            QVERIFY(button->isChecked());
            QVERIFY(headline->clearButton()->isVisible());
            for (int row = 0; row < shownRows(queue); ++row) {
                const QModelIndex index = queue->model()->index(row, 0);
                const bool closed = index.data(ViolationQueueModel::ClosedRole).toBool();
                QVERIFY(!closed);
                if (kind == ViolationHeadline::Kind::OpenCriticals)
                    QCOMPARE(index.data(ViolationQueueModel::SeverityRole).toString(), QStringLiteral("critical"));
                if (kind == ViolationHeadline::Kind::Overdue)
                    QVERIFY(index.data(ViolationQueueModel::OverdueRole).toBool());
                if (kind == ViolationHeadline::Kind::Unassigned)
                    QVERIFY(queue->model()->index(row, ViolationQuery::Assignee).data().toString().isEmpty());
            }
            // The filter bar shows the same choice, so that what is filtered is never hidden.
            if (kind == ViolationHeadline::Kind::Overdue)
                QVERIFY(ui.page->findChild<QCheckBox*>(QStringLiteral("overdueFilter"))->isChecked());
            else
                QCOMPARE(ui.page->findChild<QComboBox*>(QStringLiteral("statusFilter"))->currentText(),
                         QStringLiteral("Still to do (not closed)"));

            // Clicked again, or "Show all": every violation again.
            if (kind == ViolationHeadline::Kind::Overdue)
                QTest::mouseClick(headline->clearButton(), Qt::LeftButton);
            else
                QTest::mouseClick(button, Qt::LeftButton);
            QTRY_COMPARE(queue->model()->rowCount(), all);
            QVERIFY(!button->isChecked());
            QVERIFY(!headline->clearButton()->isVisible());
        }

        // Another filter chosen in the bar is not a header's: no button stays pressed.
        QTest::mouseClick(headline->button(ViolationHeadline::Kind::Overdue), Qt::LeftButton);
        QTRY_COMPARE(queue->model()->rowCount(), static_cast<int>(counts.overdue));
        auto* severity = ui.page->findChild<QComboBox*>(QStringLiteral("severityFilter"));
        severity->setCurrentIndex(severity->findData(QStringLiteral("high")));
        emit severity->activated(severity->currentIndex());
        QTRY_VERIFY(queue->model()->rowCount() < counts.overdue);
        QVERIFY(!headline->button(ViolationHeadline::Kind::Overdue)->isChecked());
    }

    // The counts, the filters' choices and the selected violation are read as jobs: the page says
    // "—" and offers only "all" until they arrive, and the window goes on meanwhile.
    void countsChoicesAndDetailArriveFromJobs()
    {
        Opened ui;
        ui.window = std::make_unique<MainWindow>();
        ui.window->resize(1440, 900);
        ui.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        ConnectionTarget target;
        target.sqlitePath = m_demo;
        STEWARD_VERIFY_OK(ui.window->openTarget(target, {}));
        ui.window->showPage(View::Governance);
        ui.page = qobject_cast<GovernancePage*>(ui.window->currentPage());
        QVERIFY(ui.page);
        ViolationHeadlineBar* headline = ui.page->headline();
        QToolButton* criticals = headline->button(ViolationHeadline::Kind::OpenCriticals);
        auto* status = ui.page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        auto* detail = ui.page->violations()->detail();
        QVERIFY(status && !detail->violation());
        ui.page->loadNow();
        QVERIFY(ui.page->isLoading());
        QCOMPARE(criticals->text(), QStringLiteral("Open criticals: —"));
        QVERIFY(!criticals->isEnabled());
        QCOMPARE(status->count(), 1);
        QTRY_VERIFY(!ui.page->isLoading());
        const ViolationHeadline::Counts counts = countsOf(m_demo);
        QCOMPARE(criticals->text(), QStringLiteral("Open criticals: %1").arg(counts.openCriticals));
        QVERIFY(criticals->isEnabled());
        QVERIFY(status->findText(QStringLiteral("Open")) > 0);
        // The first row's violation, read after its row was selected.
        QVERIFY(detail->violation());
        QCOMPARE(detail->violationId(), ui.page->violations()->model()->violationIdAt(0));
        ui.page->violations()->queue()->selectRow(3);
        QCOMPARE(detail->requestedId(), ui.page->violations()->model()->violationIdAt(3));
        QVERIFY(ui.page->isLoading());
        QTRY_VERIFY(!ui.page->isLoading());
        QCOMPARE(detail->violationId(), ui.page->violations()->model()->violationIdAt(3));
    }

    void overdueCriticalsComeFirstAndStandOut()
    {
        Opened ui = open(m_demo);
        QVERIFY(ui.page);
        auto* queue = ui.page->violations()->queue();
        QAbstractItemModel* model = queue->model();
        const int rows = shownRows(queue);
        int criticals = 0;
        while (criticals < rows && model->index(criticals, 0).data(StyledViolationModel::UrgentRole).toBool())
            ++criticals;
        // Every overdue critical, all before any lesser overdue item.
        auto db = openSqlite(m_demo);
        ViolationFilter overdueCriticals = ViolationHeadline::filterFor(ViolationHeadline::Kind::Overdue);
        overdueCriticals.severities = {QStringLiteral("critical")};
        ViolationQueryContext context;
        context.now = db->asOf();
        context.hasAppTables = true;
        QCOMPARE(criticals,
                 *ViolationQuery::count(*db, ViolationQuery::queue(db->dialect(), overdueCriticals, context)));
        QVERIFY(criticals > 1);
        for (int row = 0; row < criticals; ++row)
            QCOMPARE(model->index(row, 0).data(ViolationQueueModel::SeverityRole).toString(),
                     QStringLiteral("critical"));
        const QModelIndex urgent = model->index(0, ViolationQuery::DueAt);
        const QModelIndex lesser = model->index(criticals, ViolationQuery::DueAt);
        QVERIFY(lesser.data(ViolationQueueModel::OverdueRole).toBool());
        QVERIFY(!lesser.data(StyledViolationModel::UrgentRole).toBool());
        for (int row = criticals; row < rows; ++row)
            QVERIFY(model->index(row, 0).data(ViolationQueueModel::SeverityRole).toString() !=
                        QLatin1String("critical") ||
                    !model->index(row, 0).data(ViolationQueueModel::OverdueRole).toBool());

        // Both carry the overdue marker; only the critical is tinted, bold and in its colour.
        QVERIFY(!urgent.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!lesser.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(urgent.data(Qt::DecorationRole).value<QIcon>().cacheKey() !=
                lesser.data(Qt::DecorationRole).value<QIcon>().cacheKey());
        QVERIFY(urgent.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!lesser.data(Qt::FontRole).isValid());
        QVERIFY(urgent.data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(0, ViolationQuery::Client).data(Qt::BackgroundRole).isValid()); // the whole row
        QVERIFY(!lesser.data(Qt::BackgroundRole).isValid());
        QCOMPARE(urgent.data(Qt::ForegroundRole).value<QColor>(),
                 SeverityStyle::severityTextColor(QStringLiteral("critical")));
        QVERIFY(!lesser.data(Qt::ForegroundRole).isValid());
    }

    void investigatingWithoutAnAssignmentSaysWhatIsKnown()
    {
        QTemporaryDir dir;
        const QString path = copyDatabase(m_demo, dir);
        QString started;
        {
            // One investigation started in Steward whose assignment was then lost (as a restore of
            // the pipeline's table alone would leave it).
            auto db = openSqlite(path, QStringLiteral("alice"));
            ViolationFilter openOnes;
            openOnes.statuses = {QStringLiteral("open")};
            auto open = ViolationQuery::fetch(*db, ViolationQuery::queue(db->dialect(), openOnes, {}), 1);
            QVERIFY(open && !open->isEmpty());
            started = open->first().violationId;
            TransitionEngine engine(*db);
            STEWARD_VERIFY_OK(engine.apply(ViolationDecisions::investigate(started)).outcome);
            STEWARD_VERIFY_OK(db->exec(
                QStringLiteral("DELETE FROM steward_violation_assignments WHERE violation_id = '%1'").arg(started)));
        }
        Opened ui = open(path);
        QVERIFY(ui.page);
        auto* assignee = ui.page->findChild<QLabel*>(QStringLiteral("violationAssignee"));
        QVERIFY(assignee);

        ui.page->violations()->showViolation(started);
        QTRY_COMPARE(ui.page->violations()->detail()->violationId(), started);
        QVERIFY2(assignee->text().startsWith(QStringLiteral("nobody assigned; alice started the investigation")),
                 qPrintable(assignee->text()));

        // The demo's own "investigating" rows came from the monitor, with nobody recorded.
        auto db = openSqlite(path);
        ViolationFilter investigating;
        investigating.statuses = {QStringLiteral("investigating")};
        investigating.unassignedOnly = true;
        ViolationQueryContext context;
        context.hasAppTables = true;
        auto rows = ViolationQuery::fetch(*db, ViolationQuery::queue(db->dialect(), investigating, context));
        QVERIFY(rows && rows->size() > 1);
        const QString fromMonitor =
            rows->first().violationId == started ? rows->at(1).violationId : rows->first().violationId;
        ui.page->violations()->showViolation(fromMonitor);
        QTRY_COMPARE(ui.page->violations()->detail()->violationId(), fromMonitor);
        QVERIFY2(assignee->text().contains(QStringLiteral("nobody recorded")), qPrintable(assignee->text()));
        QVERIFY(!assignee->text().contains(QStringLiteral("nobody yet")));
    }

    void picturesLightAndDark()
    {
        // Severity and overdue colours must stay legible on the palette's base, light or dark.
        QStringList illegible;
        const QStringList paths = saveLooks(QStringLiteral("governance"), [&](QSize size) {
            Opened ui = open(m_demo, size);
            const QColor base = QApplication::palette().color(QPalette::Base);
            for (const QString& severity : {QStringLiteral("critical"), QStringLiteral("high"),
                                            QStringLiteral("medium"), QStringLiteral("low")}) {
                if (ReadableColor::contrast(SeverityStyle::severityTextColor(severity), base) < 4.5)
                    illegible << QStringLiteral("%1 on %2").arg(severity, base.name());
            }
            return std::unique_ptr<QWidget>(std::move(ui.window));
        });
        QVERIFY2(illegible.isEmpty(), qPrintable(illegible.join(QStringLiteral(", "))));
        QCOMPARE(paths.size(), 4);
        for (const QString& path : paths) {
            QVERIFY(!path.isEmpty());
            qInfo("%s", qPrintable(path));
        }
        // Under the dark palette the plain critical red would not have been legible.
        QVERIFY(ReadableColor::contrast(SeverityStyle::severityColor(QStringLiteral("critical")),
                                        darkPalette().color(QPalette::Base)) < 4.5);
    }
};

QTEST_MAIN(GuiHeadlineTest)
#include "tst_gui_headline.moc"
