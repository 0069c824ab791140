// The Monitoring view through real widgets, offscreen, on each system's demo: the rows each tab
// shows are the core's (and the CLI's) summary, drifting now first, experiment intervals drawn,
// "not available" where a system keeps no such records, charts drawn for the selected row, a
// newer read superseding an older one, and the page narrow enough for a 1024-pixel window.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "models/charts/DriftSeries.h"
#include "models/charts/PerformanceSeries.h"
#include "models/db/Database.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"
#include "ui/monitoring/DeploymentsPanel.h"
#include "ui/monitoring/DriftPanel.h"
#include "ui/monitoring/ExperimentsPanel.h"
#include "ui/monitoring/FeedbackPanel.h"
#include "ui/monitoring/MonitoringDelegates.h"
#include "ui/monitoring/MonitoringPage.h"
#include "ui/monitoring/PerformancePanel.h"
#include "ui/monitoring/PredictionsPanel.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/ChartsPage.h"
#include "ui/registry/ModelsPage.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/MonitoringCharts.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"

#include <QAbstractSeries>
#include <QChart>
#include <QComboBox>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace steward;
using namespace steward::test;

class GuiMonitoringTest : public QObject
{
    Q_OBJECT

    TestClock m_clock;
    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_demos;

    struct Opened
    {
        std::unique_ptr<MainWindow> window;
        MonitoringPage* page = nullptr;
    };

    Opened open(const QString& system, QSize size = QSize(1440, 900))
    {
        Opened opened;
        opened.window = std::make_unique<MainWindow>();
        opened.window->resize(size);
        opened.window->show();
        if (!QTest::qWaitForWindowExposed(opened.window.get()))
            return STEWARD_HELPER_FAILED("window not exposed");
        ConnectionTarget target;
        target.sqlitePath = m_demos.value(system);
        target.readOnly = true;
        if (const Outcome done = opened.window->openTarget(target); !done)
            return STEWARD_HELPER_FAILED("%s", qPrintable(done.message()));
        QTest::keyClick(opened.window.get(), Qt::Key_8, Qt::ControlModifier);
        opened.page = qobject_cast<MonitoringPage*>(opened.window->currentPage());
        if (!opened.page)
            return STEWARD_HELPER_FAILED("Ctrl+8 did not show the Monitoring page");
        if (!QTest::qWaitFor([&] { return !opened.page->isLoading(); }, 20000))
            return STEWARD_HELPER_FAILED("the Monitoring page did not finish loading");
        return opened;
    }

    std::unique_ptr<Database> database(const QString& system)
    {
        return openSqlite(m_demos.value(system), QStringLiteral("admin"), true);
    }

    QJsonArray cli(const QString& system, const QStringList& arguments)
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("--db"), m_demos.value(system), QStringLiteral("--read-only"),
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("monitoring")} +
                   arguments);
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    static int column(QTableWidget* table, const QString& header)
    {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->horizontalHeaderItem(c)->text() == header)
                return c;
        }
        return -1;
    }

    static QVariant cell(QTableWidget* table, int row, const QString& header, int role = Qt::UserRole)
    {
        const int c = column(table, header);
        return c >= 0 && table->item(row, c) ? table->item(row, c)->data(role) : QVariant();
    }

