// The trend rule with hand-made series: both directions, each metric direction, stable within
// the tolerance, and series too short to have a trend.
#include "models/monitoring/Trend.h"

#include <QTest>

using namespace steward;

namespace {
// `days` daily points from `start`, changing by `step` a day, with an alternating wobble.
QList<Trend::Point> series(double start, double step, int days, double wobble = 0)
{
    QList<Trend::Point> points;
    for (int d = 0; d < days; ++d)
        points << Trend::Point{static_cast<double>(d), start + step * d + (d % 2 ? wobble : -wobble)};
    return points;
}
} // namespace

class TestMonitoringTrend : public QObject
{
    Q_OBJECT

private slots:
    void directions_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<bool>("lowerIsBetter");
        for (const char* lower :
             {"mae", "mape", "wmape", "rmse", "error_rate", "latency", "avg_latency_ms", "p95_latency_ms", "latencyMs",
              "loss", "validationLoss", "validation_loss", "drift", "drift_score", "MAE"})
            QTest::newRow(lower) << QString::fromLatin1(lower) << true;
        for (const char* higher : {"accuracy", "precision", "recall", "f1", "f1Score", "f1_score", "auc", "r2",
                                   "throughput_rps", "conversion_rate", "completion_rate", "some_new_score"})
            QTest::newRow(higher) << QString::fromLatin1(higher) << false;
    }

    void directions()
    {
        QFETCH(QString, metric);
        QFETCH(bool, lowerIsBetter);
        QCOMPARE(Trend::sense(metric) == MetricSense::LowerIsBetter, lowerIsBetter);
    }

    void risingAndFallingInEachDirection_data()
    {
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("sense");
        QTest::addColumn<QString>("expected");
        const int higher = static_cast<int>(MetricSense::HigherIsBetter);
        const int lower = static_cast<int>(MetricSense::LowerIsBetter);
        QTest::newRow("higher-better rising") << 0.004 << higher << "improving";
        QTest::newRow("higher-better falling") << -0.004 << higher << "declining";
        QTest::newRow("lower-better rising") << 0.004 << lower << "declining";
        QTest::newRow("lower-better falling") << -0.004 << lower << "improving";
    }

    void risingAndFallingInEachDirection()
    {
        QFETCH(double, step);
        QFETCH(int, sense);
        QFETCH(QString, expected);
        // 0.80 moving 0.004 a day for 30 days: about 15% over the period, with noise around it.
        const TrendResult result = Trend::of(series(0.80, step, 30, 0.01), static_cast<MetricSense>(sense));
        QVERIFY(result.kind);
        QCOMPARE(Trend::name(result.kind), expected);
        QVERIFY2(std::fabs(result.relativeChange) > 0.1, qPrintable(QString::number(result.relativeChange)));
        QCOMPARE(result.change > 0, step > 0);
    }

    void stableWithinTheTolerance()
    {
        // 1% of the mean over the period: stable in both directions.
        const double step = 0.01 * 100.0 / 29;
        for (MetricSense sense : {MetricSense::HigherIsBetter, MetricSense::LowerIsBetter}) {
            QCOMPARE(Trend::of(series(100, step, 30), sense).kind, std::optional<TrendKind>(TrendKind::Stable));
            QCOMPARE(Trend::of(series(100, -step, 30), sense).kind, std::optional<TrendKind>(TrendKind::Stable));
        }
        // 3% is beyond it; the boundary is the fitted line's change against 2% of the mean.
        const TrendResult beyond = Trend::of(series(100, 0.03 * 100.0 / 29, 30), MetricSense::HigherIsBetter);
        QCOMPARE(beyond.kind, std::optional<TrendKind>(TrendKind::Improving));
        const TrendResult below = Trend::of(series(100, 0.0195 * 100.0 / 29, 30), MetricSense::HigherIsBetter);
        QCOMPARE(below.kind, std::optional<TrendKind>(TrendKind::Stable));
        // Noise much larger than the drift does not make a trend out of a flat series.
        QCOMPARE(Trend::of(series(0.8, 0, 30, 0.05), MetricSense::HigherIsBetter).kind,
                 std::optional<TrendKind>(TrendKind::Stable));
    }

    void theLineNotTheEndpointsDecides()
    {
        // Last below first, but every other point rising: a rising line.
        QList<Trend::Point> points = series(0.70, 0.01, 20);
        points.last().value = 0.60;
        QCOMPARE(Trend::of(points, MetricSense::HigherIsBetter).kind, std::optional<TrendKind>(TrendKind::Improving));
    }

    void tooShortForATrend()
    {
        QCOMPARE(Trend::of({}, MetricSense::HigherIsBetter).kind, std::nullopt);
        QCOMPARE(Trend::of({{3, 0.8}}, MetricSense::HigherIsBetter).kind, std::nullopt);
        // Several values at one time give no line either.
        QCOMPARE(Trend::of({{3, 0.8}, {3, 0.9}, {3, 0.7}}, MetricSense::HigherIsBetter).kind, std::nullopt);
        QCOMPARE(Trend::name(std::nullopt), QString());
    }

    void zeroMean()
    {
        // Signed figures around zero: no change is stable, any change is a trend.
        QCOMPARE(Trend::of({{0, -1}, {1, 1}, {2, -1}, {3, 1}, {4, 0}}, MetricSense::LowerIsBetter).kind,
                 std::optional<TrendKind>(TrendKind::Declining));
        QCOMPARE(Trend::of({{0, 0}, {1, 0}, {2, 0}}, MetricSense::LowerIsBetter).kind,
                 std::optional<TrendKind>(TrendKind::Stable));
    }

    void sumsGiveTheSameAnswerAsTheSeries()
    {
        // The database hands sums over days from any reference: the answer must not depend on it.
        const QList<Trend::Point> points = series(42, -0.3, 14, 0.2);
        const TrendResult direct = Trend::of(points, MetricSense::LowerIsBetter);
        TrendSums sums;
        for (const Trend::Point& p : points)
            sums.add(p.t - 9000.25, p.value);
        const TrendResult fromSums = Trend::fromSums(sums, 13, MetricSense::LowerIsBetter);
        QCOMPARE(fromSums.kind, direct.kind);
        QCOMPARE(Trend::name(fromSums.kind), QStringLiteral("improving"));
        QVERIFY(std::fabs(fromSums.slopePerDay - direct.slopePerDay) < 1e-9);
        QVERIFY(std::fabs(direct.slopePerDay + 0.3) < 0.05);
        QVERIFY(std::fabs(direct.mean - (42 - 0.3 * 6.5)) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringTrend)
#include "tst_monitoring_trend.moc"
