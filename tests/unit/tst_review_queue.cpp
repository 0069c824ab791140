// The review queue's data: pending first, every filter bound, sorting only from the allow-list,
// literal search with hostile strings, unknown values from a newer pipeline, and the detail
// of one suggestion. All on real SQLite files, every model under QAbstractItemModelTester.
#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/review/AuditTrailModel.h"
#include "models/review/RollbackRequestModel.h"
#include "models/review/SuggestionQuery.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/review/SuggestionRepository.h"
#include "models/workflow/SuggestionDecisions.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class ReviewQueueTest : public QObject
{
    Q_OBJECT

    static qint64 count(Database& db, const QString& where, const QVariantList& binds = {})
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT count(*) FROM llm_suggestions WHERE ") + where);
        for (const QVariant& bind : binds)
            q.addBindValue(bind);
        if (!q.exec() || !q.next())
            return STEWARD_HELPER_FAILED("count failed");
        return q.value(0).toLongLong();
    }

    static QStringList column(SuggestionQueueModel& model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.cell(row, column).text();
        return values;
    }

    static void addSuggestion(Database& db, const QString& id, const QString& summary, const QString& reasoning = {},
                              const QString& status = QStringLiteral("pending"))
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "INSERT INTO llm_suggestions (suggestion_id, client_id, category, summary, reasoning, status) "
            "VALUES (?, 'test_client', 'other', ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(summary);
        q.addBindValue(reasoning);
        q.addBindValue(status);
        if (!q.exec()) {
            STEWARD_HELPER_FAILED("insert failed");
            return;
        }
    }

