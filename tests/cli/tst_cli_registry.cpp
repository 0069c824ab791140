// steward-cli's models and chart commands against the real binary: list, show and compare
// in every format, request-rollback and import-dir with their refusals and exit codes, and
// every chart kind drawn to PNG and SVG without a display.
#include "RegistryFolders.h"
#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliRegistryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    QString demoCopy(const QTemporaryDir& dir) const { return writableCopy(m_demo, dir); }

    CliRun cli(const QString& db, QStringList arguments, const QString& user = QStringLiteral("admin")) const
    {
        arguments = QStringList{QStringLiteral("--db"), db, QStringLiteral("--as"), user} + arguments;
        return runCli(arguments, {QStringLiteral("XDG_RUNTIME_DIR=") + m_dir.path()});
    }

    static void expectError(const CliRun& run, int code, const QString& fragment)
    {
        QVERIFY2(run.exitCode == code,
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.startsWith(QStringLiteral("steward-cli: error: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

    static QJsonArray jsonArray(const CliRun& run)
    {
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    void initTestCase() { m_demo = makeDemo(m_dir); }

    void listShowsEveryVersionWithDiscoveredMetrics()
    {
        const QByteArray before = fileDigest(m_demo);
        const QJsonArray all =
            jsonArray(cli(m_demo, {QStringLiteral("--read-only"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("models"), QStringLiteral("list")}));
        QCOMPARE(all.size(), 30);
        const QJsonArray one =
            jsonArray(cli(m_demo, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                   QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("saigon_mart")}));
        QCOMPARE(one.size(), 10);
        const QJsonObject newest = one.first().toObject();
        for (const char* key : {"client_id", "model_version", "trained_at", "active", "wmape", "mape", "mae", "rmse",
                                "bias", "fnr", "r2", "feature_count", "training_samples", "job_status",
                                "job_started_at", "job_completed_at", "job_duration_s"})
            QVERIFY2(newest.contains(QLatin1String(key)), key);
        QVERIFY(newest.value(QStringLiteral("active")).toBool());
        // The pipeline's versions have no model name: the key is there, null.
        QVERIFY(newest.contains(QStringLiteral("model_name")));
        QVERIFY(newest.value(QStringLiteral("model_name")).isNull());
        QVERIFY(!one.at(1).toObject().value(QStringLiteral("active")).toBool());
        QVERIFY(newest.value(QStringLiteral("wmape")).isDouble());
        const QString version = newest.value(QStringLiteral("model_version")).toString();
        QCOMPARE(newest.value(QStringLiteral("trained_at")).toString(),
                 QStringLiteral("%1-%2-%3T%4:%5:%6Z")
                     .arg(version.left(4), version.mid(4, 2), version.mid(6, 2), version.mid(9, 2), version.mid(11, 2),
                          version.mid(13, 2)));
        const CliRun csv = cli(m_demo, {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("models"),
                                        QStringLiteral("list")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.trimmed().split(QLatin1Char('\n')).size(), 31);
        const CliRun table = cli(m_demo, {QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--client"),
                                          QStringLiteral("nobody")});
        QCOMPARE(table.exitCode, 0);
        QCOMPARE(fileDigest(m_demo), before);
    }

    void showAndCompare()
    {
        const QJsonArray versions =
            jsonArray(cli(m_demo, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                   QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("hanoi_fresh")}));
        const QString newest = versions.at(0).toObject().value(QStringLiteral("model_version")).toString();
        const QString older = versions.at(5).toObject().value(QStringLiteral("model_version")).toString();
        const CliRun show = cli(m_demo, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                         QStringLiteral("show"), older});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject detail = QJsonDocument::fromJson(show.out.toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("client_id")).toString(), QStringLiteral("hanoi_fresh"));
        QCOMPARE(detail.value(QStringLiteral("active_version")).toString(), newest);
        QVERIFY(detail.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("r2")));
        QVERIFY(!detail.value(QStringLiteral("training_jobs")).toArray().isEmpty());
        QVERIFY(detail.contains(QStringLiteral("backtests")));
        expectError(cli(m_demo, {QStringLiteral("models"), QStringLiteral("show"), QStringLiteral("19990101_000000")}),
                    3, QStringLiteral("no model version"));
        expectError(cli(m_demo, {QStringLiteral("models"), QStringLiteral("show")}), 2,
                    QStringLiteral("missing argument"));

        const QJsonArray rows =
            jsonArray(cli(m_demo, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                   QStringLiteral("compare"), older, newest, QStringLiteral("--client"),
                                   QStringLiteral("hanoi_fresh")}));
        QVERIFY(rows.size() >= 9);
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("metric")) != QStringLiteral("wmape") &&
                row.value(QStringLiteral("metric")) != QStringLiteral("r2"))
                continue;
            const double a = row.value(older).toDouble();
            const double b = row.value(newest).toDouble();
            QCOMPARE(row.value(QStringLiteral("delta_") + newest).toDouble(),
                     QString::number(b - a, 'g', 12).toDouble());
            const bool higher = row.value(QStringLiteral("metric")) == QStringLiteral("r2");
            QCOMPARE(row.value(QStringLiteral("best")).toString(), (higher ? b > a : b < a) ? newest : older);
            QCOMPARE(row.value(QStringLiteral("better")).toString(),
                     higher ? QStringLiteral("higher") : QStringLiteral("lower"));
        }
        // Bias changes are of |bias|, as everywhere in Steward, and the row says so.
        bool sawBias = false;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            if (row.value(QStringLiteral("metric")) != QStringLiteral("bias"))
                continue;
            sawBias = true;
            QCOMPARE(row.value(QStringLiteral("delta_of")).toString(), QStringLiteral("|bias|"));
            const double a = row.value(older).toDouble();
            const double b = row.value(newest).toDouble();
            QCOMPARE(row.value(QStringLiteral("delta_") + newest).toDouble(),
                     QString::number(qAbs(b) - qAbs(a), 'g', 12).toDouble());
        }
        QVERIFY(sawBias);
        expectError(cli(m_demo, {QStringLiteral("models"), QStringLiteral("compare"), older}), 2,
                    QStringLiteral("missing argument"));
        expectError(cli(m_demo, {QStringLiteral("models"), QStringLiteral("frob")}), 2,
                    QStringLiteral("unknown subcommand"));
    }

    void requestRollbackThroughTheCli()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        const QJsonArray versions =
            jsonArray(cli(path, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                 QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("lotus_pharma")}));
        const QString newest = versions.at(0).toObject().value(QStringLiteral("model_version")).toString();
        const QString target = versions.at(4).toObject().value(QStringLiteral("model_version")).toString();
        const QStringList request{QStringLiteral("models"),
                                  QStringLiteral("request-rollback"),
                                  target,
                                  QStringLiteral("--client"),
                                  QStringLiteral("lotus_pharma"),
                                  QStringLiteral("--comment"),
                                  QStringLiteral("Residuals grew after the promo change.")};
        expectError(cli(path, request, QStringLiteral("dave")), 5, QStringLiteral("viewer"));
        expectError(cli(path, QStringList{QStringLiteral("--read-only")} + request, QStringLiteral("alice")), 7,
                    QStringLiteral("read-only"));
        expectError(cli(path, request.mid(0, 5), QStringLiteral("alice")), 2, QStringLiteral("--comment"));
        expectError(
            cli(path,
                {QStringLiteral("models"), QStringLiteral("request-rollback"), newest, QStringLiteral("--client"),
                 QStringLiteral("lotus_pharma"), QStringLiteral("--comment"), QStringLiteral("x")},
                QStringLiteral("alice")),
            4, QStringLiteral("already the active version"));
        const CliRun done = cli(path, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + request,
                                QStringLiteral("alice"));
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        const QJsonObject filed = QJsonDocument::fromJson(done.out.toUtf8()).object();
        QCOMPARE(filed.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QCOMPARE(filed.value(QStringLiteral("model_version")).toString(), target);
        QCOMPARE(filed.value(QStringLiteral("requested_by")).toString(), QStringLiteral("alice"));
        QVERIFY(!filed.value(QStringLiteral("request_id")).toString().isEmpty());
        expectError(cli(path, request, QStringLiteral("carol")), 4, QStringLiteral("already requested by alice"));
        // Nothing is active yet: a manager approves with `rollbacks approve` (another command).
        const QJsonObject shown =
            QJsonDocument::fromJson(cli(path, {QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("models"), QStringLiteral("show"), target})
                                        .out.toUtf8())
                .object();
        QCOMPARE(shown.value(QStringLiteral("active")).toBool(), false);
    }

    void importDirReportsEachFolder()
    {
        QTemporaryDir dir;
        const QString path = demoCopy(dir);
        const QString root = dir.filePath(QStringLiteral("registry"));
        const QStringList good = writeMixedRegistry(root);
        const QStringList import{QStringLiteral("models"), QStringLiteral("import-dir"), root,
                                 QStringLiteral("--client"), QStringLiteral("acme")};
        expectError(cli(path, import, QStringLiteral("alice")), 5, QStringLiteral("analyst"));
        const CliRun first =
            cli(path, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + import, QStringLiteral("bob"));
        QCOMPARE(first.exitCode, 1); // some folders failed; the good ones are imported
        QVERIFY(first.err.contains(QStringLiteral("3 of 7 folders were not imported")));
        const QJsonArray items = QJsonDocument::fromJson(first.out.toUtf8()).array();
        QCOMPARE(items.size(), 7);
        int imported = 0;
        for (const QJsonValue& item : items) {
            const QJsonObject object = item.toObject();
            if (object.value(QStringLiteral("status")) == QStringLiteral("imported"))
                ++imported;
            if (object.value(QStringLiteral("folder")).toString().endsWith(QStringLiteral("20250401_000000")))
                QVERIFY(object.value(QStringLiteral("message")).toString().contains(QStringLiteral("not valid JSON")));
        }
        QCOMPARE(imported, 3);
        const QJsonArray listed =
            jsonArray(cli(path, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("models"),
                                 QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("acme")}));
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("model_version")).toString(), good.last());
        QVERIFY(listed.first().toObject().contains(QStringLiteral("residual_std")));
        // A second import changes nothing.
        const CliRun again =
            cli(path, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + import, QStringLiteral("bob"));
        int unchanged = 0;
        for (const QJsonValue& item : QJsonDocument::fromJson(again.out.toUtf8()).array())
            unchanged += item.toObject().value(QStringLiteral("status")) == QStringLiteral("unchanged");
        QCOMPARE(unchanged, 3);
        // Only good folders: exit 0.
        const QString clean = dir.filePath(QStringLiteral("clean"));
        writeMetadataFile(clean, QStringLiteral("20240101_000000"),
                          metadataDocument(QStringLiteral("20240101_000000"), 5));
        QCOMPARE(cli(path,
                     {QStringLiteral("models"), QStringLiteral("import-dir"), clean, QStringLiteral("--client"),
                      QStringLiteral("acme")},
                     QStringLiteral("bob"))
                     .exitCode,
                 0);
        expectError(
            cli(path, {QStringLiteral("models"), QStringLiteral("import-dir"), dir.filePath(QStringLiteral("missing"))},
                QStringLiteral("bob")),
            3, QStringLiteral("does not exist"));
    }

    void chartsRenderWithoutADisplay()
    {
        QTemporaryDir dir;
        const QByteArray before = fileDigest(m_demo);
        const QList<QStringList> kinds{
            {QStringLiteral("history"), QStringLiteral("--metric"), QStringLiteral("rmse")},
            {QStringLiteral("backtest")},
            {QStringLiteral("fan"), QStringLiteral("--series"), QStringLiteral("hanoi_fresh:SKU-10005")},
            {QStringLiteral("cycles")}};
        for (const QStringList& kind : kinds) {
            for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
                const QString out = dir.filePath(kind.first() + QLatin1Char('.') + suffix);
                QStringList arguments{QStringLiteral("--read-only"), QStringLiteral("chart"),
                                      QStringLiteral("--kind"),      kind.first(),
                                      QStringLiteral("--client"),    QStringLiteral("hanoi_fresh"),
                                      QStringLiteral("--out"),       out};
                arguments << kind.mid(1);
                const CliRun run =
                    runCli(QStringList{QStringLiteral("--db"), m_demo} + arguments,
                           {QStringLiteral("XDG_RUNTIME_DIR=") + m_dir.path(), QStringLiteral("QT_QPA_PLATFORM=")});
                QVERIFY2(run.exitCode == 0, qPrintable(kind.first() + QStringLiteral(": ") + run.err));
                if (suffix == QLatin1String("png")) {
                    const QImage image(out);
                    QVERIFY2(!image.isNull(), qPrintable(out));
                    QCOMPARE(image.width(), 2400); // 1200 at 2x
                    // Not blank: a good share of the pixels are not white.
                    int coloured = 0;
                    for (int y = 0; y < image.height(); y += 7) {
                        for (int x = 0; x < image.width(); x += 7)
                            coloured += image.pixel(x, y) != qRgb(255, 255, 255);
                    }
                    QVERIFY2(coloured > 1000,
                             qPrintable(QStringLiteral("%1: %2 coloured samples").arg(out).arg(coloured)));
                } else {
                    QSvgRenderer renderer(out);
                    QVERIFY2(renderer.isValid(), qPrintable(out));
                    QFile file(out);
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    QVERIFY(file.readAll().contains("hanoi_fresh"));
                }
            }
        }
        QCOMPARE(fileDigest(m_demo), before);
        const QString out = dir.filePath(QStringLiteral("x.png"));
        expectError(
            cli(m_demo, {QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("pie"),
                         QStringLiteral("--client"), QStringLiteral("hanoi_fresh"), QStringLiteral("--out"), out}),
            2, QStringLiteral("--kind"));
        expectError(cli(m_demo, {QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("history"),
                                 QStringLiteral("--client"), QStringLiteral("hanoi_fresh"), QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("x.pdf"))}),
                    2, QStringLiteral(".png or .svg"));
        expectError(cli(m_demo, {QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("history"),
                                 QStringLiteral("--client"), QStringLiteral("hanoi_fresh"), QStringLiteral("--metric"),
                                 QStringLiteral("accuracy"), QStringLiteral("--out"), out}),
                    3, QStringLiteral("accuracy"));
        expectError(cli(m_demo, {QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("cycles"),
                                 QStringLiteral("--client"), QStringLiteral("nobody"), QStringLiteral("--out"), out}),
                    3, QStringLiteral("nobody"));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(CliRegistryTest)
#include "tst_cli_registry.moc"
