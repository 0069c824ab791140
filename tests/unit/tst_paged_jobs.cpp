// PagedTableModel reading in jobs (setReadInJobs): a query's rows and the pages a view asks for
// arrive from a worker thread, a superseded query's never, and what code acting on a row reads
// at once stays right.
#include "TestSupport.h"
#include "models/itemmodels/PagedTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace steward;
using namespace steward::test;

class PagedJobsTest : public QObject
{
    Q_OBJECT

    // A scratch file with `rows` rows: items(id 1…rows, v 'v<id>').
    static std::unique_ptr<Database> scratch(const QTemporaryDir& dir, int rows = 3000)
    {
        ConnectionTarget target;
        target.sqlitePath = dir.filePath(QStringLiteral("scratch.sqlite"));
        OpenOptions options;
        options.createIfMissing = true;
        auto opened = Database::open(target, options);
        if (!opened)
            return STEWARD_HELPER_FAILED("%s", qPrintable(opened.failure().message()));
        std::unique_ptr<Database> db = opened.take();
        if (!db->exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")) ||
            !db->exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                     "INSERT INTO items SELECT i, 'v' || i FROM n")
                          .arg(rows)))
            return STEWARD_HELPER_FAILED("cannot fill the scratch table");
        return db;
    }

    static void readInJobs(PagedTableModel& model, Database& db)
    {
        model.setDatabase(&db);
        model.setReadInJobs(true);
    }

    static PagedQuery items(const QString& where = {}, const QVariantList& binds = {})
    {
        PagedQuery query;
        query.columns = {{QStringLiteral("id"), QStringLiteral("id"), LogicalType::Integer, false},
                         {QStringLiteral("v"), QStringLiteral("v"), LogicalType::Text, false}};
        query.from = QStringLiteral("items");
        query.where = where;
        query.binds = binds;
        query.key = QStringLiteral("id");
        query.orderBy = QStringLiteral("id");
        query.orderedByKey = true;
        return query;
    }

    // A filter that takes as long as SQLite needs to count to `steps` (once, before any row).
    static PagedQuery slowItems(qint64 steps)
    {
        return items(QStringLiteral("id > (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                    "WHERE x < %1) SELECT count(*) - %1 FROM c)")
                         .arg(steps));
    }

