// The search index: literal matching with and without it gives the same rows, rows the pipeline
// adds later are found before and after the catch-up, a snapshot carries the index, and a long
// count arrives after the first rows.
#include "TestSupport.h"
#include "models/db/ForeignTriggers.h"
#include "models/db/SchemaCatalog.h"
#include "models/db/SearchIndex.h"
#include "models/governance/ViolationQuery.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/review/SuggestionQuery.h"
#include "models/review/SuggestionSortIndex.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotExport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class SearchIndexTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    const QStringList m_needles{QStringLiteral("100%"),    QStringLiteral("%"),      QStringLiteral("_"),
                                QStringLiteral("a_b"),     QStringLiteral("it's"),   QStringLiteral("\"hi\""),
                                QStringLiteral("\\sl"),    QStringLiteral("%_%"),    QStringLiteral("holiday"),
                                QStringLiteral("HOLIDAY"), QStringLiteral("tier-1"), QStringLiteral("no such text")};

    static void addSuggestion(Database& db, const QString& summary, const QVariant& reasoning)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, "
                                 "reasoning, status) VALUES (lower(hex(randomblob(16))), 'test_client', 'other', ?, ?, "
                                 "'pending')"));
        q.addBindValue(summary);
        q.addBindValue(reasoning);
        if (!q.exec())
            STEWARD_HELPER_FAILED("insert failed: %s", qPrintable(q.lastError().text()));
    }

    // The ids the queue shows for `needle`, in order.
    static QStringList search(Database& db, const QString& needle)
    {
        auto catalog = SchemaCatalog::load(db);
        if (!catalog)
            return STEWARD_HELPER_FAILED("catalog");
        SuggestionFilter filter;
        filter.search = needle;
        auto query = SuggestionQuery::build(db, *catalog, filter);
        if (!query)
            return STEWARD_HELPER_FAILED("query: %s", qPrintable(query.failure().message()));
        PagedTableModel model;
        model.setDatabase(&db);
        if (!model.setQuery(*query))
            return STEWARD_HELPER_FAILED("setQuery: %s", qPrintable(model.lastError().message()));
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.cell(row, 0).text();
        return ids;
    }

    // What a literal, ASCII-case-insensitive substring search must find, computed outside SQL.
    static QSet<QString> expected(Database& db, const QString& needle)
    {
        QSet<QString> ids;
        QSqlQuery q = db.query();
        q.exec(QStringLiteral("SELECT suggestion_id, summary, reasoning FROM llm_suggestions"));
        while (q.next()) {
            if (q.value(1).toString().contains(needle, Qt::CaseInsensitive) ||
                q.value(2).toString().contains(needle, Qt::CaseInsensitive))
                ids << q.value(0).toString();
        }
        return ids;
    }

    QString hostileDemo(const QString& name)
    {
        const QString path = copyDatabase(m_demo, m_dir, name);
        auto db = openSqlite(path);
        addSuggestion(*db, QStringLiteral("100% sure"), QStringLiteral("a_b c"));
        addSuggestion(*db, QStringLiteral("1000 sure"), QStringLiteral("aXb c"));
        addSuggestion(*db, QStringLiteral("it's \"hi\" back\\slash"), QVariant());
        addSuggestion(*db, QStringLiteral("its hi backslash"), QStringLiteral("Holiday"));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = makeDemo(m_dir, QStringLiteral("base.sqlite"));
    }

    void literalAndIdenticalWithAndWithoutIndex()
    {
        const QString path = hostileDemo(QStringLiteral("literal.sqlite"));
        auto db = openSqlite(path);
        QHash<QString, QStringList> before;
        for (const QString& needle : m_needles) {
            before.insert(needle, search(*db, needle));
            QCOMPARE(QSet<QString>(before[needle].cbegin(), before[needle].cend()), expected(*db, needle));
        }
        QCOMPARE(before[QStringLiteral("100%")].size(), 1);
        QCOMPARE(before[QStringLiteral("a_b")].size(), 1);
        QCOMPARE(before[QStringLiteral("it's")].size(), 1);

        auto created = SearchIndex::create(*db);
        QVERIFY2(created, qPrintable(created.failure().message()));
        QVERIFY(*SearchIndex::isPresent(*db, QStringLiteral("llm_suggestions")));
        QVERIFY(*SearchIndex::isPresent(*db, QStringLiteral("governance_violations")));
        // The index adds no trigger to the file: nothing for the foreign-trigger warning to name.
        QVERIFY(ForeignTriggers::list(*db)->isEmpty());
        // The index is what the query reads now.
        auto catalog = SchemaCatalog::load(*db);
        SuggestionFilter filter;
        filter.search = QStringLiteral("holiday");
        QVERIFY(SuggestionQuery::build(*db, *catalog, filter)->where.contains(QStringLiteral("MATCH")));
        for (const QString& needle : m_needles)
            QVERIFY2(search(*db, needle) == before[needle], qPrintable(needle));
    }

    void rowsAddedLaterAreFoundAndCaughtUp()
    {
        const QString path = hostileDemo(QStringLiteral("catchup.sqlite"));
        auto db = openSqlite(path);
        QVERIFY(SearchIndex::create(*db));
        addSuggestion(*db, QStringLiteral("zebra crossing 5%"), QVariant());
        addSuggestion(*db, QStringLiteral("plain"), QStringLiteral("a zebra crossing 5% later"));
        // Not indexed yet: found by the scan past the indexed rows.
        QCOMPARE(search(*db, QStringLiteral("crossing 5%")).size(), 2);
        {
            auto readOnly = openSqlite(path, QStringLiteral("admin"), true);
            QCOMPARE(*SearchIndex::catchUp(*readOnly), 0);
            QCOMPARE(search(*readOnly, QStringLiteral("crossing 5%")).size(), 2);
        }
        QCOMPARE(*SearchIndex::catchUp(*db), 2);
        QCOMPARE(*SearchIndex::catchUp(*db), 0);
        QCOMPARE(search(*db, QStringLiteral("crossing 5%")).size(), 2);
        // Caught up: the index alone finds them.
        QSqlQuery q = db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM steward_search_suggestions WHERE "
                                      "steward_search_suggestions MATCH '\"crossing 5%\"'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Violations too.
        ViolationQueryContext context;
        context.searchIndex = true;
        ViolationFilter violations;
        violations.search = QStringLiteral("zzz no such");
        auto none = ViolationQuery::fetch(*db, ViolationQuery::queue(db->dialect(), violations, context));
        QVERIFY2(none, qPrintable(none.failure().message()));
        QVERIFY(none->isEmpty());
    }

    void snapshotCarriesTheIndex()
    {
        const QString path = hostileDemo(QStringLiteral("source.sqlite"));
        auto db = openSqlite(path);
        QVERIFY(SearchIndex::create(*db));
        const QString out = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        auto written = SnapshotExport::write(*db, out);
        QVERIFY2(written, qPrintable(written.failure().message()));
        for (const SnapshotTableEntry& table : written->tables)
            QVERIFY2(!SearchIndex::isIndexTable(table.name), qPrintable(table.name));
        auto snapshot = openSqlite(out, QStringLiteral("auditor"), true);
        QVERIFY(*SearchIndex::isPresent(*snapshot, QStringLiteral("llm_suggestions")));
        QCOMPARE(search(*snapshot, QStringLiteral("100%")), search(*db, QStringLiteral("100%")));
        QCOMPARE(search(*snapshot, QStringLiteral("holiday")), search(*db, QStringLiteral("holiday")));
        auto check = SnapshotCheck::run(*snapshot);
        QVERIFY2(check, qPrintable(check.failure().message()));
        QVERIFY(check->ok());
        // Without an index at the source, the snapshot has none either.
        const QString plainOut = m_dir.filePath(QStringLiteral("plain-snapshot.sqlite"));
        auto base = openSqlite(copyDatabase(m_demo, m_dir, QStringLiteral("plain.sqlite")));
        QVERIFY(SnapshotExport::write(*base, plainOut));
        QVERIFY(!*SearchIndex::isPresent(*openSqlite(plainOut, QStringLiteral("auditor"), true),
                                         QStringLiteral("llm_suggestions")));
    }

    void sortByDeltaAlongTheIndex()
    {
        const QString path = hostileDemo(QStringLiteral("sort.sqlite"));
        auto db = openSqlite(path);
        auto catalog = SchemaCatalog::load(*db);
        const auto ids = [&](const SuggestionOrder& order, QString* from) -> QStringList {
            auto query = SuggestionQuery::build(*db, *catalog, {}, order);
            PagedTableModel model;
            model.setDatabase(db.get());
            model.setPageSize(10); // pages read by offset, and far pages by key
            if (!query || !model.setQuery(*query))
                return STEWARD_HELPER_FAILED("sorted query failed");
            *from = query->from;
            QStringList shown;
            for (int row = 0; row < model.rowCount(); ++row)
                shown << model.cell(row, 0).text();
            return shown;
        };
        QList<SuggestionOrder> orders;
        for (const QString& column : SuggestionQuery::deltaColumns())
            orders << SuggestionOrder{column, false} << SuggestionOrder{column, true};
        QList<QStringList> before;
        QString from;
        for (const SuggestionOrder& order : orders) {
            before << ids(order, &from);
            QVERIFY(!from.contains(QStringLiteral("JOIN")));
        }
        QVERIFY(SearchIndex::create(*db));
        QVERIFY(SuggestionSortIndex::isComplete(*db));
        for (int i = 0; i < orders.size(); ++i) {
            QVERIFY2(ids(orders.at(i), &from) == before.at(i), qPrintable(orders.at(i).column));
            QVERIFY(from.contains(QStringLiteral("JOIN")));
        }
        // A row the index does not hold yet: the sort computes every row again until the catch-up.
        addSuggestion(*db, QStringLiteral("late"), QVariant());
        QVERIFY(!SuggestionSortIndex::isComplete(*db));
        const QStringList late = ids(orders.first(), &from);
        QVERIFY(!from.contains(QStringLiteral("JOIN")));
        QVERIFY(SearchIndex::catchUp(*db));
        QVERIFY(SuggestionSortIndex::isComplete(*db));
        QCOMPARE(ids(orders.first(), &from), late);
        QVERIFY(from.contains(QStringLiteral("JOIN")));
    }

    void longCountArrivesAfterTheFirstRows()
    {
        const QString path = copyDatabase(m_demo, m_dir, QStringLiteral("many.sqlite"));
        auto db = openSqlite(path);
        QVERIFY(
            db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
                                    "INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, status) "
                                    "SELECT 'bulk-' || i, 'bulk', 'other', 'bulk row ' || i, 'pending' FROM n")));
        const int all = static_cast<int>(expected(*db, QString()).size());
        auto catalog = SchemaCatalog::load(*db);
        auto query = SuggestionQuery::build(*db, *catalog, {});
        PagedTableModel deferred;
        deferred.setDatabase(db.get());
        deferred.setDeferLongCounts(true);
        QSignalSpy known(&deferred, &PagedTableModel::countKnown);
        STEWARD_VERIFY_OK(deferred.setQuery(*query));
        QVERIFY(deferred.isCountPending());
        QCOMPARE(deferred.rowCount(), PagedTableModel::kCountProbe + 1);
        QCOMPARE(deferred.countText(deferred.rowCount(), false), QLocale().toString(1000) + QStringLiteral("+"));
        QVERIFY(!deferred.cell(0, 0).text().isEmpty());
        QVERIFY(known.wait(5000));
        QVERIFY(!deferred.isCountPending());
        QCOMPARE(deferred.rowCount(), all);
        // Without deferring, the count is there at once, and both show the same rows.
        PagedTableModel direct;
        direct.setDatabase(db.get());
        STEWARD_VERIFY_OK(direct.setQuery(*query));
        QVERIFY(!direct.isCountPending());
        QCOMPARE(direct.rowCount(), all);
        for (const int row : {0, 999, 1000, 1001, all - 1})
            QCOMPARE(deferred.cell(row, 0).text(), direct.cell(row, 0).text());
        // A narrow filter is counted by its keys alone.
        SuggestionFilter narrow;
        narrow.client = QStringLiteral("test_client_none");
        STEWARD_VERIFY_OK(deferred.setQuery(*SuggestionQuery::build(*db, *catalog, narrow)));
        QVERIFY(!deferred.isCountPending());
        QCOMPARE(deferred.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "tst_search_index.moc"
