// steward-cli's contract for info, init and demo: output formats and every exit code they produce.
#include "SnapshotTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliFoundationTest : public QObject
{
    Q_OBJECT

    static void expectError(const CliRun& run, int code, const QString& fragment)
    {
        QVERIFY2(run.exitCode == code,
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

private slots:
    // info shows everything it can and then names the view that never ends (exit 6); a list
    // read from such a view stops at the time limit instead of hanging.
    void endlessViewsAreStoppedAndNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endless.sqlite"));
        {
            auto db = createSqlite(path);
            const QString endless = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) ");
            for (const QString& sql :
                 {QStringLiteral("CREATE TABLE good (x)"), QStringLiteral("INSERT INTO good VALUES (1), (2)"),
                  QStringLiteral("CREATE VIEW forever AS ") + endless + QStringLiteral("SELECT i FROM n"),
                  QStringLiteral("CREATE VIEW llm_suggestions AS ") + endless +
                      QStringLiteral("SELECT i AS id, 'x' || i AS suggestion_id, NULL AS cycle_id, 'c' AS client_id, "
                                     "'other' AS category, 's' AS summary, NULL AS reasoning, NULL AS parameter_diff, "
                                     "NULL AS before_metrics, NULL AS after_metrics, 'pending' AS status FROM n")})
                STEWARD_VERIFY_OK(db->exec(sql));
        }
        QElapsedTimer timer;
        timer.start();
        const CliRun info = runCli({QStringLiteral("--db"), path, QStringLiteral("--time-limit"), QStringLiteral("1"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("info")});
        expectError(info, 6, QStringLiteral("forever"));
        const QJsonArray tables =
            QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("tables")).toArray();
        QStringList counted;
        for (const QJsonValue& table : tables)
            counted << table[QStringLiteral("name")].toString() + QLatin1Char('=') +
                           (table[QStringLiteral("rows")].isNull()
                                ? QStringLiteral("?")
                                : QString::number(table[QStringLiteral("rows")].toInt()));
        QVERIFY2(counted.contains(QStringLiteral("good=2")), qPrintable(counted.join(QLatin1Char(' '))));
        QVERIFY(counted.contains(QStringLiteral("forever=?")));
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("--time-limit"), QStringLiteral("1"),
                            QStringLiteral("suggestions"), QStringLiteral("list")}),
                    6, QStringLiteral("llm_suggestions"));
        QVERIFY2(timer.elapsed() < 30000, "the time limit did not stop the endless views");
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("--time-limit"), QStringLiteral("soon"),
                            QStringLiteral("info")}),
                    2, QStringLiteral("--time-limit"));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(runCli({}).exitCode, 2);
        expectError(runCli({QStringLiteral("frobnicate")}), 2, QStringLiteral("unknown command"));
        expectError(runCli({QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("info"),
                            QStringLiteral("--bogus")}),
                    2, QStringLiteral("unknown option --bogus"));
        expectError(runCli({QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("info")}), 2,
                    QStringLiteral("--format"));
        expectError(runCli({QStringLiteral("info")}), 2, QStringLiteral("no database given"));
        expectError(runCli({QStringLiteral("demo")}), 2, QStringLiteral("missing argument"));
        QTemporaryDir dir;
        expectError(runCli({QStringLiteral("demo"), dir.filePath(QStringLiteral("d.sqlite")), QStringLiteral("--scale"),
                            QStringLiteral("0")}),
                    2, QStringLiteral("--scale"));
    }

    void initCreatesSearchIndexes()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const auto list = [&](const QString& text) {
            const CliRun run =
                runCli({QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("suggestions"), QStringLiteral("list"), QStringLiteral("--search"), text,
                        QStringLiteral("--limit"), QStringLiteral("500")});
            return run.exitCode == 0 ? run.out : QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
        };
        const QString before = list(QStringLiteral("holiday"));
        const QString hostile = list(QStringLiteral("50%_'\""));
        QVERIFY(before.count(QLatin1Char('\n')) > 2);
        const CliRun init = runCli({QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("init"), QStringLiteral("--indexes")});
        QCOMPARE(init.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(init.out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("indexes")).toArray(),
                 QJsonArray({QStringLiteral("steward_search_suggestions"), QStringLiteral("steward_search_order"),
                             QStringLiteral("steward_search_violations")}));
        QCOMPARE(list(QStringLiteral("holiday")), before);
        QCOMPARE(list(QStringLiteral("50%_'\"")), hostile);
        // Run again, it rebuilds; read-only, it is refused.
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--indexes")}).exitCode,
                 0);
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("init"),
                            QStringLiteral("--indexes")}),
                    7, QString());
    }

    void infoAsJsonTableAndCsv()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir);
        const QByteArray before = fileDigest(path);
        const CliRun json = runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("info")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("backend")).toString(), QStringLiteral("sqlite"));
        QCOMPARE(info.value(QStringLiteral("read_only")).toBool(), true);
        QCOMPARE(info.value(QStringLiteral("app_schema_version")).toInt(), 3);
        QCOMPARE(info.value(QStringLiteral("foreign_triggers")).toArray(), QJsonArray());
        QJsonObject suggestions;
        for (const QJsonValue& table : info.value(QStringLiteral("tables")).toArray()) {
            if (table.toObject().value(QStringLiteral("name")) == QStringLiteral("llm_suggestions"))
                suggestions = table.toObject();
        }
        QCOMPARE(suggestions.value(QStringLiteral("rows")).toInt(), 250);
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());

        const CliRun table = runCli({QStringLiteral("info")}, {QStringLiteral("STEWARD_DB=") + path});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("llm_suggestions")));
        QVERIFY(table.out.contains(QStringLiteral("backend:")));

        const CliRun csv = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("info")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("key,value\r\n")));
    }

    void cannotOpen_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("text") << QByteArray("hello, world\n") << "text file";
        QTest::newRow("garbage") << QByteArray(8192, '\x13') << "not a SQLite database";
    }

    void cannotOpen()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("info")}), 6, fragment);
        QCOMPARE(sideFiles(path), QStringList());
    }

    // A zero-byte file is an empty database, as SQLite sees it: info opens it and says so.
    void zeroByteFileIsAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"),
                                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info.value(QStringLiteral("profile")).toString(), QStringLiteral("pipeline"));
        QCOMPARE(info.value(QStringLiteral("profile_chosen")).toString(), QStringLiteral("default"));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void missingFileIsNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("info")}), 6, QStringLiteral("no such file"));
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("info")}), 6,
                    QStringLiteral("no such file"));
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("init")}), 6, QStringLiteral("no such file"));
        QVERIFY(!QFile::exists(path));
    }

    void initAndReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipeline.sqlite"));
        makePipelineOnly(path);
        const QByteArray before = fileDigest(path);
        expectError(runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"), QStringLiteral("init")}), 7,
                    QStringLiteral("read-only"));
        QCOMPARE(fileDigest(path), before);

        const CliRun first = runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("maria"),
                                     QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("init")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value(QStringLiteral("changed")).toBool(), true);
        const CliRun second = runCli(
            {QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("init")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(QStringLiteral("changed")).toBool(),
                 false);
    }

    void demoRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun made = runCli({QStringLiteral("demo"), path, QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY(made.out.contains(QStringLiteral("llm_suggestions")));
        const QByteArray before = fileDigest(path);
        expectError(runCli({QStringLiteral("demo"), path}), 4, QStringLiteral("already exists"));
        QCOMPARE(fileDigest(path), before);
    }
};

QTEST_GUILESS_MAIN(CliFoundationTest)
#include "tst_cli_foundation.moc"
