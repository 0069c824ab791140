// The performance and drift charts built from hand-made series and drawn without a window:
// a line per version or feature, the baseline and threshold lines at their values, drifting
// series in red, and real pictures in the files.
#include "TestSupport.h"
#include "models/charts/DriftSeries.h"
#include "models/charts/PerformanceSeries.h"
#include "ui/render/charts/ChartFigure.h"
#include "ui/render/charts/ChartStyle.h"
#include "ui/render/charts/MonitoringCharts.h"

#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QSvgRenderer>
#include <QTest>

using namespace steward;

namespace {
constexpr double kDay = 86400000.0;
const double kStart = 1.8e12;

QList<QPointF> line(double from, double step, int days, int offsetDays = 0)
{
    QList<QPointF> points;
    for (int d = 0; d < days; ++d)
        points << QPointF(kStart + (offsetDays + d) * kDay, from + step * d);
    return points;
}

QList<QLineSeries*> named(QChart* chart, const QString& objectName)
{
    QList<QLineSeries*> found;
    for (QAbstractSeries* series : chart->series()) {
        if (series->objectName() == objectName)
            found << qobject_cast<QLineSeries*>(series);
    }
    return found;
}
} // namespace

class MonitoringChartsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void savesPictures(const ChartFigure& figure, const QString& name)
    {
        const QString png = m_dir.filePath(name + QStringLiteral(".png"));
        const QString svg = m_dir.filePath(name + QStringLiteral(".svg"));
        STEWARD_VERIFY_OK(figure.save(png, QSize(900, 500)));
        STEWARD_VERIFY_OK(figure.save(svg, QSize(900, 500)));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1800, 1000));
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5)
                coloured += image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
        QVERIFY(QSvgRenderer(svg).isValid());
    }

private slots:
    void performance()
    {
        PerformanceSeriesData data;
        data.metric = QStringLiteral("accuracy");
        PerformanceSeriesData::Line previous;
        previous.label = QStringLiteral("scorer v1");
        previous.trend = QStringLiteral("stable");
        previous.points = line(0.84, 0, 10, -12); // the version before ran before it
        PerformanceSeriesData::Line active;
        active.label = QStringLiteral("scorer v2");
        active.active = true;
        active.trend = QStringLiteral("declining");
        active.points = line(0.88, -0.005, 10);
        active.baseline = 0.88;
        active.threshold = 0.80;
        data.lines << previous << active;
        auto figure = MonitoringCharts::performance(data);
        QChart* chart = figure->charts().first();
        QVERIFY(chart->title().contains(QStringLiteral("accuracy")));
        const auto lines = named(chart, QStringLiteral("performanceLine"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1)->points(), active.points);
        QVERIFY(lines.at(1)->name().contains(QStringLiteral("declining")));
        QVERIFY(lines.at(1)->pen().widthF() > lines.at(0)->pen().widthF()); // the active version stands out
        const auto baseline = named(chart, QStringLiteral("baselineLine"));
        QCOMPARE(baseline.size(), 1);
        QCOMPARE(baseline.first()->at(0).y(), 0.88);
        QCOMPARE(baseline.first()->pen().style(), Qt::DashLine);
        const auto threshold = named(chart, QStringLiteral("thresholdLine"));
        QCOMPARE(threshold.size(), 1);
        QCOMPARE(threshold.first()->at(1).y(), 0.80);
        savesPictures(*figure, QStringLiteral("performance"));
    }

    void drift()
    {
        DriftSeriesData data;
        DriftSeriesData::Line now;
        now.label = QStringLiteral("scorer v2 · order_value (data_drift)");
        now.status = QStringLiteral("detected");
        now.points = line(0.05, 0.03, 12);
        now.threshold = 0.2;
        DriftSeriesData::Line calm;
        calm.label = QStringLiteral("scorer v2 · region (data_drift)");
        calm.status = QStringLiteral("normal");
        calm.points = line(0.02, 0.001, 12);
        calm.threshold = 0.2;
        calm.thresholdAssumed = true;
        data.lines << now << calm;
        data.linesLeftOut = 3;
        auto figure = MonitoringCharts::drift(data);
        QChart* chart = figure->charts().first();
        const auto lines = named(chart, QStringLiteral("driftLine"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first()->pen().color(), ChartStyle::red()); // drifting now
        QVERIFY(lines.last()->pen().color() != ChartStyle::red());
        const auto thresholds = named(chart, QStringLiteral("thresholdLine"));
        QCOMPARE(thresholds.size(), 2);
        QCOMPARE(thresholds.first()->at(0).y(), 0.2);
        QVERIFY(figure->note().contains(QStringLiteral("0.2 is assumed")));
        QVERIFY(figure->note().contains(QStringLiteral("3 more")));
        savesPictures(*figure, QStringLiteral("drift"));
    }

    void emptyDataStillDraws()
    {
        PerformanceSeriesData data;
        data.metric = QStringLiteral("mae");
        auto figure = MonitoringCharts::performance(data);
        QVERIFY(figure->title().contains(QStringLiteral("no figures")));
        auto drift = MonitoringCharts::drift(DriftSeriesData{});
        QVERIFY(drift->title().contains(QStringLiteral("No drift")));
    }
};

QTEST_MAIN(MonitoringChartsTest)
#include "tst_monitoring_charts.moc"
