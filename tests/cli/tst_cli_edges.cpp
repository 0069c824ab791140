// steward-cli at its edges: values that look like options, stored text that looks like formulas
// or terminal commands, and connection strings that carry a password.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliEdgesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_template;

    static CliRun cli(const QString& path, const QStringList& arguments)
    {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("alice")} +
                      arguments);
    }

    static QString pendingSuggestion(Database& db, int skip = 0)
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT suggestion_id FROM llm_suggestions WHERE status = 'pending' ORDER BY id "
                                 "LIMIT 1 OFFSET ?"));
        q.addBindValue(skip);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // Stores `summary` on a pending suggestion, as a pipeline (or someone with write access) could.
    static QString storeSummary(const QString& path, const QString& summary)
    {
        auto db = openSqlite(path);
        if (!db)
            return {};
        const QString id = pendingSuggestion(*db);
        QSqlQuery q = db->query();
        q.prepare(QStringLiteral("UPDATE llm_suggestions SET summary = ? WHERE suggestion_id = ?"));
        q.addBindValue(summary);
        q.addBindValue(id);
        return q.exec() ? id : QString();
    }

    static QStringList errorLines(const CliRun& run) { return run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }

private slots:
    void initTestCase() { m_template = makeDemo(m_dir, QStringLiteral("template.sqlite")); }

    void csvCellsCannotRunAsFormulas()
    {
        QTemporaryDir dir;
        const QString path = copyDatabase(m_template, dir);
        const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"open\")");
        const QString id = storeSummary(path, formula);
        QVERIFY(!id.isEmpty());
        const QString quotedFormula = QStringLiteral("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"");
        const QString guarded = QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"open\"\")\"");

        const CliRun list = cli(path, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("suggestions"),
                                       QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("250")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(guarded), qPrintable(list.out.left(2000)));
        QVERIFY(!list.out.contains(QLatin1Char(',') + quotedFormula));
        // Negative metric deltas are numbers, written as they are.
        QVERIFY2(list.out.contains(QRegularExpression(QStringLiteral(",-0\\.\\d"))), qPrintable(list.out.left(2000)));
        QVERIFY(!list.out.contains(QStringLiteral(",'-0")));

        const CliRun show = cli(path, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("suggestions"),
                                       QStringLiteral("show"), id});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains(QStringLiteral("summary,") + guarded), qPrintable(show.out));

        // --raw is for exact values, anywhere on the line.
        const CliRun raw = cli(path, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("suggestions"),
                                      QStringLiteral("show"), id, QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        QVERIFY2(raw.out.contains(QStringLiteral("summary,") + quotedFormula), qPrintable(raw.out));
    }

    void optionValuesAreValues()
    {
        QTemporaryDir dir;
        const QString path = copyDatabase(m_template, dir);
        QString rejected, approved;
        {
            auto db = openSqlite(path);
            QVERIFY(db);
            rejected = pendingSuggestion(*db, 0);
            approved = pendingSuggestion(*db, 1);
        }
        const CliRun reject = cli(path, {QStringLiteral("suggestions"), QStringLiteral("reject"), rejected,
                                         QStringLiteral("--comment"), QStringLiteral("--help")});
        QVERIFY2(reject.exitCode == 0, qPrintable(reject.err));
        QVERIFY2(!reject.out.contains(QStringLiteral("usage:")), qPrintable(reject.out));
        const CliRun approve = cli(path, {QStringLiteral("suggestions"), QStringLiteral("approve"), approved,
                                          QStringLiteral("--comment"), QStringLiteral("--version")});
        QVERIFY2(approve.exitCode == 0, qPrintable(approve.err));

        for (const auto& [id, comment] :
             {qMakePair(rejected, QStringLiteral("--help")), qMakePair(approved, QStringLiteral("--version"))}) {
            const CliRun show = cli(path, {QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("suggestions"), QStringLiteral("show"), id});
            QCOMPARE(show.exitCode, 0);
            const QJsonArray decisions =
                QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("decisions")).toArray();
            QVERIFY(!decisions.isEmpty());
            QCOMPARE(decisions.last().toObject().value(QStringLiteral("comment")).toString(), comment);
        }
        // A shared option's value is a value too, and flags still take none.
        const CliRun flagged = runCli({QStringLiteral("--db"), path, QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("suggestions"), QStringLiteral("list"),
                                       QStringLiteral("--descending"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(flagged.exitCode == 0, qPrintable(flagged.err));
        QCOMPARE(QJsonDocument::fromJson(flagged.out.toUtf8()).array().size(), 2);
    }

    void controlCharactersAreShownEscaped()
    {
        QTemporaryDir dir;
        const QString path = copyDatabase(m_template, dir);
        const QString hostile = QStringLiteral("calm\x1b[2J\x1b]0;owned\x07 text\u202Etxt.exe\u0085end");
        const QString id = storeSummary(path, hostile);
        QVERIFY(!id.isEmpty());
        const auto raw = [](const QString& out) {
            for (const QChar c : out) {
                if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) ||
                    c.unicode() == 0x202e)
                    return true;
            }
            return false;
        };

        const CliRun list = cli(path, {QStringLiteral("suggestions"), QStringLiteral("list"),
                                       QStringLiteral("--search"), QStringLiteral("calm")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!raw(list.out), qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("calm\\x1b[2J\\x1b]0;owned\\x07 text\\u202etxt.exe")),
                 qPrintable(list.out));
        const CliRun show = cli(path, {QStringLiteral("suggestions"), QStringLiteral("show"), id});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(!raw(show.out), qPrintable(show.out));
        QVERIFY2(show.out.contains(QStringLiteral("\\u202etxt.exe\\x85end")), qPrintable(show.out));

        // JSON escapes by its own rules and keeps the value; CSV keeps it, quoted where needed.
        const CliRun json = cli(path, {QStringLiteral("--format"), QStringLiteral("json"),
                                       QStringLiteral("suggestions"), QStringLiteral("show"), id});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("summary")).toString(),
                 hostile);
        const CliRun csv = cli(path, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("suggestions"),
                                      QStringLiteral("show"), id});
        QVERIFY(csv.out.contains(QStringLiteral("summary,") + hostile));
        // --raw asks for the stored text as it is.
        const CliRun exact =
            cli(path, {QStringLiteral("--raw"), QStringLiteral("suggestions"), QStringLiteral("show"), id});
        QVERIFY(exact.out.contains(hostile));
    }

    void passwordsOnTheCommandLineAreWarnedAbout()
    {
        const QString secret = QStringLiteral("Sup3r-S3cret");
        // Nothing listens on port 1: the command runs, and fails as any unreachable server does.
        const QString uri = QStringLiteral("postgresql://ana:%1@127.0.0.1:1/mlops").arg(secret);
        const QString keywords = QStringLiteral("host=127.0.0.1 port=1 user=ana password=%1 dbname=mlops").arg(secret);
        const QList<QPair<CliRun, QString>> runs{
            {runCli({QStringLiteral("--db"), uri, QStringLiteral("info")}), QStringLiteral("--db")},
            {runCli({QStringLiteral("info")}, {QStringLiteral("STEWARD_DB=") + uri}), QStringLiteral("STEWARD_DB")},
            {runCli({QStringLiteral("--db"), keywords, QStringLiteral("info")}), QStringLiteral("--db")},
        };
        for (const auto& [run, source] : runs) {
            QCOMPARE(run.exitCode, 6);
            QVERIFY2(!run.err.contains(secret), qPrintable(run.err));
            const QStringList lines = errorLines(run);
            QCOMPARE(lines.size(), 2);
            QVERIFY2(lines.first().startsWith(QStringLiteral("steward-cli: warning: ")), qPrintable(run.err));
            QVERIFY(lines.first().contains(source));
            QVERIFY(lines.first().contains(QStringLiteral("PGPASSWORD")));
            QVERIFY(lines.first().contains(QStringLiteral("~/.pgpass")));
            // A keyword string is a PostgreSQL target, named as a URI with its password masked.
            QVERIFY2(
                lines.last().startsWith(QStringLiteral("steward-cli: error: postgresql://ana:*****@127.0.0.1:1/mlops")),
                qPrintable(run.err));
        }
        // Without a password in it, there is nothing to warn about.
        const CliRun quiet = runCli(
            {QStringLiteral("--db"), QStringLiteral("host=127.0.0.1 port=1 dbname=mlops"), QStringLiteral("info")});
        QCOMPARE(quiet.exitCode, 6);
        QCOMPARE(errorLines(quiet).size(), 1);
    }
};

QTEST_GUILESS_MAIN(CliEdgesTest)
#include "tst_cli_edges.moc"
