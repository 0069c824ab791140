// steward-cli on other systems' databases: `info` says whose tables they are, --profile
// overrides, a bad profile is a usage error that names the mistake, and the violation workflow
// runs on UrutiIQ's own table from the command line.
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliProfilesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject info(const QStringList& extra)
    {
        const CliRun run =
            runCli(extra + QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("info")});
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("info: %s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void infoNamesTheProfile()
    {
        const QString within = m_dir.filePath(QStringLiteral("within.sqlite"));
        QVERIFY(makeFromContract(within, QStringLiteral("within_sqlite.sql")));
        const QJsonObject detected = info({QStringLiteral("--db"), within});
        QCOMPARE(detected.value(QStringLiteral("profile")).toString(), QStringLiteral("within"));
        QCOMPARE(detected.value(QStringLiteral("profile_chosen")).toString(), QStringLiteral("detected"));
        QVERIFY(detected.value(QStringLiteral("missing_pipeline_tables")).toArray().isEmpty());

        const QJsonObject chosen =
            info({QStringLiteral("--db"), within, QStringLiteral("--profile"), QStringLiteral("pipeline")});
        QCOMPARE(chosen.value(QStringLiteral("profile")).toString(), QStringLiteral("pipeline"));
        QCOMPARE(chosen.value(QStringLiteral("profile_chosen")).toString(), QStringLiteral("chosen"));
    }

    void badProfilesAreUsageErrors()
    {
        const QString path = m_dir.filePath(QStringLiteral("urutiiq.sqlite"));
        QVERIFY(makeFromContract(path, QStringLiteral("urutiiq_postgres.sql")));
        const CliRun unknown = runCli({QStringLiteral("--db"), path, QStringLiteral("--profile"),
                                       QStringLiteral("prisma"), QStringLiteral("info")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("no profile named prisma")), qPrintable(unknown.err));

        const QString file = m_dir.filePath(QStringLiteral("broken.json"));
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"format": "steward-profile-1", "name": "x", "entities": {"violation": {"table": "t"}}})");
        broken.close();
        const CliRun bad =
            runCli({QStringLiteral("--db"), path, QStringLiteral("--profile"), file, QStringLiteral("info")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("entities.violation.fields must name the id column")),
                 qPrintable(bad.err));
    }

    void withinModelsReadOnlyAndUnchanged()
    {
        // WITHIN's model_metadata is not the pipeline's, yet Models lists its versions, by name.
        const QString path = m_dir.filePath(QStringLiteral("within-models.sqlite"));
        {
            auto db = makeFromContract(path, QStringLiteral("within_sqlite.sql"));
            QVERIFY(db);
            for (const char* sql :
                 {"INSERT INTO model_metadata VALUES "
                  "('a1','churn','1.0','classifier','{}','{}','d','/m','retired','2026-09-01 00:00:00','2026-09-01 "
                  "00:00:00')",
                  "INSERT INTO model_metadata VALUES "
                  "('a2','churn','1.1','classifier','{}','{}','d','/m','production','2026-11-01 00:00:00','2026-11-01 "
                  "00:00:00')",
                  "INSERT INTO training_jobs VALUES ('j1','a2','failed','{}','v2','{}',NULL,'2026-10-31 "
                  "20:00:00','2026-10-31 20:05:00','2026-10-31 20:00:00','2026-10-31 20:05:00')"}) {
                QSqlQuery q = db->query();
                QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
            }
        }
        const QByteArray before = fileDigest(path);
        const CliRun list = runCli({QStringLiteral("--db"), path, QStringLiteral("--read-only"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                    QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("churn")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("model_version")).toString(), QStringLiteral("churn 1.1"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("model_name")).toString(), QStringLiteral("churn"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("client_id")).toString(), QStringLiteral("churn"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("job_status")).toString(), QStringLiteral("failed"));
        QCOMPARE(fileDigest(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void demoWritesEachSystem_data()
    {
        QTest::addColumn<QString>("system");
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq");
        QTest::newRow("within") << QStringLiteral("within");
        QTest::newRow("krongthai") << QStringLiteral("krongthai");
    }

    void demoWritesEachSystem()
    {
        QFETCH(QString, system);
        const QString path = m_dir.filePath(system + QStringLiteral("-demo.sqlite"));
        const CliRun demo = runCli({QStringLiteral("demo"), path, QStringLiteral("--profile"), system});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(info({QStringLiteral("--db"), path}).value(QStringLiteral("profile")).toString(), system);
        const CliRun verify = runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err)); // states found are adopted
        const CliRun models = runCli({QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                      QStringLiteral("models"), QStringLiteral("list")});
        QVERIFY2(models.exitCode == 0, qPrintable(models.err));
        const QJsonArray versions = QJsonDocument::fromJson(models.out.toUtf8()).array();
        QVERIFY(versions.size() >= 6);
        QVERIFY(!versions.first().toObject().value(QStringLiteral("model_name")).toString().isEmpty());
        if (system == QLatin1String("urutiiq")) {
            const CliRun violations =
                runCli({QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("violations"), QStringLiteral("list")});
            QSet<QString> states;
            for (const QJsonValue& row : QJsonDocument::fromJson(violations.out.toUtf8()).array())
                states << row.toObject().value(QStringLiteral("status")).toString();
            QCOMPARE(states, (QSet<QString>{"open", "investigating", "resolved", "false_positive"}));
        }
        // Written only into an empty database.
        QCOMPARE(runCli({QStringLiteral("demo"), path, QStringLiteral("--profile"), system}).exitCode, 4);
        QCOMPARE(runCli({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("x.sqlite")),
                         QStringLiteral("--profile"), QStringLiteral("mlflow")})
                     .exitCode,
                 2);
    }

    void urutiiqViolationWorkflow()
    {
        const QString path = m_dir.filePath(QStringLiteral("workflow.sqlite"));
        {
            auto db = makeFromContract(path, QStringLiteral("urutiiq_postgres.sql"));
            QVERIFY(db);
            for (
                const char* sql :
                {R"(INSERT INTO "AIGovernance" VALUES ('p1','t1','c1','Bias watch','bias_detection','active',NULL,NULL,NULL,NULL,NULL,'2026-10-01 00:00:00','2026-10-01 00:00:00'))",
                 R"(INSERT INTO "AIGovernanceViolation" VALUES ('ckviolation1','t1','c1','p1',NULL,'bias','high','Gap','{}','open',NULL,NULL,NULL,'2026-12-01 08:00:00','2026-12-01 08:00:00'))"}) {
                QSqlQuery q = db->query();
                QVERIFY2(q.exec(QString::fromUtf8(sql)), sql);
            }
        }
        // Whoever initialises Steward's tables is their first admin.
        const QStringList db{QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin")};
        QCOMPARE(runCli(db + QStringList{QStringLiteral("init")}).exitCode, 0);
        const CliRun list = runCli(db + QStringList{QStringLiteral("violations"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("ckviolation1")), qPrintable(list.out));
        for (const QString& to : {QStringLiteral("investigating"), QStringLiteral("resolved")}) {
            const CliRun step = runCli(db + QStringList{QStringLiteral("violations"), QStringLiteral("transition"),
                                                        QStringLiteral("ckviolation1"), QStringLiteral("--to"), to,
                                                        QStringLiteral("--comment"), QStringLiteral("Reweighted")});
            QVERIFY2(step.exitCode == 0, qPrintable(step.err));
        }
        auto check = openSqlite(path, QStringLiteral("admin"), true);
        QVERIFY(check);
        QSqlQuery row = check->query();
        QVERIFY(row.exec(QStringLiteral("SELECT status, resolution, \"resolvedBy\", \"resolvedAt\" IS NOT NULL "
                                        "FROM \"AIGovernanceViolation\" WHERE id = 'ckviolation1'")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("resolved"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("Reweighted"));
        QCOMPARE(row.value(2).toString(), QStringLiteral("admin"));
        QVERIFY(row.value(3).toBool());
        const CliRun verify = runCli(db + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

        // A snapshot carries UrutiIQ's tables and says whose they are; read offline, as they were.
        const QString snapshot = m_dir.filePath(QStringLiteral("urutiiq-snapshot.sqlite"));
        const CliRun exported = runCli(db + QStringList{QStringLiteral("export"), snapshot});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject snapshotInfo = info({QStringLiteral("--db"), snapshot});
        QCOMPARE(snapshotInfo.value(QStringLiteral("profile")).toString(), QStringLiteral("urutiiq"));
        QCOMPARE(snapshotInfo.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("urutiiq"));
        const QByteArray before = fileDigest(snapshot);
        const CliRun offline = runCli({QStringLiteral("--db"), snapshot, QStringLiteral("violations"),
                                       QStringLiteral("show"), QStringLiteral("ckviolation1")});
        QVERIFY2(offline.exitCode == 0, qPrintable(offline.err));
        QVERIFY2(offline.out.contains(QStringLiteral("Reweighted")), qPrintable(offline.out));
        QCOMPARE(fileDigest(snapshot), before);
    }
};

QTEST_GUILESS_MAIN(CliProfilesTest)
#include "tst_cli_profiles.moc"
