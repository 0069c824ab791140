// The Charts view through real widgets, offscreen: every chart kind read as a job, with
// tooltips giving true values, exported as PNG and SVG; the metric choice redrawing the history;
// a million-point history drawn downsampled, its extremes and tooltips true.
#include "GuiTestSupport.h"
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/charts/MetricHistory.h"
#include "ui/registry/ChartPanel.h"
#include "ui/registry/ChartsPage.h"
#include "ui/registry/FigureView.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/RegistryCharts.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QSvgRenderer>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace steward;
using namespace steward::test;

class GuiChartsTest : public QObject
{
    Q_OBJECT

    TemporarySettings m_settings;
    QTemporaryDir m_dir;
    QString m_demo;

    QString demoCopy(const QTemporaryDir& dir) const { return writableCopy(m_demo, dir); }

    static std::unique_ptr<MainWindow> openWindow(const QString& path)
    {
        return openMainWindow(path, {QSize(1400, 900), false, QStringLiteral("admin")});
    }

    // Waits until the page's reads have arrived.
    template <typename P> static bool read(P* page)
    {
        return QTest::qWaitFor([page] { return !page->isLoading(); }, 20000);
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void chartsPageDrawsEveryKindWithTrueTooltips()
    {
        QTemporaryDir dir;
        auto window = openWindow(demoCopy(dir));
        QVERIFY(window);
        window->showPage(View::Charts);
        auto* page = qobject_cast<ChartsPage*>(window->currentPage());
        QVERIFY(page);
        QVERIFY(read(page)); // the clients, then the chart
        page->findChild<QComboBox*>(QStringLiteral("chartClient"))->setCurrentText(QStringLiteral("hanoi_fresh"));
        QVERIFY(read(page));
        QCOMPARE(page->findChild<QComboBox*>(QStringLiteral("chartClient"))->currentText(),
                 QStringLiteral("hanoi_fresh"));
        const QList<QPair<ChartsPage::Kind, QString>> kinds{{ChartsPage::Kind::History, QStringLiteral("history")},
                                                            {ChartsPage::Kind::Backtest, QStringLiteral("backtest")},
                                                            {ChartsPage::Kind::Fan, QStringLiteral("fan")},
                                                            {ChartsPage::Kind::Cycles, QStringLiteral("cycles")}};
        for (const auto& [kind, name] : kinds) {
            page->showChart(kind);
            QVERIFY(page->isLoading()); // read by a job; drawn when it has arrived
            QVERIFY(!page->panel()->figure());
            QVERIFY(read(page));
            QVERIFY2(page->panel()->figure(), qPrintable(name + QStringLiteral(": ") + page->panel()->message()));
            QVERIFY(!page->panel()->views().isEmpty());
            QTest::qWait(50);
            saveScreenshot(window.get(), QStringLiteral("charts-") + name);
            // Hover over the middle of the first chart's plot: some tooltip names a true value.
            FigureView* view = page->panel()->views().first();
            const QRectF plot = view->chart()->plotArea();
            QString tip;
            for (double fx = 0.05; fx < 1.0 && tip.isEmpty(); fx += 0.01) {
                for (double fy = 0.02; fy < 1.0 && tip.isEmpty(); fy += 0.02) {
                    const QPointF inChart(plot.left() + plot.width() * fx, plot.top() + plot.height() * fy);
                    tip = view->toolTipAt(view->mapFromScene(view->chart()->mapToScene(inChart)));
                }
            }
            QVERIFY2(!tip.isEmpty(), qPrintable(name));
            const QString png = dir.filePath(name + QStringLiteral(".png"));
            const QString svg = dir.filePath(name + QStringLiteral(".svg"));
            STEWARD_VERIFY_OK(page->exportChart(png));
            STEWARD_VERIFY_OK(page->exportChart(svg));
            QImage image(png);
            QVERIFY(!image.isNull() && image.width() >= 800);
            QSvgRenderer renderer(svg);
            QVERIFY(renderer.isValid());
        }
        // The metric choice redraws the history with that metric's values.
        page->showChart(ChartsPage::Kind::History);
        QVERIFY(read(page));
        auto* metric = page->findChild<QComboBox*>(QStringLiteral("chartMetric"));
        metric->setCurrentText(QStringLiteral("mae"));
        QVERIFY(read(page));
        QVERIFY(page->panel()->views().first()->chart()->title().startsWith(QStringLiteral("mae")));
        const auto* line = qobject_cast<QLineSeries*>(page->panel()->views().first()->chart()->series().first());
        QVERIFY(line && line->at(0).y() > 1.0); // mae is in units, wmape a fraction
    }

    void aMillionPointsAreDrawnDownsampledWithTrueTooltips()
    {
        QList<MetricHistoryData::Point> points;
        points.reserve(1000000);
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 1000000; ++i)
            points << MetricHistoryData::Point{
                QString::number(i), start.addSecs(i * 60LL), 0.2 + 0.05 * std::sin(i / 5000.0), {}};
        points[654321].value = 0.91; // a spike that must stay visible
        points[123456].value = -0.4;
        const MetricHistoryData data = MetricHistory::build(QStringLiteral("big"), QStringLiteral("wmape"), points);
        QElapsedTimer timer;
        timer.start();
        ChartPanel panel;
        panel.resize(1200, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setFigure(RegistryCharts::metricHistory(data));
        QApplication::processEvents();
        const qint64 elapsed = timer.elapsed();
        qInfo("1,000,000-point history built and shown in %lld ms", elapsed);
        QVERIFY(elapsed < 15000);
        FigureView* view = panel.views().first();
        auto* line = qobject_cast<QLineSeries*>(view->chart()->series().first());
        QVERIFY(line->count() < 2000);
        double low = 1;
        double high = -1;
        for (const QPointF& p : line->points()) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        QCOMPARE(high, 0.91);
        QCOMPARE(low, -0.4);
        // Pointing at the spike gives the spike's true value and version.
        const QPointF spike = view->chart()->mapToPosition(QPointF(data.xy().at(654321)), line);
        const QString tip = view->toolTipAt(view->mapFromScene(view->chart()->mapToScene(spike)));
        QVERIFY2(tip.contains(QStringLiteral("654321")) && tip.contains(QStringLiteral("0.91")), qPrintable(tip));
        // And anywhere else, the nearest true point, not a drawn one.
        const QPointF somewhere = view->chart()->mapToPosition(QPointF(data.xy().at(500000)), line);
        const QString other = view->toolTipAt(view->mapFromScene(view->chart()->mapToScene(somewhere)));
        QVERIFY2(other.contains(QStringLiteral("Version 4")) || other.contains(QStringLiteral("Version 5")),
                 qPrintable(other));
    }
};

QTEST_MAIN(GuiChartsTest)
#include "tst_gui_charts.moc"
