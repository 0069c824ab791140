// The SQL SqlDialect writes runs, and gives the same answers on SQLite and PostgreSQL. Every
// case runs on a SQLite file; with a test server (STEWARD_TEST_PG) it runs there as well.

#include "SnapshotTestSupport.h"
#include "TestSupport.h"
#include "models/db/AppSchema.h"
#include "models/db/Database.h"
#include "models/values/CellValue.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

namespace {
const QString kId = QStringLiteral("6f1c2a9e-4b7d-4c3a-9e21-0d5f8a7b6c41");
} // namespace

class SqlDialectTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    int m_files = 0;

    // A fresh database of the row's backend with one table of samples: ids, timestamps and
    // JSON as each backend stores them.
    std::unique_ptr<Database> openSamples()
    {
        QFETCH_GLOBAL(bool, postgres);
        std::unique_ptr<Database> db;
        if (postgres) {
            m_pg = std::make_unique<TemporaryPostgresDatabase>();
            if (!m_pg->isValid())
                return nullptr;
            auto opened = Database::open(m_pg->target());
            if (!opened)
                return nullptr;
            db = opened.take();
        } else {
            db = createSqlite(m_dir.filePath(QStringLiteral("dialect%1.sqlite").arg(++m_files)));
            if (!db)
                return nullptr;
        }
        const QString create =
            postgres
                ? QStringLiteral("CREATE TABLE samples (id uuid, started timestamptz, ended timestamptz, "
                                 "metrics jsonb, label text)")
                : QStringLiteral("CREATE TABLE samples (id TEXT, started TEXT, ended TEXT, metrics TEXT, label TEXT)");
        if (!db->exec(create))
            return nullptr;
        const QList<QVariantList> rows{
            {kId, QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("2026-03-02T13:30:00Z"),
             QStringLiteral("{\"wmape\": 0.12, \"name\": \"x\", \"n\": 3}"), QStringLiteral("B")},
            {QStringLiteral("0b7e6a4c-1d2f-4e3a-8b9c-5d6e7f8a9b0c"), QStringLiteral("2026-03-05T00:00:00Z"), QVariant(),
             QStringLiteral("{\"bias\": -1}"), QStringLiteral("a")},
            {QStringLiteral("1c8f7b5d-2e3a-4f4b-9cad-6e7f8a9b0c1d"), QStringLiteral("2026-03-06T00:00:00Z"), QVariant(),
             QStringLiteral("[1, 2]"), QStringLiteral("_")},
        };
        for (const QVariantList& row : rows) {
            auto inserted = db->select(
                postgres ? QStringLiteral("INSERT INTO samples VALUES (CAST(? AS uuid), CAST(? AS timestamptz), "
                                          "CAST(? AS timestamptz), CAST(? AS jsonb), ?)")
                         : QStringLiteral("INSERT INTO samples VALUES (?, ?, ?, ?, ?)"),
                row, QStringLiteral("adding a sample"));
            if (!inserted)
                return nullptr;
        }
        return db;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        if (!postgresUri().isEmpty())
            QTest::newRow("postgres") << true;
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void timeArithmeticAgrees()
    {
        auto db = openSamples();
        QVERIFY(db);
        const SqlDialect& d = db->dialect();
        const QString sql =
            QStringLiteral("SELECT %1, %2, %3, %4, CASE WHEN %5 < %6 THEN 1 ELSE 0 END FROM samples WHERE label = 'B'")
                .arg(d.hoursBetween(QStringLiteral("started"), QStringLiteral("ended")),
                     d.secondsBetween(QStringLiteral("started"), QStringLiteral("ended")),
                     d.utcDay(QStringLiteral("ended")),
                     d.plusDaysTimestamp(QStringLiteral("started"), QStringLiteral("2")),
                     d.instant(QStringLiteral("started")), d.boundInstant());
        const QDateTime noon(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
        auto q = db->select(sql, {SqlDialect::instantValue(noon)}, QStringLiteral("time arithmetic"));
        QVERIFY2(q, qPrintable(q.failure().message()));
        QVERIFY(q->next());
        // julianday() counts in fractions of a day: exact to well under a millisecond.
        QVERIFY2(qAbs(q->value(0).toDouble() - 27.5) < 1e-6, qPrintable(q->value(0).toString()));
        QCOMPARE(q->value(1).toLongLong(), 99000);
        QCOMPARE(q->value(2).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(parseTimestamp(q->value(3)), QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(q->value(4).toInt(), 1);

        // A missing end stays missing.
        auto open = db->select(QStringLiteral("SELECT %1 FROM samples WHERE label = 'a'")
                                   .arg(d.hoursBetween(QStringLiteral("started"), QStringLiteral("ended"))),
                               QStringLiteral("open interval"));
        QVERIFY2(open, qPrintable(open.failure().message()));
        QVERIFY(open->next());
        QVERIFY(open->value(0).isNull());

        // Deadlines: started + days compared with a bound instant.
        auto due =
            db->select(QStringLiteral("SELECT count(*) FROM samples WHERE %1 < %2")
                           .arg(d.plusDaysInstant(QStringLiteral("started"), QStringLiteral("1")), d.boundInstant()),
                       {SqlDialect::instantValue(QDateTime(QDate(2026, 3, 5), QTime(12, 0), QTimeZone::utc()))},
                       QStringLiteral("deadlines"));
        QVERIFY2(due, qPrintable(due.failure().message()));
        QVERIFY(due->next());
        QCOMPARE(due->value(0).toInt(), 1);
    }

    void uuidsReadAndMatchAsText()
    {
        auto db = openSamples();
        QVERIFY(db);
        const SqlDialect& d = db->dialect();
        auto q = db->select(QStringLiteral("SELECT %1 FROM samples WHERE id = %2")
                                .arg(d.asText(QStringLiteral("id")), d.uuidParameter()),
                            {kId}, QStringLiteral("uuid as text"));
        QVERIFY2(q, qPrintable(q.failure().message()));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), kId);

        QVERIFY(d.canNameUuid(kId));
        const QString notAnId = QStringLiteral("not-a-uuid");
        QCOMPARE(d.canNameUuid(notAnId), d.isSqlite());
        if (d.canNameUuid(notAnId)) {
            auto none = db->select(QStringLiteral("SELECT 1 FROM samples WHERE id = %1").arg(d.uuidParameter()),
                                   {notAnId}, QStringLiteral("no such id"));
            QVERIFY2(none, qPrintable(none.failure().message()));
            QVERIFY(!none->next());
        }
        auto nullKey =
            db->select(QStringLiteral("SELECT %1").arg(d.asText(QStringLiteral("NULL"))), QStringLiteral("null key"));
        QVERIFY2(nullKey, qPrintable(nullKey.failure().message()));
        QVERIFY(nullKey->next());
        QVERIFY(nullKey->value(0).isNull());
    }

    void jsonNumbersAgree()
    {
        auto db = openSamples();
        QVERIFY(db);
        const SqlDialect& d = db->dialect();
        auto keys = db->select(d.jsonNumberKeys(QStringLiteral("samples"), QStringLiteral("metrics")) +
                                   QStringLiteral(" ORDER BY 1"),
                               QStringLiteral("numeric keys"));
        QVERIFY2(keys, qPrintable(keys.failure().message()));
        QStringList found;
        while (keys->next())
            found << keys->value(0).toString();
        QCOMPARE(found, (QStringList{QStringLiteral("bias"), QStringLiteral("n"), QStringLiteral("wmape")}));

        auto value = db->select(QStringLiteral("SELECT %1, %2, %3 FROM samples WHERE label = 'B'")
                                    .arg(d.jsonNumber(QStringLiteral("metrics"), QStringLiteral("wmape")),
                                         d.jsonNumber(QStringLiteral("metrics"), QStringLiteral("name")),
                                         d.jsonAsText(QStringLiteral("metrics"))),
                                QStringLiteral("json number"));
        QVERIFY2(value, qPrintable(value.failure().message()));
        QVERIFY(value->next());
        QCOMPARE(value->value(0).toDouble(), 0.12);
        QVERIFY(value->value(1).isNull());
        QVERIFY(value->value(2).toString().contains(QLatin1String("wmape")));
    }

    // Each value once, in the database's order, without NULL: on PostgreSQL one probe of the
    // index per value (it has no skip scan), on SQLite a DISTINCT.
    void distinctValuesAgree()
    {
        auto db = openSamples();
        QVERIFY(db);
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO samples (label) VALUES ('a')")));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO samples (label) VALUES (NULL)")));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE INDEX samples_label ON samples (label)")));
        const auto values = [&db](const QString& sql) {
            QStringList found;
            auto read = db->select(sql, QStringLiteral("distinct labels"));
            while (read && read->next())
                found << read->value(0).toString();
            return read ? found : QStringList{QStringLiteral("failed: ") + read.failure().message()};
        };
        const QString sql = db->dialect().distinctIndexed(QStringLiteral("samples"), QStringLiteral("label"));
        QCOMPARE(sql.startsWith(QLatin1String("WITH RECURSIVE")), !db->isSqlite());
        const QStringList distinct = values(sql);
        QCOMPARE(distinct.size(), 3);
        QCOMPARE(distinct, values(QStringLiteral("SELECT DISTINCT label FROM samples WHERE label IS NOT NULL "
                                                 "ORDER BY label")));
    }

    void textOrderAndCharactersAgree()
    {
        auto db = openSamples();
        QVERIFY(db);
        const SqlDialect& d = db->dialect();
        auto ordered = db->select(QStringLiteral("SELECT label || %1 || 'z' FROM samples ORDER BY label%2")
                                      .arg(d.character(31), d.byteOrder()),
                                  QStringLiteral("byte order"));
        QVERIFY2(ordered, qPrintable(ordered.failure().message()));
        QStringList labels;
        while (ordered->next())
            labels << ordered->value(0).toString();
        const QString sep(QChar(31));
        QCOMPARE(labels, (QStringList{QStringLiteral("B") + sep + QStringLiteral("z"),
                                      QStringLiteral("_") + sep + QStringLiteral("z"),
                                      QStringLiteral("a") + sep + QStringLiteral("z")}));
        auto matched = db->select(QStringLiteral("SELECT count(*) FROM samples WHERE %1")
                                      .arg(d.containsMatch(QStringLiteral("label"), QStringLiteral("?"))),
                                  {SqlDialect::likePattern(QStringLiteral("_"))}, QStringLiteral("literal match"));
        QVERIFY2(matched, qPrintable(matched.failure().message()));
        QVERIFY(matched->next());
        QCOMPARE(matched->value(0).toInt(), 1);
    }

    void tablesAreFound()
    {
        auto db = openSamples();
        QVERIFY(db);
        const SqlDialect& d = db->dialect();
        auto samples = db->hasRow(d.tableExists(QStringLiteral("samples")), QStringLiteral("samples"));
        QVERIFY2(samples, qPrintable(samples.failure().message()));
        QVERIFY(*samples);
        auto absent = db->hasRow(d.tableExists(QStringLiteral("absent")), QStringLiteral("absent"));
        QVERIFY2(absent, qPrintable(absent.failure().message()));
        QVERIFY(!*absent);

        auto before = db->hasRow(d.appTableExists(QStringLiteral("schema_version")), QStringLiteral("before"));
        QVERIFY2(before, qPrintable(before.failure().message()));
        QVERIFY(!*before);
        auto initialised = AppSchema::init(*db);
        QVERIFY2(initialised, qPrintable(initialised.failure().message()));
        auto after = db->hasRow(d.appTableExists(QStringLiteral("schema_version")), QStringLiteral("after"));
        QVERIFY2(after, qPrintable(after.failure().message()));
        QVERIFY(*after);
        // Steward's own tables are not the pipeline's.
        auto plain = db->hasRow(d.tableExists(QStringLiteral("schema_version")), QStringLiteral("plain"));
        QVERIFY2(plain, qPrintable(plain.failure().message()));
        QVERIFY(!*plain);
    }

    void selectNamesItsFailure()
    {
        auto db = openSamples();
        QVERIFY(db);
        auto plain = db->select(QStringLiteral("SELECT * FROM absent"), QStringLiteral("reading absent"));
        QVERIFY(!plain);
        QVERIFY2(plain.failure().message().startsWith(QLatin1String("reading absent: ")),
                 qPrintable(plain.failure().message()));
        auto bound = db->select(QStringLiteral("SELECT * FROM absent WHERE label = ?"), {QStringLiteral("a")},
                                QStringLiteral("reading absent again"));
        // Preparing fails first, and names the statement it could not prepare.
        QVERIFY(!bound);
        QVERIFY2(bound.failure().message().contains(QLatin1String("absent")), qPrintable(bound.failure().message()));
    }

    void bulkWriteJournal()
    {
        auto db = openSamples();
        QVERIFY(db);
        STEWARD_VERIFY_OK(db->optimiseForBulkWrite());
        if (db->isSqlite()) {
            auto mode = db->select(QStringLiteral("PRAGMA journal_mode"), QStringLiteral("journal"));
            QVERIFY(mode && mode->next());
            QCOMPARE(mode->value(0).toString(), QStringLiteral("memory"));
        }
        STEWARD_VERIFY_OK(db->endBulkWrite());
        if (db->isSqlite()) {
            auto mode = db->select(QStringLiteral("PRAGMA journal_mode"), QStringLiteral("journal"));
            QVERIFY(mode && mode->next());
            QCOMPARE(mode->value(0).toString(), QStringLiteral("delete"));
        }
        STEWARD_VERIFY_OK(db->useUtcInTransaction());
        auto problems = db->integrityProblems(20);
        QVERIFY2(problems, qPrintable(problems.failure().message()));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void readOnlySqliteIsHardened()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres)
            QSKIP("query_only is SQLite's");
        const QString path = m_dir.filePath(QStringLiteral("hardened.sqlite"));
        {
            auto db = createSqlite(path);
            QVERIFY(db);
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        }
        auto db = openSqlite(path, QStringLiteral("admin"), true);
        QVERIFY(db);
        auto queryOnly = db->select(QStringLiteral("PRAGMA query_only"), QStringLiteral("query_only"));
        QVERIFY2(queryOnly, qPrintable(queryOnly.failure().message()));
        QVERIFY(queryOnly->next());
        QCOMPARE(queryOnly->value(0).toInt(), 1);
        const Outcome write = db->exec(QStringLiteral("INSERT INTO t VALUES (1)"));
        QCOMPARE(write.code(), OutcomeCode::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(SqlDialectTest)
#include "tst_sql_dialect.moc"
