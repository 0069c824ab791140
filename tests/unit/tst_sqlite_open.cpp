// Opening SQLite files: bad input gets a clear message and nothing is created or modified;
// read-only opening leaves the file byte-for-byte unchanged with no journal, WAL or shm beside it.
#include "TestSupport.h"
#include "models/db/Database.h"
#include "models/db/SchemaCatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace steward;
using namespace steward::test;

class SqliteOpenTest : public QObject
{
    Q_OBJECT

    static Outcome tryOpen(const QString& path, bool readOnly)
    {
        ConnectionTarget target;
        target.sqlitePath = path;
        target.readOnly = readOnly;
        auto opened = Database::open(target);
        return opened ? Outcome::ok() : opened.failure();
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private slots:
    // A view that never ends is stopped at the time budget, named, and leaves the rest readable.
    void anEndlessViewIsStoppedAndNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endless.sqlite"));
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions options;
        options.createIfMissing = true;
        options.timeBudgetMs = 500;
        auto db = Database::open(target, options);
        QVERIFY(db);
        STEWARD_VERIFY_OK((*db)->exec(QStringLiteral("CREATE TABLE good (x)")));
        STEWARD_VERIFY_OK((*db)->exec(QStringLiteral("INSERT INTO good VALUES (1), (2)")));
        STEWARD_VERIFY_OK((*db)->exec(QStringLiteral(
            "CREATE VIEW forever AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n")));
        auto catalog = SchemaCatalog::load(**db);
        QVERIFY(catalog);
        QElapsedTimer timer;
        timer.start();
        auto endless = countRows(**db, *catalog->table(QStringLiteral("forever")));
        QVERIFY(!endless);
        QVERIFY2(timer.elapsed() < 5000, "the budget did not stop the view");
        QCOMPARE(endless.failure().code(), OutcomeCode::CannotOpen);
        QVERIFY2(endless.failure().message().contains(QStringLiteral("forever")),
                 qPrintable(endless.failure().message()));
        QVERIFY(endless.failure().message().contains(QStringLiteral("did not finish")));
        // Everything else still reads, on the same connection.
        QCOMPARE(*countRows(**db, *catalog->table(QStringLiteral("good"))), 2);
        // Rows read after a statement started are not timed: only the statement's own run is.
        auto rows = (*db)->select(QStringLiteral("SELECT i FROM forever"), QStringLiteral("reading forever"));
        QVERIFY(rows);
        QThread::msleep(700);
        QVERIFY(rows->next());
    }

    void missingPathIsNeverCreated_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("read-only") << true;
        QTest::newRow("read-write") << false;
    }

    void missingPathIsNeverCreated()
    {
        QFETCH(bool, readOnly);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        const Outcome outcome = tryOpen(path, readOnly);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        QVERIFY(outcome.message().contains(QStringLiteral("no such file")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(sideFiles(path).isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("id,name\n1,alice\n") << "text file";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "not a SQLite database";
        QTest::newRow("random") << QByteArray(4096, '\xa7') << "not a SQLite database";
        QTest::newRow("header only") << QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0') << "truncated";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        writeFile(path, bytes);
        const QByteArray before = fileDigest(path);
        for (bool readOnly : {true, false}) {
            const Outcome outcome = tryOpen(path, readOnly);
            QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
            QVERIFY2(outcome.message().contains(expected), qPrintable(outcome.message()));
        }
        QCOMPARE(fileDigest(path), before);
        QVERIFY(sideFiles(path).isEmpty());
    }

    // What `touch new.sqlite` leaves is what SQLite calls an empty database: it opens (read-only
    // untouched), has no tables, and Steward's tables can be created in it.
    void zeroByteFileIsAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        writeFile(path, QByteArray());
        ConnectionTarget target;
        target.sqlitePath = path;
        target.readOnly = true;
        {
            auto db = Database::open(target);
            QVERIFY2(db, db ? "" : qPrintable(db.failure().message()));
            auto catalog = SchemaCatalog::load(**db);
            QVERIFY(catalog);
            QVERIFY(catalog->tables().isEmpty());
        }
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(sideFiles(path).isEmpty());
        target.readOnly = false;
        auto db = Database::open(target);
        QVERIFY2(db, db ? "" : qPrintable(db.failure().message()));
        STEWARD_VERIFY_OK((*db)->exec(QStringLiteral("CREATE TABLE t (x)")));
        db->reset();
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(tryOpen(path, true));
    }

    void directoryIsRefused()
    {
        QTemporaryDir dir;
        const Outcome outcome = tryOpen(dir.path(), true);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        QVERIFY(outcome.message().contains(QStringLiteral("directory")));
    }

    void corruptPagesAreCaught()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Overwrite the schema page after the 100-byte header with garbage.
        file.seek(100);
        file.write(QByteArray(3000, '\x5a'));
        file.close();
        const Outcome outcome = tryOpen(path, true);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
    }

    void readOnlyLeavesTheFileAlone()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const QByteArray before = fileDigest(path);
        {
            auto db = openSqlite(path, QStringLiteral("auditor"), true);
            auto catalog = SchemaCatalog::load(*db);
            QVERIFY(catalog);
            for (const TableInfo& table : catalog->tables())
                QVERIFY(countRows(*db, table));
            QSqlQuery write = db->query();
            QVERIFY(!write.exec(QStringLiteral("UPDATE llm_suggestions SET status = 'applied'")));
            QCOMPARE(db->requireWritable(QStringLiteral("x")).code(), OutcomeCode::ReadOnly);
            QCOMPARE(db->beginWrite().code(), OutcomeCode::ReadOnly);
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void readOnlyWalFileGetsNoShm()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        {
            auto db = openSqlite(path);
            QVERIFY(db->exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        }
        QCOMPARE(sideFiles(path), QStringList());
        const QByteArray before = fileDigest(path);
        {
            auto db = openSqlite(path, QStringLiteral("auditor"), true);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM llm_suggestions")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 250);
        }
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void busyTimeoutWaitsForAWriter()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        auto first = openSqlite(path);
        auto second = openSqlite(path);
        QVERIFY(first->beginWrite());
        QElapsedTimer timer;
        timer.start();
        // Another writer waits for the lock (busy timeout) instead of failing at once.
        ConnectionTarget target;
        target.sqlitePath = path;
        OpenOptions quick;
        quick.busyTimeoutMs = 300;
        auto third = Database::open(target, quick);
        QVERIFY(third);
        QVERIFY(!(*third)->beginWrite());
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(first->commit());
        QVERIFY(second->beginWrite());
        second->rollback();
    }
};

QTEST_GUILESS_MAIN(SqliteOpenTest)
#include "tst_sqlite_open.moc"
