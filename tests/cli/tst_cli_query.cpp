// steward-cli query: the read-only SQL console for scripts, in every --format, with the
// console's guards and the CLI's exit codes. PostgreSQL's side is in tst_pg_console.
#include "SnapshotTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace steward;
using namespace steward::test;

class CliQueryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    CliRun query(const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), m_demo} + arguments);
    }

    static void expectExit(const CliRun& run, int code, const QString& fragment = {})
    {
        QVERIFY2(run.exitCode == code,
                 qPrintable(QStringLiteral("exit %1, stderr: %2 stdout: %3").arg(run.exitCode).arg(run.err, run.out)));
        if (!fragment.isEmpty())
            QVERIFY2((run.err + run.out).contains(fragment), qPrintable(run.err + run.out));
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void everyFormat()
    {
        const QString sql =
            QStringLiteral("SELECT status, count(*) AS n FROM llm_suggestions GROUP BY status ORDER BY status");
        const CliRun table = query({QStringLiteral("query"), sql});
        expectExit(table, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("status")));
        QVERIFY(table.out.contains(QStringLiteral("pending")));

        const CliRun json = query({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("query"), sql});
        expectExit(json, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        qint64 total = 0;
        for (const QJsonValue& row : rows) {
            QVERIFY(row.toObject().value(QStringLiteral("n")).isDouble()); // numbers stay numbers
            total += row.toObject().value(QStringLiteral("n")).toInteger();
        }
        const CliRun counted = query({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("query"),
                                      QStringLiteral("SELECT count(*) AS n FROM llm_suggestions")});
        expectExit(counted, 0);
        QCOMPARE(counted.out, QStringLiteral("n\r\n%1\r\n").arg(total));
    }

    // JSON lists are written a row at a time: byte for byte what QJsonDocument writes for the
    // whole array, for every kind of value (escapes, text beyond ASCII, integers and doubles,
    // NULL, a column named twice, where the later wins as in a QJsonObject).
    void jsonAsOneDocumentWouldBe()
    {
        const QString sql = QStringLiteral(
            "SELECT 'plain' AS a, 'quote \" and \\ back' AS b, char(1) || char(9) || char(10) || char(127) AS c, "
            "'Tiếng Việt, español' AS d, 3 AS e, 9007199254740993 AS f, 0.1 AS g, 1e300 AS h, -2.5e-7 AS i, "
            "NULL AS j, 'first' AS k, 'second' AS k, 2.0 AS l "
            "UNION ALL SELECT '', '', '', '', -1, 0, 1.5, 0.0, 123456.789, NULL, 'x', 'y', 7.25");
        const CliRun json = query({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("query"), sql});
        expectExit(json, 0);
        const QByteArray written = json.out.toUtf8();
        const QJsonDocument parsed = QJsonDocument::fromJson(written);
        QCOMPARE(parsed.array().size(), 2);
        QCOMPARE(parsed.toJson(QJsonDocument::Indented), written);
        const QJsonObject first = parsed.array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("k")).toString(), QStringLiteral("second"));
        QCOMPARE(first.value(QStringLiteral("d")).toString(), QStringLiteral("Tiếng Việt, español"));
        QCOMPARE(first.value(QStringLiteral("c")).toString(), QStringLiteral("\x01\t\n\x7f"));
        QCOMPARE(first.value(QStringLiteral("f")).toInteger(), Q_INT64_C(9007199254740993));

        const CliRun empty = query({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("query"),
                                    QStringLiteral("SELECT 1 AS a WHERE 0")});
        expectExit(empty, 0);
        QCOMPARE(empty.out, QStringLiteral("[\n]\n"));
    }

    void csvCellsDoNotRunAsFormulas()
    {
        const QString sql = QStringLiteral("SELECT '=1+2' AS f, '@SUM(A1)' AS a, -0.5 AS minus, 'plain' AS p");
        const CliRun guarded = query({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("query"), sql});
        expectExit(guarded, 0);
        QCOMPARE(guarded.out, QStringLiteral("f,a,minus,p\r\n'=1+2,'@SUM(A1),-0.5,plain\r\n"));
        const CliRun raw = query(
            {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--raw"), QStringLiteral("query"), sql});
        expectExit(raw, 0);
        QCOMPARE(raw.out, QStringLiteral("f,a,minus,p\r\n=1+2,@SUM(A1),-0.5,plain\r\n"));
    }

    void theLimitKeepsTheFirstRows()
    {
        const CliRun limited = query({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("query"),
                                      QStringLiteral("SELECT id FROM forecast_results ORDER BY id"),
                                      QStringLiteral("--limit"), QStringLiteral("3")});
        expectExit(limited, 0);
        QCOMPARE(QJsonDocument::fromJson(limited.out.toUtf8()).array().size(), 3);
        QVERIFY2(limited.err.contains(QStringLiteral("only the first 3 rows")), qPrintable(limited.err));
        const CliRun exact = query({QStringLiteral("query"), QStringLiteral("SELECT 1 AS one"),
                                    QStringLiteral("--limit"), QStringLiteral("1")});
        expectExit(exact, 0);
        QVERIFY(exact.err.isEmpty());
    }

    void guardsAndExitCodes()
    {
        const QByteArray before = fileDigest(m_demo);
        expectExit(query({QStringLiteral("query")}), 2);
        expectExit(query({QStringLiteral("query"), QStringLiteral("SELECT 1"), QStringLiteral("--limit"),
                          QStringLiteral("0")}),
                   2);
        expectExit(query({QStringLiteral("query"), QStringLiteral("   ")}), 2);
        expectExit(query({QStringLiteral("query"), QStringLiteral("DELETE FROM llm_suggestions")}), 7,
                   QStringLiteral("DELETE"));
        expectExit(query({QStringLiteral("query"), QStringLiteral("SELECT 1; DROP TABLE llm_suggestions")}), 7);
        expectExit(query({QStringLiteral("query"), QStringLiteral("ATTACH DATABASE ':memory:' AS x")}), 7);
        // A secret reads as NULL.
        const CliRun secret = query({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("query"),
                                     QStringLiteral("SELECT api_key FROM llm_providers")});
        expectExit(secret, 0);
        for (const QJsonValue& row : QJsonDocument::fromJson(secret.out.toUtf8()).array())
            QVERIFY(row.toObject().value(QStringLiteral("api_key")).isNull());
        // A statement that never ends stops at the time limit: exit 6, as for an endless view.
        const CliRun endless = query(
            {QStringLiteral("--time-limit"), QStringLiteral("1"), QStringLiteral("query"),
             QStringLiteral("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r")});
        expectExit(endless, 6, QStringLiteral("did not finish within 1 s"));
        QCOMPARE(fileDigest(m_demo), before);
    }
};

QTEST_GUILESS_MAIN(CliQueryTest)
#include "tst_cli_query.moc"
