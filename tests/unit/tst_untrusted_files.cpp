// Files from anywhere: truncated, with flipped bytes in the header and in pages, empty, text,
// an image, encrypted-looking, and a database whose triggers and views would run code. Each
// opens with a clear error or reads safely, never crashes or hangs, and is byte-identical
// afterwards with nothing left beside it.
#include "SnapshotTestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/itemmodels/TableListModel.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotDigest.h"
#include "models/snapshot/SnapshotExport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <tuple>

using namespace steward;
using namespace steward::test;

namespace {
// A real 1×1 PNG image.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
} // namespace

class UntrustedFilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_snapshot;
    QByteArray m_bytes;
    int m_opened = 0;
    int m_refused = 0;
    int m_unusedSpace = 0;

    // Opens `path` read-only and reads everything it can: the catalog, every table's count,
    // rows and digest, and a full check. Returns the open failure, if any.
    Outcome readEverything(const QString& path)
    {
        ConnectionTarget target;
        target.sqlitePath = path;
        target.readOnly = true;
        auto db = Database::open(target);
        if (!db) {
            ++m_refused;
            return db.failure();
        }
        ++m_opened;
        auto catalog = SchemaCatalog::load(**db);
        if (catalog) {
            TableListModel list;
            // A damaged file may refuse any of these reads: what matters here is that reading
            // neither crashes nor changes the file.
            std::ignore = list.load(**db, *catalog);
            for (const TableInfo& table : catalog->tables()) {
                PagedTableModel rows;
                rows.setDatabase(db->get());
                std::ignore = rows.setQuery(PagedQuery::forTable(table, (*db)->dialect()));
                for (int row = 0; row < rows.rowCount(); row += 97)
                    rows.cell(row, 0); // reads the page now
                std::ignore = digestSqliteTable(**db, table.name);
            }
        }
        std::ignore = SnapshotCheck::run(**db);
        return Outcome::ok();
    }

    void expectUnchanged(const QString& path, const QByteArray& digest)
    {
        QCOMPARE(fileDigest(path), digest);
        QCOMPARE(sideFiles(path), QStringList());
    }

