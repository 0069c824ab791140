// When Steward first saw each suggestion: the catch-up at open records new rows once and never
// changes a recorded time, writes nothing on a read-only opening or a snapshot, the queue sorts
// and shows the age from it, and the demo writes ages in the order a catch-up would.
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/governance/Durations.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionArrivals.h"
#include "models/review/SuggestionQuery.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/review/SuggestionRepository.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotExport.h"
#include "models/values/CellValue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class SuggestionArrivalsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    // A suggestion the pipeline writes after the demo; `id` 0: the next id.
    static qint64 addSuggestion(Database& db, qint64 id = 0)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO llm_suggestions (id, suggestion_id, client_id, category, summary, "
                                 "status) VALUES (?, lower(hex(randomblob(16))), 'test_client', 'other', "
                                 "'arrived later', 'pending')"));
        q.addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec()) {
            STEWARD_HELPER_FAILED("insert failed: %s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.lastInsertId().toLongLong();
    }

    // Every recorded id with its time, as stored.
    static QMap<qint64, QString> arrivals(Database& db)
    {
        QMap<qint64, QString> rows;
        QSqlQuery q = db.query();
        if (!q.exec(QStringLiteral("SELECT id, first_seen_at FROM steward_suggestion_arrivals")))
            return STEWARD_HELPER_FAILED("read failed: %s", qPrintable(q.lastError().text()));
        while (q.next())
            rows.insert(q.value(0).toLongLong(), q.value(1).toString());
        return rows;
    }

    static qint64 scalar(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next()) {
            STEWARD_HELPER_FAILED("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, QStringLiteral("base.sqlite"));
    }

    void demoShowsAgesInArrivalOrder()
    {
        auto db = openSqlite(m_demo, QStringLiteral("admin"), true);
        // Every suggestion has a time, and nothing is left for a catch-up to record.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM llm_suggestions s LEFT JOIN "
                                            "steward_suggestion_arrivals a ON a.id = s.id WHERE a.id IS NULL")),
                 0);
        const QDateTime anchorMorning(demoAnchor(), QTime(9, 0), QTimeZone::utc());
        QSqlQuery q = db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT min(a.first_seen_at), max(a.first_seen_at) FROM "
                                      "steward_suggestion_arrivals a JOIN llm_suggestions s ON s.id = a.id "
                                      "WHERE s.status = 'pending'")));
        QVERIFY(q.next());
        const QDateTime oldest = parseTimestamp(q.value(0));
        const QDateTime newest = parseTimestamp(q.value(1));
        // Pending ones older and newer: some have waited weeks, some less than a week.
        QVERIFY2(oldest.daysTo(anchorMorning) >= 42, qPrintable(timestampText(oldest)));
        QVERIFY2(oldest.daysTo(anchorMorning) <= 57, qPrintable(timestampText(oldest)));
        QVERIFY2(newest.secsTo(anchorMorning) < 7 * 86400, qPrintable(timestampText(newest)));
        QVERIFY2(newest < anchorMorning, qPrintable(timestampText(newest)));
        // Seen before anyone decided anything on them.
        QVERIFY(q.exec(QStringLiteral("SELECT min(recorded_at) FROM steward_audit_log WHERE target_kind = "
                                      "'suggestion'")));
        QVERIFY(q.next());
        QVERIFY(parseTimestamp(q.value(0)) > newest);
        // They arrived in id order, as a catch-up records them: the queue's arrival order (oldest
        // first) and its ages agree, and no two share a second at this scale.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT first_seen_at, lag(first_seen_at) "
                                            "OVER (ORDER BY id) AS before FROM steward_suggestion_arrivals) "
                                            "WHERE first_seen_at <= before")),
                 0);
    }

    void catchUpRecordsNewRowsOnceAndNeverChangesATime()
    {
        const QString path = copyDatabase(m_demo, m_dir, QStringLiteral("catchup.sqlite"));
        TestClock clock;
        QMap<qint64, QString> before;
        qint64 first = 0, second = 0;
        {
            auto db = openSqlite(path);
            before = arrivals(*db);
            first = addSuggestion(*db);
            second = addSuggestion(*db);
        }
        // Looking never changes anything: a read-only opening records nothing, byte for byte.
        const QByteArray digest = fileDigest(path);
        {
            auto readOnly = openSqlite(path, QStringLiteral("admin"), true);
            auto none = SuggestionArrivals::catchUp(*readOnly);
            QVERIFY2(none, qPrintable(none.failure().message()));
            QCOMPARE(*none, 0);
        }
        QCOMPARE(fileDigest(path), digest);
        QVERIFY(sideFiles(path).isEmpty());

        auto db = openSqlite(path);
        auto recorded = SuggestionArrivals::catchUp(*db);
        QVERIFY2(recorded, qPrintable(recorded.failure().message()));
        QCOMPARE(*recorded, 2);
        QCOMPARE(*SuggestionArrivals::catchUp(*db), 0);
        QMap<qint64, QString> after = arrivals(*db);
        QCOMPARE(after.size(), before.size() + 2);
        QCOMPARE(parseTimestamp(after.value(first)), afterDemo());
        QCOMPARE(parseTimestamp(after.value(second)), afterDemo());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(after.value(it.key()), it.value());

        // Later: only the new one gets the new time; the pipeline committed one id out of order,
        // which the look-back records too.
        clock.advanceDays(3);
        const qint64 third = addSuggestion(*db, second + 10);
        QCOMPARE(*SuggestionArrivals::catchUp(*db), 1);
        const qint64 late = addSuggestion(*db, second + 5);
        const qint64 fourth = addSuggestion(*db, second + 20);
        clock.advanceDays(1);
        QCOMPARE(*SuggestionArrivals::catchUp(*db), 2);
        after = arrivals(*db);
        QCOMPARE(parseTimestamp(after.value(first)), afterDemo());
        QCOMPARE(parseTimestamp(after.value(third)), afterDemo().addDays(3));
        QCOMPARE(parseTimestamp(after.value(late)), afterDemo().addDays(4));
        QCOMPARE(parseTimestamp(after.value(fourth)), afterDemo().addDays(4));
    }

    void snapshotCarriesTheTimesAndRecordsNothing()
    {
        const QString path = copyDatabase(m_demo, m_dir, QStringLiteral("source.sqlite"));
        auto db = openSqlite(path);
        const QString out = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        auto written = SnapshotExport::write(*db, out);
        QVERIFY2(written, qPrintable(written.failure().message()));
        // A record, not derived data: listed in the manifest and covered by its digests.
        bool listed = false;
        for (const SnapshotTableEntry& table : written->tables)
            listed = listed || table.name == QLatin1String("steward_suggestion_arrivals");
        QVERIFY(listed);
        const QByteArray digest = fileDigest(out);
        {
            auto snapshot = openSqlite(out, QStringLiteral("auditor"), true);
            QCOMPARE(arrivals(*snapshot), arrivals(*db));
            QCOMPARE(*SuggestionArrivals::catchUp(*snapshot), 0);
            auto check = SnapshotCheck::run(*snapshot);
            QVERIFY2(check, qPrintable(check.failure().message()));
            QVERIFY(check->ok());
        }
        QCOMPARE(fileDigest(out), digest);
    }

    void queueSortsByAgeAndShowsIt()
    {
        const QString path = copyDatabase(m_demo, m_dir, QStringLiteral("sort.sqlite"));
        const TestClock clock;
        auto db = openSqlite(path);
        const qint64 unseen = addSuggestion(*db); // not caught up: no age
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(SuggestionQuery::hasArrivals(db->dialect(), *catalog));
        for (const bool descending : {false, true}) {
            SuggestionQueueModel model;
            model.setSource(db.get(), &*catalog);
            STEWARD_VERIFY_OK(model.setOrder({QStringLiteral("first_seen_at"), descending}));
            QDateTime previous;
            const int rows = model.rowCount();
            QCOMPARE(rows, static_cast<int>(scalar(*db, QStringLiteral("SELECT count(*) FROM llm_suggestions"))));
            for (int row = 0; row < rows - 1; ++row) {
                const QDateTime seen = parseTimestamp(model.cell(row, SuggestionQueueModel::FirstSeenColumn).value);
                QVERIFY2(seen.isValid(), qPrintable(QString::number(row)));
                if (previous.isValid())
                    QVERIFY2(descending ? seen <= previous : seen >= previous, qPrintable(QString::number(row)));
                previous = seen;
            }
            // The one Steward has not seen comes last either way, blank, and its tooltip says why.
            QCOMPARE(
                model.cell(rows - 1, SuggestionQueueModel::IdColumn).text(),
                scalarText(*db, QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE id = %1").arg(unseen)));
            const QModelIndex blank = model.index(rows - 1, SuggestionQueueModel::FirstSeenColumn);
            QCOMPARE(shownValue(blank).toString(), QString());
            QVERIFY(shownValue(blank, Qt::ToolTipRole).toString().contains(QStringLiteral("read-write")));
            // The oldest first: its age is the span from its first sighting to the clock.
            const QModelIndex top = model.index(0, SuggestionQueueModel::FirstSeenColumn);
            const QDateTime seen = parseTimestamp(model.cell(0, SuggestionQueueModel::FirstSeenColumn).value);
            QCOMPARE(shownValue(top).toString(), Durations::span(seen.secsTo(afterDemo())));
            const QString tip = shownValue(top, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QStringLiteral("First seen by Steward on ")), qPrintable(tip));
            QVERIFY2(tip.contains(timestampText(seen).left(10)), qPrintable(tip));
        }
        // Small pages (far ones read by key) give the same order as one big page.
        for (const bool descending : {false, true}) {
            auto query = SuggestionQuery::build(*db, *catalog, {}, {QStringLiteral("first_seen_at"), descending});
            QVERIFY(query);
            QStringList byPage[2];
            for (const int size : {10, 1000}) {
                PagedTableModel model;
                model.setDatabase(db.get());
                model.setPageSize(size);
                STEWARD_VERIFY_OK(model.setQuery(*query));
                for (int row = 0; row < model.rowCount(); ++row)
                    byPage[size == 10 ? 0 : 1] << model.cell(row, 0).text();
            }
            QCOMPARE(byPage[0], byPage[1]);
            QCOMPARE(byPage[0].size(),
                     static_cast<int>(scalar(*db, QStringLiteral("SELECT count(*) FROM llm_suggestions"))));
        }
        // The detail says the same.
        auto detail = SuggestionRepository::find(
            *db, *catalog, scalarText(*db, QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE id = 1")),
            true);
        QVERIFY2(detail, qPrintable(detail.failure().message()));
        QVERIFY(detail->arrivalsRecorded);
        QCOMPARE(detail->firstSeenAt, parseTimestamp(arrivals(*db).value(1)));
        QCOMPARE(detail->asOf, afterDemo());
    }

private:
    static QString scalarText(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            return STEWARD_HELPER_FAILED("%s failed", qPrintable(sql));
        return q.value(0).toString();
    }
};

QTEST_GUILESS_MAIN(SuggestionArrivalsTest)
#include "tst_suggestion_arrivals.moc"
