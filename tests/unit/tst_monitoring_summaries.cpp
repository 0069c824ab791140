// Each monitoring summary on each profile's demo (the systems' tables from their contract
// files, filled by `demo --profile`), on the pipeline's demo, and on hand-made rows where a
// system's words must be mapped.
#include "TestSupport.h"
#include "models/charts/PerformanceSeries.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/MonitoredModels.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {
const PerformanceRow* findRow(const QList<PerformanceRow>& rows, const QString& name, const QString& version,
                              const QString& metric, const QString& scope = {})
{
    for (const PerformanceRow& row : rows) {
        if (row.modelName == name && row.modelVersion == version && row.metric == metric &&
            (scope.isEmpty() || row.scope == scope))
            return &row;
    }
    return nullptr;
}

QString trendOf(const PerformanceRow* row)
{
    return row ? Trend::name(row->trend.kind) : QStringLiteral("(no row)");
}
} // namespace

class TestMonitoringSummaries : public QObject
{
    Q_OBJECT

private:
    const TestClock m_clock;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_demos;

    QString systemDemo(const QString& system)
    {
        if (m_demos.contains(system))
            return m_demos.value(system);
        DemoOptions options;
        options.seed = 7;
        options.anchor = demoAnchor();
        options.actingUser = QStringLiteral("admin");
        options.system = system;
        const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
        auto written = DemoGenerator::writeSqliteFile(path, options);
        if (!written)
            return STEWARD_HELPER_FAILED("demo %s: %s", qPrintable(system), qPrintable(written.failure().message()));
        m_demos.insert(system, path);
        return path;
    }

    std::unique_ptr<Database> open(const QString& system)
    {
        const QString path = system == QLatin1String("pipeline") ? pipelineDemo() : systemDemo(system);
        if (path.isEmpty())
            return nullptr;
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        if (db && db->profile().name != system)
            return STEWARD_HELPER_FAILED("%s detected as %s", qPrintable(system), qPrintable(db->profile().name));
        return db;
    }

    QString pipelineDemo()
    {
        if (!m_demos.contains(QStringLiteral("pipeline")))
            m_demos.insert(QStringLiteral("pipeline"), makeDemo(m_dir, QStringLiteral("pipeline.sqlite")));
        return m_demos.value(QStringLiteral("pipeline"));
    }

private slots:
    // A client's thousands of versions are asked for by the client (a statement listing 40,000
    // of them took SQLite 4.7 s to prepare); a few are listed, so that the index serves them.
    void manyVersionsOfAClientAreAskedForByTheClient()
    {
        QStringList keys;
        for (int i = 0; i < 600; ++i)
            keys << MonitoredModels::keyFor(QStringLiteral("busy"), QStringLiteral("v%1").arg(i));
        keys << MonitoredModels::keyFor(QStringLiteral("quiet"), QStringLiteral("v1"))
             << MonitoredModels::keyFor(QStringLiteral("quiet"), QStringLiteral("v2"));
        QVariantList binds;
        const QString where =
            MonitoringSql::pipelineKeyIn(QStringLiteral("client_id"), QStringLiteral("model_version"), keys, binds);
        QCOMPARE(binds, QVariantList({QStringLiteral("busy"), QStringLiteral("quiet"), QStringLiteral("v1"),
                                      QStringLiteral("v2")}));
        QCOMPARE(where, QStringLiteral("((client_id = ?) OR (client_id = ? AND model_version IN (?, ?)))"));
    }

