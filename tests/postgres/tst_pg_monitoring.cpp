// The monitoring summaries on the real server, over each system's demo as written there
// (UrutiIQ's quoted PascalCase tables and camelCase columns, timestamp without time zone;
// Krong Thai's uuid, numeric and boolean columns; WITHIN's; the pipeline's dates and numeric
// actuals): every figure the same as on SQLite from the same seed.
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/ExperimentSummary.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/MonitoringSql.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"

#include <QTest>
#include <cmath>

using namespace steward;
using namespace steward::test;

namespace {
bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

QString describe(const PerformanceRow& r)
{
    return QStringLiteral("%1 %2 %3 %4 n=%5 first=%6 last=%7 %8 %9 base=%10 prev=%11:%12 at=%13..%14")
        .arg(r.scope, r.modelName, r.modelVersion, r.metric)
        .arg(r.points)
        .arg(r.first, 0, 'g', 9)
        .arg(r.last, 0, 'g', 9)
        .arg(Trend::name(r.trend.kind))
        .arg(r.active)
        .arg(r.baseline ? QString::number(*r.baseline, 'g', 9) : QStringLiteral("-"))
        .arg(r.previousVersion, Trend::name(r.previousTrend))
        .arg(r.firstAt.toString(Qt::ISODateWithMs), r.lastAt.toString(Qt::ISODateWithMs));
}

QString describe(const DriftRecord& r)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 score=%7 thr=%8 %9 %10 %11")
        .arg(r.status, r.scope, r.modelName, r.modelVersion, r.type, r.feature)
        .arg(r.score, 0, 'g', 9)
        .arg(r.threshold ? *r.threshold : -1, 0, 'g', 9)
        .arg(r.current)
        .arg(r.systemStatus, r.at.toString(Qt::ISODateWithMs));
}

QString describe(const PredictionRow& r)
{
    QStringList buckets;
    for (qint64 n : r.confidenceBuckets)
        buckets << QString::number(n);
    // Krong Thai's confidence_score is numeric(5,4) on the server: the mean is compared apart.
    return QStringLiteral("%1 %2 %3 n=%4 conf=%5 [%6] truth=%7 correct=%8 lat=%9 %10..%11")
        .arg(r.scope, r.modelName, r.modelVersion)
        .arg(r.predictions)
        .arg(r.confidenceMean.has_value())
        .arg(buckets.join(QLatin1Char(',')))
        .arg(r.withGroundTruth)
        .arg(r.correct)
        .arg(r.latencyMeanMs.value_or(-1), 0, 'g', 9)
        .arg(r.firstAt.toString(Qt::ISODateWithMs), r.lastAt.toString(Qt::ISODateWithMs));
}

QString describe(const ExperimentRow& r)
{
    QStringList variants;
    for (const ExperimentVariant& v : r.outcome.variants)
        variants << QStringLiteral("%1:%2:%3:%4")
                        .arg(v.name)
                        .arg(v.samples.value_or(-1))
                        .arg(v.pValue.value_or(-1), 0, 'g', 9)
                        .arg(v.significant);
    return QStringLiteral("%1 %2 %3 winner=%4 [%5] problem=%6 alpha=%7")
        .arg(r.scope, r.name, r.status, r.outcome.winner, variants.join(QLatin1Char(',')), r.problem.left(40))
        .arg(r.outcome.significance);
}

template <typename T> QStringList described(const QList<T>& rows)
{
    QStringList lines;
    for (const T& row : rows)
        lines << describe(row);
    return lines;
}
} // namespace

class PgMonitoringTest : public QObject
{
    Q_OBJECT

    const TestClock m_clock;
    QTemporaryDir m_dir;

    static DemoOptions options(const QString& system)
    {
        DemoOptions o;
        o.seed = 11;
        o.anchor = demoAnchor();
        o.actingUser = QStringLiteral("admin");
        o.system = system == QLatin1String("pipeline") ? QString() : system;
        return o;
    }

    static void systems(const QStringList& names)
    {
        QTest::addColumn<QString>("system");
        for (const QString& system : names)
            QTest::newRow(qPrintable(system)) << system;
    }

    // The system's demo written into the fresh database `pg` on the server.
    std::unique_ptr<Database> serverDemo(const TemporaryPostgresDatabase& pg, const QString& system) const
    {
        return postgresDemo(pg, options(system));
    }

private slots:
    // init --indexes on the server: the same CREATE INDEX on the system's tables, and the same
    // figures with them as without.
    void monitoringIndexesKeepTheFigures_data()
    {
        systems({QStringLiteral("urutiiq"), QStringLiteral("krongthai"), QStringLiteral("within")});
    }