private slots:
    void initTestCase()
    {
        const QString demo = makeDemo(m_dir);
        m_snapshot = m_dir.filePath(QStringLiteral("good.sqlite"));
        exportSnapshot(demo, m_snapshot);
        QFile file(m_snapshot);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_bytes = file.readAll();
        QVERIFY(m_bytes.size() > 100000);
    }

    void notDatabases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("suggestion_id,status\nabc,pending\n") << "text file";
        QTest::newRow("png image") << kPng << "not a SQLite database";
        QByteArray random(64 * 1024, '\0');
        QRandomGenerator generator(42);
        for (char& c : random)
            c = static_cast<char>(generator.bounded(256));
        QTest::newRow("encrypted-looking") << random << "may be encrypted";
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + random.left(500)
                              << "not a SQLite database";
        QTest::newRow("header only") << m_bytes.left(100) << "truncated";
    }

    void notDatabases()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        writeBytes(path, bytes);
        const QByteArray digest = fileDigest(path);
        const Outcome outcome = readEverything(path);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        QVERIFY2(outcome.message().contains(expected), qPrintable(outcome.message()));
        expectUnchanged(path, digest);
    }

    void truncated_data()
    {
        QTest::addColumn<qint64>("length");
        const qint64 size = m_bytes.size();
        for (qint64 length :
             {qint64(1),    qint64(16),   qint64(99),    qint64(100),  qint64(511), qint64(512), qint64(1024),
              qint64(4095), qint64(4096), qint64(4097),  qint64(8192), size / 7,    size / 4,    size / 3,
              size / 2,     size * 2 / 3, size * 9 / 10, size - 4097,  size - 4096, size - 1})
            QTest::addRow("%lld of %lld bytes", length, size) << length;
    }

    void truncated()
    {
        QFETCH(qint64, length);
        const QString path = m_dir.filePath(QStringLiteral("truncated.sqlite"));
        writeBytes(path, m_bytes.left(length));
        const QByteArray digest = fileDigest(path);
        const Outcome outcome = readEverything(path);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        QVERIFY2(outcome.message().contains(QStringLiteral("truncated")) ||
                     outcome.message().contains(QStringLiteral("text file")) ||
                     outcome.message().contains(QStringLiteral("not a SQLite database")),
                 qPrintable(outcome.message()));
        expectUnchanged(path, digest);
    }

    void flippedHeaderBytes_data()
    {
        QTest::addColumn<int>("offset");
        for (int offset = 0; offset < 100; ++offset)
            QTest::addRow("byte %d", offset) << offset;
    }

    void flippedHeaderBytes()
    {
        QFETCH(int, offset);
        QByteArray bytes = m_bytes;
        bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0xff);
        const QString path = m_dir.filePath(QStringLiteral("header.sqlite"));
        writeBytes(path, bytes);
        const QByteArray digest = fileDigest(path);
        const Outcome outcome = readEverything(path);
        if (offset < 16)
            QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        if (!outcome)
            QVERIFY2(!outcome.message().isEmpty(), "a refusal says why");
        expectUnchanged(path, digest);
    }

    void flippedPageBytes_data()
    {
        QTest::addColumn<qint64>("offset");
        QRandomGenerator generator(20261120);
        for (int i = 0; i < 80; ++i) {
            const qint64 offset = 100 + generator.bounded(static_cast<quint32>(m_bytes.size() - 100));
            QTest::addRow("byte %lld", offset) << offset;
        }
    }

    void flippedPageBytes()
    {
        QFETCH(qint64, offset);
        QByteArray bytes = m_bytes;
        bytes[offset] = static_cast<char>(bytes.at(offset) ^ 0x5a);
        const QString path = m_dir.filePath(QStringLiteral("page.sqlite"));
        writeBytes(path, bytes);
        const QByteArray digest = fileDigest(path);
        // Refusing the file is as good as reading it; either way it must stay as it was.
        std::ignore = readEverything(path);
        // A damaged snapshot never verifies unless the byte lay where nothing is stored.
        auto report = SnapshotCheck::runOnFile(path);
        if (report && report->ok())
            ++m_unusedSpace;
        expectUnchanged(path, digest);
    }

    void hostileTriggersAndViewsDoNotRun()
    {
        const QString path = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        {
            auto db = createSqlite(path);
            for (const char* sql : {
                     "CREATE TABLE llm_suggestions (id INTEGER PRIMARY KEY, suggestion_id TEXT, status TEXT)",
                     "INSERT INTO llm_suggestions VALUES (1, 'a1', 'pending'), (2, 'a2', 'applied')",
                     "CREATE TABLE tripwire (what TEXT)",
                     // Triggers that would write, on anything a reader might be tricked into doing.
                     "CREATE TRIGGER t1 AFTER UPDATE ON llm_suggestions BEGIN INSERT INTO tripwire VALUES ('update'); "
                     "END",
                     "CREATE TRIGGER t2 BEFORE DELETE ON llm_suggestions BEGIN INSERT INTO tripwire VALUES ('delete'); "
                     "DELETE FROM llm_suggestions; END",
                     "CREATE TRIGGER t3 AFTER INSERT ON tripwire BEGIN UPDATE llm_suggestions SET status = 'pwned'; "
                     "END",
                     // Views that would run code: forever, huge, and calling functions.
                     "CREATE VIEW forever AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT x "
                     "FROM r",
                     "CREATE VIEW huge AS SELECT zeroblob(1000000000) AS b",
                     "CREATE VIEW calls AS SELECT randomblob(16) AS r, sqlite_version() AS v, "
                     "(SELECT count(*) FROM llm_suggestions) AS n",
                     // A view named like a pipeline table a view of Steward would read.
                     "CREATE VIEW governance_policies AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM "
                     "r) "
                     "SELECT x AS policy_id FROM r",
                 }) {
                STEWARD_VERIFY_OK(db->exec(QString::fromUtf8(sql)));
            }
        }
        const QByteArray digest = fileDigest(path);
        QElapsedTimer timer;
        timer.start();
        STEWARD_VERIFY_OK(readEverything(path));
        {
            auto db = openSqlite(path, QStringLiteral("auditor"), true);
            QSqlQuery q = db->query();
            for (const char* view : {"forever", "huge", "calls", "governance_policies"}) {
                QElapsedTimer refused;
                refused.start();
                QVERIFY(!q.exec(QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(QString::fromUtf8(view))));
                QVERIFY(!q.lastError().text().isEmpty());
                QVERIFY(refused.elapsed() < 1000);
            }
            QVERIFY(!q.exec(QStringLiteral("UPDATE llm_suggestions SET status = 'x'")));
            QVERIFY(!q.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS other")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tripwire")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT group_concat(status) FROM llm_suggestions")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("pending,applied"));

            // The tables still export; the views and triggers stay behind.
            const QString out = m_dir.filePath(QStringLiteral("hostile-snapshot.sqlite"));
            auto manifest = SnapshotExport::write(*db, out);
            QVERIFY2(manifest, qPrintable(manifest.failure().message()));
            QVERIFY(manifest->table(QStringLiteral("llm_suggestions")));
            QVERIFY(!manifest->table(QStringLiteral("forever")));
            auto copy = openSqlite(out, QStringLiteral("auditor"), true);
            QSqlQuery objects = copy->query();
            QVERIFY(
                objects.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('view', 'trigger')")) &&
                objects.next());
            QCOMPARE(objects.value(0).toInt(), 0);
        }
        QVERIFY2(timer.elapsed() < 20000, "nothing in the file ran away with the reader");
        expectUnchanged(path, digest);
    }

    void walFileWithoutShmIsRefusedReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
        writeBytes(path, m_bytes);
        {
            auto db = openSnapshotForWriting(path);
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("PRAGMA journal_mode=WAL")));
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")));
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("UPDATE llm_suggestions SET status = status")));
            // Keep the -wal as a copy would: without its -shm.
            QFile::copy(path + QStringLiteral("-wal"), path + QStringLiteral(".keep"));
        }
        QVERIFY(QFile::rename(path + QStringLiteral(".keep"), path + QStringLiteral("-wal")));
        QFile::remove(path + QStringLiteral("-shm"));
        const QByteArray digest = fileDigest(path);
        const Outcome outcome = readEverything(path);
        QCOMPARE(outcome.code(), OutcomeCode::CannotOpen);
        QVERIFY2(outcome.message().contains(QStringLiteral("-shm")), qPrintable(outcome.message()));
        QCOMPARE(fileDigest(path), digest);
        QCOMPARE(sideFiles(path), QStringList{QStringLiteral("wal.sqlite-wal")});
    }

    void cleanupTestCase()
    {
        qInfo("opened %d damaged files safely, refused %d with a reason; %d flipped page bytes lay in unused space "
              "(the snapshot still verified)",
              m_opened, m_refused, m_unusedSpace);
    }
};

QTEST_GUILESS_MAIN(UntrustedFilesTest)
#include "tst_untrusted_files.moc"
