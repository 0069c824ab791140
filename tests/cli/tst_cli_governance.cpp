// steward-cli's governance commands on a demo database: policies, the violation queue and its
// filters, every workflow step with its exit code, deadlines, and the compliance report as
// PDF, HTML and CSV (and nothing changes when only looking).
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliGovernanceTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    CliRun cli(const QStringList& arguments, const QString& user = {})
    {
        QStringList all{QStringLiteral("--db"), m_path};
        if (!user.isEmpty())
            all << QStringLiteral("--as") << user;
        return runCli(all + arguments, session());
    }

    // `report` starts a GUI application, and Qt 6.4 warns on stderr when there is no
    // XDG_RUNTIME_DIR (as in CI containers); a desktop session always has one.
    QStringList session() const { return {QStringLiteral("XDG_RUNTIME_DIR=") + m_runtime.path()}; }
    QTemporaryDir m_runtime;

    QJsonArray list(const QStringList& arguments)
    {
        const CliRun run = cli(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments);
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QJsonObject object(const QStringList& arguments, const QString& user = {})
    {
        const CliRun run = cli(QStringList{QStringLiteral("--format"), QStringLiteral("json")} + arguments, user);
        if (run.exitCode != 0)
            return STEWARD_HELPER_FAILED("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static void expectExit(const CliRun& run, int code, const QString& fragment = {})
    {
        QVERIFY2(run.exitCode == code,
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
        if (code != 0) {
            QVERIFY2(run.err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(run.err));
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        }
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    // The first violation with this status and severity in the queue.
    QString pick(const QString& status, const QString& severity)
    {
        const QJsonArray rows = list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--status"),
                                      status, QStringLiteral("--severity"), severity});
        if (rows.isEmpty())
            return STEWARD_HELPER_FAILED("no %s %s violation in the demo", qPrintable(status), qPrintable(severity));
        return rows.first().toObject().value(QStringLiteral("violation_id")).toString();
    }

private slots:
    void initTestCase()
    {
        m_path = makeDemo(m_dir, QStringLiteral("demo.sqlite"), QStringLiteral("creator"));
        QFile::setPermissions(m_runtime.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void policies()
    {
        const QJsonArray policies = list({QStringLiteral("policies"), QStringLiteral("list")});
        QCOMPARE(policies.size(), 8);
        const QJsonObject first = policies.first().toObject();
        for (const QString& key :
             {QStringLiteral("policy_id"), QStringLiteral("policy_name"), QStringLiteral("policy_type"),
              QStringLiteral("status"), QStringLiteral("violations"), QStringLiteral("open_violations")})
            QVERIFY2(first.contains(key), qPrintable(key));
        const QJsonObject shown =
            object({QStringLiteral("policies"), QStringLiteral("show"), QStringLiteral("WMAPE ceiling")});
        QCOMPARE(shown.value(QStringLiteral("policy_type")).toString(), QStringLiteral("performance"));
        QCOMPARE(shown.value(QStringLiteral("rules")).toObject().value(QStringLiteral("metric")).toString(),
                 QStringLiteral("wmape"));
        QCOMPARE(shown.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("critical")).toDouble(),
                 0.35);
        const CliRun table = cli(
            {QStringLiteral("policies"), QStringLiteral("show"), shown.value(QStringLiteral("policy_id")).toString()});
        expectExit(table, 0);
        QVERIFY2(table.out.contains(QStringLiteral("Window: 28 days")), qPrintable(table.out));
        expectExit(cli({QStringLiteral("policies"), QStringLiteral("show"), QStringLiteral("No such policy")}), 3,
                   QStringLiteral("no policy"));
        expectExit(cli({QStringLiteral("policies"), QStringLiteral("frob")}), 2);
    }

    void violationFilters()
    {
        const QJsonArray all = list({QStringLiteral("violations"), QStringLiteral("list")});
        QCOMPARE(all.size(), 60);
        const QJsonArray open =
            list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--status"),
                  QStringLiteral("open"), QStringLiteral("--severity"), QStringLiteral("critical,high")});
        QVERIFY(!open.isEmpty());
        for (const QJsonValue& row : open) {
            QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("open"));
            QVERIFY(QStringList({QStringLiteral("critical"), QStringLiteral("high")})
                        .contains(row[QStringLiteral("severity")].toString()));
        }
        const QJsonArray overdue =
            list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--overdue")});
        QVERIFY(!overdue.isEmpty());
        for (const QJsonValue& row : overdue) {
            QVERIFY(row[QStringLiteral("overdue")].toBool());
            QVERIFY(row[QStringLiteral("time_left")].toString().startsWith(QStringLiteral("overdue by")));
        }
        const QJsonArray client =
            list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--client"),
                  all.first()[QStringLiteral("client_id")].toString()});
        QVERIFY(client.size() > 0 && client.size() < all.size());
        // Words from a newer monitor are listed as they are.
        QVERIFY(!list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--severity"),
                       QStringLiteral("severe")})
                     .isEmpty());
        QVERIFY(!list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("escalated")})
                     .isEmpty());
        QCOMPARE(
            list({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")})
                .size(),
            5);
        expectExit(
            cli({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("x")}),
            2);
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--colour"),
                        QStringLiteral("red")}),
                   2, QStringLiteral("unknown option"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("show"), QStringLiteral("0000000000")}), 3);
    }

    void workflowWithExitCodes()
    {
        const QString id = pick(QStringLiteral("open"), QStringLiteral("critical"));
        const QString prefix = id.left(8);
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                        QStringLiteral("investigating")},
                       QStringLiteral("dave")),
                   5, QStringLiteral("viewer"));
        const QJsonObject started =
            object({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                    QStringLiteral("investigating"), QStringLiteral("--comment"), QStringLiteral("Looking")},
                   QStringLiteral("alice"));
        QCOMPARE(started.value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));
        QCOMPARE(started.value(QStringLiteral("state_before")).toString(), QStringLiteral("open"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                        QStringLiteral("investigating")},
                       QStringLiteral("alice")),
                   4, QStringLiteral("already"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                        QStringLiteral("resolved")},
                       QStringLiteral("bob")),
                   2, QStringLiteral("resolution"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                        QStringLiteral("resolved"), QStringLiteral("--comment"), QStringLiteral("Fixed")},
                       QStringLiteral("alice")),
                   5, QStringLiteral("critical"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                        QStringLiteral("closed")},
                       QStringLiteral("bob")),
                   2);
        expectExit(
            cli({QStringLiteral("--read-only"), QStringLiteral("violations"), QStringLiteral("transition"), prefix,
                 QStringLiteral("--to"), QStringLiteral("resolved"), QStringLiteral("--comment"), QStringLiteral("x")},
                QStringLiteral("bob")),
            7);
        const QJsonObject resolved =
            object({QStringLiteral("violations"), QStringLiteral("transition"), prefix, QStringLiteral("--to"),
                    QStringLiteral("resolved"), QStringLiteral("--comment"), QStringLiteral("Retrained")},
                   QStringLiteral("bob"));
        QCOMPARE(resolved.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        const QJsonObject shown = object({QStringLiteral("violations"), QStringLiteral("show"), id});
        QCOMPARE(shown.value(QStringLiteral("resolved_by")).toString(), QStringLiteral("bob"));
        QCOMPARE(shown.value(QStringLiteral("resolution")).toString(), QStringLiteral("Retrained"));
        QCOMPARE(shown.value(QStringLiteral("assignee")).toString(), QStringLiteral("alice"));
        QVERIFY(!shown.value(QStringLiteral("resolved_at")).toString().isEmpty());
        QStringList actions;
        for (const QJsonValue& step : shown.value(QStringLiteral("timeline")).toArray())
            actions << step[QStringLiteral("action")].toString();
        QCOMPARE(actions, (QStringList{QStringLiteral("detected"), QStringLiteral("investigate"),
                                       QStringLiteral("assign"), QStringLiteral("resolve")}));

        expectExit(cli({QStringLiteral("violations"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                        QStringLiteral("open")},
                       QStringLiteral("alice")),
                   5, QStringLiteral("manager"));
        QCOMPARE(object({QStringLiteral("violations"), QStringLiteral("transition"), id, QStringLiteral("--to"),
                         QStringLiteral("open"), QStringLiteral("--comment"), QStringLiteral("It came back")},
                        QStringLiteral("bob"))
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("reopen"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("comment"), id, QStringLiteral("--text"),
                        QStringLiteral("hi")},
                       QStringLiteral("dave")),
                   5);
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("comment"), id}, QStringLiteral("carol")), 2,
                   QStringLiteral("--text"));
        QCOMPARE(object({QStringLiteral("violations"), QStringLiteral("comment"), id, QStringLiteral("--text"),
                         QStringLiteral("Watching")},
                        QStringLiteral("carol"))
                     .value(QStringLiteral("action"))
                     .toString(),
                 QStringLiteral("comment"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("assign"), id, QStringLiteral("--to"),
                        QStringLiteral("dave")},
                       QStringLiteral("carol")),
                   2, QStringLiteral("viewer"));
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("assign"), id, QStringLiteral("--to"),
                        QStringLiteral("carol")},
                       QStringLiteral("carol")),
                   0);
        const QJsonArray carols = list({QStringLiteral("violations"), QStringLiteral("list"),
                                        QStringLiteral("--assignee"), QStringLiteral("carol")});
        QCOMPARE(carols.size(), 1);
        QCOMPARE(carols.first()[QStringLiteral("violation_id")].toString(), id);
    }

    void deadlines()
    {
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("deadlines"), QStringLiteral("--critical"),
                        QStringLiteral("2")},
                       QStringLiteral("bob")),
                   5, QStringLiteral("admin"));
        const CliRun changed = cli({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("violations"),
                                    QStringLiteral("deadlines"), QStringLiteral("--critical"), QStringLiteral("2")},
                                   QStringLiteral("creator"));
        expectExit(changed, 0);
        const QJsonArray rows = QJsonDocument::fromJson(changed.out.toUtf8()).array();
        QCOMPARE(rows.first()[QStringLiteral("severity")].toString(), QStringLiteral("critical"));
        QCOMPARE(rows.first()[QStringLiteral("deadline_days")].toInt(), 2);
        QCOMPARE(rows.first()[QStringLiteral("default_days")].toInt(), 1);
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("deadlines"), QStringLiteral("--low"),
                        QStringLiteral("0")},
                       QStringLiteral("creator")),
                   2);
        expectExit(cli({QStringLiteral("violations"), QStringLiteral("deadlines"), QStringLiteral("--critical"),
                        QStringLiteral("1")},
                       QStringLiteral("creator")),
                   0);
    }

    void reportFiles()
    {
        const QByteArray before = fileDigest(m_path);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const QString csv = m_dir.filePath(QStringLiteral("report.csv"));
        // From before the demo's anchor to tomorrow: the period holds the demo's own decisions
        // (as of its anchor) and those this test made through steward-cli, on the system's clock.
        const QString until = Clock::todayUtc().addDays(1).toString(Qt::ISODate);
        for (const QString& out : {pdf, html, csv})
            expectExit(cli({QStringLiteral("--read-only"), QStringLiteral("report"), out, QStringLiteral("--since"),
                            QStringLiteral("2026-10-01"), QStringLiteral("--until"), until}),
                       0);
        QCOMPARE(fileDigest(m_path), before);

        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdfFile.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));
        QVERIFY(pdfBytes.trimmed().endsWith("%%EOF"));
        QVERIFY(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page ") + pdfBytes.count("/Type /Page>") >= 2);

        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(htmlFile.readAll());
        QCOMPARE(page.count(QStringLiteral("src=\"data:image/png;base64,")), 2);
        QVERIFY(!page.contains(QStringLiteral("chart:")));
        for (const QString& heading :
             {QStringLiteral("Compliance report"), QStringLiteral("2026-10-01 – %1 (UTC)").arg(until),
              QStringLiteral("Open critical violations"), QStringLiteral("Overdue items"),
              QStringLiteral("Time to resolve"), QStringLiteral("Decisions in the period"),
              QStringLiteral("Audit chain intact"), QStringLiteral("Suggestion approved")})
            QVERIFY2(page.contains(heading), qPrintable(heading));

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString sheet = QString::fromUtf8(csvFile.readAll());
        QVERIFY(sheet.contains(QStringLiteral("\r\nreport,since,2026-10-01,")));
        QVERIFY(sheet.contains(QStringLiteral("summary,audit_chain_intact,true")));
        // One table: a single header row names every column; decisions fill theirs.
        QVERIFY(sheet.startsWith(QStringLiteral("section,name,value,scope,")));
        QCOMPARE(sheet.count(QStringLiteral("section,name,value,scope,")), 1);
        QVERIFY(sheet.contains(QStringLiteral(",seq,recorded_at,actor,decision,action,target_kind,target_id,")));
        QVERIFY(sheet.contains(QStringLiteral("summary,open_critical,")));
        QVERIFY(sheet.contains(QStringLiteral(",bob,Violation resolved,resolve,violation,")));
        QVERIFY(sheet.contains(QStringLiteral(",alice,Suggestion approved,approve,suggestion,")));
        QVERIFY(sheet.contains(QStringLiteral("\r\ndecision,,,period,")));

        expectExit(cli({QStringLiteral("report"), m_dir.filePath(QStringLiteral("report.docx"))}), 2,
                   QStringLiteral(".pdf"));
        expectExit(cli({QStringLiteral("report"), pdf, QStringLiteral("--since"), QStringLiteral("yesterday")}), 2,
                   QStringLiteral("--since"));
        expectExit(cli({QStringLiteral("report"), pdf, QStringLiteral("--since"), QStringLiteral("2026-12-01"),
                        QStringLiteral("--until"), QStringLiteral("2026-11-01")}),
                   2, QStringLiteral("period"));
        expectExit(runCli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.sqlite")),
                           QStringLiteral("report"), pdf},
                          session()),
                   6);
        expectExit(cli({QStringLiteral("report"), m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"))}), 1,
                   QStringLiteral("cannot write"));
    }
};

QTEST_GUILESS_MAIN(CliGovernanceTest)
#include "tst_cli_governance.moc"
