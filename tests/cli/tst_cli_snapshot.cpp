// steward-cli export, check and diff: exit codes, output, read-only paths that leave every file
// byte-identical, damaged files through the real binary, and exports interrupted by a signal.
#include "SnapshotTestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QThread>

using namespace steward;
using namespace steward::test;

class CliSnapshotTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_snapshot;

    static void expectExit(const CliRun& run, int code, const QString& fragment = {})
    {
        QVERIFY2(
            run.exitCode == code,
            qPrintable(
                QStringLiteral("exit %1, stderr: %2 stdout: %3").arg(run.exitCode).arg(run.err, run.out.left(400))));
        if (code != 0)
            QVERIFY2(run.err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(run.err));
        if (!fragment.isEmpty())
            QVERIFY2((run.err + run.out).contains(fragment), qPrintable(run.err + run.out));
    }

    static QStringList partialFiles(const QString& dir)
    {
        return QDir(dir).entryList({QStringLiteral("*steward-partial*")}, QDir::Files | QDir::Hidden | QDir::System);
    }

    // Starts an export of a larger database and stops it with `signal` once it is under way.
    void interruptExport(const QString& source, const QString& out, bool kill, int* exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("STEWARD_DB"));
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("STEWARD_CLI"),
                      {QStringLiteral("--db"), source, QStringLiteral("export"), out});
        QVERIFY(process.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        while (partialFiles(QFileInfo(out).absolutePath()).isEmpty() && process.state() == QProcess::Running &&
               timer.elapsed() < 60000)
            QThread::msleep(2);
        QVERIFY2(process.state() == QProcess::Running, "the export ended before it could be interrupted");
        QThread::msleep(150); // well into the copying
        if (kill)
            process.kill();
        else
            process.terminate();
        QVERIFY(process.waitForFinished(30000));
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        m_demo = makeDemo(m_dir);
        m_snapshot = m_dir.filePath(QStringLiteral("snap.sqlite"));
        const CliRun run = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("--as"), QStringLiteral("auditor"),
                                   QStringLiteral("export"), m_snapshot});
        expectExit(run, 0, QStringLiteral("Wrote"));
        QVERIFY(run.out.contains(QStringLiteral("llm_suggestions")));
        QVERIFY(run.out.contains(QStringLiteral("api_key"))); // listed as redacted, never its value
    }

    void exportExitCodes()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        const CliRun json = runCli({QStringLiteral("--db"), m_demo, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("export"), out});
        expectExit(json, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("file")).toString(), out);
        QVERIFY(object.value(QStringLiteral("tables")).toArray().size() >= 20);
        QCOMPARE(object.value(QStringLiteral("digest")).toString(), QStringLiteral("sha256-rows/1"));
        const QByteArray digest = fileDigest(out);
        expectExit(runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export"), out}), 4,
                   QStringLiteral("already exists"));
        QCOMPARE(fileDigest(out), digest);
        expectExit(
            runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export"), out, QStringLiteral("--overwrite")}), 0);
        expectExit(runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                           dir.filePath(QStringLiteral("no/dir/x.sqlite"))}),
                   6, QStringLiteral("folder does not exist"));
        expectExit(runCli({QStringLiteral("export"), out}), 2, QStringLiteral("no database given"));
        expectExit(runCli({QStringLiteral("--db"), m_demo, QStringLiteral("export")}), 2);
        expectExit(runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite")),
                           QStringLiteral("export"), dir.filePath(QStringLiteral("y.sqlite"))}),
                   6, QStringLiteral("no such file"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("y.sqlite"))));
        QCOMPARE(partialFiles(dir.path()), QStringList());
    }

    void checkExitCodes()
    {
        expectExit(runCli({QStringLiteral("check"), m_snapshot}), 0, QStringLiteral("verifies"));
        const CliRun json =
            runCli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("check"), m_snapshot});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("verified")).toBool(), true);

        QTemporaryDir dir;
        const QString tampered = dir.filePath(QStringLiteral("tampered.sqlite"));
        QVERIFY(QFile::copy(m_snapshot, tampered));
        QFile::setPermissions(tampered, QFile::ReadOwner | QFile::WriteOwner);
        STEWARD_VERIFY_OK(openSnapshotForWriting(tampered)->exec(
            QStringLiteral("UPDATE governance_violations SET status = 'resolved'")));
        expectExit(runCli({QStringLiteral("check"), tampered}), 6,
                   QStringLiteral("governance_violations does not match its manifest digest"));
        expectExit(runCli({QStringLiteral("check"), m_demo}), 6, QStringLiteral("no snapshot manifest"));
        expectExit(runCli({QStringLiteral("check"), dir.filePath(QStringLiteral("missing.sqlite"))}), 6,
                   QStringLiteral("no such file"));
        writeBytes(dir.filePath(QStringLiteral("notes.txt")), "not a database\n");
        expectExit(runCli({QStringLiteral("check"), dir.filePath(QStringLiteral("notes.txt"))}), 6,
                   QStringLiteral("text file"));
        expectExit(runCli({QStringLiteral("check")}), 2);
    }

    void diffOfTwoExports()
    {
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        QVERIFY(QFile::copy(m_demo, live));
        QFile::setPermissions(live, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto db = openSqlite(live);
            STEWARD_VERIFY_OK(
                db->exec(QStringLiteral("UPDATE llm_suggestions SET status = 'rejected' WHERE id IN (1, 2)")));
        }
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        expectExit(runCli({QStringLiteral("--db"), live, QStringLiteral("export"), newer}), 0);
        const QByteArray olderDigest = fileDigest(m_snapshot), newerDigest = fileDigest(newer);
        const CliRun json =
            runCli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("diff"), m_snapshot, newer});
        expectExit(json, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray suggestions = object.value(QStringLiteral("suggestions")).toArray();
        int changed = 0;
        for (const QJsonValue& row : suggestions) {
            QCOMPARE(row[QStringLiteral("status_after")].toString(), QStringLiteral("rejected"));
            ++changed;
        }
        QVERIFY(changed >= 1 && changed <= 2); // rows 1 and 2 that were not already rejected
        QCOMPARE(object.value(QStringLiteral("violations")).toArray().size(), 0);
        QCOMPARE(object.value(QStringLiteral("audit")).toArray().size(), 0);
        const CliRun table = runCli({QStringLiteral("diff"), m_snapshot, newer});
        expectExit(table, 0, QStringLiteral("Suggestions that changed state: %1").arg(changed));
        const CliRun csv =
            runCli({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("diff"), m_snapshot, newer});
        expectExit(csv, 0);
        QCOMPARE(csv.out.count(QStringLiteral("\r\nsuggestions,")), changed);
        QCOMPARE(fileDigest(m_snapshot), olderDigest);
        QCOMPARE(fileDigest(newer), newerDigest);
        expectExit(runCli({QStringLiteral("diff"), m_snapshot}), 2);
        expectExit(runCli({QStringLiteral("diff"), m_snapshot, dir.filePath(QStringLiteral("gone.sqlite"))}), 6);
    }

    void readOnlyPathsLeaveFilesAlone()
    {
        const QByteArray snapshotDigest = fileDigest(m_snapshot);
        const QByteArray demoDigest = fileDigest(m_demo);
        expectExit(runCli({QStringLiteral("--db"), m_snapshot, QStringLiteral("info")}), 0);
        expectExit(runCli({QStringLiteral("--db"), m_demo, QStringLiteral("--read-only"), QStringLiteral("info")}), 0);
        expectExit(runCli({QStringLiteral("check"), m_snapshot}), 0);
        expectExit(runCli({QStringLiteral("diff"), m_snapshot, m_snapshot}), 0);
        expectExit(runCli({QStringLiteral("diff"), m_snapshot, m_demo}), 0);
        expectExit(runCli({QStringLiteral("--db"), m_snapshot, QStringLiteral("export"),
                           m_dir.filePath(QStringLiteral("again.sqlite"))}),
                   0);
        // A snapshot opens read-only by default: writing is refused with exit 7.
        expectExit(runCli({QStringLiteral("--db"), m_snapshot, QStringLiteral("init")}), 7,
                   QStringLiteral("read-only"));
        QCOMPARE(fileDigest(m_snapshot), snapshotDigest);
        QCOMPARE(fileDigest(m_demo), demoDigest);
        QCOMPARE(sideFiles(m_snapshot), QStringList());
        QCOMPARE(sideFiles(m_demo), QStringList());
    }

    void damagedFilesThroughTheCli()
    {
        QFile file(m_snapshot);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        QList<QPair<QString, QByteArray>> corpus{
            {QStringLiteral("zero"), QByteArray()},
            {QStringLiteral("text"), QByteArray("id,status\n1,open\n")},
            {QStringLiteral("image"),
             QByteArray::fromBase64(
                 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")}};
        QByteArray random(32768, '\0');
        QRandomGenerator generator(7);
        for (char& c : random)
            c = static_cast<char>(generator.bounded(256));
        corpus << qMakePair(QStringLiteral("encrypted"), random);
        for (qint64 length : {qint64(100), qint64(4096), qint64(good.size() / 2), qint64(good.size() - 1)})
            corpus << qMakePair(QStringLiteral("truncated-%1").arg(length), good.left(length));
        for (int offset : {16, 18, 21, 28, 40, 52, 56, 96}) {
            QByteArray flipped = good;
            flipped[offset] = static_cast<char>(flipped.at(offset) ^ 0xff);
            corpus << qMakePair(QStringLiteral("header-%1").arg(offset), flipped);
        }
        for (int i = 0; i < 12; ++i) {
            QByteArray flipped = good;
            const qint64 offset = 100 + generator.bounded(static_cast<quint32>(good.size() - 100));
            flipped[offset] = static_cast<char>(flipped.at(offset) ^ 0x33);
            corpus << qMakePair(QStringLiteral("page-%1").arg(offset), flipped);
        }
        QTemporaryDir dir;
        for (const auto& [name, bytes] : corpus) {
            const QString path = dir.filePath(name + QStringLiteral(".sqlite"));
            writeBytes(path, bytes);
            const QByteArray digest = fileDigest(path);
            // A zero-byte file is an empty database (it opens, with nothing in it): no garbage.
            const bool garbage = name == QLatin1String("text") || name == QLatin1String("image") ||
                                 name == QLatin1String("encrypted") || name.startsWith(QLatin1String("truncated"));
            const CliRun info =
                runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("info")});
            const CliRun check = runCli({QStringLiteral("check"), path});
            const CliRun diff = runCli({QStringLiteral("diff"), m_snapshot, path});
            for (const CliRun* run : {&info, &check, &diff}) {
                QVERIFY2(run->exitCode == 0 || run->exitCode == 6,
                         qPrintable(QStringLiteral("%1: exit %2 %3").arg(name).arg(run->exitCode).arg(run->err)));
                if (run->exitCode == 6)
                    QVERIFY2(run->err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(run->err));
                if (garbage)
                    QVERIFY2(run->exitCode == 6, qPrintable(name));
            }
            QCOMPARE(fileDigest(path), digest);
            QCOMPARE(sideFiles(path), QStringList());
        }
    }

    void interruptedExportsLeaveNothing()
    {
        QTemporaryDir dir;
        const QString source = makeDemo(dir, QStringLiteral("big.sqlite"), QStringLiteral("admin"), 40);
        const QString out = dir.filePath(QStringLiteral("out.sqlite"));
        int exitCode = 0;
        interruptExport(source, out, false, &exitCode);
        QCOMPARE(exitCode, 1); // cancelled, and it says so
        QVERIFY(!QFile::exists(out));
        QCOMPARE(partialFiles(dir.path()), QStringList());

        interruptExport(source, out, true, &exitCode);
        QCOMPARE(exitCode, -1);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(partialFiles(dir.path()).size(), 1); // a killed process cannot clean up...
        expectExit(runCli({QStringLiteral("--db"), source, QStringLiteral("export"), out}), 0);
        QCOMPARE(partialFiles(dir.path()), QStringList()); // ...the next export to the same place does
        expectExit(runCli({QStringLiteral("check"), out}), 0);
    }
};

QTEST_GUILESS_MAIN(CliSnapshotTest)
#include "tst_cli_snapshot.moc"
