// The Models view through real widgets, offscreen: versions with their metric columns, sorted
// by the database, a version's detail, the metric chart following the selection and the chosen
// metric, comparison, cross-view navigation, rollback requests, folder import, and looking at
// Models and Charts without changing a byte. The Charts view on its own: tst_gui_charts.
#include "GuiTestSupport.h"
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/charts/MetricHistory.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/MetricDelta.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/RegistryImport.h"
#include "models/registry/VersionChanges.h"
#include "models/registry/VersionComparisonModel.h"
#include "models/registry/VersionDetails.h"
#include "models/registry/VersionId.h"
#include "models/registry/VersionListQuery.h"
#include "models/workflow/RollbackRequests.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/ChartsPage.h"
#include "ui/registry/FigureView.h"
#include "ui/registry/ModelsPage.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/RegistryCharts.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/Session.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/Prompt.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSettings>
#include <QSqlQuery>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class GuiRegistryTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;

    QString demoCopy(const QTemporaryDir& dir) const { return writableCopy(m_demo, dir); }

    static std::unique_ptr<MainWindow> openWindow(const QString& path, const QString& user = QStringLiteral("admin"))
    {
        return openMainWindow(path, {QSize(1400, 900), false, user});
    }

    // The Models page, shown, once what it reads has arrived.
    static ModelsPage* modelsPage(MainWindow& window)
    {
        window.showPage(View::Models);
        auto* page = qobject_cast<ModelsPage*>(window.page(View::Models));
        return page && read(page) ? page : nullptr;
    }

    // Waits until the page's reads (versions, detail, chart) have arrived.
    template <typename P> static bool read(P* page)
    {
        return QTest::qWaitFor([page] { return !page->isLoading(); }, 20000);
    }

    static QScatterSeries* selectedMarker(ModelsPage* page)
    {
        const QList<FigureView*> views = page->historyChart()->views();
        if (views.isEmpty())
            return nullptr;
        for (QAbstractSeries* series : views.first()->chart()->series()) {
            if (series->objectName() == QLatin1String("selectedVersion"))
                return qobject_cast<QScatterSeries*>(series);
        }
        return nullptr;
    }

    static QLineSeries* historyLine(ModelsPage* page)
    {
        const QList<FigureView*> views = page->historyChart()->views();
        return views.isEmpty() ? nullptr : qobject_cast<QLineSeries*>(views.first()->chart()->series().value(0));
    }

    // Clicks a row as a person would (QTableView::selectRow follows the last keyboard
    // modifiers, which a test's Ctrl+2 leaves behind).
    static void clickRow(QTableView* table, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        table->scrollTo(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers,
                          table->visualRect(table->model()->index(row, 0)).center());
    }

    static int rowOf(QTableView* table, const QString& version)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (shownValue(table->model()->index(row, 0), Qt::EditRole).toString() == version)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void modelsViewListsVersionsWithMetricColumns()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        auto* page = qobject_cast<ModelsPage*>(window->currentPage());
        QVERIFY(page);
        auto* client = page->findChild<QComboBox*>(QStringLiteral("modelsClient"));
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        QVERIFY(client && table);
        QVERIFY(read(page));
        QCOMPARE(client->count(), 3);
        // The presenting proxies hold up under the model tester while the client changes.
        QAbstractItemModelTester versionTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester jobTester(page->findChild<QTableView*>(QStringLiteral("jobTable"))->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        client->setCurrentIndex(client->findText(QStringLiteral("lotus_pharma")));
        client->setCurrentIndex(client->findText(QStringLiteral("hanoi_fresh")));
        QVERIFY(read(page));
        QCOMPARE(table->model()->rowCount(), 10);
        QStringList headers;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            headers << table->model()->headerData(c, Qt::Horizontal).toString();
        for (const char* metric : {"wmape", "mape", "mae", "rmse", "bias", "fnr", "r2"})
            QVERIFY2(headers.contains(QLatin1String(metric)), qPrintable(headers.join(QLatin1Char(','))));
        QVERIFY(headers.contains(QStringLiteral("Trained (UTC)")));
        QVERIFY(headers.contains(QStringLiteral("Duration")));
        // Newest first, and the newest is active while no version has been set.
        const QString newest = shownValue(table->model()->index(0, 0), Qt::EditRole).toString();
        const QString older = shownValue(table->model()->index(1, 0), Qt::EditRole).toString();
        QVERIFY(newest > older);
        QVERIFY(shownValue(table->model()->index(0, 0)).toString().contains(QStringLiteral("active")));
        // The readable date matches the timestamp id.
        const QString readable =
            shownValue(table->model()->index(0, headers.indexOf(QStringLiteral("Trained (UTC)")))).toString();
        QVERIFY2(readable.contains(QStringLiteral("2026")) && readable.contains(newest.mid(9, 2) + QLatin1Char(':')),
                 qPrintable(readable));
        page->selectVersion(QStringLiteral("hanoi_fresh"), older);
        page->findChild<QTabWidget*>(QStringLiteral("modelsTabs"))->setCurrentIndex(0);
        QVERIFY(read(page));
        saveScreenshot(window.get(), QStringLiteral("models-details"));
        page->findChild<QTabWidget*>(QStringLiteral("modelsTabs"))->setCurrentIndex(1);
        QVERIFY(read(page));
        saveScreenshot(window.get(), QStringLiteral("models-history"));
        page->findChild<QTabWidget*>(QStringLiteral("modelsTabs"))->setCurrentIndex(3);
        auto* jobs = page->findChild<QTableView*>(QStringLiteral("jobTable"));
        QVERIFY(jobs->model()->rowCount() >= 11); // ten versions' jobs, failed attempts and the running one
        saveScreenshot(window.get(), QStringLiteral("models-jobs"));
    }

    void modelsShowsThatItIsReadingThenTheClientsVersions()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        window->showPage(View::Models);
        auto* page = qobject_cast<ModelsPage*>(window->page(View::Models));
        QVERIFY(page);
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        auto* banner = page->findChild<QLabel*>(QStringLiteral("activeBanner"));
        auto* detail = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"));
        // Read by a job: the view says so, with no rows yet, and the window goes on.
        QVERIFY(page->isLoading());
        QVERIFY2(banner->text().startsWith(QStringLiteral("Reading the")), qPrintable(banner->text()));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(read(page));
        QCOMPARE(table->model()->rowCount(), 10);
        QVERIFY2(banner->text().contains(QStringLiteral("Active version")), qPrintable(banner->text()));
        // The newest version is selected, and its detail read after it.
        QVERIFY(!page->currentVersion().isEmpty());
        QCOMPARE(page->currentVersion(), shownValue(table->model()->index(0, 0), Qt::EditRole).toString());
        QVERIFY2(detail->toPlainText().contains(page->currentVersion()), qPrintable(detail->toPlainText()));
        // Another row's detail is read when it is selected.
        clickRow(table, 5);
        QVERIFY(page->isLoading());
        QVERIFY(read(page));
        const QString fifth = shownValue(table->model()->index(5, 0), Qt::EditRole).toString();
        QCOMPARE(page->currentVersion(), fifth);
        QVERIFY2(detail->toPlainText().contains(fifth), qPrintable(detail->toPlainText()));
    }

    // Many versions: the list holds a window of them, and reads the others when scrolled to.
    void manyVersionsAreReadAWindowAtATime()
    {
        QTemporaryDir dir;
        auto window = openWindow(makeDemo(dir, QStringLiteral("larger.sqlite"), QStringLiteral("admin"), 21));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        QVERIFY(page);
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        auto* proxy = qobject_cast<QAbstractProxyModel*>(table->model());
        QVERIFY(proxy);
        auto* rows = qobject_cast<PagedTableModel*>(proxy->sourceModel());
        QVERIFY(rows);
        QCOMPARE(table->model()->rowCount(), 210);
        QCOMPARE(rows->cachedPageCount(), 1); // the newest 200
        QVERIFY(!rows->isRowLoaded(209));
        // Made current (End, a jump), the last row is not read on the window's thread: the
        // detail says it is on its way, and shows the version when its page has arrived.
        auto* detail = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"));
        table->selectionModel()->setCurrentIndex(table->model()->index(209, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!rows->isRowLoaded(209));
        QVERIFY(page->currentVersion().isEmpty());
        QVERIFY2(detail->toPlainText().contains(QStringLiteral("Reading this version")),
                 qPrintable(detail->toPlainText()));
        QTRY_VERIFY(rows->isRowLoaded(209));
        QVERIFY(read(page));
        // The oldest version, as the database orders them.
        auto db = openSqlite(window->session()->database()->target().sqlitePath, QStringLiteral("admin"), true);
        QSqlQuery oldest = db->query();
        QVERIFY(oldest.exec(QStringLiteral("SELECT model_version FROM model_metadata WHERE client_id = '%1' "
                                           "ORDER BY model_version LIMIT 1")
                                .arg(page->currentClient())));
        QVERIFY(oldest.next());
        QCOMPARE(shownValue(table->model()->index(209, 0), Qt::EditRole).toString(), oldest.value(0).toString());
        QCOMPARE(page->currentVersion(), oldest.value(0).toString());
        QVERIFY2(detail->toPlainText().contains(oldest.value(0).toString()), qPrintable(detail->toPlainText()));
        // Sorted by the database: the list reads again, and the first row is selected.
        table->sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(read(page));
        QCOMPARE(shownValue(table->model()->index(0, 0), Qt::EditRole).toString(), oldest.value(0).toString());
        QCOMPARE(page->currentVersion(), oldest.value(0).toString());
    }

    void switchingClientTwiceQuicklyShowsOnlyTheSecondClientsVersions()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        QVERIFY(page);
        auto* client = page->findChild<QComboBox*>(QStringLiteral("modelsClient"));
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        // Two clients other than the one shown, one right after the other.
        const QString second = client->currentText() == QLatin1String("saigon_mart") ? QStringLiteral("hanoi_fresh")
                                                                                     : QStringLiteral("saigon_mart");
        const QString first =
            QStringList{QStringLiteral("hanoi_fresh"), QStringLiteral("lotus_pharma"), QStringLiteral("saigon_mart")}
                .filter(QRegularExpression(QStringLiteral("^(?!%1$|%2$)").arg(client->currentText(), second)))
                .first();
        client->setCurrentText(first);
        QVERIFY(page->isLoading());
        client->setCurrentText(second);
        QVERIFY(read(page));
        auto db = openSqlite(window->session()->database()->target().sqlitePath);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const auto versions = registry.versions(second);
        QVERIFY(versions);
        QStringList expected;
        for (const ModelVersion& v : *versions)
            expected << v.version;
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            shown << shownValue(table->model()->index(row, 0), Qt::EditRole).toString();
        QCOMPARE(shown, expected);
        QCOMPARE(page->currentClient(), second);
        // Sorted by the database, for the second client.
        table->sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(read(page));
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(shownValue(table->model()->index(0, 0), Qt::EditRole).toString(), expected.first());
    }

    // "vs previous" sorts by how the chosen metric moved against the version before: descending,
    // the largest regression first, and choosing another metric orders the list by that one.
    void sortingByVsPreviousFollowsTheChosenMetric()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        page->findChild<QComboBox*>(QStringLiteral("modelsClient"))->setCurrentText(QStringLiteral("saigon_mart"));
        QVERIFY(read(page));
        const auto* source = qobject_cast<const PagedTableModel*>(
            qobject_cast<const QAbstractProxyModel*>(table->model())->sourceModel());
        QVERIFY(source);
        const int previous = source->query().columnIndex(VersionListQuery::kPreviousMetrics);
        QCOMPARE(previous, 1);
        // The first row's regression of `metric` against its previous version, and the largest
        // among all rows.
        const auto regression = [&](int row, const QString& metric) -> std::optional<double> {
            const QMap<QString, double> before = VersionChanges::metricsOfText(source->cell(row, previous).text());
            const CellValue now = source->cell(row, source->query().columnIndex(metric));
            if (!before.contains(metric) || now.isNull())
                return std::nullopt;
            const double change = MetricDelta::between(metric, before.value(metric), now.value.toDouble()).change;
            return Metrics::direction(metric) == Metrics::Direction::HigherIsBetter ? -change : change;
        };
        const auto largest = [&](const QString& metric) {
            double most = -1e300;
            for (int row = 0; row < source->rowCount(); ++row)
                most = std::max(most, regression(row, metric).value_or(-1e300));
            return most;
        };
        page->setMetric(QStringLiteral("wmape"));
        table->sortByColumn(previous, Qt::DescendingOrder);
        QVERIFY(read(page));
        QVERIFY(regression(0, QStringLiteral("wmape")));
        QCOMPARE(*regression(0, QStringLiteral("wmape")), largest(QStringLiteral("wmape")));
        page->setMetric(QStringLiteral("r2"));
        QVERIFY(read(page));
        QVERIFY(regression(0, QStringLiteral("r2")));
        QCOMPARE(*regression(0, QStringLiteral("r2")), largest(QStringLiteral("r2")));
    }

    void selectingAVersionOrMetricChangesTheChart()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        page->findChild<QComboBox*>(QStringLiteral("modelsClient"))->setCurrentText(QStringLiteral("saigon_mart"));
        QVERIFY(read(page));
        page->setMetric(QStringLiteral("wmape"));
        // The chart is drawn when its tab is shown, and follows the selection from then on.
        QVERIFY(page->historyChart()->views().isEmpty() ||
                page->findChild<QTabWidget*>(QStringLiteral("modelsTabs"))->currentIndex() == 1);
        page->findChild<QTabWidget*>(QStringLiteral("modelsTabs"))->setCurrentWidget(page->historyChart());

        clickRow(table, 3);
        QVERIFY(read(page));
        const QString third = page->currentVersion();
        QScatterSeries* marker = selectedMarker(page);
        QVERIFY(marker);
        QCOMPARE(marker->count(), 1);
        const QPointF before = marker->at(0);
        QCOMPARE(qint64(before.x()), VersionId::timestamp(third).toMSecsSinceEpoch());

        clickRow(table, 7);
        QVERIFY(read(page));
        marker = selectedMarker(page);
        QVERIFY(marker);
        QCOMPARE(marker->count(), 1);
        QVERIFY(marker->at(0).x() < before.x()); // an older version, further left
        QCOMPARE(qint64(marker->at(0).x()), VersionId::timestamp(page->currentVersion()).toMSecsSinceEpoch());

        // The chart's values are the versions' true values of the chosen metric.
        ConnectionTarget target;
        target.sqlitePath = window->session()->database()->target().sqlitePath;
        auto db = openSqlite(target.sqlitePath);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const QString version = page->currentVersion();
        auto found = registry.version(QStringLiteral("saigon_mart"), version);
        QVERIFY(found);
        QCOMPARE(marker->at(0).y(), found->metrics.value(QStringLiteral("wmape")));
        const QList<QPointF> wmape = historyLine(page)->points();

        page->setMetric(QStringLiteral("r2"));
        QVERIFY(read(page));
        QLineSeries* line = historyLine(page);
        QVERIFY(line);
        QCOMPARE(line->count(), 10);
        QVERIFY(line->points() != wmape);
        QCOMPARE(selectedMarker(page)->at(0).y(), found->metrics.value(QStringLiteral("r2")));
        QVERIFY(page->historyChart()->views().first()->chart()->title().startsWith(QStringLiteral("r2")));
    }

    void detailShowsFailedJobsWithTheirError()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        auto db = openSqlite(path);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        QString client;
        QString version;
        QString error;
        auto versions = registry.versions();
        QVERIFY(versions);
        for (const ModelVersion& v : *versions) {
            auto jobs = VersionDetails::trainingJobs(registry, v);
            QVERIFY(jobs);
            for (const TrainingJob& job : *jobs) {
                if (job.status == QLatin1String("failed") && version.isEmpty()) {
                    client = v.clientId;
                    version = v.version;
                    error = job.errorMessage;
                }
            }
        }
        QVERIFY2(!version.isEmpty(), "the demo has failed training jobs");
        auto window = openWindow(path);
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        QVERIFY(page->selectVersion(client, version));
        QVERIFY(read(page));
        QCOMPARE(page->currentVersion(), version);
        const QString detail = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"))->toPlainText();
        QVERIFY2(detail.contains(error), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("failed")));
        QVERIFY(detail.contains(QStringLiteral("Backtests")));
    }

    void comparesSelectedVersions()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        page->findChild<QComboBox*>(QStringLiteral("modelsClient"))->setCurrentText(QStringLiteral("lotus_pharma"));
        QVERIFY(read(page));
        // Click the newest, Ctrl+click two older ones.
        clickRow(table, 0);
        clickRow(table, 4, Qt::ControlModifier);
        clickRow(table, 8, Qt::ControlModifier);
        QVERIFY(read(page));
        QCOMPARE(page->selectedVersions().size(), 3);
        auto* compare = page->findChild<QPushButton*>(QStringLiteral("compareButton"));
        QVERIFY(compare->isEnabled());
        QTest::mouseClick(compare, Qt::LeftButton);
        auto* view = page->findChild<QTableView*>(QStringLiteral("comparisonTable"));
        auto* model = qobject_cast<VersionComparisonModel*>(view->model());
        QVERIFY(model);
        QCOMPARE(model->comparison().versions.size(), 3);
        // Oldest first: the baseline is the oldest selected version.
        QVERIFY(model->comparison().versions.first().version < model->comparison().versions.last().version);
        for (const char* name : {"wmape", "r2", "bias"}) {
            const VersionComparison::Row* row = model->comparison().row(QLatin1String(name));
            QVERIFY(row);
            int best = 0;
            for (int i = 1; i < row->values.size(); ++i) {
                const double v = *row->values.at(i);
                const double b = *row->values.at(best);
                const bool better = QLatin1String(name) == QLatin1String("r2")     ? v > b
                                    : QLatin1String(name) == QLatin1String("bias") ? std::fabs(v) < std::fabs(b)
                                                                                   : v < b;
                if (better)
                    best = i;
            }
            QCOMPARE(row->best, best);
            const int r = static_cast<int>(row - model->comparison().rows.constData());
            QVERIFY(model->index(r, best + 1).data(VersionComparisonModel::BestRole).toBool());
            // Bias changes are of |bias| (the convention everywhere, MetricDelta).
            const bool magnitude = QLatin1String(name) == QLatin1String("bias");
            const double first = magnitude ? std::fabs(*row->values.at(0)) : *row->values.at(0);
            const double second = magnitude ? std::fabs(*row->values.at(1)) : *row->values.at(1);
            QCOMPARE(model->index(r, 2).data(VersionComparisonModel::DeltaRole).toDouble(),
                     QString::number(second - first, 'g', 12).toDouble());
        }
        saveScreenshot(window.get(), QStringLiteral("models-compare"));
    }

    void governanceCanShowAVersion()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        window->showPage(View::Tables);
        auto db = openSqlite(window->session()->database()->target().sqlitePath);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const ModelVersion target = registry.versions(QStringLiteral("saigon_mart"))->at(6);
        window->session()->requestShow(View::Models, QStringLiteral("model_version"),
                                       QStringLiteral("saigon_mart:") + target.version);
        auto* page = qobject_cast<ModelsPage*>(window->currentPage());
        QVERIFY(page);
        QVERIFY(read(page));
        QCOMPARE(page->currentClient(), QStringLiteral("saigon_mart"));
        QCOMPARE(page->currentVersion(), target.version);
        QVERIFY(
            page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"))->toPlainText().contains(target.version));
        // An unknown version is said so, and nothing else changes.
        window->session()->requestShow(View::Models, QStringLiteral("model_version"),
                                       QStringLiteral("saigon_mart:19990101_000000"));
        QVERIFY(window->messageBar()->text().contains(QStringLiteral("19990101_000000")));
        QCOMPARE(page->currentVersion(), target.version);
    }

    void rollbackIsRequestedThenApprovedByAManager()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        {
            auto viewer = openWindow(path, QStringLiteral("dave"));
            QVERIFY(viewer);
            auto* button = modelsPage(*viewer)->findChild<QPushButton*>(QStringLiteral("rollbackButton"));
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QStringLiteral("viewer")), qPrintable(button->toolTip()));
        }
        auto window = openWindow(path, QStringLiteral("alice"));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        page->findChild<QComboBox*>(QStringLiteral("modelsClient"))->setCurrentText(QStringLiteral("hanoi_fresh"));
        QVERIFY(read(page));
        auto* button = page->findChild<QPushButton*>(QStringLiteral("rollbackButton"));
        clickRow(table, 0);
        QVERIFY(!button->isEnabled()); // already the active version
        clickRow(table, 2);
        const QString version = page->currentVersion();
        QVERIFY(button->isEnabled());
        Prompt::queueAnswer(QStringLiteral("Version 3 had lower bias in the live weeks."));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(Prompt::queuedAnswers(), 0);
        QVERIFY(read(page));
        auto banner = page->findChild<QLabel*>(QStringLiteral("activeBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("awaiting a manager")), qPrintable(banner->text()));
        saveScreenshot(window.get(), QStringLiteral("models-rollback-requested"));

        auto db = openSqlite(path, QStringLiteral("bob"));
        auto requests = RollbackRequests::list(*db, QStringLiteral("requested"));
        QVERIFY(requests);
        QString requestId;
        for (const RollbackRequest& r : *requests) {
            if (r.targetKind == RollbackRequests::kModelVersion && r.targetId == version)
                requestId = r.requestId;
        }
        QVERIFY(!requestId.isEmpty());
        TransitionEngine bob(*db);
        const DecisionResult approved = bob.apply(RollbackRequests::approve(requestId, QStringLiteral("Agreed.")));
        STEWARD_VERIFY_OK(approved.outcome);
        page->refresh();
        QVERIFY(read(page));
        QVERIFY2(banner->text().contains(version), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("set by bob")));
        QCOMPARE(shownValue(table->model()->index(rowOf(table, version), 0)).toString(),
                 version + QStringLiteral("  ● active"));
    }

    void importsAModelFolder()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        const QString registryDir = dir.filePath(QStringLiteral("registry"));
        const QStringList good = writeMixedRegistry(registryDir);
        auto window = openWindow(path, QStringLiteral("bob"));
        QVERIFY(window);
        ModelsPage* page = modelsPage(*window);
        page->findChild<QComboBox*>(QStringLiteral("modelsClient"))->setCurrentText(QStringLiteral("lotus_pharma"));
        QVERIFY(read(page));
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
        Prompt::queueAnswer(QString()); // confirm
        STEWARD_VERIFY_OK(page->importFolder(registryDir));
        QVERIFY(page->isImporting());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isImporting(), 30000);
        QVERIFY(page->lastImport().has_value());
        const Result<ImportReport> report = *page->lastImport();
        QVERIFY2(report, qPrintable(report.failure().message()));
        QCOMPARE(report->count(ImportItem::Status::Imported), 3);
        QCOMPARE(report->count(ImportItem::Status::Failed), 3);
        QVERIFY(read(page));
        auto* table = page->findChild<QTableView*>(QStringLiteral("versionTable"));
        QCOMPARE(table->model()->rowCount(), 13);
        for (const QString& version : good)
            QVERIFY(rowOf(table, version) >= 0);
        auto* bar = page->findChild<MessageBar*>(QStringLiteral("modelsMessages"));
        QVERIFY2(bar->text().contains(QStringLiteral("3 imported")) && bar->text().contains(QStringLiteral("3 failed")),
                 qPrintable(bar->text()));
        // The imported version's detail has what metadata.json carried beyond model_metadata.
        QVERIFY(page->selectVersion(QStringLiteral("lotus_pharma"), good.first()));
        QVERIFY(read(page));
        const QString detail = page->findChild<QTextBrowser*>(QStringLiteral("versionDetail"))->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("sales_count")) && detail.contains(QStringLiteral("XGBoost")),
                 qPrintable(detail));
        page->findChild<QTabWidget*>(QStringLiteral("modelsTabs"))->setCurrentIndex(0);
        saveScreenshot(window.get(), QStringLiteral("models-imported"));
        // Importing again changes nothing.
        Prompt::queueAnswer(QString());
        STEWARD_VERIFY_OK(page->importFolder(registryDir));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isImporting(), 30000);
        const Result<ImportReport> again = *page->lastImport();
        QVERIFY(again);
        QCOMPARE(again->count(ImportItem::Status::Unchanged), 3);
        QCOMPARE(again->count(ImportItem::Status::Imported), 0);
        QVERIFY(read(page));
        QCOMPARE(table->model()->rowCount(), 13);
    }

    void lookingChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        const QByteArray before = fileDigest(path);
        {
            auto window = std::make_unique<MainWindow>();
            window->show();
            ConnectionTarget target;
            target.sqlitePath = path;
            target.readOnly = true;
            OpenOptions options;
            options.actingUser = QStringLiteral("bob");
            STEWARD_VERIFY_OK(window->openTarget(target, options));
            ModelsPage* models = modelsPage(*window);
            auto* client = models->findChild<QComboBox*>(QStringLiteral("modelsClient"));
            auto* table = models->findChild<QTableView*>(QStringLiteral("versionTable"));
            for (int c = 0; c < client->count(); ++c) {
                client->setCurrentIndex(c);
                QVERIFY(read(models));
                for (int row = 0; row < table->model()->rowCount(); row += 3)
                    clickRow(table, row);
                QVERIFY(read(models));
            }
            QVERIFY(!models->findChild<QPushButton*>(QStringLiteral("rollbackButton"))->isEnabled());
            QVERIFY(models->findChild<QPushButton*>(QStringLiteral("rollbackButton"))
                        ->toolTip()
                        .contains(QStringLiteral("read-only")));
            QVERIFY(!models->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
            window->showPage(View::Charts);
            auto* charts = qobject_cast<ChartsPage*>(window->currentPage());
            for (ChartsPage::Kind kind : {ChartsPage::Kind::History, ChartsPage::Kind::Backtest, ChartsPage::Kind::Fan,
                                          ChartsPage::Kind::Cycles}) {
                charts->showChart(kind, QStringLiteral("lotus_pharma"));
                QVERIFY(read(charts));
                QVERIFY(charts->panel()->figure());
                QCOMPARE(charts->findChild<QComboBox*>(QStringLiteral("chartClient"))->currentText(),
                         QStringLiteral("lotus_pharma"));
            }
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }
};

QTEST_MAIN(GuiRegistryTest)
#include "tst_gui_registry.moc"