    void monitoringIndexesKeepTheFigures()
    {
        STEWARD_REQUIRE_POSTGRES();
        QFETCH(QString, system);
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg, system);
        QVERIFY(server);
        Database& db = *server;
        MonitoringFilter recent;
        recent.since = m_clock.nowUtc().addDays(-10);
        const auto figures = [&] {
            QStringList lines;
            for (const MonitoringFilter& filter : {MonitoringFilter(), recent}) {
                lines << described(*PerformanceSummary::load(db, filter));
                lines << described(*DriftSummary::load(db, filter));
                lines << described(*PredictionSummary::load(db, filter));
            }
            return lines;
        };
        const QStringList before = figures();
        QVERIFY(before.size() > 10);
        auto planned = MonitoringIndexes::plan(db);
        QVERIFY(planned);
        auto created = MonitoringIndexes::create(db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QCOMPARE(created->size(), planned->size());
        QVERIFY(created->size() >= 2);
        for (const QString& name : *created) {
            auto present = db.hasRow({QStringLiteral("SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() "
                                                     "AND indexname = ?"),
                                      {name}},
                                     QStringLiteral("looking for %1").arg(name));
            QVERIFY2(present && *present, qPrintable(name));
        }
        QVERIFY(MonitoringIndexes::create(db)); // again: nothing to do
        QCOMPARE(figures(), before);
    }

