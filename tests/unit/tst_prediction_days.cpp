// The daily prediction rollup (PredictionDays): on each system's demo, a period's prediction
// summary is the same figure for figure with it and without it, for whole days, partial edge
// days, a single partial day, an empty period and one model; rows appended later are caught
// up at a read-write opening and never at a read-only one, which writes nothing; snapshots and
// their digests leave the rollup out.
#include "TestSupport.h"
#include "models/monitoring/MonitoringIndexes.h"
#include "models/monitoring/PredictionDays.h"
#include "models/monitoring/PredictionSummary.h"
#include "models/profiles/Profile.h"
#include "models/snapshot/SnapshotExport.h"

#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

namespace {
// Means are summed in another order: 12 digits, as tst_monitoring_indexes compares them.
QString figure(const std::optional<double>& value, int digits)
{
    return value ? QString::number(*value, 'g', digits) : QStringLiteral("none");
}

QStringList summary(Database& db, const MonitoringFilter& filter)
{
    auto rows = PredictionSummary::load(db, filter);
    if (!rows)
        return {QStringLiteral("failed: ") + rows.failure().message()};
    QStringList out;
    for (const PredictionRow& r : *rows) {
        QStringList buckets;
        for (qint64 n : r.confidenceBuckets)
            buckets << QString::number(n);
        out << QStringList{r.scope,
                           r.modelName,
                           r.modelVersion,
                           QString::number(r.predictions),
                           QString::number(r.withConfidence),
                           figure(r.confidenceMean, 12),
                           buckets.join(QLatin1Char(',')),
                           QString::number(r.withGroundTruth),
                           QString::number(r.correct),
                           QString::number(r.withLatency),
                           figure(r.latencyMeanMs, 12),
                           figure(r.latencyMaxMs, 17),
                           r.firstAt.toString(Qt::ISODateWithMs),
                           r.lastAt.toString(Qt::ISODateWithMs)}
                   .join(QLatin1Char('|'));
    }
    return out;
}

MonitoringFilter period(const QDateTime& since, const QDateTime& until = {})
{
    MonitoringFilter filter;
    filter.since = since;
    filter.until = until;
    return filter;
}

bool usesRollup(Database& db, const MonitoringFilter& filter)
{
    const EntityMap* logs = db.profile().entity(QStringLiteral("prediction"));
    if (!logs)
        return false;
    auto select = PredictionDays::select(db, *logs, filter, nullptr);
    return select && !select->sql.isEmpty();
}

QStringList ownTables(Database& db)
{
    QStringList names;
    auto query = db.select(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE "
                                          "'steward_search_prediction%' ORDER BY name"),
                           QVariantList(), QStringLiteral("listing tables"));
    while (query && query->next())
        names << query->value(0).toString();
    return names;
}
} // namespace

class TestPredictionDays : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Periods around the demo's anchor: whole days, partial edges, one partial day, none.
    static QList<std::pair<MonitoringFilter, bool>> periods()
    {
        const QDateTime midnight(demoAnchor(), QTime(0, 0), Qt::UTC);
        return {
            {period(midnight.addDays(-6), midnight.addDays(-2)), true},
            {period(midnight.addDays(-6), midnight.addDays(-2).addMSecs(-1)), true},
            {period(midnight.addDays(-9).addSecs(5 * 3600 + 17), midnight.addDays(-3).addSecs(11 * 3600)), true},
            {period(midnight.addDays(-10).addSecs(3600)), true},
            {period(QDateTime(), midnight.addDays(-4).addSecs(7 * 3600)), true},
            {period(midnight.addDays(-5).addSecs(2 * 3600), midnight.addDays(-5).addSecs(20 * 3600)), false},
            {period(midnight.addYears(-5), midnight.addYears(-5).addDays(3)), true},
        };
    }

    void compareWithScan(const QString& path, const QString& system)
    {
        QList<MonitoringFilter> filters;
        QList<bool> rolled;
        for (const auto& [filter, rollup] : periods()) {
            filters << filter;
            rolled << rollup;
        }
        QStringList models;
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            auto rows = PredictionSummary::load(*db, filters.first());
            QVERIFY2(rows && !rows->isEmpty(), qPrintable(system));
            MonitoringFilter one = filters.first();
            one.model.name = rows->first().modelName;
            filters << one;
            rolled << true;
        }
        // The figures of today's paths: no rollup.
        QList<QStringList> expected;
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            for (const QString& table : ownTables(*db))
                QVERIFY(db->exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_aside").arg(table)));
            for (const MonitoringFilter& filter : std::as_const(filters)) {
                QVERIFY(!usesRollup(*db, filter));
                expected << summary(*db, filter);
                QVERIFY(expected.last().isEmpty() || !expected.last().first().startsWith(QLatin1String("failed")));
            }
            for (const QString& table : ownTables(*db))
                QVERIFY(db->exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(table, table.chopped(6))));
        }
        auto db = openSqlite(path);
        QVERIFY(db);
        for (qsizetype i = 0; i < filters.size(); ++i) {
            QCOMPARE(usesRollup(*db, filters.at(i)), rolled.at(i));
            QCOMPARE(summary(*db, filters.at(i)), expected.at(i));
        }
        // Some periods hold rows (the test would pass on nothing otherwise).
        QVERIFY(!expected.first().isEmpty());
        QVERIFY(!expected.at(2).isEmpty());
        QVERIFY(expected.at(6).isEmpty());
        QVERIFY(!expected.last().isEmpty());
    }

    // Appends a copy of `count` of the log's rows, moved `days` later.
    static bool append(Database& db, int count, int days)
    {
        const EntityMap* logs = db.profile().entity(QStringLiteral("prediction"));
        if (!logs)
            return false;
        auto info = db.select(QStringLiteral("PRAGMA table_info(%1)").arg(SqlDialect::quoteIdentifier(logs->table)),
                              QVariantList(), QStringLiteral("columns"));
        if (!info)
            return false;
        QStringList columns;
        QStringList values;
        while (info->next()) {
            const QString name = info->value(1).toString();
            const QString quoted = SqlDialect::quoteIdentifier(name);
            columns << quoted;
            if (name == QLatin1String("id"))
                values << QStringLiteral("'copy-%1-' || %2").arg(days).arg(quoted);
            else if (name == logs->column(QStringLiteral("at")))
                values << QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', julianday(%1) + %2)").arg(quoted).arg(days);
            else
                values << quoted;
        }
        return static_cast<bool>(db.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %1 ORDER BY rowid LIMIT %4")
                                             .arg(SqlDialect::quoteIdentifier(logs->table),
                                                  columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))
                                             .arg(count)));
    }

