// When Steward first saw each suggestion, on a real PostgreSQL server where the roles are
// enforced: the table is written by steward.record_arrivals alone, so that any Steward login that
// opens the database read-write records new suggestions with the server's time while none may
// write the table itself; recorded times never change, a login limited to some clients and a
// read-only opening record nothing, an opening never waits behind another session's lock, and the
// queue sorts by the age.
#include "PgPeople.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionArrivals.h"
#include "models/review/SuggestionQuery.h"
#include "models/review/SuggestionQueueModel.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class PgArrivalsTest : public QObject
{
    Q_OBJECT

    static qint64 scalar(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next()) {
            STEWARD_HELPER_FAILED("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    static QString text(Database& db, const QString& sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            return STEWARD_HELPER_FAILED("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }

    static bool addSuggestion(Database& db)
    {
        QSqlQuery q = db.query();
        if (q.exec(QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                                  "VALUES (gen_random_uuid(), 'saigon_mart', 'other', 'added later', 'pending')")))
            return true;
        return STEWARD_HELPER_FAILED("insert: %s", qPrintable(q.lastError().text()));
    }

private slots:
    void anyRoleRecordsThroughTheServerAlone()
    {
        STEWARD_REQUIRE_POSTGRES();
        PgPeople people;
        QVERIFY2(people.prepare(
                     {{QStringLiteral("arr_viewer"), Role::Viewer}, {QStringLiteral("arr_scoped"), Role::Analyst}},
                     {{QStringLiteral("arr_scoped"), {QStringLiteral("saigon_mart")}}}),
                 qPrintable(people.error()));
        Database& admin = people.admin();
        // The demo recorded every suggestion.
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM llm_suggestions s LEFT JOIN "
                                              "steward.suggestion_arrivals a ON a.id = s.id WHERE a.id IS NULL")),
                 0);
        const QString old =
            QStringLiteral("SELECT md5(string_agg(id || '@' || first_seen_at::text, ',' ORDER BY id)) FROM "
                           "steward.suggestion_arrivals "
                           "WHERE id <= (SELECT max(id) FROM llm_suggestions WHERE summary <> 'added later')");
        const QString before = text(admin, old);
        QVERIFY(addSuggestion(admin));
        QVERIFY(addSuggestion(admin));

        // A login limited to some clients might see only theirs: it records nothing.
        auto scoped = people.as(QStringLiteral("arr_scoped"));
        QVERIFY(scoped);
        auto none = SuggestionArrivals::catchUp(*scoped);
        QVERIFY2(none, qPrintable(none.failure().message()));
        QCOMPARE(*none, 0);

        auto viewer = people.as(QStringLiteral("arr_viewer"));
        QVERIFY(viewer);
        // Nobody writes the table but the function.
        QSqlQuery direct = viewer->query();
        QVERIFY(!direct.exec(QStringLiteral("INSERT INTO steward.suggestion_arrivals VALUES (999999, now())")));
        QVERIFY2(direct.lastError().nativeErrorCode() == QLatin1String("42501"), qPrintable(direct.lastError().text()));
        QVERIFY(!viewer->query().exec(QStringLiteral("UPDATE steward.suggestion_arrivals SET first_seen_at = now()")));

        // A read-only opening records nothing.
        ConnectionTarget readOnlyTarget = people.server().target(QStringLiteral("arr_viewer"));
        readOnlyTarget.readOnly = true;
        auto readOnly = Database::open(readOnlyTarget);
        QVERIFY(readOnly);
        QCOMPARE(*SuggestionArrivals::catchUp(**readOnly), 0);

        // An opening never waits behind someone else's lock on the suggestions: it records nothing
        // and leaves them to a later opening.
        {
            auto locker = Database::open(people.server().target());
            QVERIFY(locker);
            STEWARD_VERIFY_OK((*locker)->exec(QStringLiteral("BEGIN")));
            STEWARD_VERIFY_OK((*locker)->exec(QStringLiteral("LOCK TABLE llm_suggestions IN ACCESS EXCLUSIVE MODE")));
            QElapsedTimer waited;
            waited.start();
            QVERIFY(!SuggestionArrivals::catchUp(*viewer));
            QVERIFY2(waited.elapsed() < 10000, qPrintable(QString::number(waited.elapsed())));
            STEWARD_VERIFY_OK((*locker)->exec(QStringLiteral("ROLLBACK")));
        }
        auto recorded = SuggestionArrivals::catchUp(*viewer);
        QVERIFY2(recorded, qPrintable(recorded.failure().message()));
        QCOMPARE(*recorded, 2);
        QCOMPARE(*SuggestionArrivals::catchUp(*viewer), 0);
        // With the server's time, and the older ones as they were.
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM steward.suggestion_arrivals a JOIN llm_suggestions "
                                              "s ON s.id = a.id WHERE s.summary = 'added later' AND "
                                              "a.first_seen_at BETWEEN now() - interval '10 minutes' AND now()")),
                 2);
        QCOMPARE(text(admin, old), before);

        // The queue sorts by it on the server too, oldest first, the unseen last.
        QVERIFY(addSuggestion(admin));
        auto catalog = SchemaCatalog::load(*viewer);
        QVERIFY(catalog);
        QVERIFY(SuggestionQuery::hasArrivals(viewer->dialect(), *catalog));
        auto query = SuggestionQuery::build(*viewer, *catalog, {}, {QStringLiteral("first_seen_at"), false});
        QVERIFY2(query, qPrintable(query.failure().message()));
        PagedTableModel model;
        model.setDatabase(viewer.get());
        STEWARD_VERIFY_OK(model.setQuery(*query));
        const int column = query->columnIndex(QStringLiteral("first_seen_at"));
        const int rows = model.rowCount();
        QCOMPARE(rows, static_cast<int>(scalar(admin, QStringLiteral("SELECT count(*) FROM llm_suggestions"))));
        QVERIFY(model.cell(rows - 1, column).isNull());
        QVERIFY(!model.cell(rows - 2, column).isNull());
        QVERIFY(model.cell(0, column).value.toDateTime() <= model.cell(rows - 2, column).value.toDateTime());
    }
};

QTEST_GUILESS_MAIN(PgArrivalsTest)
#include "tst_pg_arrivals.moc"
