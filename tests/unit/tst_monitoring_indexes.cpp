// The monitoring indexes `init --indexes` creates: on each system's demo, every summary gives
// the same rows, figure for figure, with and without them; the indexes are on the tables the
// summaries read and the summaries read them; snapshots and their digests do not change.
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "models/monitoring/DriftSummary.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/PerformanceSummary.h"
#include "models/monitoring/PredictionRanges.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotExport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

namespace {
// Exactly (17 digits), or for a figure summed over rows 12: read in the index's order instead
// of the table's, a sum of floating-point numbers may differ in its last bits.
constexpr int kExact = 17;
constexpr int kSummed = 12;

QString figure(const std::optional<double>& value, int digits = kExact)
{
    return value ? QString::number(*value, 'g', digits) : QStringLiteral("none");
}

// Every figure of every summary: an index must change nothing but the time.
QStringList figures(Database& db, const MonitoringFilter& filter)
{
    QStringList out;
    auto performance = PerformanceSummary::load(db, filter);
    if (!performance)
        return {QStringLiteral("performance failed: ") + performance.failure().message()};
    for (const PerformanceRow& r : *performance)
        out << QStringList{QStringLiteral("P"),
                           r.scope,
                           r.modelName,
                           r.modelVersion,
                           r.metric,
                           QString::number(r.points),
                           figure(r.first),
                           figure(r.last),
                           figure(r.min),
                           figure(r.max),
                           figure(r.trend.slopePerDay, kSummed),
                           Trend::name(r.trend.kind),
                           figure(r.baseline),
                           figure(r.threshold),
                           r.firstAt.toString(Qt::ISODateWithMs),
                           r.lastAt.toString(Qt::ISODateWithMs),
                           r.previousVersion,
                           figure(r.previousLast),
                           figure(r.previousMean, kSummed)}
                   .join(QLatin1Char('|'));
    auto drift = DriftSummary::load(db, filter);
    if (!drift)
        return {QStringLiteral("drift failed: ") + drift.failure().message()};
    for (const DriftRecord& r : *drift)
        out << QStringList{QStringLiteral("D"),
                           r.status,
                           r.modelVersion,
                           r.type,
                           r.feature,
                           figure(r.score),
                           figure(r.threshold),
                           QString::number(r.current),
                           r.at.toString(Qt::ISODateWithMs)}
                   .join(QLatin1Char('|'));
    auto predictions = PredictionSummary::load(db, filter);
    if (!predictions)
        return {QStringLiteral("predictions failed: ") + predictions.failure().message()};
    for (const PredictionRow& r : *predictions) {
        QStringList buckets;
        for (qint64 n : r.confidenceBuckets)
            buckets << QString::number(n);
        out << QStringList{QStringLiteral("R"),
                           r.modelName,
                           r.modelVersion,
                           QString::number(r.predictions),
                           figure(r.confidenceMean, kSummed),
                           buckets.join(QLatin1Char(',')),
                           QString::number(r.correct),
                           figure(r.latencyMeanMs, kSummed),
                           figure(r.latencyMaxMs),
                           r.firstAt.toString(Qt::ISODateWithMs),
                           r.lastAt.toString(Qt::ISODateWithMs)}
                   .join(QLatin1Char('|'));
    }
    return out;
}

QString alongIndexes(Database& db, const EntityMap& logs, const MonitoringFilter& filter = {})
{
    auto ranges = PredictionRanges::select(db, logs, filter, nullptr);
    return ranges ? ranges->sql : QStringLiteral("failed: ") + ranges.failure().message();
}

MonitoringFilter period(const QDateTime& since, const QDateTime& until = {})
{
    MonitoringFilter filter;
    filter.since = since;
    filter.until = until;
    return filter;
}

// The demo's log spans the 14 days before its anchor: the last 10 days, every day, and 10 of
// them ending 2 days before the anchor are periods that hold most of it (the whole log less
// the rows left out); the last 3 days hold too few, and are scanned.
QList<MonitoringFilter> filters(const TestClock& clock)
{
    MonitoringFilter all;
    MonitoringFilter page;
    page.limit = 25;
    page.status = QStringLiteral("warning");
    const QDateTime now = clock.nowUtc();
    return {all,
            period(now.addDays(-10)),
            page,
            period(now.addYears(-1)),
            period(now.addDays(-12), now.addDays(-2)),
            period(now.addDays(-3))};
}

QStringList indexesOn(Database& db, const QString& table)
{
    QStringList names;
    auto query = db.select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                          "AND name LIKE 'steward_idx_%' ORDER BY name"),
                           {table}, QStringLiteral("listing indexes"));
    while (query && query->next())
        names << query->value(0).toString();
    return names;
}
} // namespace