private slots:
    void pendingFirstThenTheRest()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        SuggestionQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(7);
        model.setMaxCachedPages(3);
        model.setSource(db.get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter({}));
        const qint64 pending = count(*db, QStringLiteral("status = 'pending'"));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.rowsInSegment(0), pending);
        QCOMPARE(model.rowsInSegment(1), 250 - pending);

        const QStringList statuses = column(model, SuggestionQueueModel::StatusColumn);
        const QStringList ids = column(model, SuggestionQueueModel::IdColumn);
        QVERIFY(model.cachedPageCount() <= 3);
        for (int row = 0; row < pending; ++row)
            QCOMPARE(statuses.at(row), QStringLiteral("pending"));
        for (int row = static_cast<int>(pending); row < statuses.size(); ++row) {
            QVERIFY(statuses.at(row) != QStringLiteral("pending"));
            if (row > pending)
                QVERIFY(statuses.at(row - 1) <= statuses.at(row)); // the rest by status
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 250); // every suggestion once
    }

    void filtersNarrowTheQueue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("where");
        QTest::newRow("status") << "status"
                                << "applied"
                                << "status = ?";
        QTest::newRow("unknown status") << "status"
                                        << "superseded"
                                        << "status = ?";
        QTest::newRow("client") << "client"
                                << "hanoi_fresh"
                                << "client_id = ?";
        QTest::newRow("category") << "category"
                                  << "feature"
                                  << "category = ?";
        QTest::newRow("unknown category") << "category"
                                          << "ensemble_weighting"
                                          << "category = ?";
        QTest::newRow("search") << "search"
                                << "TET_holiday"
                                << "(summary LIKE '%tet_holiday%' OR reasoning LIKE '%tet_holiday%')";
        QTest::newRow("nothing") << "client"
                                 << "no such client"
                                 << "client_id = ?";
    }

    void filtersNarrowTheQueue()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, where);
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        SuggestionFilter filter;
        (field == QLatin1String("status")     ? filter.status
         : field == QLatin1String("client")   ? filter.client
         : field == QLatin1String("category") ? filter.category
                                              : filter.search) = value;
        SuggestionQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(db.get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter(filter));
        const qint64 expected = where.contains(QLatin1Char('?')) ? count(*db, where, {value}) : count(*db, where);
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(field == QLatin1String("search") || field == QLatin1String("client") || expected > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (field == QLatin1String("status"))
                QCOMPARE(model.status(row), value);
        }
    }

    void cycleFilterAndItsState()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        QSqlQuery q = db->query();
        QVERIFY(q.exec(
            QStringLiteral("SELECT s.cycle_id, c.state, count(*) FROM llm_suggestions s JOIN improvement_cycles c "
                           "ON c.cycle_id = s.cycle_id GROUP BY s.cycle_id, c.state ORDER BY count(*) DESC LIMIT 1")));
        QVERIFY(q.next());
        const QString cycle = q.value(0).toString();
        SuggestionQueueModel model;
        model.setSource(db.get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter({{}, {}, {}, cycle, {}}));
        QCOMPARE(model.rowCount(), q.value(2).toInt());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.cell(row, SuggestionQueueModel::CycleIdColumn).text(), cycle);
            QCOMPARE(model.cell(row, SuggestionQueueModel::CycleStateColumn).text(), q.value(1).toString());
        }
    }

    void sortsByEachAllowedColumn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("descending");
        for (const QString& name : SuggestionQuery::sortableColumns()) {
            QTest::newRow(qPrintable(name + QStringLiteral(" asc"))) << name << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" desc"))) << name << true;
        }
    }

    void sortsByEachAllowedColumn()
    {
        QFETCH(QString, name);
        QFETCH(bool, descending);
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        SuggestionQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(40);
        model.setSource(db.get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter({}));
        const int sortColumn = model.query().columnIndex(name);
        model.sort(sortColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(model.order().column, name);
        QCOMPARE(model.rowCount(), 250);
        QSet<QString> seen;
        bool sawNull = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            seen << model.suggestionId(row);
            const CellValue value = model.cell(row, sortColumn);
            if (value.isNull()) {
                sawNull = true; // missing values come last, whichever the direction
                continue;
            }
            QVERIFY2(!sawNull, qPrintable(QStringLiteral("a value after a NULL at row %1").arg(row)));
            if (row == 0 || model.cell(row - 1, sortColumn).isNull())
                continue;
            const CellValue previous = model.cell(row - 1, sortColumn);
            const bool numeric = value.type == LogicalType::Numeric;
            const int order = numeric ? (previous.value.toDouble() < value.value.toDouble()   ? -1
                                         : previous.value.toDouble() > value.value.toDouble() ? 1
                                                                                              : 0)
                                      : QString::compare(previous.text(), value.text());
            QVERIFY2(descending ? order >= 0 : order <= 0,
                     qPrintable(QStringLiteral("%1 out of order at row %2").arg(name).arg(row)));
        }
        QCOMPARE(seen.size(), 250);
        // Back to the queue order.
        model.sort(-1);
        QVERIFY(model.order().column.isEmpty());
        QCOMPARE(model.query().segments.size(), 2);
    }

    void narrowKeysFirstReadsTheSameRows()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        auto query = SuggestionQuery::build(db->dialect(), *catalog, {}, {QStringLiteral("wmape_delta"), true});
        QVERIFY(query && query->keysFirst);
        PagedQuery wide = *query;
        wide.keysFirst = false;
        PagedTableModel narrow, plain;
        narrow.setDatabase(db.get());
        plain.setDatabase(db.get());
        narrow.setPageSize(33);
        plain.setPageSize(33);
        STEWARD_VERIFY_OK(narrow.setQuery(*query));
        STEWARD_VERIFY_OK(plain.setQuery(wide));
        QCOMPARE(narrow.rowCount(), plain.rowCount());
        for (int row = 0; row < plain.rowCount(); ++row) {
            for (int c = 0; c < plain.columnCount(); ++c)
                QCOMPARE(shownValue(narrow.index(row, c)), shownValue(plain.index(row, c)));
        }
    }

    void sortingComesOnlyFromTheAllowList()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        for (const QString& hostile : {QStringLiteral("reasoning"), QStringLiteral("suggestion_id"),
                                       QStringLiteral("s.id; DROP TABLE llm_suggestions"), QStringLiteral("1"),
                                       QStringLiteral("status DESC, (SELECT 1)")}) {
            auto query = SuggestionQuery::build(db->dialect(), *catalog, {}, {hostile, false});
            QVERIFY(!query);
            QCOMPARE(query.failure().code(), OutcomeCode::Usage);
        }
        SuggestionQueueModel model;
        model.setSource(db.get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter({}));
        model.sort(SuggestionQueueModel::IdColumn); // not sortable: the queue order stays
        QVERIFY(model.order().column.isEmpty());
        QCOMPARE(count(*db, QStringLiteral("1 = 1")), 250);
    }

    void searchIsLiteral()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        const QStringList summaries{QStringLiteral("Discount 50% off weekends"),
                                    QStringLiteral("Discount 500 off weekends"),
                                    QStringLiteral("Use lag_7 again"),
                                    QStringLiteral("Use lagX7 again"),
                                    QStringLiteral("It's the client's call"),
                                    QStringLiteral("Say \"quoted\" things"),
                                    QStringLiteral("'; DROP TABLE llm_suggestions; --"),
                                    QStringLiteral("back\\slash and 100%_done"),
                                    QStringLiteral("Ünïcode Ärger")};
        for (int i = 0; i < summaries.size(); ++i)
            addSuggestion(*db, QStringLiteral("00000000-0000-0000-0000-%1").arg(i, 12, 10, QLatin1Char('0')),
                          summaries.at(i));
        auto catalog = SchemaCatalog::load(*db);
        const QStringList needles{QStringLiteral("50%"),   QStringLiteral("%"),
                                  QStringLiteral("lag_7"), QStringLiteral("_"),
                                  QStringLiteral("'"),     QStringLiteral("client's"),
                                  QStringLiteral("\""),    QStringLiteral("'; DROP TABLE llm_suggestions; --"),
                                  QStringLiteral("\\"),    QStringLiteral("100%_"),
                                  QStringLiteral("%_%"),   QStringLiteral("[a-z]"),
                                  QStringLiteral("Ärger")};
        // What each needle should find: the summaries and reasonings that contain it, literally.
        QSqlQuery all = db->query();
        QVERIFY(
            all.exec(QStringLiteral("SELECT suggestion_id, summary, coalesce(reasoning, '') FROM llm_suggestions")));
        QList<QStringList> rows;
        while (all.next())
            rows << QStringList{all.value(0).toString(), all.value(1).toString(), all.value(2).toString()};
        for (const QString& needle : needles) {
            QSet<QString> expected;
            for (const QStringList& row : rows) {
                if (row.at(1).contains(needle, Qt::CaseInsensitive) || row.at(2).contains(needle, Qt::CaseInsensitive))
                    expected << row.at(0);
            }
            SuggestionQueueModel model;
            model.setSource(db.get(), &*catalog);
            STEWARD_VERIFY_OK(model.setFilter({{}, {}, {}, {}, needle}));
            QSet<QString> found;
            for (int row = 0; row < model.rowCount(); ++row)
                found << model.suggestionId(row);
            QVERIFY2(
                found == expected,
                qPrintable(
                    QStringLiteral("%1: %2 found, %3 expected").arg(needle).arg(found.size()).arg(expected.size())));
            // As patterns these would match every row; as text they match none.
            const bool matchesNothing = needle == QLatin1String("[a-z]") || needle == QLatin1String("%_%");
            QVERIFY2(expected.isEmpty() == matchesNothing, qPrintable(needle));
        }
        QCOMPARE(count(*db, QStringLiteral("1 = 1")), 259); // nothing dropped
    }

    void unknownValuesAreListedAsTheyAre()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto statuses = SuggestionRepository::distinctValues(*db, QStringLiteral("status"));
        auto categories = SuggestionRepository::distinctValues(*db, QStringLiteral("category"));
        QVERIFY(statuses && categories);
        QVERIFY(statuses->contains(QStringLiteral("superseded")));
        QVERIFY(categories->contains(QStringLiteral("ensemble_weighting")));
        for (const QString& known : SuggestionRepository::knownStatuses())
            QVERIFY(statuses->contains(known));
        QCOMPARE(SuggestionRepository::distinctValues(*db, QStringLiteral("summary")).failure().code(),
                 OutcomeCode::Usage);
    }

    void detailHasEverything()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        auto db = openSqlite(path, QStringLiteral("alice"));
        auto catalog = SchemaCatalog::load(*db);
        QSqlQuery q = db->query();
        QVERIFY(
            q.exec(QStringLiteral("SELECT suggestion_id, cycle_id FROM llm_suggestions WHERE status = 'pending' AND "
                                  "cycle_id IS NOT NULL AND json_valid(parameter_diff) ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        const QString id = q.value(0).toString();
        q.finish();
        auto detail = SuggestionRepository::find(*db, *catalog, id, true);
        QVERIFY2(detail, qPrintable(detail.failure().message()));
        QCOMPARE(detail->status, QStringLiteral("pending"));
        QVERIFY(detail->cycle);
        QVERIFY(!detail->cycle->state.isEmpty());
        QVERIFY(detail->parameterDiff.valid && detail->beforeMetrics.valid && detail->afterMetrics.valid);
        QVERIFY(detail->invalidJsonColumns().isEmpty());
        QVERIFY(detail->history.isEmpty());

        TransitionEngine engine(*db);
        STEWARD_VERIFY_OK(engine.apply(SuggestionDecisions::approve(id, QStringLiteral("good"))).outcome);
        STEWARD_VERIFY_OK(
            engine.apply(SuggestionDecisions::requestRollback(id, QStringLiteral("bias drifted"))).outcome);
        detail = SuggestionRepository::find(*db, *catalog, id, true);
        QCOMPARE(detail->status, QStringLiteral("applied"));
        QCOMPARE(detail->history.size(), 2);
        QCOMPARE(detail->history.first().action, QStringLiteral("request_rollback"));
        QCOMPARE(detail->history.last().actor, QStringLiteral("alice"));
        QVERIFY(detail->openRollback());
        QCOMPARE(detail->openRollback()->reason, QStringLiteral("bias drifted"));

        // Invalid JSON is kept as stored, with the parser's reason.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT suggestion_id, parameter_diff FROM llm_suggestions WHERE NOT json_valid(parameter_diff) LIMIT 1")));
        QVERIFY(q.next());
        auto broken = SuggestionRepository::find(*db, *catalog, q.value(0).toString(), true);
        QVERIFY(broken);
        QCOMPARE(broken->invalidJsonColumns(), QStringList{QStringLiteral("parameter_diff")});
        QCOMPARE(broken->parameterDiff.raw, q.value(1).toString());
        QVERIFY(!broken->parameterDiff.error.isEmpty());

        auto missing = SuggestionRepository::find(*db, *catalog, QStringLiteral("no-such-id"), true);
        QCOMPARE(missing.failure().code(), OutcomeCode::NotFound);
        QVERIFY(missing.failure().message().contains(QStringLiteral("no-such-id")));
    }

    void requestAndAuditModelsPassTheTester()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        RollbackRequestModel requests;
        QAbstractItemModelTester requestTester(&requests, QAbstractItemModelTester::FailureReportingMode::QtTest);
        STEWARD_VERIFY_OK(requests.load(*db));
        QCOMPARE(requests.rowCount(), 1);
        QCOMPARE(requests.openCount(), 1);
        QCOMPARE(requests.data(requests.index(0, RollbackRequestModel::RequestedByColumn)).toString(),
                 QStringLiteral("alice"));
        STEWARD_VERIFY_OK(requests.load(*db, QStringLiteral("denied")));
        QCOMPARE(requests.rowCount(), 0);

        AuditTrailModel audit;
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit.setDatabase(db.get());
        audit.setPageSize(3);
        STEWARD_VERIFY_OK(audit.setFilter({}));
        QCOMPARE(audit.rowCount(), 9);
        QCOMPARE(audit.cell(0, 0).value.toLongLong(), 9); // newest first
        QCOMPARE(audit.rowOfSeq(2, 100), 7);
        QCOMPARE(audit.rowOfSeq(42, 100), -1);
        AuditChain::Filter byAlice;
        byAlice.actor = QStringLiteral("alice");
        STEWARD_VERIFY_OK(audit.setFilter(byAlice));
        QCOMPARE(audit.rowCount(), 4);
        QCOMPARE(audit.headerData(1, Qt::Horizontal).toString(), QStringLiteral("When (UTC)"));
    }
};

QTEST_GUILESS_MAIN(ReviewQueueTest)
#include "tst_review_queue.moc"
