// Exporting a SQLite database to a snapshot: every table, values kept exactly, secrets left
// out, an atomic file with a manifest whose digests `check` verifies and that names the table
// that no longer matches; the source is never changed.
#include "SnapshotTestSupport.h"
#include "models/db/SchemaCatalog.h"
#include "models/governance/Deadlines.h"
#include "models/governance/ViolationQueueModel.h"
#include "models/snapshot/PartialFile.h"
#include "models/snapshot/SnapshotCheck.h"
#include "models/snapshot/SnapshotDigest.h"
#include "models/snapshot/SnapshotExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QtEndian>

using namespace steward;
using namespace steward::test;

class SnapshotExportTest : public QObject
{
    Q_OBJECT

    // Each open violation's time left, as the Governance view shows it, read against what the
    // database speaks for (now, or a snapshot's export).
    static QMap<QString, QString> timeLeft(const QString& path)
    {
        auto db = openSqlite(path, QStringLiteral("auditor"), true);
        ViolationQueueModel model;
        model.setDatabase(db.get());
        ViolationFilter open;
        open.activeOnly = true;
        ViolationQueryContext context;
        context.deadlines = *Deadlines::load(*db);
        context.hasAppTables = true;
        if (!model.setFilter(open, context))
            return {};
        QMap<QString, QString> left;
        for (int row = 0; row < model.rowCount(); ++row)
            left.insert(model.violationIdAt(row), shownValue(model.index(row, ViolationQuery::DueAt)).toString());
        return left;
    }

private slots:
    void snapshotTellsTimeAsOfItsExport()
    {
        TestClock clock;
        QTemporaryDir dir;
        const QString source = makeDemo(dir);
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        const SnapshotManifest manifest = exportSnapshot(source, out);
        QCOMPARE(manifest.exportedAt, clock.now());
        const QMap<QString, QString> atExport = timeLeft(out);
        QVERIFY(atExport.size() > 10);
        QCOMPARE(atExport, timeLeft(source));

        clock.advanceDays(60);
        QCOMPARE(openSqlite(out, QStringLiteral("auditor"), true)->asOf(), manifest.exportedAt);
        QCOMPARE(timeLeft(out), atExport);
        // The live database has moved on with the clock: its open items are 60 days older.
        const QMap<QString, QString> live = timeLeft(source);
        QCOMPARE(live.keys(), atExport.keys());
        QVERIFY(live != atExport);

        // steward-cli, on the system's clock, measures the snapshot the same way and says so.
        const CliRun info = runCli(
            {QStringLiteral("--db"), out, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("as_of")).toString(),
                 QStringLiteral("2026-11-20 10:00 UTC"));
        const CliRun list = runCli({QStringLiteral("--db"), out, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--limit"),
                                    QStringLiteral("100000")});
        QCOMPARE(list.exitCode, 0);
        int compared = 0;
        for (const QJsonValue& row : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            const QString id = row[QStringLiteral("violation_id")].toString();
            if (atExport.contains(id)) {
                // A severity from a newer monitor has no deadline: null in JSON.
                const QJsonValue left = row[QStringLiteral("time_left")];
                QCOMPARE(left.isNull() ? QStringLiteral("no deadline") : left.toString(), atExport.value(id));
                ++compared;
            }
        }
        QCOMPARE(compared, atExport.size());
    }