private slots:
    void initTestCase()
    {
        for (const QString& system : {QStringLiteral("urutiiq"), QStringLiteral("krongthai"), QStringLiteral("within"),
                                      QStringLiteral("pipeline")}) {
            const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
            QStringList arguments{QStringLiteral("demo"), path, QStringLiteral("--anchor"),
                                  demoAnchor().toString(Qt::ISODate)};
            if (system != QLatin1String("pipeline"))
                arguments << QStringLiteral("--profile") << system;
            const CliRun demo = runCli(arguments);
            QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
            m_demos.insert(system, path);
        }
    }

    void performanceRowsAreTheSummary_data()
    {
        QTest::addColumn<QString>("system");
        for (const char* system : {"urutiiq", "krongthai", "within", "pipeline"})
            QTest::newRow(system) << QString::fromLatin1(system);
    }

    void performanceRowsAreTheSummary()
    {
        QFETCH(QString, system);
        Opened ui = open(system);
        QVERIFY(ui.page);
        QCOMPARE(ui.page->tabs()->currentWidget(), ui.page->performance());
        auto db = database(system);
        auto expected = PerformanceSummary::load(*db, {});
        QVERIFY2(expected.isOk(), qPrintable(expected.failure().message()));
        QVERIFY(!expected->isEmpty());
        QTableWidget* table = ui.page->performance()->table();
        QCOMPARE(table->rowCount(), expected->size());
        const QJsonArray printed = cli(system, {QStringLiteral("performance")});
        QCOMPARE(printed.size(), expected->size());
        int declining = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const PerformanceRow& row = expected->at(r);
            const QJsonObject line = printed.at(r).toObject();
            QCOMPARE(cell(table, r, QStringLiteral("Version")).toString(), row.modelVersion);
            QCOMPARE(line.value(QStringLiteral("model_version")).toString(), row.modelVersion);
            QCOMPARE(cell(table, r, QStringLiteral("Metric"), Qt::DisplayRole).toString(), row.metric);
            QCOMPARE(cell(table, r, QStringLiteral("Trend")).toString(), Trend::name(row.trend.kind));
            QCOMPARE(cell(table, r, QStringLiteral("Trend")).toString(),
                     line.value(QStringLiteral("trend")).toString());
            QCOMPARE(cell(table, r, QStringLiteral("Points")).toLongLong(), row.points);
            QCOMPARE(cell(table, r, QStringLiteral("Last")).toDouble(), line.value(QStringLiteral("last")).toDouble());
            QCOMPARE(cell(table, r, QStringLiteral("Previous version"), Qt::DisplayRole).toString(),
                     row.previousVersion.isEmpty() ? QStringLiteral("—") : row.previousVersion);
            if (row.previousLast)
                QCOMPARE(cell(table, r, QStringLiteral("Previous last")).toDouble(), *row.previousLast);
            if (row.active)
                QVERIFY(cell(table, r, QStringLiteral("Version"), Qt::DisplayRole).toString().contains(u'●'));
            if (row.trend.kind == TrendKind::Declining) {
                ++declining;
                QVERIFY(!table->item(r, column(table, QStringLiteral("Trend")))->icon().isNull());
            }
        }
        if (system == QLatin1String("urutiiq"))
            QVERIFY(declining > 0);
        // The first row is selected and its metric drawn for every version of its model.
        QTRY_VERIFY(ui.page->performance()->chart()->figure() != nullptr);
        const QString title = ui.page->performance()->chart()->figure()->title();
        QVERIFY2(title.contains(expected->first().metric), qPrintable(title));
        table->setCurrentCell(table->rowCount() - 1, 1);
        QTRY_VERIFY(!ui.page->isLoading());
        QVERIFY(ui.page->performance()->chart()->figure()->title().contains(expected->last().metric));
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-performance-") + system);
    }

    void driftingNowComesFirst_data()
    {
        QTest::addColumn<QString>("system");
        for (const char* system : {"urutiiq", "krongthai", "within"})
            QTest::newRow(system) << QString::fromLatin1(system);
    }

    void driftingNowComesFirst()
    {
        QFETCH(QString, system);
        Opened ui = open(system);
        QVERIFY(ui.page);
        ui.page->tabs()->setCurrentWidget(ui.page->drift());
        auto db = database(system);
        auto expected = DriftSummary::load(*db, {});
        QVERIFY2(expected.isOk(), qPrintable(expected.failure().message()));
        QTableWidget* table = ui.page->drift()->table();
        QCOMPARE(table->rowCount(), expected->size());
        QCOMPARE(cli(system, {QStringLiteral("drift")}).size(), expected->size());
        const QStringList order{QStringLiteral("detected"), QStringLiteral("warning"), QStringLiteral("normal")};
        int lastRank = -1;
        bool history = false;
        int detectedNow = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const DriftRecord& record = expected->at(r);
            const QString status = cell(table, r, QStringLiteral("Status")).toString();
            QCOMPARE(status, record.status);
            QCOMPARE(cell(table, r, QStringLiteral("Score / threshold")).toDouble(), record.score);
            if (record.current) {
                QVERIFY2(!history, "a current record after the history");
                QVERIFY(order.indexOf(status) >= lastRank);
                lastRank = static_cast<int>(order.indexOf(status));
                detectedNow += status == QLatin1String("detected");
            } else {
                history = true;
            }
            if (record.threshold)
                QVERIFY(!table->item(r, column(table, QStringLiteral("Score / threshold")))
                             ->data(MonitoringRoles::Score)
                             .toMap()
                             .isEmpty());
        }
        if (system != QLatin1String("within"))
            QVERIFY(detectedNow > 0);
        QTRY_VERIFY(ui.page->drift()->chart()->figure() != nullptr);
        QVERIFY(!ui.page->drift()->chart()->figure()->charts().isEmpty());
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-drift-") + system);
    }

    void predictionsAreSummarised()
    {
        Opened ui = open(QStringLiteral("urutiiq"));
        QVERIFY(ui.page);
        ui.page->tabs()->setCurrentWidget(ui.page->predictions());
        auto db = database(QStringLiteral("urutiiq"));
        auto expected = PredictionSummary::load(*db, {});
        QVERIFY2(expected.isOk(), qPrintable(expected.failure().message()));
        QTableWidget* table = ui.page->predictions()->table();
        QCOMPARE(table->rowCount(), expected->size());
        for (int r = 0; r < table->rowCount(); ++r) {
            const PredictionRow& row = expected->at(r);
            QCOMPARE(cell(table, r, QStringLiteral("Predictions")).toLongLong(), row.predictions);
            const QVariantList bars = table->item(r, column(table, QStringLiteral("Confidence distribution")))
                                          ->data(MonitoringRoles::Bars)
                                          .toList();
            QCOMPARE(bars.size(), PredictionSummary::bucketNames().size());
            qint64 sum = 0;
            for (const QVariant& bar : bars)
                sum += bar.toLongLong();
            QCOMPARE(sum, row.withConfidence);
            if (row.accuracy)
                QCOMPARE(cell(table, r, QStringLiteral("Accuracy")).toDouble(), *row.accuracy);
        }
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-predictions"));
    }

    void experimentIntervalsAreDrawn_data()
    {
        QTest::addColumn<QString>("system");
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq");
        QTest::newRow("krongthai") << QStringLiteral("krongthai");
    }

    void experimentIntervalsAreDrawn()
    {
        QFETCH(QString, system);
        Opened ui = open(system);
        QVERIFY(ui.page);
        ui.page->tabs()->setCurrentWidget(ui.page->experiments());
        auto db = database(system);
        auto expected = ExperimentSummary::load(*db);
        QVERIFY2(expected.isOk(), qPrintable(expected.failure().message()));
        const QJsonArray printed = cli(system, {QStringLiteral("experiments")});
        QCOMPARE(printed.size(), expected->size());
        ExperimentsPanel* panel = ui.page->experiments();
        QCOMPARE(panel->experiments().size(), expected->size());
        QTableWidget* table = panel->table();
        const int intervalColumn = column(table, QStringLiteral("Confidence interval"));
        QVERIFY(intervalColumn >= 0);
        table->scrollTo(table->model()->index(0, intervalColumn));
        QCoreApplication::processEvents();
        const QImage shot = table->viewport()->grab().toImage();
        int drawn = 0;
        int winners = 0;
        for (int r = 0; r < table->rowCount(); ++r) {
            const int e = panel->experimentAt(r);
            QVERIFY(e >= 0);
            const QJsonObject line = printed.at(e).toObject();
            const QString winner = line.value(QStringLiteral("winner")).toString();
            QCOMPARE(expected->at(e).outcome.winner, winner);
            const QVariant variant = cell(table, r, QStringLiteral("Variant"));
            if (!variant.isValid())
                continue;
            if (variant.toString() == winner) {
                ++winners;
                QVERIFY(cell(table, r, QStringLiteral("Result"), Qt::DisplayRole).toString().contains(u'★'));
            }
            const QVariantMap interval = table->item(r, intervalColumn)->data(MonitoringRoles::Interval).toMap();
            if (interval.isEmpty())
                continue;
            QVERIFY(interval.value(QStringLiteral("low")).toDouble() <=
                    interval.value(QStringLiteral("high")).toDouble());
            // What the delegate painted in that cell: the interval's coloured line, not just text.
            const QRect rect = table->visualRect(table->model()->index(r, intervalColumn));
            if (!shot.rect().contains(rect.center()))
                continue;
            // A run of the interval's colour along the row's middle: a line, which text never makes.
            const QColor colour = interval.value(QStringLiteral("winner")).toBool()        ? ChartStyle::green()
                                  : interval.value(QStringLiteral("significant")).toBool() ? ChartStyle::blue()
                                                                                           : ChartStyle::grey();
            int run = 0;
            int longest = 0;
            for (int x = rect.left() + 2; x < rect.right() - 2; ++x) {
                const QColor pixel = shot.pixelColor(x, rect.center().y());
                const int distance = std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green()) +
                                     std::abs(pixel.blue() - colour.blue());
                run = distance < 60 ? run + 1 : 0;
                longest = std::max(longest, run);
            }
            QVERIFY2(longest >= 8, qPrintable(QStringLiteral("row %1: %2").arg(r).arg(longest)));
            ++drawn;
        }
        QVERIFY(drawn >= 2);
        if (system == QLatin1String("krongthai"))
            QVERIFY(winners > 0);
        QVERIFY(!panel->decisionText().isEmpty());
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-experiments-") + system);
    }

    void unavailableTabsSaySo()
    {
        Opened ui = open(QStringLiteral("within"));
        QVERIFY(ui.page);
        ui.page->tabs()->setCurrentWidget(ui.page->experiments());
        QVERIFY2(ui.page->experiments()->statusText().contains(QStringLiteral("not available")),
                 qPrintable(ui.page->experiments()->statusText()));
        QVERIFY(ui.page->experiments()->statusText().contains(QStringLiteral("WITHIN")));
        QVERIFY(ui.page->performance()->statusText().isEmpty());
        // WITHIN keeps no feedback; its deployments are a status per model version, listed.
        QVERIFY2(ui.page->feedback()->statusText().contains(QStringLiteral("not available")),
                 qPrintable(ui.page->feedback()->statusText()));
        QVERIFY(ui.page->feedback()->statusText().contains(QStringLiteral("WITHIN")));
        QVERIFY2(ui.page->deployments()->statusText().isEmpty(), qPrintable(ui.page->deployments()->statusText()));

        // The pipeline keeps no predictions, drift or experiments of its own.
        Opened pipeline = open(QStringLiteral("pipeline"));
        QVERIFY(pipeline.page);
        for (SummaryPanel* panel :
             QList<SummaryPanel*>{pipeline.page->drift(), pipeline.page->predictions(), pipeline.page->experiments()})
            QVERIFY2(panel->statusText().contains(QStringLiteral("not available")), qPrintable(panel->statusText()));
    }

    void theViewIsNotAvailableWithoutMonitoringTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipeline-only.sqlite"));
        std::ignore = makePipelineOnly(path);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionTarget target;
        target.sqlitePath = path;
        STEWARD_VERIFY_OK(window.openTarget(target));
        window.showPage(View::Monitoring);
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QListWidgetItem* item = navigation->item(navigation->count() - 1);
        QCOMPARE(item->text(), QStringLiteral("Monitoring"));
        QCOMPARE(item->data(Qt::UserRole).toBool(), false);
        QVERIFY2(item->toolTip().contains(QStringLiteral("forecast_actuals")), qPrintable(item->toolTip()));
        QStringList titles;
        for (auto* label : window.findChildren<QLabel*>(QStringLiteral("emptyStateTitle"))) {
            if (label->isVisible())
                titles << label->text();
        }
        QCOMPARE(titles, QStringList{QStringLiteral("Monitoring is not available for this database")});
    }

    // A newer read supersedes an older one: the rows shown are the last period asked for.
    void aNewerReadSupersedesAnOlderOne()
    {
        Opened ui = open(QStringLiteral("urutiiq"));
        QVERIFY(ui.page);
        auto db = database(QStringLiteral("urutiiq"));
        MonitoringFilter lastWeek;
        lastWeek.since = m_clock.now().addDays(-7);
        auto recent = PerformanceSummary::load(*db, lastWeek);
        auto all = PerformanceSummary::load(*db, {});
        QVERIFY2(recent.isOk(), qPrintable(recent.failure().message()));
        QVERIFY2(all.isOk(), qPrintable(all.failure().message()));
        auto* period = ui.page->findChild<QComboBox*>(QStringLiteral("monitoringPeriod"));
        QVERIFY(period);
        period->setCurrentIndex(period->findData(7));
        QVERIFY(ui.page->isLoading());
        QCOMPARE(ui.page->performance()->statusText(), QStringLiteral("Loading…"));
        period->setCurrentIndex(period->findData(0));
        QTRY_VERIFY(!ui.page->isLoading());
        QTest::qWait(200); // the superseded read's result, had it been kept, would have arrived by now
        QCOMPARE(ui.page->performance()->rows().size(), all->size());
        period->setCurrentIndex(period->findData(7));
        QTRY_VERIFY(!ui.page->isLoading());
        QCOMPARE(ui.page->performance()->rows().size(), recent->size());
    }

    // The Charts view's Performance and Drift kinds draw what `steward-cli chart --kind
    // performance|drift [--model M]` draws: the same data, the same figure.
    void chartsViewDrawsPerformanceAndDrift()
    {
        Opened ui = open(QStringLiteral("urutiiq"));
        QVERIFY(ui.page);
        QTest::keyClick(ui.window.get(), Qt::Key_3, Qt::ControlModifier);
        auto* charts = qobject_cast<ChartsPage*>(ui.window->currentPage());
        QVERIFY(charts);
        auto db = database(QStringLiteral("urutiiq"));
        const auto seriesNames = [](const ChartFigure* figure) {
            QStringList names;
            for (QChart* chart : figure->charts()) {
                for (QAbstractSeries* series : chart->series())
                    names << series->name();
            }
            return names;
        };
        auto* model = charts->findChild<QComboBox*>(QStringLiteral("chartModel"));
        auto* client = charts->findChild<QComboBox*>(QStringLiteral("chartClient"));
        QVERIFY(model && client);
        for (const ChartsPage::Kind kind : {ChartsPage::Kind::Performance, ChartsPage::Kind::Drift}) {
            charts->showChart(kind);
            QTRY_VERIFY(!charts->isLoading()); // the choices and the data are read by a job
            QVERIFY(model->isVisible());
            QVERIFY(!client->isVisible());
            QCOMPARE(model->currentIndex(), 0); // every model
            QVERIFY(model->findText(QStringLiteral("anomaly_detection")) > 0);
            model->setCurrentIndex(model->findText(QStringLiteral("anomaly_detection")));
            QTRY_VERIFY(!charts->isLoading());
            MonitoringFilter filter;
            filter.model.name = QStringLiteral("anomaly_detection");
            std::unique_ptr<ChartFigure> expected;
            if (kind == ChartsPage::Kind::Performance) {
                auto data = PerformanceSeries::load(*db, filter);
                QVERIFY(data.isOk());
                expected = MonitoringCharts::performance(*data);
            } else {
                auto data = DriftSeries::load(*db, filter);
                QVERIFY(data.isOk());
                expected = MonitoringCharts::drift(*data);
            }
            const ChartFigure* shown = charts->panel()->figure();
            QVERIFY(shown);
            QCOMPARE(shown->title(), expected->title());
            QCOMPARE(seriesNames(shown), seriesNames(expected.get()));
            QVERIFY(seriesNames(shown).size() >= 2);
            const QString png = m_dir.filePath(QStringLiteral("chart-%1.png").arg(static_cast<int>(kind)));
            STEWARD_VERIFY_OK(charts->exportChart(png));
            QVERIFY(!QImage(png).isNull());
            saveScreenshot(ui.window.get(), QStringLiteral("charts-monitoring-%1").arg(static_cast<int>(kind)));
            model->setCurrentIndex(0);
        }
        charts->showChart(ChartsPage::Kind::History);
        QVERIFY(client->isVisible());
        QVERIFY(!model->isVisible());
    }

    // Models flags a declining trend on the active version beside the active version's line.
    void modelsFlagsADecliningActiveVersion()
    {
        Opened ui = open(QStringLiteral("pipeline"));
        QVERIFY(ui.page);
        QTest::keyClick(ui.window.get(), Qt::Key_2, Qt::ControlModifier);
        auto* models = qobject_cast<ModelsPage*>(ui.window->currentPage());
        QVERIFY(models);
        auto* client = models->findChild<QComboBox*>(QStringLiteral("modelsClient"));
        auto* banner = models->findChild<QLabel*>(QStringLiteral("activeBanner"));
        QVERIFY(client && banner);
        QTRY_VERIFY(!models->isLoading()); // the clients and versions are read by a job
        auto db = database(QStringLiteral("pipeline"));
        auto declining = PerformanceSummary::decliningOnActive(*db);
        QVERIFY(declining.isOk());
        QStringList flagged;
        for (const PerformanceRow& row : *declining)
            flagged << row.scope;
        QVERIFY(!flagged.isEmpty());
        int quiet = 0;
        for (int i = 0; i < client->count(); ++i) {
            client->setCurrentIndex(i);
            QTRY_VERIFY(!models->isLoading());
            QVERIFY(!banner->text().isEmpty());
            const bool marked = banner->text().contains(QStringLiteral("declining trend on the active version"));
            QCOMPARE(marked, flagged.contains(client->currentText()));
            QCOMPARE(banner->toolTip().contains(QStringLiteral("wmape")), marked);
            quiet += !marked;
            if (marked)
                saveScreenshot(ui.window.get(), QStringLiteral("models-declining"));
        }
        QVERIFY(quiet > 0);
    }

    // UrutiIQ marks its active versions itself, one per model: Models shows those, in its words.
    void modelsShowsTheSystemsActiveVersions()
    {
        Opened ui = open(QStringLiteral("urutiiq"));
        QVERIFY(ui.page);
        QTest::keyClick(ui.window.get(), Qt::Key_2, Qt::ControlModifier);
        auto* models = qobject_cast<ModelsPage*>(ui.window->currentPage());
        QVERIFY(models);
        auto* label = models->findChild<QLabel*>(QStringLiteral("modelsClientLabel"));
        auto* client = models->findChild<QComboBox*>(QStringLiteral("modelsClient"));
        auto* banner = models->findChild<QLabel*>(QStringLiteral("activeBanner"));
        auto* rollback = models->findChild<QPushButton*>(QStringLiteral("rollbackButton"));
        QVERIFY(label && client && banner && rollback);
        QCOMPARE(label->text(), QStringLiteral("Company:"));
        QTRY_VERIFY(!models->isLoading());
        QVERIFY(banner->text().startsWith(QStringLiteral("Active, as UrutiIQ marks them:")));
        auto db = database(QStringLiteral("urutiiq"));
        QSqlQuery active = db->query();
        QVERIFY(active.exec(QStringLiteral("SELECT \"modelName\" || ' ' || \"modelVersion\" FROM \"AIModel\" "
                                           "WHERE status = 'active' AND \"companyId\" = '%1'")
                                .arg(client->currentText())));
        int count = 0;
        while (active.next()) {
            QVERIFY2(banner->text().contains(active.value(0).toString()), qPrintable(banner->text()));
            ++count;
        }
        QVERIFY(count > 1);
        QVERIFY(!rollback->isEnabled());
        QVERIFY2(rollback->toolTip().contains(QStringLiteral("marks which version is active itself")),
                 qPrintable(rollback->toolTip()));
    }

    // Nothing on the page holds a 1024-pixel window wider than it is.
    void fitsASmallWindow()
    {
        Opened ui = open(QStringLiteral("urutiiq"), QSize(1024, 700));
        QVERIFY(ui.page);
        for (int tab = 0; tab < ui.page->tabs()->count(); ++tab) {
            ui.page->tabs()->setCurrentIndex(tab);
            QTRY_VERIFY(!ui.page->isLoading());
            QVERIFY2(ui.page->minimumSizeHint().width() < 850,
                     qPrintable(QStringLiteral("tab %1: %2").arg(tab).arg(ui.page->minimumSizeHint().width())));
        }
        // The window's own width also answers to the other views (tst_gui_fit checks them all).
        ui.page->tabs()->setCurrentIndex(0);
        saveScreenshot(ui.window.get(), QStringLiteral("monitoring-1024"));
    }
};

QTEST_MAIN(GuiMonitoringTest)
#include "tst_gui_monitoring.moc"