class TestMonitoringIndexes : public QObject
{
    Q_OBJECT

    const TestClock m_clock;
    QTemporaryDir m_dir;

    QString demo(const QString& system, const QString& name) { return makeSystemDemo(m_dir, system, name); }

private slots:
    void sameFiguresWithAndWithoutIndexes_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QStringList>("tables");    // the prediction log first
        QTest::addColumn<QStringList>("perFigure"); // its indexes by confidence, latency, correct
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq")
                                 << QStringList{QStringLiteral("AIModelPrediction"),
                                                QStringLiteral("AIPerformanceMetrics"),
                                                QStringLiteral("AIDriftDetection")}
                                 << QStringList{QStringLiteral("confidence"), QStringLiteral("correct")};
        QTest::newRow("within") << QStringLiteral("within")
                                << QStringList{QStringLiteral("prediction_logs"),
                                               QStringLiteral("model_performance_metrics"),
                                               QStringLiteral("feature_importance")}
                                << QStringList{QStringLiteral("confidence"), QStringLiteral("latency")};
        QTest::newRow("krongthai") << QStringLiteral("krongthai")
                                   << QStringList{QStringLiteral("sop_ml_predictions"),
                                                  QStringLiteral("sop_model_performance_tracking")}
                                   << QStringList{QStringLiteral("confidence")};
    }

    void sameFiguresWithAndWithoutIndexes()
    {
        QFETCH(QString, system);
        QFETCH(QStringList, tables);
        QFETCH(QStringList, perFigure);
        const QString path = demo(system, system + QStringLiteral(".sqlite"));
        QVERIFY(!path.isEmpty());
        auto db = openSqlite(path);
        QVERIFY(db);
        QCOMPARE(db->profile().name, system);

        QList<QStringList> before;
        for (const MonitoringFilter& filter : filters(m_clock)) {
            before << figures(*db, filter);
            QVERIFY(before.last().size() > 1);
            QVERIFY2(!before.last().first().contains(QLatin1String("failed")), qPrintable(before.last().first()));
        }
        const EntityMap* logs = db->profile().entity(QStringLiteral("prediction"));
        QVERIFY(logs);
        QVERIFY(alongIndexes(*db, *logs).isEmpty());
        auto plainSnapshot = SnapshotExport::write(*db, m_dir.filePath(system + QStringLiteral("-plain.snapshot")));
        QVERIFY2(plainSnapshot, qPrintable(plainSnapshot.failure().message()));

        auto created = MonitoringIndexes::create(*db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QCOMPARE(created->size(), tables.size() + perFigure.size());
        for (const QString& table : tables) {
            QStringList expected{QStringLiteral("steward_idx_%1_monitoring").arg(table.toLower())};
            if (table == tables.first()) {
                for (const QString& figure : perFigure)
                    expected << QStringLiteral("steward_idx_%1_%2").arg(table.toLower(), figure);
            }
            expected.sort();
            QCOMPARE(indexesOn(*db, table), expected);
        }
        // Created again: nothing to do, no error.
        QVERIFY(MonitoringIndexes::create(*db));

        // The prediction summary reads a model at a time along the indexes; with a period, its
        // scan reads the covering index, not the table's wide rows.
        QVERIFY(!alongIndexes(*db, *logs).isEmpty());
        auto plan = db->select(QStringLiteral("EXPLAIN QUERY PLAN SELECT %1, COUNT(*), MAX(%2) FROM %3 GROUP BY %1")
                                   .arg(SqlDialect::quoteIdentifier(logs->column(QStringLiteral("model"))),
                                        SqlDialect::quoteIdentifier(logs->column(QStringLiteral("at"))),
                                        SqlDialect::quoteIdentifier(logs->table)),
                               QVariantList(), QStringLiteral("explaining"));
        QVERIFY(plan);
        QString steps;
        while (plan->next())
            steps += plan->value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QStringLiteral("COVERING INDEX steward_idx_")), qPrintable(steps));

        const QList<MonitoringFilter> all = filters(m_clock);
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(figures(*db, all.at(i)), before.at(i));
        // A period that holds most of the log is read along the indexes; one that holds little
        // is scanned.
        QVERIFY(!alongIndexes(*db, *logs, all.at(3)).isEmpty());
        QVERIFY(!alongIndexes(*db, *logs, all.at(4)).isEmpty());
        QVERIFY(alongIndexes(*db, *logs, all.at(5)).isEmpty());

        // Snapshots copy rows: the same digests with the indexes, and no index of ours inside.
        const QString indexed = m_dir.filePath(system + QStringLiteral("-indexed.snapshot"));
        auto indexedSnapshot = SnapshotExport::write(*db, indexed);
        QVERIFY2(indexedSnapshot, qPrintable(indexedSnapshot.failure().message()));
        QCOMPARE(indexedSnapshot->tables.size(), plainSnapshot->tables.size());
        for (qsizetype i = 0; i < plainSnapshot->tables.size(); ++i) {
            QCOMPARE(indexedSnapshot->tables.at(i).name, plainSnapshot->tables.at(i).name);
            QCOMPARE(indexedSnapshot->tables.at(i).sha256, plainSnapshot->tables.at(i).sha256);
        }
        auto snapshot = openSqlite(indexed, QStringLiteral("auditor"), true);
        QVERIFY(snapshot);
        for (const QString& table : tables)
            QVERIFY(indexesOn(*snapshot, table).isEmpty());
        auto check = SnapshotCheck::run(*snapshot);
        QVERIFY2(check, qPrintable(check.failure().message()));
        QVERIFY(check->ok());
    }

    // Hand-edited logs: a confidence written as text compares otherwise along an index than
    // through the scan's CAST, so the summary scans; rows without a confidence are counted apart
    // along the index (the buckets count the rest). The figures stay the scan's either way.
    void editedLogs_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("alongTheIndexes");
        QTest::addColumn<qint64>("withoutConfidence");
        QTest::newRow("text") << QStringLiteral("confidence = 'high' WHERE rowid IN (SELECT rowid FROM "
                                                "prediction_logs LIMIT 3)")
                              << false << qint64(0);
        QTest::newRow("null") << QStringLiteral("confidence = NULL WHERE rowid IN (SELECT rowid FROM "
                                                "prediction_logs ORDER BY rowid DESC LIMIT 7)")
                              << true << qint64(7);
    }

    void editedLogs()
    {
        QFETCH(QString, edit);
        QFETCH(bool, alongTheIndexes);
        QFETCH(qint64, withoutConfidence);
        const QString path =
            demo(QStringLiteral("within"), QStringLiteral("edited-%1.sqlite").arg(QTest::currentDataTag()));
        QVERIFY(!path.isEmpty());
        auto db = openSqlite(path);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("UPDATE prediction_logs SET ") + edit));
        const QStringList scanned = figures(*db, {});
        QVERIFY(MonitoringIndexes::create(*db));
        const EntityMap* logs = db->profile().entity(QStringLiteral("prediction"));
        QVERIFY(logs);
        QCOMPARE(!alongIndexes(*db, *logs).isEmpty(), alongTheIndexes);
        QCOMPARE(figures(*db, {}), scanned);
        auto rows = PredictionSummary::load(*db, {});
        QVERIFY(rows);
        qint64 without = 0;
        for (const PredictionRow& row : *rows)
            without += row.predictions - row.withConfidence;
        QCOMPARE(without, withoutConfidence);
    }

    // Times the period's test cannot place (text that is no time, a julian day number written
    // as text, a time without its date) are left out or counted as the scan does; a model
    // asked for by name is summarised alone. Along the indexes or scanned, the same figures.
    void periodsOfEditedTimes_data()
    {
        QTest::addColumn<QString>("edit");
        // A time without a date is of the year 2000: the log then seems to span 26 years, of which
        // the period holds one, and it is scanned.
        QTest::addColumn<bool>("alongTheIndexes");
        QTest::newRow("as-written") << QString() << true;
        QTest::newRow("no-time") << QStringLiteral("timestamp = 'not a time' WHERE rowid IN (SELECT rowid FROM "
                                                   "prediction_logs ORDER BY rowid DESC LIMIT 5)")
                                 << true;
        QTest::newRow("julian-day")
            << QStringLiteral("timestamp = '2461360.5' WHERE rowid IN (SELECT rowid FROM prediction_logs LIMIT 4)")
            << true;
        QTest::newRow("no-date")
            << QStringLiteral("timestamp = '09:30:00' WHERE rowid IN (SELECT rowid FROM prediction_logs LIMIT 6)")
            << false;
        QTest::newRow("offset") << QStringLiteral("timestamp = '2026-11-10T08:00:00-14:00' WHERE rowid IN (SELECT "
                                                  "rowid FROM prediction_logs LIMIT 7)")
                                << true;
    }

    void periodsOfEditedTimes()
    {
        QFETCH(QString, edit);
        QFETCH(bool, alongTheIndexes);
        const QString path = demo(QStringLiteral("within"),
                                  QStringLiteral("period-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())));
        QVERIFY(!path.isEmpty());
        auto db = openSqlite(path);
        QVERIFY(db);
        if (!edit.isEmpty())
            QVERIFY(db->exec(QStringLiteral("UPDATE prediction_logs SET ") + edit));
        auto rows = PredictionSummary::load(*db, {});
        QVERIFY(rows && !rows->isEmpty());
        const QString name = rows->first().modelName;
        MonitoringFilter oneModel = period(m_clock.nowUtc().addYears(-1));
        oneModel.model.name = name;
        QList<MonitoringFilter> periods = filters(m_clock);
        periods << oneModel << period(QDateTime(QDate(2026, 11, 10), QTime(12, 0), QTimeZone::utc()));
        QList<QStringList> scanned;
        for (const MonitoringFilter& filter : std::as_const(periods))
            scanned << figures(*db, filter);
        QVERIFY(MonitoringIndexes::create(*db));
        const EntityMap* logs = db->profile().entity(QStringLiteral("prediction"));
        QVERIFY(logs);
        QCOMPARE(!alongIndexes(*db, *logs, periods.at(3)).isEmpty(), alongTheIndexes);
        QCOMPARE(!alongIndexes(*db, *logs, oneModel).isEmpty(), alongTheIndexes);
        for (qsizetype i = 0; i < periods.size(); ++i)
            QCOMPARE(figures(*db, periods.at(i)), scanned.at(i));
        // The one model's versions are summarised as the whole period shows them.
        const QStringList alone = scanned.at(periods.size() - 2).filter(QRegularExpression(QStringLiteral("^R\\|")));
        QVERIFY(!alone.isEmpty());
        for (const QString& row : alone) {
            QVERIFY2(row.startsWith(QStringLiteral("R|%1|").arg(name)), qPrintable(row));
            QVERIFY2(scanned.at(3).contains(row), qPrintable(row));
        }
    }

    // A pipeline's SQLite file gets no monitoring index (its tables are left as written); the
    // declining note's few versions are read per client, and are the client's rows for them.
    void pipelineSummariesOfSomeVersions()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto planned = MonitoringIndexes::plan(*db);
        QVERIFY(planned);
        QVERIFY(planned->isEmpty());
        const auto described = [&db](const MonitoringFilter& filter) {
            auto rows = PerformanceSummary::load(*db, filter);
            QStringList out;
            if (!rows)
                return QStringList{rows.failure().message()};
            for (const PerformanceRow& row : *rows)
                out << QStringLiteral("%1 %2 %3 n=%4 %5..%6 base=%7")
                           .arg(row.scope, row.modelVersion, row.metric)
                           .arg(row.points)
                           .arg(row.first, 0, 'g', 12)
                           .arg(row.last, 0, 'g', 12)
                           .arg(row.baseline.value_or(-1), 0, 'g', 12);
            return out;
        };
        for (const QString& client : {QStringLiteral("hanoi_fresh"), QStringLiteral("saigon_mart")}) {
            MonitoringFilter scoped;
            scoped.scope = client;
            MonitoringFilter declining = scoped;
            declining.activeOnly = true;
            const QStringList all = described(scoped);
            const QStringList active = described(declining);
            QVERIFY2(!active.isEmpty(), qPrintable(client));
            for (const QString& row : active)
                QVERIFY2(all.contains(row), qPrintable(row));
        }
    }

    void readOnlyDatabaseRefuses()
    {
        const QString path = demo(QStringLiteral("within"), QStringLiteral("read-only.sqlite"));
        QVERIFY(!path.isEmpty());
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        QVERIFY(db);
        QVERIFY(!MonitoringIndexes::create(*db));
        QVERIFY(indexesOn(*db, QStringLiteral("prediction_logs")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMonitoringIndexes)
#include "tst_monitoring_indexes.moc"
