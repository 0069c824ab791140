// The pipeline's daily accuracy rollup (WmapeDays): the performance summary and chart read the
// same figures with it as by joining forecasts to actuals, for every version, one client and a
// period; forecasts and actuals appended later make it step aside until a read-write opening
// catches it up, which a read-only opening never does (it writes nothing); a snapshot carries it
// rebuilt and its digests leave it out.
#include "TestSupport.h"
#include "WmapeFigures.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/WmapeDays.h"
#include "models/snapshot/SnapshotExport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

namespace {
bool exec(Database& db, const QString& sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

// New forecasts from another version for days that have actuals, and actuals for days that
// had forecasts but none yet: both kinds of pair the rollup must add.
bool append(Database& db)
{
    return exec(db, QStringLiteral("INSERT INTO forecast_results (series_key, client_id, product_id, forecast_date, "
                                   "predicted_quantity, model_version, created_at) SELECT series_key, client_id, "
                                   "product_id, forecast_date, predicted_quantity * 1.1, 'v-appended', created_at "
                                   "FROM forecast_results WHERE rowid % 3 = 0 AND forecast_date IN "
                                   "(SELECT actual_date FROM forecast_actuals)")) &&
           exec(db, QStringLiteral("INSERT INTO forecast_actuals (client_id, series_key, actual_date, actual_quantity) "
                                   "SELECT client_id, series_key, forecast_date, ROUND(predicted_quantity * 0.9) "
                                   "FROM forecast_results f WHERE NOT EXISTS (SELECT 1 FROM forecast_actuals a "
                                   "WHERE a.client_id = f.client_id AND a.series_key = f.series_key AND "
                                   "a.actual_date = f.forecast_date) AND f.rowid % 2 = 0"));
}
} // namespace

class TestWmapeDays : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void readsWhatTheJoinReads()
    {
        const TestClock clock;
        const QString path = makeDemo(m_dir, QStringLiteral("rollup.sqlite"));
        QVERIFY(!path.isEmpty());
        auto db = openSqlite(path);
        QVERIFY(db);
        QVERIFY(!WmapeDays::isCurrent(*db));
        const QStringList joined = performanceEverything(*db);
        QVERIFY2(joined.filter(QStringLiteral("failed")).isEmpty(), qPrintable(joined.join('\n')));
        QVERIFY2(performanceSummary(*db, {}).size() > 1, qPrintable(performanceSummary(*db, {}).join('\n')));
        QVERIFY(performanceChart(*db, {}).join(QString()).contains(QLatin1Char('=')));

        auto created = MonitoringIndexes::createAll(*db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QVERIFY(WmapeDays::isCurrent(*db));
        QSqlQuery rows = db->query();
        QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM steward_search_wmape_days")));
        QVERIFY(rows.next());
        QVERIFY(rows.value(0).toLongLong() > 0);
        QCOMPARE(performanceEverything(*db), joined);
    }

    void stepsAsideUntilAReadWriteOpeningCatchesUp()
    {
        const TestClock clock;
        const QString path = makeDemo(m_dir, QStringLiteral("appended.sqlite"));
        QVERIFY(!path.isEmpty());
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            QVERIFY(WmapeDays::build(*db));
            QVERIFY(WmapeDays::isCurrent(*db));
            QVERIFY(append(*db));
            QVERIFY(!WmapeDays::isCurrent(*db));
        }
        // A read-only opening neither catches up nor writes a byte; it reads the join.
        const QByteArray before = fileDigest(path);
        QStringList joined;
        {
            auto db = openSqlite(path, QStringLiteral("admin"), true);
            QVERIFY(db);
            auto added = MonitoringIndexes::catchUpRollups(*db);
            QVERIFY(added);
            QCOMPARE(*added, qint64(0));
            QVERIFY(!WmapeDays::isCurrent(*db));
            joined = performanceEverything(*db);
            QVERIFY(performanceSummary(*db, {}).join('\n').contains(QStringLiteral("v-appended")));
        }
        QCOMPARE(fileDigest(path), before);
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            auto added = WmapeDays::catchUp(*db);
            QVERIFY2(added, qPrintable(added.failure().message()));
            QVERIFY(*added > 0);
            QVERIFY(WmapeDays::isCurrent(*db));
            QCOMPARE(performanceEverything(*db), joined);
            QCOMPARE(*WmapeDays::catchUp(*db), qint64(0));
            // The newest forecasts deleted: what the rollup held of them is gone with them.
            QVERIFY(exec(*db, QStringLiteral("DELETE FROM forecast_results WHERE rowid > (SELECT MAX(rowid) - 500 "
                                             "FROM forecast_results)")));
            QVERIFY(!WmapeDays::isCurrent(*db));
            const QStringList fewer = performanceEverything(*db);
            QVERIFY(fewer != joined);
            QVERIFY(*WmapeDays::catchUp(*db) > 0);
            QVERIFY(WmapeDays::isCurrent(*db));
            QCOMPARE(performanceEverything(*db), fewer);
        }
    }

    void aSnapshotCarriesItRebuilt()
    {
        const TestClock clock;
        const QString path = makeDemo(m_dir, QStringLiteral("snapshotted.sqlite"));
        auto db = openSqlite(path);
        QVERIFY(db);
        auto plain = SnapshotExport::write(*db, m_dir.filePath(QStringLiteral("plain.snapshot")));
        QVERIFY2(plain, qPrintable(plain.failure().message()));
        QVERIFY(MonitoringIndexes::createAll(*db));
        const QString snapshotPath = m_dir.filePath(QStringLiteral("indexed.snapshot"));
        auto indexed = SnapshotExport::write(*db, snapshotPath);
        QVERIFY2(indexed, qPrintable(indexed.failure().message()));
        QCOMPARE(indexed->tables.size(), plain->tables.size());
        for (qsizetype i = 0; i < plain->tables.size(); ++i)
            QCOMPARE(indexed->tables.at(i).sha256, plain->tables.at(i).sha256);
        auto snapshot = openSqlite(snapshotPath, QStringLiteral("admin"), true);
        QVERIFY(snapshot);
        QVERIFY(WmapeDays::isCurrent(*snapshot));
        QCOMPARE(performanceEverything(*snapshot), performanceEverything(*db));
    }
};

QTEST_GUILESS_MAIN(TestWmapeDays)
#include "tst_wmape_days.moc"