    void everyTableIsCopiedAndVerifies()
    {
        QTemporaryDir dir;
        const QString source = makeDemo(dir);
        const QByteArray before = fileDigest(source);
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        const SnapshotManifest manifest = exportSnapshot(source, out);
        QCOMPARE(fileDigest(source), before);
        QCOMPARE(sideFiles(source), QStringList());
        QCOMPARE(sideFiles(out), QStringList());

        auto db = openSqlite(source, QStringLiteral("auditor"), true);
        auto catalog = SchemaCatalog::load(*db);
        QVERIFY(catalog);
        int tables = 0;
        for (const TableInfo& table : catalog->tables()) {
            const SnapshotTableEntry* entry = manifest.table(table.name);
            QVERIFY2(entry, qPrintable(table.name));
            QCOMPARE(entry->rows, *countRows(*db, table));
            QCOMPARE(entry->sha256.size(), 64);
            ++tables;
        }
        QCOMPARE(manifest.tables.size(), tables);
        QVERIFY(manifest.table(QStringLiteral("forecast_actuals"))); // a table the pipeline does not define
        QVERIFY(manifest.table(QStringLiteral("steward_audit_log")));
        QCOMPARE(manifest.exportedBy, QStringLiteral("auditor"));
        QCOMPARE(manifest.source, QFileInfo(source).absoluteFilePath());
        QCOMPARE(manifest.appVersion, QStringLiteral(STEWARD_VERSION));

        auto report = SnapshotCheck::runOnFile(out);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problemText()));
        QCOMPARE(report->tables.size(), manifest.tables.size());

        // A rollback-journal file marked as Steward's.
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(int(header.at(18)), 1);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), SnapshotFormat::kApplicationId);
    }

    void storedValuesSurviveExactly()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("values.sqlite"));
        {
            auto db = createSqlite(source);
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE odd (k INTEGER PRIMARY KEY, r REAL, t TEXT, "
                                                      "b BLOB, n NUMERIC, anything)")));
            STEWARD_VERIFY_OK(db->exec(
                QStringLiteral("INSERT INTO odd VALUES (1, 0.1 + 0.2, '', x'00ff00', '0012', 9223372036854775807), "
                               "(2, -1.7976931348623157e308, NULL, NULL, 1.5, 'text in an untyped column'), "
                               "(3, 5e-324, 'ünïcødé 😀 \"quoted\", comma', zeroblob(3), NULL, x'01'), "
                               "(4, NULL, 'line\nbreak', '', 'abc', -9223372036854775808)")));
        }
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        exportSnapshot(source, out);
        const QString probe =
            QStringLiteral("SELECT k, typeof(r), quote(r), typeof(t), quote(t), typeof(b), quote(b), "
                           "typeof(n), quote(n), typeof(anything), quote(anything) FROM odd ORDER BY k");
        QStringList expected, actual;
        for (const auto& [path, list] : {qMakePair(source, &expected), qMakePair(out, &actual)}) {
            auto db = openSqlite(path, QStringLiteral("auditor"), true);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(probe));
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < 11; ++c)
                    row << q.value(c).toString();
                *list << row.join(QLatin1Char('|'));
            }
        }
        QCOMPARE(actual.size(), 4);
        QCOMPARE(actual, expected);
    }

    void secretsNeverLeaveTheSource()
    {
        QTemporaryDir dir;
        const QString source = makeDemo(dir);
        QStringList keys;
        {
            auto db = openSqlite(source, QStringLiteral("auditor"), true);
            QSqlQuery q = db->query();
            QVERIFY(q.exec(QStringLiteral("SELECT api_key FROM llm_providers WHERE api_key IS NOT NULL")));
            while (q.next())
                keys << q.value(0).toString();
        }
        QVERIFY(!keys.isEmpty());
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        const SnapshotManifest manifest = exportSnapshot(source, out);
        QCOMPARE(manifest.table(QStringLiteral("llm_providers"))->redactedColumns,
                 QStringList{QStringLiteral("api_key")});
        auto db = openSqlite(out, QStringLiteral("auditor"), true);
        QSqlQuery q = db->query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(api_key) FROM llm_providers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), keys.size());
        QCOMPARE(q.value(1).toInt(), 0);
        // Not in any page of the file either (no free page keeps an old value).
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QString& key : keys)
            QVERIFY(!bytes.contains(key.toUtf8()));
    }

    void snapshotsOpenReadOnlyByDefault()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        exportSnapshot(makeDemo(dir), out);
        const QByteArray before = fileDigest(out);
        ConnectionTarget target;
        target.sqlitePath = out;
        {
            auto db = Database::open(target);
            QVERIFY(db);
            QVERIFY((*db)->isReadOnly());
            QVERIFY((*db)->openedAsSnapshot());
            QVERIFY((*db)->options().untrusted);
            QCOMPARE((*db)->beginWrite().code(), OutcomeCode::ReadOnly);
        }
        QCOMPARE(fileDigest(out), before);
        QCOMPARE(sideFiles(out), QStringList());
        auto writable = openSnapshotForWriting(out);
        QVERIFY(!writable->isReadOnly());
    }

    void cancelledExportLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAfter");
        QTest::newRow("at once") << 1;
        QTest::newRow("mid-way") << 4;
        QTest::newRow("late") << 20;
    }

    void cancelledExportLeavesNothing()
    {
        QFETCH(int, cancelAfter);
        QTemporaryDir dir;
        const QString source = makeDemo(dir, QStringLiteral("demo.sqlite"), QStringLiteral("admin"), 4);
        const QStringList before = filesBeside(source);
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        int calls = 0;
        bool counted = true;
        ExportOptions options;
        options.progress = [&](const ExportProgress& progress) {
            counted = counted && progress.rowsDone <= progress.rowsTotal;
            return ++calls < cancelAfter;
        };
        auto db = openSqlite(source, QStringLiteral("auditor"), true);
        auto manifest = SnapshotExport::write(*db, out, options);
        QVERIFY(!manifest);
        QVERIFY(manifest.failure().message().contains(QStringLiteral("cancelled")));
        QCOMPARE(calls, cancelAfter);
        QVERIFY(counted);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(filesBeside(source), before);
    }

    void existingFilesAreReplacedOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString source = makeDemo(dir);
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        auto db = openSqlite(source, QStringLiteral("auditor"), true);
        auto refused = SnapshotExport::write(*db, out);
        QCOMPARE(refused.failure().code(), OutcomeCode::Conflict);
        QCOMPARE(fileDigest(out), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());
        ExportOptions options;
        options.overwrite = true;
        QVERIFY(SnapshotExport::write(*db, out, options));
        QVERIFY(SnapshotCheck::runOnFile(out)->ok());

        QCOMPARE(SnapshotExport::write(*db, dir.filePath(QStringLiteral("no/such/folder/x.sqlite"))).failure().code(),
                 OutcomeCode::CannotOpen);
        QCOMPARE(SnapshotExport::write(*db, source).failure().code(), OutcomeCode::Usage);
    }

    void staleTemporaryFilesOfKilledWritersAreRemoved()
    {
        QTemporaryDir dir;
        const QString source = makeDemo(dir);
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        // A process id that is certainly gone: a child that has exited.
        QProcess child;
        child.start(QStringLiteral("true"), QStringList());
        QVERIFY(child.waitForFinished());
        const qint64 deadPid = child.processId() > 0 ? child.processId() : 999999;
        const QString stale = dir.filePath(QStringLiteral(".snap.sqlite.steward-partial-%1").arg(deadPid));
        const QString live =
            dir.filePath(QStringLiteral(".snap.sqlite.steward-partial-%1").arg(QCoreApplication::applicationPid()));
        for (const QString& path : {stale, live}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a snapshot");
        }
        QCOMPARE(PartialFile::staleFiles(out).size() <= 1, true);
        exportSnapshot(source, out);
        QVERIFY(!QFile::exists(stale));
        QVERIFY(!QFile::exists(live)); // this process's own name is reused and cleaned
        QVERIFY(SnapshotCheck::runOnFile(out)->ok());
    }

    void aChangedTableIsNamed()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("snap.sqlite"));
        exportSnapshot(makeDemo(dir), out);
        {
            auto db = openSnapshotForWriting(out);
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("UPDATE llm_suggestions SET status = 'applied' WHERE id = 7")));
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("DELETE FROM model_comparisons WHERE id = 1")));
            STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE smuggled (x)")));
        }
        auto report = SnapshotCheck::runOnFile(out);
        QVERIFY(report);
        QVERIFY(!report->ok());
        QVERIFY(report->integrityOk());
        QCOMPARE(report->mismatchedTables(),
                 (QStringList{QStringLiteral("llm_suggestions"), QStringLiteral("model_comparisons"),
                              QStringLiteral("smuggled")}));
        const QString problem = report->problemText();
        QVERIFY2(problem.contains(QStringLiteral("llm_suggestions does not match its manifest digest")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("model_comparisons has 14 rows; its manifest says 15")),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("smuggled is in the file but not in the manifest")),
                 qPrintable(problem));
    }

    // The digest is what SnapshotDigest.h documents: recomputed here independently.
    void digestFollowsTheDocumentedEncoding()
    {
        QTemporaryDir dir;
        auto db = createSqlite(dir.filePath(QStringLiteral("tiny.sqlite")));
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE t (a, b)")));
        // Inserted out of order: the digest orders rows itself (NULL < numbers < text < blobs).
        STEWARD_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO t VALUES ('x', x'00'), (2, 0.5), (NULL, -1)")));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayLiteral("steward-rows/1\nt\na\x1f"
                                       "b\n"));
        const auto integer = [&](qint64 v) {
            char b[9] = {'I'};
            qToBigEndian(v, b + 1);
            hash.addData(QByteArrayView(b, 9));
        };
        const auto real = [&](double v) {
            quint64 bits;
            memcpy(&bits, &v, 8);
            char b[9] = {'R'};
            qToBigEndian(bits, b + 1);
            hash.addData(QByteArrayView(b, 9));
        };
        const auto bytes = [&](char tag, const QByteArray& data) {
            char b[9] = {tag};
            qToBigEndian(quint64(data.size()), b + 1);
            hash.addData(QByteArrayView(b, 9));
            hash.addData(data);
        };
        hash.addData(QByteArrayLiteral("N"));
        integer(-1);
        integer(2);
        real(0.5);
        bytes('T', "x");
        bytes('B', QByteArray(1, '\0'));
        auto digest = digestSqliteTable(*db, QStringLiteral("t"));
        QVERIFY(digest);
        QCOMPARE(digest->rows, 3);
        QCOMPARE(digest->sha256, QString::fromLatin1(hash.result().toHex()));
    }
};

QTEST_GUILESS_MAIN(SnapshotExportTest)
#include "tst_snapshot_export.moc"