private slots:
    void sameFiguresWithAndWithoutRollup_data()
    {
        QTest::addColumn<QString>("system");
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq");
        QTest::newRow("within") << QStringLiteral("within");
        QTest::newRow("krongthai") << QStringLiteral("krongthai");
    }

    void sameFiguresWithAndWithoutRollup()
    {
        QFETCH(QString, system);
        const QString path = makeSystemDemo(m_dir, system, system + QStringLiteral(".sqlite"));
        QVERIFY(!path.isEmpty());
        QString plainDigests;
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            auto plain = SnapshotExport::write(*db, m_dir.filePath(system + QStringLiteral("-plain.snapshot")));
            QVERIFY2(plain, qPrintable(plain.failure().message()));
            for (const auto& table : plain->tables)
                plainDigests += table.name + QLatin1Char('=') + table.sha256 + QLatin1Char('\n');
            auto created = MonitoringIndexes::createAll(*db);
            QVERIFY2(created, qPrintable(created.failure().message()));
            QCOMPARE(ownTables(*db), QStringList({QStringLiteral("steward_search_prediction_days"),
                                                  QStringLiteral("steward_search_prediction_mark")}));
            // Snapshots and their digests leave the rollup out.
            auto indexed = SnapshotExport::write(*db, m_dir.filePath(system + QStringLiteral("-indexed.snapshot")));
            QVERIFY2(indexed, qPrintable(indexed.failure().message()));
            QString indexedDigests;
            for (const auto& table : indexed->tables)
                indexedDigests += table.name + QLatin1Char('=') + table.sha256 + QLatin1Char('\n');
            QCOMPARE(indexedDigests, plainDigests);
        }
        compareWithScan(path, system);
    }

    void catchesUpOnReadWriteOpeningsOnly()
    {
        const QString path = makeSystemDemo(m_dir, QStringLiteral("within"), QStringLiteral("appended.sqlite"));
        QVERIFY(!path.isEmpty());
        const MonitoringFilter filter = periods().first().first;
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            QVERIFY(PredictionDays::build(*db));
            QVERIFY(usesRollup(*db, filter));
            QVERIFY(append(*db, 300, 1));
            // Behind the log: today's paths.
            QVERIFY(!usesRollup(*db, filter));
        }
        // A read-only opening neither catches up nor writes a byte; its summary is the scan's.
        const QByteArray before = fileDigest(path);
        QStringList scanned;
        {
            auto db = openSqlite(path, QStringLiteral("admin"), true);
            QVERIFY(db);
            auto added = PredictionDays::catchUp(*db);
            QVERIFY(added);
            QCOMPARE(*added, qint64(0));
            QVERIFY(!usesRollup(*db, filter));
            scanned = summary(*db, filter);
            QVERIFY(!scanned.isEmpty());
        }
        QCOMPARE(fileDigest(path), before);
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            auto added = PredictionDays::catchUp(*db);
            QVERIFY2(added, qPrintable(added.failure().message()));
            QCOMPARE(*added, qint64(300));
            QVERIFY(usesRollup(*db, filter));
            QCOMPARE(summary(*db, filter), scanned);
            QVERIFY(append(*db, 200, 2));
            QCOMPARE(*PredictionDays::catchUp(*db), qint64(200));
        }
        compareWithScan(path, QStringLiteral("within"));
    }
};

QTEST_GUILESS_MAIN(TestPredictionDays)
#include "tst_prediction_days.moc"
