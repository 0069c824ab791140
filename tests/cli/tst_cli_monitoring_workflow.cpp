// steward-cli's monitoring decisions on the systems' demos: the feedback queue and its workflow,
// deployments per environment and their rollback requests decided with `rollbacks approve`,
// each with its exit code, in every format; ratings and model-column deployments read only.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliMonitoringWorkflowTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_urutiiq;

    CliRun cli(const QString& db, const QStringList& arguments, const QString& user = QStringLiteral("admin"))
    {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), user} + arguments);
    }

    QJsonArray list(const QString& db, const QStringList& arguments)
    {
        const CliRun run = cli(db, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments);
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QJsonObject decide(const QStringList& arguments, const QString& user)
    {
        const CliRun run =
            cli(m_urutiiq, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments, user);
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    QString demo(const QString& profile)
    {
        const QString path = m_dir.filePath(profile + QStringLiteral(".sqlite"));
        const CliRun run = runCli({QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("demo"), path,
                                   QStringLiteral("--profile"), profile});
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("%s", qPrintable(run.err));
        return path;
    }

    static QJsonObject byId(const QJsonArray& rows, const QString& key, const QString& id)
    {
        for (const QJsonValue& row : rows) {
            if (row.toObject().value(key).toString() == id)
                return row.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_urutiiq = demo(QStringLiteral("urutiiq"));
        QVERIFY(!m_urutiiq.isEmpty());
        for (const auto& [user, role] : {std::pair{"vic", "viewer"}, {"ana", "analyst"}, {"mia", "manager"}}) {
            const CliRun granted = cli(m_urutiiq, {QStringLiteral("roles"), QStringLiteral("grant"),
                                                   QString::fromUtf8(user), QString::fromUtf8(role)});
            QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        }
    }

    void feedbackQueue()
    {
        const QJsonArray all =
            list(m_urutiiq, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("list")});
        QCOMPARE(all.size(), 12); // 6 per company
        const QJsonArray pending =
            list(m_urutiiq, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("list"),
                             QStringLiteral("--status"), QStringLiteral("pending")});
        QCOMPARE(pending.size(), 4);
        for (const QJsonValue& row : pending) {
            QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QVERIFY(!row.toObject().value(QStringLiteral("feedback_id")).toString().isEmpty());
        }
        QCOMPARE(cli(m_urutiiq, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("list"),
                                 QStringLiteral("--status"), QStringLiteral("done")})
                     .exitCode,
                 2);
        const CliRun csv =
            cli(m_urutiiq, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("monitoring"),
                            QStringLiteral("feedback"), QStringLiteral("list")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith(QStringLiteral("feedback_id,status,")));

        const QString first = pending.at(0).toObject().value(QStringLiteral("feedback_id")).toString();
        const QString second = pending.at(1).toObject().value(QStringLiteral("feedback_id")).toString();
        const QStringList process{QStringLiteral("monitoring"), QStringLiteral("feedback"),
                                  QStringLiteral("process"),    first,
                                  QStringLiteral("--comment"),  QStringLiteral("Corrected the labels")};
        QCOMPARE(cli(m_urutiiq, process, QStringLiteral("vic")).exitCode, 5);
        QCOMPARE(cli(m_urutiiq, process.mid(0, 4), QStringLiteral("ana")).exitCode, 2); // no comment
        QCOMPARE(cli(m_urutiiq,
                     {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("process"),
                      QStringLiteral("nope"), QStringLiteral("--comment"), QStringLiteral("x")},
                     QStringLiteral("ana"))
                     .exitCode,
                 3);
        const QJsonObject done = decide(process, QStringLiteral("ana"));
        QCOMPARE(done.value(QStringLiteral("feedback_id")).toString(), first);
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("processed"));
        QVERIFY(done.value(QStringLiteral("audit_seq")).toInteger() > 0);
        QCOMPARE(cli(m_urutiiq, process, QStringLiteral("ana")).exitCode, 4); // decided already
        const QJsonObject ignored =
            decide({QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("ignore"), second,
                    QStringLiteral("--comment"), QStringLiteral("--help")},
                   QStringLiteral("ana"));
        QCOMPARE(ignored.value(QStringLiteral("status")).toString(), QStringLiteral("ignored"));

        const QJsonArray after =
            list(m_urutiiq, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("list")});
        QCOMPARE(byId(after, QStringLiteral("feedback_id"), first).value(QStringLiteral("status")).toString(),
                 QStringLiteral("processed"));
        QCOMPARE(byId(after, QStringLiteral("feedback_id"), second).value(QStringLiteral("status")).toString(),
                 QStringLiteral("ignored"));
        QCOMPARE(cli(m_urutiiq, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(cli(m_urutiiq, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("review")})
                     .exitCode,
                 2);
    }

    void deploymentRollback()
    {
        const QStringList deployments{QStringLiteral("monitoring"), QStringLiteral("deployments")};
        const QJsonArray all = list(m_urutiiq, deployments);
        QCOMPARE(all.size(), 20); // per company: 3 models in production, the versions they replaced, staging, a failure
        for (const char* key : {"deployment_id", "deployment_name", "environment", "status", "model_version"})
            QVERIFY2(all.at(0).toObject().contains(QLatin1String(key)), key);
        const QJsonArray active =
            list(m_urutiiq, deployments + QStringList{QStringLiteral("--environment"), QStringLiteral("production"),
                                                      QStringLiteral("--status"), QStringLiteral("active")});
        QCOMPARE(active.size(), 6); // three models, two companies
        const QJsonObject target = active.at(0).toObject();
        const QString id = target.value(QStringLiteral("deployment_id")).toString();
        QCOMPARE(target.value(QStringLiteral("model_version")).toString(), QStringLiteral("v1.2"));

        const QStringList rollback =
            deployments + QStringList{QStringLiteral("rollback"), id, QStringLiteral("--comment"),
                                      QStringLiteral("Error rate doubled")};
        QCOMPARE(cli(m_urutiiq, rollback, QStringLiteral("vic")).exitCode, 5);
        const QJsonObject filed = decide(rollback, QStringLiteral("ana"));
        QCOMPARE(filed.value(QStringLiteral("deployment_id")).toString(), id);
        QCOMPARE(filed.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        const QString requestId = filed.value(QStringLiteral("request_id")).toString();
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(cli(m_urutiiq, rollback, QStringLiteral("ana")).exitCode, 4); // one open request
        QCOMPARE(byId(list(m_urutiiq, deployments), QStringLiteral("deployment_id"), id)
                     .value(QStringLiteral("open_request"))
                     .toString(),
                 requestId);

        const QJsonArray requests = list(m_urutiiq, {QStringLiteral("rollbacks"), QStringLiteral("list"),
                                                     QStringLiteral("--status"), QStringLiteral("requested")});
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("target_kind")).toString(),
                 QStringLiteral("deployment"));
        QCOMPARE(requests.at(0).toObject().value(QStringLiteral("target_id")).toString(), id);

        QCOMPARE(
            cli(m_urutiiq, {QStringLiteral("rollbacks"), QStringLiteral("approve"), requestId}, QStringLiteral("ana"))
                .exitCode,
            5);
        const QJsonObject approved =
            decide({QStringLiteral("rollbacks"), QStringLiteral("approve"), requestId}, QStringLiteral("mia"));
        QCOMPARE(approved.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(approved.value(QStringLiteral("target_kind")).toString(), QStringLiteral("deployment"));
        QCOMPARE(
            cli(m_urutiiq, {QStringLiteral("rollbacks"), QStringLiteral("approve"), requestId}, QStringLiteral("mia"))
                .exitCode,
            4);

        const QJsonArray after = list(m_urutiiq, deployments);
        QCOMPARE(byId(after, QStringLiteral("deployment_id"), id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("rolled_back"));
        // The same model's production deployment before it runs again: v1.1, in the same company.
        int reactivated = 0;
        for (const QJsonValue& value : after) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("environment")) == QStringLiteral("production") &&
                row.value(QStringLiteral("model_name")) == target.value(QStringLiteral("model_name")) &&
                row.value(QStringLiteral("client_id")) == target.value(QStringLiteral("client_id")) &&
                row.value(QStringLiteral("deployment_id")) != id) {
                QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
                QCOMPARE(row.value(QStringLiteral("model_version")).toString(), QStringLiteral("v1.1"));
                ++reactivated;
            }
        }
        QCOMPARE(reactivated, 1);
        QCOMPARE(cli(m_urutiiq, {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        const QJsonArray audit = list(m_urutiiq, {QStringLiteral("audit"), QStringLiteral("list"),
                                                  QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("reactivate"));
        QCOMPARE(audit.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("rollback"));
        QCOMPARE(audit.at(1).toObject().value(QStringLiteral("target_id")).toString(), id);

        // Staging has nothing before it: refused when asked, nothing filed.
        const QJsonArray staging =
            list(m_urutiiq, deployments + QStringList{QStringLiteral("--environment"), QStringLiteral("staging")});
        QCOMPARE(
            cli(m_urutiiq,
                deployments + QStringList{QStringLiteral("rollback"),
                                          staging.at(0).toObject().value(QStringLiteral("deployment_id")).toString(),
                                          QStringLiteral("--comment"), QStringLiteral("x")},
                QStringLiteral("ana"))
                .exitCode,
            4);
        QCOMPARE(cli(m_urutiiq,
                     deployments + QStringList{QStringLiteral("rollback"), QStringLiteral("nope"),
                                               QStringLiteral("--comment"), QStringLiteral("x")},
                     QStringLiteral("ana"))
                     .exitCode,
                 3);
    }

    void otherSystemsAreReadOnly()
    {
        const QString krong = demo(QStringLiteral("krongthai"));
        const QJsonArray ratings =
            list(krong, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("list")});
        QVERIFY(!ratings.isEmpty());
        QCOMPARE(ratings.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("rated"));
        QVERIFY(ratings.at(0).toObject().value(QStringLiteral("score")).isDouble());
        const CliRun process =
            cli(krong, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("process"),
                        ratings.at(0).toObject().value(QStringLiteral("feedback_id")).toString(),
                        QStringLiteral("--comment"), QStringLiteral("x")});
        QCOMPARE(process.exitCode, 4);
        QVERIFY2(process.err.contains(QStringLiteral("feedback_score")), qPrintable(process.err));
        const QJsonArray deployments = list(krong, {QStringLiteral("monitoring"), QStringLiteral("deployments")});
        QCOMPARE(deployments.size(), 6); // three versions, two restaurants
        const QJsonObject production = byId(deployments, QStringLiteral("environment"), QStringLiteral("production"));
        QCOMPARE(production.value(QStringLiteral("model_version")).toString(), QStringLiteral("2.2"));
        const CliRun rollback =
            cli(krong, {QStringLiteral("monitoring"), QStringLiteral("deployments"), QStringLiteral("rollback"),
                        production.value(QStringLiteral("deployment_id")).toString(), QStringLiteral("--comment"),
                        QStringLiteral("x")});
        QCOMPARE(rollback.exitCode, 4);
        QVERIFY2(rollback.err.contains(QStringLiteral("deployment_status")), qPrintable(rollback.err));

        const QString within = demo(QStringLiteral("within"));
        const CliRun feedback =
            cli(within, {QStringLiteral("monitoring"), QStringLiteral("feedback"), QStringLiteral("list")});
        QCOMPARE(feedback.exitCode, 1);
        QVERIFY2(feedback.err.contains(QStringLiteral("keeps no feedback")), qPrintable(feedback.err));
        QCOMPARE(list(within, {QStringLiteral("monitoring"), QStringLiteral("deployments"),
                               QStringLiteral("--environment"), QStringLiteral("production")})
                     .size(),
                 2);
        // The pipeline keeps no deployments.
        const QString pipeline = m_dir.filePath(QStringLiteral("pipeline.sqlite"));
        QCOMPARE(runCli({QStringLiteral("demo"), pipeline}).exitCode, 0);
        QCOMPARE(cli(pipeline, {QStringLiteral("monitoring"), QStringLiteral("deployments")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(CliMonitoringWorkflowTest)
#include "tst_cli_monitoring_workflow.moc"
