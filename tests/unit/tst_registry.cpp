// The model registry on SQLite: timestamp version ids, metric keys discovered from the data
// (invalid JSON and non-numbers skipped), the paged version list under the model tester,
// a version's training jobs, backtests and forecasts, comparison, and the active version.
#include "RegistryFolders.h"
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/registry/Metrics.h"
#include "models/registry/ModelRegistry.h"
#include "models/registry/VersionComparison.h"
#include "models/registry/VersionComparisonModel.h"
#include "models/registry/VersionDetails.h"
#include "models/registry/VersionId.h"
#include "models/registry/VersionListQuery.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class RegistryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    static void insertVersion(Database& db, const QString& client, const QString& version, const QVariant& metrics)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "INSERT INTO model_metadata (client_id, model_version, metrics, feature_count, training_samples, "
            "created_at) VALUES (?, ?, ?, 7, 1000, '2026-01-01T00:00:00Z')"));
        q.addBindValue(client);
        q.addBindValue(version);
        q.addBindValue(metrics);
        STEWARD_VERIFY_OK(db.run(q, QStringLiteral("inserting")));
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void timestampIdsSortAndRead()
    {
        QVERIFY(VersionId::isTimestampId(QStringLiteral("20260306_143022")));
        QVERIFY(!VersionId::isTimestampId(QStringLiteral("20261306_143022"))); // month 13
        QVERIFY(!VersionId::isTimestampId(QStringLiteral("v2.1")));
        // Read digit by digit: every field checked, nothing but ASCII digits taken.
        for (const QString& invalid :
             {QStringLiteral("20260230_000000"), QStringLiteral("20260306_240000"), QStringLiteral("20260306_126000"),
              QStringLiteral("20260306_120060"), QStringLiteral("2026030a_120000"), QStringLiteral("20260306-120000"),
              QStringLiteral("+0260306_120000"), QString::fromUtf8("2026030\u0663_120000"),
              QStringLiteral("20260306_1200000"), QStringLiteral("00000000_000000")})
            QVERIFY2(!VersionId::timestamp(invalid).isValid(), qPrintable(invalid));
        QCOMPARE(VersionId::timestamp(QStringLiteral("20240229_235959")),
                 QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc()));
        QCOMPARE(VersionId::timestamp(QStringLiteral("20260306_143022")),
                 QDateTime(QDate(2026, 3, 6), QTime(14, 30, 22), QTimeZone::utc()));
        QCOMPARE(VersionId::readable(VersionId::timestamp(QStringLiteral("20260306_143022"))),
                 QStringLiteral("2026-03-06 14:30:22 UTC"));
        const QDateTime created(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        QCOMPARE(VersionId::trainedAt(QStringLiteral("champion"), created), created);
        QCOMPARE(VersionId::describe(QStringLiteral("20260306_143022")),
                 QStringLiteral("20260306_143022 (2026-03-06 14:30:22 UTC)"));
        // As text, timestamp ids sort in training order.
        QStringList ids{QStringLiteral("20260306_143022"), QStringLiteral("20251231_235959"),
                        QStringLiteral("20260306_090000")};
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("20251231_235959"), QStringLiteral("20260306_090000"),
                                   QStringLiteral("20260306_143022")}));
    }

    void metricDirectionsAndFormatting()
    {
        QCOMPARE(Metrics::direction(QStringLiteral("wmape")), Metrics::Direction::LowerIsBetter);
        QCOMPARE(Metrics::direction(QStringLiteral("residual_std")), Metrics::Direction::LowerIsBetter);
        QCOMPARE(Metrics::direction(QStringLiteral("r2")), Metrics::Direction::HigherIsBetter);
        QCOMPARE(Metrics::direction(QStringLiteral("bias")), Metrics::Direction::CloserToZero);
        QCOMPARE(Metrics::bestIndex(QStringLiteral("mae"), {3.0, 1.0, std::nullopt, 2.0}), 1);
        QCOMPARE(Metrics::bestIndex(QStringLiteral("r2"), {0.5, 0.8, 0.7}), 1);
        QCOMPARE(Metrics::bestIndex(QStringLiteral("bias"), {-0.2, 0.05, -0.01}), 2);
        QCOMPARE(Metrics::bestIndex(QStringLiteral("mae"), {std::nullopt}), -1);
        QCOMPARE(Metrics::ordered(
                     {QStringLiteral("zeta"), QStringLiteral("r2"), QStringLiteral("alpha"), QStringLiteral("wmape")}),
                 (QStringList{QStringLiteral("wmape"), QStringLiteral("r2"), QStringLiteral("alpha"),
                              QStringLiteral("zeta")}));
        QVERIFY(Metrics::isSqlSafeKey(QStringLiteral("event_wmape")));
        QVERIFY(!Metrics::isSqlSafeKey(QStringLiteral("x'); DROP TABLE model_metadata; --")));
        QVERIFY(!Metrics::isSqlSafeKey(QStringLiteral("a\"b")));
        QCOMPARE(Metrics::format(0.21474), QStringLiteral("0.2147"));
        QCOMPARE(Metrics::format(8.98), QStringLiteral("8.980"));
        QCOMPARE(Metrics::format(12.0), QStringLiteral("12"));
        QCOMPARE(Metrics::formatDelta(-0.0054, 0.1234), QStringLiteral("−0.0054 (−4.4%)"));
    }

    void metricKeysAreDiscoveredFromTheData()
    {
        QTemporaryDir dir;
        auto db = openSqlite(writableCopy(m_demo, dir));
        // A newer pipeline's metric, a non-number, a nested object, invalid JSON and a non-object.
        insertVersion(*db, QStringLiteral("acme"), QStringLiteral("20260101_000000"),
                      QStringLiteral(R"({"wmape": 0.2, "pinball_p90": 3.5, "note": "x", "nested": {"a": 1}})"));
        insertVersion(*db, QStringLiteral("acme"), QStringLiteral("20260102_000000"), QStringLiteral("{not json"));
        insertVersion(*db, QStringLiteral("acme"), QStringLiteral("20260103_000000"), QStringLiteral("[1, 2]"));
        insertVersion(*db, QStringLiteral("acme"), QStringLiteral("20260104_000000"),
                      QVariant(QMetaType(QMetaType::QString)));
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        QCOMPARE(*registry.metricKeys(QStringLiteral("acme")),
                 (QStringList{QStringLiteral("wmape"), QStringLiteral("pinball_p90")}));
        QCOMPARE(
            *registry.metricKeys(QStringLiteral("hanoi_fresh")),
            (QStringList{QStringLiteral("wmape"), QStringLiteral("mape"), QStringLiteral("mae"), QStringLiteral("rmse"),
                         QStringLiteral("bias"), QStringLiteral("fnr"), QStringLiteral("r2")}));
        QVERIFY(registry.metricKeys()->contains(QStringLiteral("pinball_p90")));

        // The list has a column per key; invalid JSON shows as no value, not an error.
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        STEWARD_VERIFY_OK(model.setQuery(
            VersionListQuery::build(registry, QStringLiteral("acme"), *registry.metricKeys(QStringLiteral("acme")))));
        QCOMPARE(model.rowCount(), 4);
        const int pinball = model.query().columnIndex(QStringLiteral("pinball_p90"));
        QVERIFY(pinball > 0);
        QCOMPARE(model.cell(3, pinball).value.toDouble(), 3.5);
        QVERIFY(model.cell(2, pinball).isNull());
        auto broken = registry.version(QStringLiteral("acme"), QStringLiteral("20260102_000000"));
        QVERIFY(broken);
        QVERIFY(!broken->metricsJson.valid);
        QVERIFY(broken->metrics.isEmpty());
    }

    void versionListPagesSortsAndCarriesJobs()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const QStringList keys = *registry.metricKeys(QStringLiteral("saigon_mart"));
        PagedQuery query = VersionListQuery::build(registry, QStringLiteral("saigon_mart"), keys);
        QCOMPARE(VersionListQuery::metricColumns(query), keys);
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        model.setPageSize(3);
        STEWARD_VERIFY_OK(model.setQuery(query));
        QCOMPARE(model.rowCount(), 10);
        QStringList versions;
        for (int row = 0; row < model.rowCount(); ++row)
            versions << model.cell(row, 0).text();
        QStringList sorted = versions;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(versions, sorted); // newest first
        const int status = query.columnIndex(VersionListQuery::kJobStatus);
        const int duration = query.columnIndex(VersionListQuery::kJobDuration);
        QCOMPARE(model.cell(0, status).text(), QStringLiteral("completed"));
        QVERIFY(model.cell(0, duration).value.toLongLong() >= 300);
        QCOMPARE(*VersionListQuery::rowInDefaultOrder(registry, QStringLiteral("saigon_mart"), versions.at(6)), 6);
        QCOMPARE(*VersionListQuery::rowInDefaultOrder(registry, QStringLiteral("saigon_mart"), QStringLiteral("nope")),
                 -1);

        // Sorting by a metric: ascending values, ties and NULLs last.
        QVERIFY(VersionListQuery::sortBy(query, QStringLiteral("wmape"), false));
        QVERIFY(!VersionListQuery::sortBy(query, QStringLiteral("x; DROP TABLE model_metadata"), false));
        STEWARD_VERIFY_OK(model.setQuery(query));
        const int wmape = query.columnIndex(QStringLiteral("wmape"));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.cell(row - 1, wmape).value.toDouble() <= model.cell(row, wmape).value.toDouble());
    }

    void versionDetailsAndActiveVersion()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        QCOMPARE(*registry.clients(), (QStringList{QStringLiteral("hanoi_fresh"), QStringLiteral("lotus_pharma"),
                                                   QStringLiteral("saigon_mart")}));
        auto versions = registry.versions(QStringLiteral("lotus_pharma"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 10);
        auto active = registry.activeVersion(QStringLiteral("lotus_pharma"));
        QVERIFY(active);
        QVERIFY(!active->recorded);
        QCOMPARE(active->version, versions->first().version); // the newest, while none is recorded
        QVERIFY(versions->first().active);
        QVERIFY(!versions->at(1).active);

        // Every failed job of the demo is found as an attempt before exactly one version.
        QSqlQuery failed = db->query();
        QVERIFY(failed.exec(QStringLiteral("SELECT count(*) FROM training_jobs WHERE status = 'failed'")) &&
                failed.next());
        const int failedJobs = failed.value(0).toInt();
        QVERIFY(failedJobs > 0);
        int found = 0;
        auto all = registry.versions();
        QVERIFY(all);
        for (const ModelVersion& v : *all) {
            auto jobs = VersionDetails::trainingJobs(registry, v);
            QVERIFY(jobs);
            QVERIFY(!jobs->isEmpty());
            QCOMPARE(jobs->last().modelVersion, v.version);
            for (const TrainingJob& job : *jobs) {
                if (job.status == QLatin1String("failed")) {
                    ++found;
                    QVERIFY(!job.errorMessage.isEmpty());
                    QVERIFY(job.startedAt < jobs->last().startedAt);
                }
            }
        }
        QCOMPARE(found, failedJobs);

        // Backtests of every other version; forecasts with the newest.
        auto folds = VersionDetails::backtests(registry, versions->at(1));
        QVERIFY(folds);
        const int foldCount = static_cast<int>(folds->size());
        auto noFolds = VersionDetails::backtests(registry, versions->at(0));
        QVERIFY(noFolds);
        QCOMPARE(foldCount + static_cast<int>(noFolds->size()), 10);
        const BacktestFoldRow& fold = foldCount ? folds->first() : noFolds->first();
        QCOMPARE(fold.level, QStringLiteral("order"));
        QVERIFY(fold.trainEnd < fold.testStart);
        QVERIFY(fold.metrics.contains(QStringLiteral("event_wmape")));
        qint64 series = 0;
        auto forecasts = VersionDetails::forecasts(registry, versions->first(), 2, &series);
        QVERIFY(forecasts);
        QCOMPARE(series, 3);
        QCOMPARE(forecasts->size(), 2);
        QCOMPARE(forecasts->first().days, 90);

        // A version id alone finds its client, and an unknown one is NotFound.
        auto byId = registry.version({}, versions->at(3).version);
        QVERIFY(byId);
        QCOMPARE(byId->clientId, QStringLiteral("lotus_pharma"));
        QCOMPARE(registry.version(QStringLiteral("lotus_pharma"), QStringLiteral("20000101_000000")).failure().code(),
                 OutcomeCode::NotFound);
    }

    void sameVersionIdInTwoClientsNeedsTheClient()
    {
        QTemporaryDir dir;
        auto db = openSqlite(writableCopy(m_demo, dir));
        insertVersion(*db, QStringLiteral("a"), QStringLiteral("20260101_000000"), QStringLiteral("{}"));
        insertVersion(*db, QStringLiteral("b"), QStringLiteral("20260101_000000"), QStringLiteral("{}"));
        auto catalog = SchemaCatalog::load(*db);
        ModelRegistry registry(*db, *catalog);
        const auto ambiguous = registry.version({}, QStringLiteral("20260101_000000"));
        QCOMPARE(ambiguous.failure().code(), OutcomeCode::Usage);
        QVERIFY(ambiguous.failure().message().contains(QStringLiteral("--client")));
        QVERIFY(registry.version(QStringLiteral("b"), QStringLiteral("20260101_000000")));
    }

    void comparisonDeltasAndBest()
    {
        ModelVersion a;
        a.version = QStringLiteral("20260101_000000");
        a.metrics = {{QStringLiteral("wmape"), 0.30}, {QStringLiteral("r2"), 0.60}, {QStringLiteral("bias"), -0.05}};
        a.featureCount = 10;
        ModelVersion b = a;
        b.version = QStringLiteral("20260201_000000");
        b.metrics = {{QStringLiteral("wmape"), 0.25},
                     {QStringLiteral("r2"), 0.55},
                     {QStringLiteral("bias"), 0.01},
                     {QStringLiteral("new_metric"), 2}};
        b.featureCount = 12;
        ModelVersion c = a;
        c.version = QStringLiteral("20260301_000000");
        c.metrics = {{QStringLiteral("wmape"), 0.27}, {QStringLiteral("r2"), 0.70}, {QStringLiteral("bias"), 0.03}};
        const VersionComparison comparison = VersionComparison::build({a, b, c});
        const VersionComparison::Row* wmape = comparison.row(QStringLiteral("wmape"));
        QVERIFY(wmape);
        QCOMPARE(wmape->best, 1);
        QVERIFY(!wmape->deltas.at(0));
        QCOMPARE(*wmape->deltas.at(1), -0.05);
        QCOMPARE(*wmape->deltas.at(2), -0.03);
        QCOMPARE(comparison.row(QStringLiteral("r2"))->best, 2);
        QCOMPARE(comparison.row(QStringLiteral("bias"))->best, 1);
        const VersionComparison::Row* added = comparison.row(QStringLiteral("new_metric"));
        QVERIFY(added && !added->values.at(0) && *added->values.at(1) == 2 && !added->deltas.at(1));
        QCOMPARE(comparison.row(QStringLiteral("feature_count"))->best, -1);
        QCOMPARE(*comparison.row(QStringLiteral("feature_count"))->deltas.at(1), 2.0);

        VersionComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(comparison);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.rowCount(), static_cast<int>(comparison.rows.size()));
        const int row = static_cast<int>(wmape - comparison.rows.constData());
        QVERIFY(model.index(row, 2).data(VersionComparisonModel::BestRole).toBool());
        QCOMPARE(model.index(row, 2).data(VersionComparisonModel::ChangeRole).toInt(), 1);
        const int r2 = static_cast<int>(comparison.row(QStringLiteral("r2")) - comparison.rows.constData());
        QCOMPARE(model.index(r2, 2).data(VersionComparisonModel::ChangeRole).toInt(), -1); // r2 fell
        QVERIFY(model.index(row, 2).data().toString().contains(QStringLiteral("−0.05")));
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("baseline")));
        model.setComparison({});
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_MAIN(RegistryTest)
#include "tst_registry.moc"
