#include "TestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/itemmodels/TableListModel.h"
#include "models/review/SuggestionQueueModel.h"
#include "models/workflow/SuggestionDecisions.h"
#include "models/workflow/TransitionEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace steward;
using namespace steward::test;

class PagedModelTest : public QObject
{
    Q_OBJECT

    static PagedQuery tableQuery(Database& db, const QString& name)
    {
        auto catalog = SchemaCatalog::load(db);
        return PagedQuery::forTable(*catalog->table(name), db.dialect());
    }

private slots:
    void passesTheModelTester()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        model.setPageSize(50);
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("llm_suggestions"))));
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.columnCount(), 11);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("suggestion_id"));
        QVERIFY(!shownValue(model.index(249, 1)).toString().isEmpty());
    }

    void memoryStaysBoundedWhileScrolling()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedTableModel model;
        model.setDatabase(db.get());
        model.setPageSize(20);
        model.setMaxCachedPages(4);
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("forecast_results"))));
        QCOMPARE(model.rowCount(), 810);
        QCOMPARE(model.pagesFetched(), 0); // counting fetches no rows
        QList<qlonglong> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids << shownValue(model.index(row, 0)).toLongLong();
            QVERIFY(model.cachedPageCount() <= 4);
        }
        // Every row once, in key order, with no page overlapping another.
        QCOMPARE(ids.size(), 810);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) > ids.at(i - 1));
        QCOMPARE(model.pagesFetched(), 41);
        // Jumping back re-fetches only the page needed.
        QCOMPARE(shownValue(model.index(5, 0)).toLongLong(), ids.at(5));
        QCOMPARE(model.pagesFetched(), 42);
    }

    void dataReadsNothing()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedTableModel model; // no model tester here: it would ask for rows of its own
        model.setDatabase(db.get());
        model.setPageSize(50);
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("llm_suggestions"))));
        const qint64 before = model.pagesFetched();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = model.index(120, 1);
        QVERIFY(cell.data(PagedTableModel::LoadingRole).toBool());
        QVERIFY(!cell.data().isValid());
        QVERIFY(!cell.data(PagedTableModel::KeyRole).isValid());
        QCOMPARE(model.pagesFetched(), before); // asked for, not read
        // The page arrives from the event loop, announced for its rows (100-149) alone.
        QTRY_VERIFY(!cell.data(PagedTableModel::LoadingRole).toBool());
        QCOMPARE(model.pagesFetched(), before + 1);
        const auto announced = std::find_if(changed.cbegin(), changed.cend(), [](const QList<QVariant>& signal) {
            return signal.at(0).toModelIndex().row() == 100 && signal.at(1).toModelIndex().row() == 149;
        });
        QVERIFY(announced != changed.cend());
        QVERIFY(!cell.data().toString().isEmpty());
        QCOMPARE(cell.data(PagedTableModel::KeyRole), model.keyAt(120));
    }

    void aDecisionUpdatesItsRowAlone()
    {
        TestClock clock;
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        SuggestionQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(db.get(), &*catalog);
        STEWARD_VERIFY_OK(model.setFilter({}));
        const int row = 3; // pending, the queue shows those first
        QCOMPARE(shownValue(model.index(row, SuggestionQueueModel::StatusColumn)).toString(),
                 QStringLiteral("pending"));
        const QString id = model.suggestionId(row);
        const QString below = model.suggestionId(row + 1);
        const int rows = model.rowCount();
        STEWARD_VERIFY_OK(TransitionEngine(*db).apply(SuggestionDecisions::approve(id)).outcome);
        // In memory the row is as it was read, until it is read again.
        QCOMPARE(model.status(row), QStringLiteral("pending"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 pages = model.pagesFetched();
        QVERIFY(model.refreshSuggestion(id));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(row, 0));
        QCOMPARE(changed.first().at(1).toModelIndex(), model.index(row, model.columnCount() - 1));
        QCOMPARE(model.pagesFetched(), pages);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.suggestionId(row), id);
        QCOMPARE(shownValue(model.index(row, SuggestionQueueModel::StatusColumn)).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(model.suggestionId(row + 1), below);
        // A row not in memory is left to be read when it is shown.
        QVERIFY(model.refreshSuggestion(QStringLiteral("not-in-the-queue")));
        QCOMPARE(changed.count(), 1);
    }

    void secretsNeverLeaveTheServer()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedTableModel model;
        model.setDatabase(db.get());
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("llm_providers"))));
        const int keyColumn = model.query().columnIndex(QStringLiteral("api_key"));
        QVERIFY(keyColumn >= 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(shownValue(model.index(row, keyColumn)).toString(), secretPlaceholder());
            QVERIFY(!shownValue(model.index(row, keyColumn), PagedTableModel::RawRole).isValid());
            QVERIFY(shownValue(model.index(row, keyColumn), PagedTableModel::DimmedRole).toBool());
        }
    }

    void invalidJsonIsAStateNotAFailure()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedTableModel model;
        model.setDatabase(db.get());
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("llm_suggestions"))));
        const int diff = model.query().columnIndex(QStringLiteral("parameter_diff"));
        int invalid = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, diff);
            if (shownValue(index, PagedTableModel::InvalidJsonRole).toBool()) {
                ++invalid;
                QVERIFY(!index.data().toString().isEmpty());
                QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Invalid JSON")));
            }
        }
        QVERIFY(invalid >= 2);
    }

    void tableListCountsRows()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        auto catalog = SchemaCatalog::load(*db);
        TableListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        STEWARD_VERIFY_OK(list.load(*db, *catalog));
        const int row = list.rowOfTable(QStringLiteral("llm_suggestions"));
        QVERIFY(row >= 0);
        QCOMPARE(list.data(list.index(row, TableListModel::RowsColumn), Qt::EditRole).toLongLong(), 250);
        QCOMPARE(list.data(list.index(row, TableListModel::KindColumn)).toString(), QStringLiteral("pipeline"));
    }

    void fetchErrorsAreReportedNotThrown()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedTableModel model;
        model.setDatabase(db.get());
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("anomaly_log"))));
        QVERIFY(db->exec(QStringLiteral("DROP TABLE anomaly_log")));
        QSignalSpy failed(&model, &PagedTableModel::fetchFailed);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(first.data(PagedTableModel::LoadingRole).toBool());
        QCOMPARE(failed.size(), 0); // nothing is read inside data()
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!model.lastError());
        QVERIFY(first.data().toString().isEmpty());
        QVERIFY(first.data(PagedTableModel::LoadingRole).toBool());
    }

    void segmentsFollowOneAnother()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedQuery query = tableQuery(*db, QStringLiteral("forecast_results"));
        query.segments = {{QStringLiteral("id % 3 = ?"), {0}}, {QStringLiteral("id % 3 <> ?"), {0}}};
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        model.setPageSize(17); // pages straddle the boundary between the groups
        model.setMaxCachedPages(3);
        STEWARD_VERIFY_OK(model.setQuery(query));
        QCOMPARE(model.rowCount(), 810);
        QCOMPARE(model.rowsInSegment(0), 270);
        QCOMPARE(model.rowsInSegment(1), 540);
        QList<qlonglong> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << shownValue(model.index(row, 0)).toLongLong();
        for (int row = 0; row < ids.size(); ++row) {
            QCOMPARE(ids.at(row) % 3 == 0, row < 270);
            if (row != 0 && row != 270)
                QVERIFY(ids.at(row) > ids.at(row - 1)); // each group in key order, read by key
        }

        // Rows removed after the count leave blanks at the end of their group, and the next
        // group stays where the count put it until the next refresh.
        QVERIFY(db->exec(QStringLiteral("DELETE FROM forecast_results WHERE id IN (3, 6, 9)")));
        model.setPageSize(300);
        QCOMPARE(shownValue(model.index(266, 0)).toLongLong(), ids.at(269));
        QVERIFY(shownValue(model.index(267, 0)).toString().isEmpty());
        QCOMPARE(shownValue(model.index(270, 0)).toLongLong(), ids.at(270));
        STEWARD_VERIFY_OK(model.refresh());
        QCOMPARE(model.rowCount(), 807);
    }

    void keysFirstOrdersByAnyExpression()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        PagedQuery query = tableQuery(*db, QStringLiteral("forecast_results"));
        query.orderBy = QStringLiteral("predicted_quantity DESC, id");
        query.orderedByKey = false;
        query.keysFirst = true;
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        model.setPageSize(50);
        STEWARD_VERIFY_OK(model.setQuery(query));
        QSqlQuery expected = db->query();
        QVERIFY(expected.exec(QStringLiteral("SELECT id FROM forecast_results ORDER BY predicted_quantity DESC, id")));
        for (int row = 0; expected.next(); ++row)
            QCOMPARE(shownValue(model.index(row, 0)).toLongLong(), expected.value(0).toLongLong());
    }

    // With the count deferred, a computed order's first keys are picked as a LIMIT picks them;
    // the rows past them, once counted, come in the same order as a sort of every row.
    void keysFirstWithADeferredCountReadsTheFirstKeysAlone()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE numbers (id INTEGER PRIMARY KEY, v INTEGER)")));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                  "WHERE i < 3500) INSERT INTO numbers SELECT i, (i * 7919) % 97 "
                                                  "FROM n")));
        PagedQuery query = tableQuery(*db, QStringLiteral("numbers"));
        query.orderBy = QStringLiteral("v DESC, id");
        query.orderedByKey = false;
        query.keysFirst = true;
        PagedTableModel model;
        model.setDatabase(db.get());
        model.setPageSize(300);
        model.setDeferLongCounts(true);
        STEWARD_VERIFY_OK(model.setQuery(query));
        QVERIFY(model.isCountPending());
        QCOMPARE(model.rowCount(), PagedTableModel::kCountProbe + 1);
        STEWARD_VERIFY_OK(model.completeCount());
        QSqlQuery expected = db->query();
        QVERIFY(expected.exec(QStringLiteral("SELECT id FROM numbers ORDER BY v DESC, id")));
        int rows = 0;
        for (; expected.next(); ++rows)
            QCOMPARE(model.keyAt(rows).toLongLong(), expected.value(0).toLongLong());
        QCOMPARE(rows, 3500);
        QCOMPARE(model.rowCount(), rows);
    }

    // A large count that arrives from its job reaches the views a step a turn (a view's header
    // keeps an entry per row: a million at once held the window's thread), each step after the
    // last, and countKnown() follows the last step.
    void aLargeCountReachesTheViewsInSteps()
    {
        QTemporaryDir dir;
        auto db = openSqlite(makeDemo(dir));
        const int total = 2 * PagedTableModel::kRowsPerStep + 5000;
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE numbers (id INTEGER PRIMARY KEY, v INTEGER)")));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                  "WHERE i < %1) INSERT INTO numbers SELECT i, i FROM n")
                                       .arg(total)));
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        model.setDeferLongCounts(true);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy known(&model, &PagedTableModel::countKnown);
        STEWARD_VERIFY_OK(model.setQuery(tableQuery(*db, QStringLiteral("numbers"))));
        QVERIFY(model.isCountPending());
        QCOMPARE(model.rowCount(), PagedTableModel::kCountProbe + 1);
        QTRY_COMPARE_WITH_TIMEOUT(known.count(), 1, 30000);
        QVERIFY(!model.isCountPending());
        QCOMPARE(model.rowCount(), total);
        QVERIFY2(inserted.count() >= 3, qPrintable(QString::number(inserted.count())));
        int next = PagedTableModel::kCountProbe + 1;
        for (const QList<QVariant>& step : std::as_const(inserted)) {
            QCOMPARE(step.at(1).toInt(), next);
            QVERIFY(step.at(2).toInt() - step.at(1).toInt() + 1 <= PagedTableModel::kRowsPerStep);
            next = step.at(2).toInt() + 1;
        }
        QCOMPARE(next, total);
        QCOMPARE(model.cell(total - 1, 0).value.toLongLong(), qint64(total));
    }
};

QTEST_GUILESS_MAIN(PagedModelTest)
#include "tst_paged_model.moc"