    void urutiiqPerformance()
    {
        auto db = open(QStringLiteral("urutiiq"));
        QVERIFY(db);
        auto rows = PerformanceSummary::load(*db, {});
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QCOMPARE(rows->size(), 2 * 3 * 2 * 2); // companies x models x (active, previous) x metrics
        const PerformanceRow* anomaly = findRow(*rows, QStringLiteral("anomaly_detection"), QStringLiteral("v1.2"),
                                                QStringLiteral("accuracy"), QStringLiteral("acme_co"));
        QVERIFY(anomaly);
        QCOMPARE(trendOf(anomaly), QStringLiteral("declining"));
        QVERIFY(anomaly->active);
        QCOMPARE(anomaly->sense, MetricSense::HigherIsBetter);
        QVERIFY(anomaly->first > anomaly->last);
        QVERIFY(anomaly->points >= 10);
        QVERIFY(anomaly->lastAt > anomaly->firstAt);
        QVERIFY(anomaly->lastAt <= m_clock.nowUtc());
        QCOMPARE(anomaly->baseline, std::optional<double>(0.88)); // comparisonValue
        QCOMPARE(anomaly->previousVersion, QStringLiteral("v1.1"));
        QCOMPARE(Trend::name(anomaly->previousTrend), QStringLiteral("stable"));
        QVERIFY(anomaly->previousPoints >= 10);
        QVERIFY(anomaly->previousMean && std::fabs(*anomaly->previousMean - 0.84) < 0.01);
        // Latency is better lower: rising latency is declining, falling is improving.
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("churn_classifier"), QStringLiteral("v1.2"),
                                 QStringLiteral("latency"))),
                 QStringLiteral("declining"));
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("churn_classifier"), QStringLiteral("v1.2"),
                                 QStringLiteral("accuracy"))),
                 QStringLiteral("improving"));
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("demand_regression"), QStringLiteral("v1.2"),
                                 QStringLiteral("latency"))),
                 QStringLiteral("improving"));
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("demand_regression"), QStringLiteral("v1.2"),
                                 QStringLiteral("accuracy"))),
                 QStringLiteral("stable"));

        // What Models flags: declining figures of active versions, nothing else.
        auto declining = PerformanceSummary::decliningOnActive(*db);
        QVERIFY(declining);
        QCOMPARE(declining->size(), 4); // anomaly accuracy and churn latency, in both companies
        for (const PerformanceRow& row : *declining) {
            QVERIFY(row.active);
            QCOMPARE(trendOf(&row), QStringLiteral("declining"));
        }
    }

    void performanceFilters()
    {
        auto db = open(QStringLiteral("urutiiq"));
        QVERIFY(db);
        MonitoringFilter filter;
        filter.model = *ModelFilter::parse(QStringLiteral("anomaly_detection:v1.2"));
        filter.metric = QStringLiteral("accuracy");
        auto one = PerformanceSummary::load(*db, filter);
        QVERIFY(one);
        QCOMPARE(one->size(), 2); // one per company
        for (const PerformanceRow& row : *one) {
            QCOMPARE(row.modelVersion, QStringLiteral("v1.2"));
            QCOMPARE(row.previousVersion, QStringLiteral("v1.1")); // read beside it, not listed
            QVERIFY(row.previousMean);
        }
        filter.scope = QStringLiteral("borealis_co");
        auto scoped = PerformanceSummary::load(*db, filter);
        QVERIFY(scoped);
        QCOMPARE(scoped->size(), 1);
        QCOMPARE(scoped->first().scope, QStringLiteral("borealis_co"));
        // The last ten days only: fewer points, later first.
        filter.since = m_clock.nowUtc().addDays(-10);
        auto recent = PerformanceSummary::load(*db, filter);
        QVERIFY(recent);
        QCOMPARE(recent->size(), 1);
        QVERIFY(recent->first().points < scoped->first().points);
        QVERIFY(recent->first().firstAt >= filter.since);
        filter.model = *ModelFilter::parse(QStringLiteral("no_such_model"));
        auto none = PerformanceSummary::load(*db, filter);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        QVERIFY(!ModelFilter::parse(QStringLiteral("anomaly_detection:")));
    }

    void withinPerformanceKeepsAColumnPerMetric()
    {
        auto db = open(QStringLiteral("within"));
        QVERIFY(db);
        auto rows = PerformanceSummary::load(*db, {});
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QSet<QString> metrics;
        for (const PerformanceRow& row : *rows) {
            metrics << row.metric;
            QCOMPARE(row.scope, QString()); // WITHIN has no scope
        }
        QCOMPARE(metrics, (QSet<QString>{"accuracy", "error_rate", "f1", "latency_ms", "p95_latency_ms", "precision",
                                         "recall", "throughput_rps"}));
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("fraud"), QStringLiteral("1.2"), QStringLiteral("f1"))),
                 QStringLiteral("declining"));
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("fraud"), QStringLiteral("1.2"), QStringLiteral("error_rate"))),
                 QStringLiteral("declining")); // errors rising
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("churn"), QStringLiteral("1.2"), QStringLiteral("f1"))),
                 QStringLiteral("improving"));
        const PerformanceRow* fraud =
            findRow(*rows, QStringLiteral("fraud"), QStringLiteral("1.2"), QStringLiteral("f1"));
        QVERIFY(fraud->active); // deployment_status production
        QCOMPARE(fraud->previousVersion, QStringLiteral("1.1"));
        QVERIFY(!fraud->baseline);
        MonitoringFilter filter;
        filter.metric = QStringLiteral("f1");
        auto f1 = PerformanceSummary::load(*db, filter);
        QVERIFY(f1);
        QCOMPARE(f1->size(), 4); // two models, active and previous
    }

    void krongThaiPerformanceHasABaseline()
    {
        auto db = open(QStringLiteral("krongthai"));
        QVERIFY(db);
        auto rows = PerformanceSummary::load(*db, {});
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QCOMPARE(rows->size(), 2 * 2 * 2); // restaurants x (active, previous) x metrics
        const PerformanceRow* accuracy =
            findRow(*rows, QStringLiteral("sop_recommender"), QStringLiteral("2.2"), QStringLiteral("accuracy"));
        QVERIFY(accuracy);
        QCOMPARE(trendOf(accuracy), QStringLiteral("declining"));
        QCOMPARE(accuracy->baseline, std::optional<double>(0.80));
        QVERIFY(accuracy->active);
        QCOMPARE(trendOf(findRow(*rows, QStringLiteral("sop_recommender"), QStringLiteral("2.2"),
                                 QStringLiteral("latency_ms"))),
                 QStringLiteral("stable"));
    }

    // A summary of a few pipeline versions reads only those and the ones before them, with the
    // same order, activity and predecessors as the whole registry gives.
    void aFewVersionsAreReadWithTheOnesBeforeThem()
    {
        auto db = open(QStringLiteral("pipeline"));
        QVERIFY(db);
        auto all = MonitoredModels::load(*db);
        QVERIFY2(all, qPrintable(all.failure().message()));
        QMap<QString, QList<const MonitoredModel*>> byClient;
        for (const MonitoredModel& model : all->all())
            byClient[model.scope] << &model;
        QVERIFY(byClient.size() >= 3);
        QStringList keys;
        for (QList<const MonitoredModel*>& versions : byClient) {
            QVERIFY(versions.size() >= 3);
            std::sort(versions.begin(), versions.end(),
                      [](const MonitoredModel* a, const MonitoredModel* b) { return a->orderedAt < b->orderedAt; });
            // The first (nothing before it), one in the middle and its successor, the newest.
            keys << versions.first()->key() << versions.at(versions.size() / 2)->key()
                 << versions.at(versions.size() / 2 + 1)->key() << versions.last()->key();
        }
        keys << MonitoredModels::keyFor(QStringLiteral("hanoi_fresh"), QStringLiteral("no-such-version"));
        auto few = MonitoredModels::loadFor(*db, keys);
        QVERIFY2(few, qPrintable(few.failure().message()));
        QVERIFY(few->all().size() < all->all().size());
        int withPrevious = 0;
        for (const QString& key : std::as_const(keys)) {
            const MonitoredModel* whole = all->find(key);
            const MonitoredModel* read = few->find(key);
            QCOMPARE(read != nullptr, whole != nullptr);
            if (!whole)
                continue;
            QCOMPARE(read->version, whole->version);
            QCOMPARE(read->orderedAt, whole->orderedAt);
            QCOMPARE(read->active, whole->active);
            const MonitoredModel* before = all->previous(*whole);
            const MonitoredModel* readBefore = few->previous(*read);
            QCOMPARE(readBefore ? readBefore->key() : QString(), before ? before->key() : QString());
            withPrevious += before ? 1 : 0;
        }
        QCOMPARE(withPrevious, 3 * byClient.size());

        // By client, the summary is the whole summary's rows of that client.
        auto every = PerformanceSummary::load(*db, {});
        QVERIFY2(every, qPrintable(every.failure().message()));
        for (const QString& client : byClient.keys()) {
            QStringList expected;
            for (const PerformanceRow& row : *every) {
                if (row.scope == client)
                    expected << row.modelVersion + QLatin1Char('|') + row.previousVersion + QLatin1Char('|') +
                                    QString::number(row.points) + QLatin1Char('|') + QString::number(row.last);
            }
            QVERIFY(!expected.isEmpty());
            // Its active versions: the whole summary's active rows of that client, read from
            // the active version and the one before it only.
            QStringList active;
            for (const PerformanceRow& row : *every) {
                if (row.scope == client && row.active)
                    active << row.modelVersion + QLatin1Char('|') + row.previousVersion + QLatin1Char('|') +
                                  QString::number(row.points) + QLatin1Char('|') +
                                  QString::number(row.previousLast.value_or(-1));
            }
            MonitoringFilter activeOnly;
            activeOnly.scope = client;
            activeOnly.activeOnly = true;
            auto activeRows = PerformanceSummary::load(*db, activeOnly);
            QVERIFY2(activeRows, qPrintable(activeRows.failure().message()));
            QStringList gotActive;
            for (const PerformanceRow& row : *activeRows)
                gotActive << row.modelVersion + QLatin1Char('|') + row.previousVersion + QLatin1Char('|') +
                                 QString::number(row.points) + QLatin1Char('|') +
                                 QString::number(row.previousLast.value_or(-1));
            QCOMPARE(gotActive, active);
            QVERIFY(!active.isEmpty());
            auto two = MonitoredModels::loadActive(*db, client);
            QVERIFY2(two, qPrintable(two.failure().message()));
            QCOMPARE(two->all().size(), 2);

            MonitoringFilter byModel;
            byModel.model.name = client;
            MonitoringFilter byScope;
            byScope.scope = client;
            for (const MonitoringFilter& filter : {byModel, byScope}) {
                auto rows = PerformanceSummary::load(*db, filter);
                QVERIFY2(rows, qPrintable(rows.failure().message()));
                QStringList got;
                for (const PerformanceRow& row : *rows) {
                    QCOMPARE(row.scope, client);
                    got << row.modelVersion + QLatin1Char('|') + row.previousVersion + QLatin1Char('|') +
                               QString::number(row.points) + QLatin1Char('|') + QString::number(row.last);
                }
                QCOMPARE(got, expected);
            }
        }
        // Elsewhere every version is read, as load() does.
        auto system = open(QStringLiteral("urutiiq"));
        QVERIFY(system);
        auto whole = MonitoredModels::load(*system);
        auto asked = MonitoredModels::loadFor(*system, {whole->all().first().key()});
        QVERIFY(whole && asked);
        QCOMPARE(asked->all().size(), whole->all().size());
    }

    // The Performance tab's chart names its lines from the summary it shows: the same lines,
    // names, trends, baselines and points as summarising again, on every profile.
    void aChartFromTheSummaryShownIsTheSame()
    {
        const auto describe = [](const Result<PerformanceSeriesData>& data) {
            if (!data)
                return QStringList{QStringLiteral("failed: ") + data.failure().message()};
            QStringList out{data->metric};
            for (const auto& line : data->lines) {
                QStringList points;
                for (const QPointF& p : line.points)
                    points << QString::number(p.x(), 'f', 0) + QLatin1Char('=') + QString::number(p.y(), 'g', 12);
                out << QStringList{line.label, line.trend, QString::number(line.baseline.value_or(-1), 'g', 12),
                                   QString::number(line.threshold.value_or(-1), 'g', 12), points.join(QLatin1Char(','))}
                           .join(QLatin1Char('|'));
            }
            return out;
        };
        for (const QString& system : {QStringLiteral("pipeline"), QStringLiteral("urutiiq"), QStringLiteral("within"),
                                      QStringLiteral("krongthai")}) {
            auto db = open(system);
            QVERIFY(db);
            auto summary = PerformanceSummary::load(*db, {});
            QVERIFY2(summary, qPrintable(summary.failure().message()));
            QSet<QString> charted;
            for (const PerformanceRow& row : *summary) {
                MonitoringFilter filter;
                filter.model.name = row.modelName.isEmpty() ? row.scope : row.modelName;
                filter.metric = row.metric;
                if (!row.modelName.isEmpty())
                    filter.scope = row.scope;
                if (charted.contains(filter.scope + filter.model.name + filter.metric))
                    continue;
                charted.insert(filter.scope + filter.model.name + filter.metric);
                const QStringList again = describe(PerformanceSeries::load(*db, filter));
                QVERIFY2(again.size() > 1, qPrintable(system + again.join('\n')));
                QCOMPARE(describe(PerformanceSeries::load(*db, filter, *summary)), again);
            }
            QVERIFY(!charted.isEmpty());
        }
    }

    void pipelineMeasuresForecastsAgainstActuals()
    {
        auto db = open(QStringLiteral("pipeline"));
        QVERIFY(db);
        QVERIFY(PerformanceSummary::available(*db));
        auto rows = PerformanceSummary::load(*db, {});
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QVERIFY(rows->size() >= 3); // one per client's forecasting version
        for (const PerformanceRow& row : *rows) {
            QCOMPARE(row.metric, QStringLiteral("wmape"));
            QCOMPARE(row.sense, MetricSense::LowerIsBetter);
            QCOMPARE(row.modelName, QString());
            QVERIFY(!row.scope.isEmpty());
            QCOMPARE(row.points, 30); // a point per day with actuals
            QVERIFY2(row.trend.mean > 0.02 && row.trend.mean < 0.5, qPrintable(QString::number(row.trend.mean)));
            QVERIFY(row.baseline); // the version's own backtest WMAPE
            QSqlQuery own = db->query();
            QVERIFY(own.prepare(QStringLiteral("SELECT json_extract(metrics, '$.wmape') FROM model_metadata WHERE "
                                               "client_id = ? AND model_version = ?")));
            own.addBindValue(row.scope);
            own.addBindValue(row.modelVersion);
            QVERIFY(own.exec() && own.next());
            QCOMPARE(*row.baseline, own.value(0).toDouble());
            QVERIFY(row.trend.kind);
        }
        MonitoringFilter filter;
        filter.metric = QStringLiteral("mae");
        auto none = PerformanceSummary::load(*db, filter);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        // Without actuals there is nothing to measure against.
        const QString copy = copyDatabase(pipelineDemo(), m_dir, QStringLiteral("no-actuals.sqlite"));
        {
            auto writable = openSqlite(copy);
            QVERIFY(writable);
            STEWARD_VERIFY_OK(writable->exec(QStringLiteral("DROP TABLE forecast_actuals")));
        }
        auto without = openSqlite(copy);
        QVERIFY(!PerformanceSummary::available(*without));
        auto refused = PerformanceSummary::load(*without, {});
        QVERIFY(!refused);
        QCOMPARE(refused.failure().code(), OutcomeCode::NotFound);
    }

    void driftDetectedNowComesFirst_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("firstFeature");
        QTest::addColumn<bool>("assumed");
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq") << QStringLiteral("order_value") << false;
        QTest::newRow("within") << QStringLiteral("within") << QString() << true;
        QTest::newRow("krongthai") << QStringLiteral("krongthai") << QStringLiteral("accuracy") << false;
    }

    void driftDetectedNowComesFirst()
    {
        QFETCH(QString, system);
        QFETCH(QString, firstFeature);
        QFETCH(bool, assumed);
        auto db = open(system);
        QVERIFY(db);
        auto records = DriftSummary::load(*db, {});
        QVERIFY2(records, qPrintable(records.failure().message()));
        QVERIFY(!records->isEmpty());
        const DriftRecord& first = records->first();
        QCOMPARE(first.status, QStringLiteral("detected"));
        QVERIFY(first.current);
        if (!firstFeature.isEmpty())
            QCOMPARE(first.feature, firstFeature);
        QCOMPARE(first.thresholdAssumed, assumed);
        QVERIFY(first.threshold && first.score >= *first.threshold);
        // Current records (detected, warning, normal) before any older record, older ones newest first.
        bool pastCurrent = false;
        int rank = 0;
        QDateTime previousAt;
        for (const DriftRecord& r : *records) {
            QVERIFY(DriftSummary::statuses().contains(r.status));
            if (!r.current) {
                if (pastCurrent)
                    QVERIFY(r.at <= previousAt);
                pastCurrent = true;
                previousAt = r.at;
                continue;
            }
            QVERIFY2(!pastCurrent, "a current record after the history");
            const int here = static_cast<int>(DriftSummary::statuses().indexOf(r.status));
            QVERIFY(here >= rank);
            rank = here;
        }
        QVERIFY(pastCurrent);
        // --status keeps only that status.
        MonitoringFilter filter;
        filter.status = QStringLiteral("normal");
        auto normal = DriftSummary::load(*db, filter);
        QVERIFY(normal);
        QVERIFY(!normal->isEmpty());
        for (const DriftRecord& r : *normal)
            QCOMPARE(r.status, QStringLiteral("normal"));
        filter.status = QStringLiteral("alarming");
        QCOMPARE(DriftSummary::load(*db, filter).failure().code(), OutcomeCode::Usage);
        filter.status.clear();
        filter.limit = 3;
        QCOMPARE(DriftSummary::load(*db, filter)->size(), 3);
    }

    void driftWordsAndFlagsAreMapped()
    {
        auto db = makeFromContract(m_dir.filePath(QStringLiteral("drift-words.sqlite")),
                                   QStringLiteral("urutiiq_postgres.sql"));
        QVERIFY(db);
        for (
            const char* sql :
            {R"(INSERT INTO "AIModel" ("id","tenantId","companyId","modelName","modelVersion","modelType","algorithm","status","updatedAt") VALUES ('m1','t','c','scorer','v1','classification','gb','active','2026-01-01'))",
             R"(INSERT INTO "AIDriftDetection" VALUES ('d1','t','c','m1','data_drift','age',1,2,0.5,0.3,'alert',NULL,NULL,'2026-01-01 10:00:00'))",
             R"(INSERT INTO "AIDriftDetection" VALUES ('d2','t','c','m1','data_drift','income',1,2,0.9,0.3,'Normal',NULL,NULL,'2026-01-01 10:00:00'))",
             R"(INSERT INTO "AIDriftDetection" VALUES ('d3','t','c','m1','data_drift','zip',1,2,0.2,0.3,'unknown',NULL,NULL,'2026-01-01 10:00:00'))",
             R"(INSERT INTO "AIDriftDetection" VALUES ('d4','t','c','m1','data_drift','zip',1,2,0.01,0.3,'normal',NULL,NULL,'2025-12-01 10:00:00'))"}) {
            QSqlQuery q = db->query();
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(q.lastError().text()));
        }
        db->reloadProfile();
        auto records = DriftSummary::load(*db, {});
        QVERIFY2(records, qPrintable(records.failure().message()));
        QCOMPARE(records->size(), 4);
        QHash<QString, QString> status;
        for (const DriftRecord& r : *records)
            status.insert(r.feature + (r.current ? QString() : QStringLiteral(" old")), r.status);
        QCOMPARE(status.value(QStringLiteral("age")), QStringLiteral("detected"));  // an unknown word: the score
        QCOMPARE(status.value(QStringLiteral("income")), QStringLiteral("normal")); // the system said so
        QCOMPARE(status.value(QStringLiteral("zip")), QStringLiteral("warning"));   // half the threshold and up
        QCOMPARE(status.value(QStringLiteral("zip old")), QStringLiteral("normal"));
        QCOMPARE(records->first().feature, QStringLiteral("age"));
        QCOMPARE(records->first().systemStatus, QStringLiteral("alert"));
        QCOMPARE(records->first().modelName, QStringLiteral("scorer"));
    }

    void predictionsAreSummarised_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<bool>("truth");
        QTest::addColumn<bool>("latency");
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq") << true << false;
        QTest::newRow("within") << QStringLiteral("within") << false << true;
        QTest::newRow("krongthai") << QStringLiteral("krongthai") << false << false;
    }

    void predictionsAreSummarised()
    {
        QFETCH(QString, system);
        QFETCH(bool, truth);
        QFETCH(bool, latency);
        auto db = open(system);
        QVERIFY(db);
        QSqlQuery count = db->query();
        QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM %1")
                               .arg(SqlDialect::quoteIdentifier(PredictionSummary::source(*db)))));
        QVERIFY(count.next());
        auto rows = PredictionSummary::load(*db, {});
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QVERIFY(!rows->isEmpty());
        qint64 total = 0;
        for (const PredictionRow& row : *rows) {
            total += row.predictions;
            QVERIFY(!row.modelVersion.isEmpty());
            qint64 inBuckets = 0;
            for (qint64 n : row.confidenceBuckets)
                inBuckets += n;
            QCOMPARE(inBuckets, row.withConfidence);
            QVERIFY(row.confidenceMean && *row.confidenceMean > 0.3 && *row.confidenceMean < 1);
            QVERIFY(row.firstAt <= row.lastAt);
            QCOMPARE(row.accuracy.has_value(), truth);
            QCOMPARE(row.withGroundTruth > 0, truth);
            if (truth)
                QVERIFY(*row.accuracy > 0.4 && *row.accuracy < 0.95);
            QCOMPARE(row.latencyMeanMs.has_value(), latency);
            if (latency)
                QVERIFY(*row.latencyMeanMs >= 15 && *row.latencyMaxMs <= 90);
        }
        QCOMPARE(total, count.value(0).toLongLong()); // every logged prediction counted once
        MonitoringFilter filter;
        filter.model.name = rows->last().modelName;
        filter.model.version = rows->last().modelVersion;
        auto one = PredictionSummary::load(*db, filter);
        QVERIFY(one);
        for (const PredictionRow& row : *one)
            QCOMPARE(row.modelVersion, filter.model.version);
    }

    void urutiiqExperimentsFromResultsJson()
    {
        auto db = open(QStringLiteral("urutiiq"));
        QVERIFY(db);
        auto rows = ExperimentSummary::load(*db);
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QCOMPARE(rows->size(), 6);
        int won = 0, undecided = 0, unreadable = 0, waiting = 0;
        for (const ExperimentRow& row : *rows) {
            if (row.name.startsWith(QLatin1String("anomaly_detection"))) {
                QCOMPARE(row.outcome.winner, QStringLiteral("control"));
                QCOMPARE(row.outcome.variants.size(), 2);
                QVERIFY(row.outcome.variants.at(1).significant);
                QCOMPARE(row.controlModel, QStringLiteral("anomaly_detection v1.1"));
                ++won;
            } else if (row.name.startsWith(QLatin1String("churn"))) {
                QCOMPARE(row.outcome.winner, QString());
                QCOMPARE(row.outcome.variants.size(), 2);
                ++undecided;
            } else if (!row.problem.isEmpty()) {
                QVERIFY2(row.problem.contains(QStringLiteral("not valid JSON")), qPrintable(row.problem));
                QVERIFY(row.outcome.variants.isEmpty());
                QCOMPARE(row.outcome.winner, QString());
                ++unreadable;
            } else {
                QCOMPARE(row.status, QStringLiteral("active"));
                QVERIFY(row.outcome.variants.isEmpty());
                ++waiting;
            }
        }
        QCOMPARE(won, 2);
        QCOMPARE(undecided, 2);
        QCOMPARE(unreadable, 1);
        QCOMPARE(waiting, 1);
    }

    void krongThaiExperimentsFromResultRows()
    {
        auto db = open(QStringLiteral("krongthai"));
        QVERIFY(db);
        auto rows = ExperimentSummary::load(*db);
        QVERIFY2(rows, qPrintable(rows.failure().message()));
        QCOMPARE(rows->size(), 4);
        for (const ExperimentRow& row : *rows) {
            QCOMPARE(row.outcome.variants.size(), 2);
            QCOMPARE(row.outcome.significance, 0.05);
            QVERIFY(!row.outcome.significanceAssumed);
            QCOMPARE(row.metric, QStringLiteral("completion_rate"));
            const ExperimentVariant& treatment = row.outcome.variants.at(1);
            QCOMPARE(treatment.name, QStringLiteral("treatment"));
            QVERIFY(treatment.ciLow && treatment.ciHigh && *treatment.ciLow < *treatment.ciHigh);
            if (row.status == QLatin1String("completed")) {
                QCOMPARE(treatment.samples, std::optional<qint64>(1200)); // the newest calculation
                QCOMPARE(treatment.pValue, std::optional<double>(0.02));
                QCOMPARE(row.outcome.winner, QStringLiteral("treatment"));
                QCOMPARE(row.treatmentModel, QStringLiteral("sop_recommender 2.2"));
            } else {
                QCOMPARE(row.outcome.winner, QString());
                QVERIFY2(row.outcome.why.contains(QStringLiteral("5000")), qPrintable(row.outcome.why));
            }
        }
    }

    void profilesWithoutTheEntitySaySo()
    {
        auto within = open(QStringLiteral("within"));
        QVERIFY(within);
        QVERIFY(!ExperimentSummary::available(*within));
        QCOMPARE(ExperimentSummary::load(*within).failure().code(), OutcomeCode::NotFound);
        auto pipeline = open(QStringLiteral("pipeline"));
        QVERIFY(pipeline);
        QCOMPARE(DriftSummary::load(*pipeline, {}).failure().code(), OutcomeCode::NotFound);
        QCOMPARE(PredictionSummary::load(*pipeline, {}).failure().code(), OutcomeCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringSummaries)
#include "tst_monitoring_summaries.moc"