    // The pipeline's forecasts get an index by client and version on the server; the
    // performance summaries (every version, a client's, the declining note's) are the same with it.
    void pipelineForecastIndexKeepsTheFigures()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg, QStringLiteral("pipeline"));
        QVERIFY(server);
        Database& db = *server;
        MonitoringFilter client;
        client.scope = QStringLiteral("hanoi_fresh");
        MonitoringFilter declining = client;
        declining.activeOnly = true;
        const auto figures = [&] {
            QStringList lines;
            for (const MonitoringFilter& filter : {MonitoringFilter(), client, declining})
                lines << described(*PerformanceSummary::load(db, filter));
            return lines;
        };
        const QStringList before = figures();
        QVERIFY(before.size() >= 3);
        auto created = MonitoringIndexes::create(db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QVERIFY(created->contains(QStringLiteral("steward_idx_forecast_results_monitoring")));
        QCOMPARE(figures(), before);
    }

    // Krong Thai's numeric(5,4) confidence is bucketed as the numeric it is: a score on a bound
    // falls in the bucket above it, one a ten-thousandth below in the one below, as through float8.
    void numericConfidenceOnTheBucketBounds()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg, QStringLiteral("krongthai"));
        QVERIFY(server);
        Database& db = *server;
        QVERIFY(MonitoringSql::isNumeric(db, QStringLiteral("sop_ml_predictions"), QStringLiteral("confidence_score")));
        QVERIFY(!MonitoringSql::isNumeric(db, QStringLiteral("sop_ml_predictions"), QStringLiteral("predicted_at")));
        QVERIFY(!MonitoringSql::isNumeric(db, QStringLiteral("no_such_table"), QStringLiteral("confidence_score")));
        auto before = PredictionSummary::load(db, {});
        QVERIFY2(before, qPrintable(before.failure().message()));
        QVERIFY(!before->isEmpty());
        auto model =
            db.select(QStringLiteral("SELECT model_id::text FROM sop_ml_predictions ORDER BY model_id LIMIT 1"), {},
                      QStringLiteral("reading a model"));
        QVERIFY(model && model->next());
        const QString modelId = model->value(0).toString();
        QVERIFY(db.exec(
            QStringLiteral(
                "INSERT INTO sop_ml_predictions (id, restaurant_id, model_id, input_features, prediction_result, "
                "confidence_score, predicted_at) SELECT gen_random_uuid(), p.restaurant_id, p.model_id, "
                "p.input_features, "
                "p.prediction_result, v, p.predicted_at FROM (SELECT * FROM sop_ml_predictions WHERE model_id = '%1' "
                "LIMIT 1) p, unnest(ARRAY[0.4999, 0.5, 0.5999, 0.6, 0.6999, 0.7, 0.7999, 0.8, 0.8999, 0.9]::numeric[]) "
                "v")
                .arg(modelId)));
        auto after = PredictionSummary::load(db, {});
        QVERIFY2(after, qPrintable(after.failure().message()));
        QCOMPARE(after->size(), before->size());
        qsizetype changed = 0;
        for (qsizetype i = 0; i < after->size(); ++i) {
            const PredictionRow& was = before->at(i);
            const PredictionRow& now = after->at(i);
            if (now.predictions == was.predictions)
                continue;
            ++changed;
            QCOMPARE(now.predictions, was.predictions + 10);
            QCOMPARE(now.withConfidence, was.withConfidence + 10);
            const QList<qint64> added{1, 2, 2, 2, 2, 1};
            for (int b = 0; b < added.size(); ++b)
                QCOMPARE(now.confidenceBuckets.at(b), was.confidenceBuckets.at(b) + added.at(b));
            const double mean = (*was.confidenceMean * static_cast<double>(was.withConfidence) + 6.9995) /
                                static_cast<double>(now.withConfidence);
            QVERIFY(std::fabs(*now.confidenceMean - mean) < 1e-9);
        }
        QCOMPARE(changed, 1);
    }

    void sameFiguresAsSqlite_data()
    {
        systems({QStringLiteral("urutiiq"), QStringLiteral("krongthai"), QStringLiteral("within"),
                 QStringLiteral("pipeline")});
    }

    void sameFiguresAsSqlite()
    {
        STEWARD_REQUIRE_POSTGRES();
        QFETCH(QString, system);
        TemporaryPostgresDatabase pg;
        auto server = serverDemo(pg, system);
        QVERIFY(server);
        const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
        QVERIFY(DemoGenerator::writeSqliteFile(path, options(system)));
        auto file = openSqlite(path, QStringLiteral("admin"), true);
        QVERIFY(file);
        Database& pgDb = *server;
        QCOMPARE(pgDb.profile().name, system);
        QCOMPARE(file->profile().name, system);

        auto pgPerformance = PerformanceSummary::load(pgDb, {});
        QVERIFY2(pgPerformance, qPrintable(pgPerformance.failure().message()));
        auto filePerformance = PerformanceSummary::load(*file, {});
        QVERIFY(filePerformance);
        QVERIFY(!pgPerformance->isEmpty());
        QCOMPARE(described(*pgPerformance), described(*filePerformance));
        for (qsizetype i = 0; i < pgPerformance->size(); ++i) {
            QVERIFY(near(pgPerformance->at(i).trend.slopePerDay, filePerformance->at(i).trend.slopePerDay));
            QVERIFY(near(pgPerformance->at(i).trend.mean, filePerformance->at(i).trend.mean));
        }
        // Filters bind the same way on the server.
        MonitoringFilter filter;
        filter.model.name =
            pgPerformance->last().modelName.isEmpty() ? pgPerformance->last().scope : pgPerformance->last().modelName;
        filter.model.version = pgPerformance->last().modelVersion;
        filter.since = m_clock.nowUtc().addDays(-10);
        auto narrowed = PerformanceSummary::load(pgDb, filter);
        QVERIFY2(narrowed, qPrintable(narrowed.failure().message()));
        QVERIFY(!narrowed->isEmpty());
        QCOMPARE(described(*narrowed), described(*PerformanceSummary::load(*file, filter)));

        if (system == QLatin1String("pipeline")) {
            QCOMPARE(DriftSummary::load(pgDb, {}).failure().code(), OutcomeCode::NotFound);
            return;
        }
        auto pgDrift = DriftSummary::load(pgDb, {});
        QVERIFY2(pgDrift, qPrintable(pgDrift.failure().message()));
        QVERIFY(!pgDrift->isEmpty());
        QCOMPARE(pgDrift->first().status, QStringLiteral("detected"));
        QCOMPARE(described(*pgDrift), described(*DriftSummary::load(*file, {})));
        MonitoringFilter warning;
        warning.status = QStringLiteral("warning");
        QCOMPARE(described(*DriftSummary::load(pgDb, warning)), described(*DriftSummary::load(*file, warning)));

        auto pgPredictions = PredictionSummary::load(pgDb, {});
        QVERIFY2(pgPredictions, qPrintable(pgPredictions.failure().message()));
        QVERIFY(!pgPredictions->isEmpty());
        auto filePredictions = PredictionSummary::load(*file, {});
        QCOMPARE(described(*pgPredictions), described(*filePredictions));
        for (qsizetype i = 0; i < pgPredictions->size(); ++i)
            QVERIFY(std::fabs(*pgPredictions->at(i).confidenceMean - *filePredictions->at(i).confidenceMean) < 1e-4);

        if (system == QLatin1String("within"))
            return;
        auto pgExperiments = ExperimentSummary::load(pgDb);
        QVERIFY2(pgExperiments, qPrintable(pgExperiments.failure().message()));
        QVERIFY(!pgExperiments->isEmpty());
        QCOMPARE(described(*pgExperiments), described(*ExperimentSummary::load(*file)));
    }
};

QTEST_GUILESS_MAIN(PgMonitoringTest)
#include "tst_pg_monitoring.moc"
