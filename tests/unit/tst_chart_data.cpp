// The chart data builders, without drawing: values, ordering, the walk-forward windows, the
// forecast band with event tiers and actuals, the cycle states, and downsampling that keeps
// every extreme while the tooltips' lookup finds true points.
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/charts/BacktestFolds.h"
#include "models/charts/Downsample.h"
#include "models/charts/ForecastFan.h"
#include "models/charts/ImprovementCycles.h"
#include "models/charts/MetricHistory.h"
#include "models/db/SchemaCatalog.h"
#include "models/registry/ModelRegistry.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <cmath>

using namespace steward;
using namespace steward::test;

class ChartDataTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void downsamplingKeepsTheExtremes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("buckets");
        QTest::newRow("small series kept whole") << 500 << 200;
        QTest::newRow("ten thousand") << 10000 << 300;
        QTest::newRow("a million") << 1000000 << 400;
    }

    void downsamplingKeepsTheExtremes()
    {
        QFETCH(int, size);
        QFETCH(int, buckets);
        QList<QPointF> points;
        points.reserve(size);
        QRandomGenerator random(42);
        for (int i = 0; i < size; ++i)
            points << QPointF(i * 0.5, std::sin(i / 300.0) + random.generateDouble() * 0.1);
        const int spikeHigh = size * 2 / 3;
        const int spikeLow = size / 7;
        points[spikeHigh].setY(25.0);
        points[spikeLow].setY(-25.0);
        QElapsedTimer timer;
        timer.start();
        const QList<int> kept = Downsample::minMax(points, buckets);
        if (size >= 1000000)
            qInfo("downsampled %d points to %lld in %lld ms", size, qint64(kept.size()), timer.elapsed());
        if (size <= 4 * buckets) {
            QCOMPARE(kept.size(), size);
            return;
        }
        QVERIFY(kept.size() <= 4 * buckets);
        QVERIFY(kept.contains(spikeHigh));
        QVERIFY(kept.contains(spikeLow));
        QCOMPARE(kept.first(), 0);
        QCOMPARE(kept.last(), size - 1);
        for (int i = 1; i < kept.size(); ++i)
            QVERIFY(kept.at(i) > kept.at(i - 1)); // ascending, no repeats
        // Every bucket's own minimum and maximum survive, not just the global ones.
        const QList<QPointF> drawn = Downsample::pick(points, kept);
        const double span = points.last().x() - points.first().x();
        QList<double> low(buckets, 1e9), high(buckets, -1e9), drawnLow(buckets, 1e9), drawnHigh(buckets, -1e9);
        const auto bucketOf = [&](double x) {
            return std::clamp(static_cast<int>((x - points.first().x()) / span * buckets), 0, buckets - 1);
        };
        for (const QPointF& p : points) {
            low[bucketOf(p.x())] = std::min(low[bucketOf(p.x())], p.y());
            high[bucketOf(p.x())] = std::max(high[bucketOf(p.x())], p.y());
        }
        for (const QPointF& p : drawn) {
            drawnLow[bucketOf(p.x())] = std::min(drawnLow[bucketOf(p.x())], p.y());
            drawnHigh[bucketOf(p.x())] = std::max(drawnHigh[bucketOf(p.x())], p.y());
        }
        QCOMPARE(drawnLow, low);
        QCOMPARE(drawnHigh, high);
    }

    void nearestByXFindsTruePoints()
    {
        const QList<QPointF> points{{0, 1}, {10, 2}, {20, 3}, {30, 4}};
        QCOMPARE(Downsample::nearestByX(points, -5), 0);
        QCOMPARE(Downsample::nearestByX(points, 4), 0);
        QCOMPARE(Downsample::nearestByX(points, 6), 1);
        QCOMPARE(Downsample::nearestByX(points, 29), 3);
        QCOMPARE(Downsample::nearestByX(points, 99), 3);
        QCOMPARE(Downsample::nearestByX({}, 1), -1);
    }

    void metricHistoryIsChronologicalWithTrueValues()
    {
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        const MetricHistoryData built = MetricHistory::build(QStringLiteral("c"), QStringLiteral("mae"),
                                                             {{QStringLiteral("b"), t0.addDays(2), 2.0, {}},
                                                              {QStringLiteral("a"), t0, 1.0, {}},
                                                              {QStringLiteral("nan"), t0.addDays(1), std::nan(""), {}},
                                                              {QStringLiteral("c"), t0.addDays(3), 3.0, {}}});
        QCOMPARE(built.points.size(), 3);
        QCOMPARE(built.points.first().version, QStringLiteral("a"));
        QCOMPARE(built.versionsWithoutMetric, 1);
        QCOMPARE(built.xy().at(1), QPointF(double(t0.addDays(2).toMSecsSinceEpoch()), 2.0));
        QCOMPARE(built.indexOf(QStringLiteral("c")), 2);

        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto data = MetricHistory::load(registry, QStringLiteral("hanoi_fresh"), QStringLiteral("rmse"));
        QVERIFY2(data, qPrintable(data.failure().message()));
        QCOMPARE(data->points.size(), 10);
        for (int i = 1; i < data->points.size(); ++i)
            QVERIFY(data->points.at(i - 1).trainedAt < data->points.at(i).trainedAt);
        const auto versions = registry.versions(QStringLiteral("hanoi_fresh"));
        for (const ModelVersion& v : *versions)
            QCOMPARE(data->points.at(data->indexOf(v.version)).value, v.metrics.value(QStringLiteral("rmse")));
        QCOMPARE(data->activeVersion, versions->first().version);
        QVERIFY(data->metrics.contains(QStringLiteral("r2")));
        // No metric given: the first one (wmape); an unknown one is NotFound naming the choices.
        QCOMPARE(MetricHistory::load(registry, QStringLiteral("hanoi_fresh"), {})->metric, QStringLiteral("wmape"));
        const auto unknown = MetricHistory::load(registry, QStringLiteral("hanoi_fresh"), QStringLiteral("accuracy"));
        QCOMPARE(unknown.failure().code(), OutcomeCode::NotFound);
        QVERIFY(unknown.failure().message().contains(QStringLiteral("wmape")));
        // The client's metric names as the caller read them are taken, not read again.
        const QStringList known{QStringLiteral("rmse")};
        auto given = MetricHistory::load(registry, QStringLiteral("hanoi_fresh"), {}, &known);
        QVERIFY(given);
        QCOMPARE(given->metrics, known);
        QCOMPARE(given->metric, QStringLiteral("rmse"));
        QCOMPARE(given->points.size(), data->points.size());
        QCOMPARE(MetricHistory::load(registry, QStringLiteral("hanoi_fresh"), QStringLiteral("wmape"), &known)
                     .failure()
                     .code(),
                 OutcomeCode::NotFound);
    }

    // A version id that carries no time is placed by its created_at.
    void historyPlacesAVersionWithoutATimeByItsCreation()
    {
        QTemporaryDir dir;
        auto db = openSqlite(writableCopy(m_demo, dir));
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("INSERT INTO model_metadata (client_id, model_version, metrics, created_at) "
                                        "VALUES ('hanoi_fresh', 'hand-made', '{\"rmse\": 1.5}', "
                                        "'2020-01-02T03:04:05Z')")));
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto data = MetricHistory::load(registry, QStringLiteral("hanoi_fresh"), QStringLiteral("rmse"));
        QVERIFY2(data, qPrintable(data.failure().message()));
        QCOMPARE(data->points.size(), 11);
        QCOMPARE(data->points.first().version, QStringLiteral("hand-made"));
        QCOMPARE(data->points.first().trainedAt, QDateTime(QDate(2020, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(data->points.first().value, 1.5);
    }

    void backtestFoldsByLevelWithWindows()
    {
        BacktestFoldRow order1;
        order1.level = QStringLiteral("order");
        order1.foldIndex = 1;
        order1.metrics = {{QStringLiteral("wmape"), 0.2}};
        order1.trainStart = QDate(2025, 1, 1);
        order1.trainEnd = QDate(2025, 6, 30);
        order1.testStart = QDate(2025, 7, 1);
        order1.testEnd = QDate(2025, 7, 28);
        BacktestFoldRow sku0 = order1;
        sku0.level = QStringLiteral("sku");
        sku0.foldIndex = 0;
        sku0.metrics = {{QStringLiteral("wmape"), 0.3}, {QStringLiteral("event_wmape"), 0.5}};
        BacktestFoldRow store = order1;
        store.level = QStringLiteral("store");
        store.foldIndex = std::nullopt;
        const BacktestFoldsData data =
            BacktestFolds::build(QStringLiteral("c"), QStringLiteral("v"), {}, {store, order1, sku0});
        QCOMPARE(data.levels, (QStringList{QStringLiteral("order"), QStringLiteral("sku"), QStringLiteral("store")}));
        QCOMPARE(data.folds, (QList<int>{0, 1, 2})); // the fold without an index is numbered after the others
        QCOMPARE(data.metric, QStringLiteral("wmape"));
        QCOMPARE(data.metrics, (QStringList{QStringLiteral("wmape"), QStringLiteral("event_wmape")}));
        QCOMPARE(*data.find(QStringLiteral("sku"), 0)->value, 0.3);
        QCOMPARE(data.find(QStringLiteral("order"), 1)->testStart, QDate(2025, 7, 1));
        QVERIFY(!data.find(QStringLiteral("order"), 0));

        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto loaded = BacktestFolds::load(registry, QStringLiteral("lotus_pharma"), {}, QStringLiteral("mae"));
        QVERIFY2(loaded, qPrintable(loaded.failure().message()));
        QCOMPARE(loaded->versions.size(), 5);
        QCOMPARE(loaded->version, loaded->versions.first());
        QCOMPARE(loaded->levels, (QStringList{QStringLiteral("order"), QStringLiteral("sku")}));
        QCOMPARE(loaded->folds, (QList<int>{0, 1, 2, 3, 4}));
        QSqlQuery check = db->query();
        check.prepare(QStringLiteral(
            "SELECT json_extract(metrics, '$.mae'), test_start FROM backtest_results WHERE client_id = ? "
            "AND model_version = ? AND forecast_level = 'sku' AND fold_index = 3"));
        check.addBindValue(QStringLiteral("lotus_pharma"));
        check.addBindValue(loaded->version);
        QVERIFY(check.exec() && check.next());
        QCOMPARE(*loaded->find(QStringLiteral("sku"), 3)->value, check.value(0).toDouble());
        QCOMPARE(loaded->find(QStringLiteral("sku"), 3)->testStart,
                 QDate::fromString(check.value(1).toString(), Qt::ISODate));
        QCOMPARE(BacktestFolds::load(registry, QStringLiteral("lotus_pharma"), QStringLiteral("19990101_000000"), {})
                     .failure()
                     .code(),
                 OutcomeCode::NotFound);
    }

    void forecastFanWithEventsAndActuals()
    {
        const QList<ForecastFanData::Day> days = ForecastFan::byDate(
            {{QDate(2026, 1, 2), 5, 4, 6, 0}, {QDate(2026, 1, 1), 1, 0.5, 2, 2}, {QDate(2026, 1, 2), 7, 6, 8, 1}});
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.last().predicted, 7.0); // the later row for a date wins

        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto keys = ForecastFan::seriesKeys(registry, QStringLiteral("saigon_mart"));
        QVERIFY(keys);
        QCOMPARE(keys->size(), 3);
        auto data = ForecastFan::load(registry, QStringLiteral("saigon_mart"), keys->at(1));
        QVERIFY2(data, qPrintable(data.failure().message()));
        QCOMPARE(data->days.size(), 90);
        QVERIFY(data->actualsAvailable);
        QCOMPARE(data->actuals.size(), 30);
        int events = 0;
        for (int i = 0; i < data->days.size(); ++i) {
            const ForecastFanData::Day& day = data->days.at(i);
            QVERIFY(*day.lower <= day.predicted && day.predicted <= *day.upper);
            if (i > 0)
                QVERIFY(data->days.at(i - 1).date < day.date);
            events += day.eventTier > 0;
        }
        QVERIFY(events > 5);
        QVERIFY(data->actualOn(data->days.first().date));
        QVERIFY(!data->actualOn(data->days.last().date)); // the future has no actuals yet
        QCOMPARE(data->indexOf(data->days.at(17).date), 17);
        QCOMPARE(ForecastFan::load(registry, QStringLiteral("saigon_mart"), QStringLiteral("no:such")).failure().code(),
                 OutcomeCode::NotFound);
    }

    void forecastFanWithoutATableOfActuals()
    {
        QTemporaryDir dir;
        auto db = openSqlite(writableCopy(m_demo, dir));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("DROP TABLE forecast_actuals")));
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        auto data = ForecastFan::load(registry, QStringLiteral("hanoi_fresh"), {});
        QVERIFY(data);
        QVERIFY(!data->actualsAvailable);
        QVERIFY(data->actuals.isEmpty());
        QCOMPARE(data->days.size(), 90);
    }

    void improvementCyclesPlacedInTheStateMachine()
    {
        QList<ImprovementCyclesData::Cycle> cycles(4);
        cycles[0].state = QStringLiteral("COMPLETE");
        cycles[0].mapeBefore = 0.3;
        cycles[0].mapeAfter = 0.28;
        cycles[1].state = QStringLiteral("verify");
        cycles[2].state = QStringLiteral("HUMAN_REVIEW"); // a newer pipeline's state
        cycles[3].state = QStringLiteral("PROFILING");
        const ImprovementCyclesData data = ImprovementCycles::build(QStringLiteral("c"), cycles);
        QCOMPARE(ImprovementCyclesData::states().size(), 8);
        QCOMPARE(data.cycles.at(0).ordinal, 1);
        QCOMPARE(data.cycles.at(0).stateIndex, 7);
        QCOMPARE(data.cycles.at(1).stateIndex, 6);
        QCOMPARE(data.cycles.at(2).stateIndex, -1);
        QCOMPARE(data.cycles.at(3).stateIndex, 0);
        QCOMPARE(data.stateCounts.value(QStringLiteral("HUMAN_REVIEW")), 1);
        QCOMPARE(data.latest(2).first().ordinal, 3);

        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto loaded = ImprovementCycles::load(*db, QStringLiteral("hanoi_fresh"));
        QVERIFY(loaded);
        QCOMPARE(loaded->cycles.size(), 10);
        // The demo has every state, and MAPE after only from VERIFY on.
        for (const QString& state : ImprovementCyclesData::states())
            QVERIFY2(loaded->stateCounts.value(state) >= 1, qPrintable(state));
        for (const ImprovementCyclesData::Cycle& cycle : loaded->cycles) {
            QVERIFY(cycle.mapeBefore);
            QCOMPARE(bool(cycle.mapeAfter), cycle.stateIndex >= 6);
        }
        QCOMPARE(ImprovementCycles::load(*db, QStringLiteral("nobody")).failure().code(), OutcomeCode::NotFound);
    }
};

QTEST_MAIN(ChartDataTest)
#include "tst_chart_data.moc"