private slots:
    void rowsArriveAfterTheCallAndAreAnnounced()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        readInJobs(model, *db);
        QVERIFY(model.readsInJobs());
        model.setPageSize(100);
        QSignalSpy loaded(&model, &PagedTableModel::queryLoaded);
        QSignalSpy loading(&model, &PagedTableModel::loadingChanged);
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id <= ?"), {250})));
        // Nothing was read here: the columns are there at once, the rows are on their way.
        QVERIFY(model.isLoading());
        QCOMPARE(loading.size(), 1);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(loaded.size(), 0);
        QVERIFY(loaded.wait());
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(model.lastError());
        // The first page came with the rows; others are read in a job when shown, and announced.
        QCOMPARE(model.pagesFetched(), 1);
        QCOMPARE(model.index(5, 1).data().toString(), QStringLiteral("v6"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex far = model.index(220, 1);
        QVERIFY(far.data(PagedTableModel::LoadingRole).toBool());
        QCOMPARE(model.pagesFetched(), 1);
        QTRY_VERIFY(!far.data(PagedTableModel::LoadingRole).toBool());
        QCOMPARE(far.data().toString(), QStringLiteral("v221"));
        QCOMPARE(model.pagesFetched(), 2);
        const auto announced = std::find_if(changed.cbegin(), changed.cend(), [](const QList<QVariant>& signal) {
            return signal.at(0).toModelIndex().row() == 200 && signal.at(1).toModelIndex().row() == 249;
        });
        QVERIFY(announced != changed.cend());
        QTRY_VERIFY(!model.isReadingPages());
    }

    void theRowsBeforeStayUntilTheNewOnesArrive()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        readInJobs(model, *db);
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id <= ?"), {10})));
        QVERIFY(rowsArrived(&model));
        QCOMPARE(model.rowCount(), 10);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id > ?"), {2995})));
        QVERIFY(model.isLoading());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("v1"));
        QCOMPARE(model.query().where, QStringLiteral("id <= ?"));
        QVERIFY(rowsArrived(&model));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("v2996"));
        // Other columns cannot stand for the new ones: those rows go at once.
        PagedQuery other = items();
        other.columns.removeLast();
        STEWARD_VERIFY_OK(model.setQuery(other));
        QVERIFY(model.isLoading());
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(rowsArrived(&model));
        QCOMPARE(model.rowCount(), 3000);
    }

    void aSupersededQueryIsNeverApplied()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        readInJobs(model, *db);
        QSignalSpy loaded(&model, &PagedTableModel::queryLoaded);
        QList<int> resets;
        connect(&model, &QAbstractItemModel::modelReset, &model, [&] { resets << model.rowCount(); });
        // Typing a search: each query supersedes the one before, fast or slow.
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id <= ?"), {10})));
        STEWARD_VERIFY_OK(model.setQuery(slowItems(20000000)));
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id > ?"), {2993})));
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 7);
        // Another load after it: anything of the queries before would have arrived by now.
        STEWARD_VERIFY_OK(model.refresh());
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(model.rowCount(), 7);
        // The first reset is the columns' (none before), then only the last query's rows.
        QCOMPARE(resets, (QList<int>{0, 7, 7}));
    }

    void theThreadAnswersWhileASlowQueryRuns()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        readInJobs(model, *db);
        STEWARD_VERIFY_OK(model.setQuery(slowItems(200000000)));
        bool answered = false;
        QTimer::singleShot(0, &model, [&] { answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY(model.isLoading());
        // A newer query interrupts it, and its rows come without waiting for the slow one.
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id <= ?"), {3})));
        QVERIFY(rowsArrived(&model));
        QCOMPARE(model.rowCount(), 3);
    }

    void codeActingOnARowReadsAtOnce()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        readInJobs(model, *db);
        model.setPageSize(100);
        STEWARD_VERIFY_OK(model.setQuery(items()));
        QVERIFY(rowsArrived(&model));
        // cell() and keyAt() read the page now, without waiting for a job.
        QCOMPARE(model.cell(2500, 1).text(), QStringLiteral("v2501"));
        QCOMPARE(model.keyAt(1234).toLongLong(), 1235);
        QVERIFY(!model.isReadingPages());
        // A decision's row is read again in place, announced alone, and not overwritten by a
        // page read in a job.
        QVERIFY(db->exec(QStringLiteral("UPDATE items SET v = 'decided' WHERE id = 2501")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.refreshRow(2500));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), model.index(2500, 0));
        QCOMPARE(model.index(2500, 1).data().toString(), QStringLiteral("decided"));
        QCOMPARE(shownValue(model.index(2400, 1)).toString(), QStringLiteral("v2401"));
        QCOMPARE(model.index(2500, 1).data().toString(), QStringLiteral("decided"));
        QCOMPARE(model.rowCount(), 3000);
    }

    void aLongCountStillArrivesAfterTheFirstRows()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        readInJobs(model, *db);
        model.setDeferLongCounts(true);
        QSignalSpy counted(&model, &PagedTableModel::countKnown);
        PagedQuery unordered = items();
        unordered.orderBy = QStringLiteral("v, id"); // not the key: probed, then counted in full
        unordered.orderedByKey = false;
        STEWARD_VERIFY_OK(model.setQuery(unordered));
        QVERIFY(rowsArrived(&model));
        if (model.isCountPending()) {
            QCOMPARE(model.rowCount(), PagedTableModel::kCountProbe + 1);
            QVERIFY(counted.wait());
        }
        QCOMPARE(model.rowCount(), 3000);
        QVERIFY(!model.isCountPending());
    }

    void aFailureIsReportedWhenItArrives()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        readInJobs(model, *db);
        QSignalSpy failed(&model, &PagedTableModel::fetchFailed);
        QSignalSpy loaded(&model, &PagedTableModel::queryLoaded);
        PagedQuery missing = items();
        missing.from = QStringLiteral("no_such_table");
        STEWARD_VERIFY_OK(model.setQuery(missing)); // nothing read yet, nothing failed yet
        QVERIFY(loaded.wait());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no_such_table")));
        QVERIFY(!model.lastError());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        // Read at once, the failure is the call's.
        model.setReadInJobs(false);
        QVERIFY(!model.setQuery(missing));
        QCOMPARE(failed.size(), 1);
    }

    void aDatabaseInMemoryIsReadAtOnce()
    {
        ConnectionTarget target;
        target.sqlitePath = QStringLiteral(":memory:");
        OpenOptions options;
        options.createIfMissing = true;
        auto opened = Database::open(target, options);
        QVERIFY(opened);
        std::unique_ptr<Database> db = opened.take();
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO items VALUES (1, 'v1'), (2, 'v2')")));
        PagedTableModel model;
        readInJobs(model, *db);
        QVERIFY(!model.readsInJobs());
        QSignalSpy loaded(&model, &PagedTableModel::queryLoaded);
        STEWARD_VERIFY_OK(model.setQuery(items()));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 2);
    }

    void completeLoadReadsTheQueryNow()
    {
        QTemporaryDir dir;
        auto db = scratch(dir);
        PagedTableModel model;
        readInJobs(model, *db);
        STEWARD_VERIFY_OK(model.setQuery(items(QStringLiteral("id <= ?"), {42})));
        QVERIFY(model.isLoading());
        STEWARD_VERIFY_OK(model.completeLoad());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 42);
        QVERIFY(model.readsInJobs());
    }
};

QTEST_GUILESS_MAIN(PagedJobsTest)
#include "tst_paged_jobs.moc"
