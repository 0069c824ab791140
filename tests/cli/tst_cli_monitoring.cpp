// steward-cli monitoring against the real binary on each system's demo: performance, drift,
// predictions and experiments in every format, their refusals and exit codes, and the
// performance and drift charts drawn without a display. Looking never changes the file.
#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTest>

using namespace steward;
using namespace steward::test;

class CliMonitoringTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_demos;

    CliRun cli(const QString& system, const QStringList& arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_demos.value(system), QStringLiteral("--read-only")} +
                          arguments,
                      {QStringLiteral("XDG_RUNTIME_DIR=") + m_dir.path(), QStringLiteral("QT_QPA_PLATFORM=")});
    }

    QJsonArray json(const QString& system, const QStringList& arguments) const
    {
        const CliRun run =
            cli(system, QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("monitoring")} +
                            arguments);
        if (run.exitCode != 0)
            qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    static void expectError(const CliRun& run, int code, const QString& fragment)
    {
        QVERIFY2(run.exitCode == code,
                 qPrintable(QStringLiteral("exit %1, stderr: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    }

private slots:
    void initTestCase()
    {
        for (const QString& system : {QStringLiteral("urutiiq"), QStringLiteral("within"), QStringLiteral("krongthai"),
                                      QStringLiteral("pipeline")}) {
            const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
            QStringList arguments{QStringLiteral("demo"), path, QStringLiteral("--anchor"),
                                  demoAnchor().toString(Qt::ISODate)};
            if (system != QLatin1String("pipeline"))
                arguments << QStringLiteral("--profile") << system;
            const CliRun demo = runCli(arguments);
            QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
            m_demos.insert(system, path);
        }
    }

    void performancePerVersionAndMetric()
    {
        const QByteArray before = fileDigest(m_demos.value(QStringLiteral("urutiiq")));
        const QJsonArray all = json(QStringLiteral("urutiiq"), {QStringLiteral("performance")});
        QCOMPARE(all.size(), 24);
        for (const QJsonValue& value : all) {
            const QJsonObject row = value.toObject();
            for (const char* key : {"model_name", "model_version", "metric", "points", "first", "last", "trend"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY(QStringList({"improving", "declining", "stable"}).contains(row.value("trend").toString()));
        }
        const QJsonArray one =
            json(QStringLiteral("urutiiq"),
                 {QStringLiteral("performance"), QStringLiteral("--model"), QStringLiteral("anomaly_detection:v1.2"),
                  QStringLiteral("--metric"), QStringLiteral("accuracy"), QStringLiteral("--client"),
                  QStringLiteral("acme_co")});
        QCOMPARE(one.size(), 1);
        const QJsonObject row = one.first().toObject();
        QCOMPARE(row.value("model_name").toString(), QStringLiteral("anomaly_detection"));
        QCOMPARE(row.value("model_version").toString(), QStringLiteral("v1.2"));
        QCOMPARE(row.value("trend").toString(), QStringLiteral("declining"));
        QCOMPARE(row.value("better").toString(), QStringLiteral("higher"));
        QVERIFY(row.value("active").toBool());
        QCOMPARE(row.value("baseline").toDouble(), 0.88);
        QCOMPARE(row.value("previous_version").toString(), QStringLiteral("v1.1"));
        QCOMPARE(row.value("previous_trend").toString(), QStringLiteral("stable"));
        QVERIFY(row.value("first").toDouble() > row.value("last").toDouble());
        // A period before the figures: nothing, and still exit 0.
        const QJsonArray none =
            json(QStringLiteral("urutiiq"),
                 {QStringLiteral("performance"), QStringLiteral("--until"), QStringLiteral("2001-01-01")});
        QCOMPARE(none.size(), 0);
        // CSV: a header with the keys, a line per row.
        const CliRun csv = cli(QStringLiteral("urutiiq"),
                               {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("monitoring"),
                                QStringLiteral("performance"), QStringLiteral("--metric"), QStringLiteral("latency")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 13);
        QVERIFY2(lines.first().startsWith(QStringLiteral("scope,model_name,model_version,active,metric")),
                 qPrintable(lines.first()));
        const CliRun text =
            cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring"), QStringLiteral("performance")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("declining")));
        QCOMPARE(fileDigest(m_demos.value(QStringLiteral("urutiiq"))), before);
    }

    void performanceWithoutAScopeAndForThePipeline()
    {
        // WITHIN has no scope: nothing asks for --client.
        const QJsonArray within =
            json(QStringLiteral("within"), {QStringLiteral("performance"), QStringLiteral("--model"),
                                            QStringLiteral("fraud"), QStringLiteral("--metric"), QStringLiteral("f1")});
        QCOMPARE(within.size(), 2);
        QCOMPARE(within.last().toObject().value("trend").toString(), QStringLiteral("declining"));
        QVERIFY(within.last().toObject().value("scope").isNull());
        // The pipeline: each version's forecasts against the actuals, per client.
        const QJsonArray pipeline = json(QStringLiteral("pipeline"), {QStringLiteral("performance")});
        QVERIFY(pipeline.size() >= 3);
        for (const QJsonValue& value : pipeline) {
            QCOMPARE(value.toObject().value("metric").toString(), QStringLiteral("wmape"));
            QCOMPARE(value.toObject().value("better").toString(), QStringLiteral("lower"));
            QVERIFY(value.toObject().value("model_name").isNull());
            QCOMPARE(value.toObject().value("points").toInt(), 30);
        }
        const QString client = pipeline.first().toObject().value("scope").toString();
        const QJsonArray one =
            json(QStringLiteral("pipeline"), {QStringLiteral("performance"), QStringLiteral("--model"), client});
        QCOMPARE(one.size(), 1);
    }

    void driftNowFirstAndFiltered()
    {
        const QJsonArray all = json(QStringLiteral("krongthai"), {QStringLiteral("drift")});
        QVERIFY(all.size() > 10);
        const QJsonObject first = all.first().toObject();
        QCOMPARE(first.value("status").toString(), QStringLiteral("detected"));
        QVERIFY(first.value("current").toBool());
        QCOMPARE(first.value("feature").toString(), QStringLiteral("accuracy"));
        QCOMPARE(first.value("system_status").toString(), QStringLiteral("true")); // drift_detected
        const QJsonArray detected =
            json(QStringLiteral("urutiiq"),
                 {QStringLiteral("drift"), QStringLiteral("--status"), QStringLiteral("detected")});
        QVERIFY(!detected.isEmpty());
        for (const QJsonValue& value : detected)
            QCOMPARE(value.toObject().value("status").toString(), QStringLiteral("detected"));
        QCOMPARE(
            json(QStringLiteral("urutiiq"), {QStringLiteral("drift"), QStringLiteral("--limit"), QStringLiteral("4")})
                .size(),
            4);
        const QJsonArray within = json(
            QStringLiteral("within"), {QStringLiteral("drift"), QStringLiteral("--status"), QStringLiteral("warning")});
        QVERIFY(!within.isEmpty());
        QVERIFY(within.first().toObject().value("threshold_assumed").toBool());
        expectError(cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring"), QStringLiteral("drift"),
                                                    QStringLiteral("--status"), QStringLiteral("alarming")}),
                    2, QStringLiteral("detected, warning or normal"));
        // The pipeline records no drift: the entity is missing, as a missing item is.
        expectError(cli(QStringLiteral("pipeline"), {QStringLiteral("monitoring"), QStringLiteral("drift")}), 3,
                    QStringLiteral("no drift records"));
    }

    void predictionsSummarised()
    {
        const QJsonArray urutiiq = json(QStringLiteral("urutiiq"), {QStringLiteral("predictions")});
        QCOMPARE(urutiiq.size(), 12);
        const QJsonObject row = urutiiq.first().toObject();
        QVERIFY(row.value("predictions").toInt() > 0);
        QVERIFY(row.value("accuracy").isDouble());
        QVERIFY(row.value("latency_mean_ms").isNull());
        const QJsonObject buckets = row.value("confidence").toObject();
        QCOMPARE(buckets.size(), 6);
        int inBuckets = 0;
        for (const QJsonValue& n : buckets)
            inBuckets += n.toInt();
        QCOMPARE(inBuckets, row.value("with_confidence").toInt());
        const QJsonArray within =
            json(QStringLiteral("within"),
                 {QStringLiteral("predictions"), QStringLiteral("--model"), QStringLiteral("churn:1.2")});
        QCOMPARE(within.size(), 1);
        QVERIFY(within.first().toObject().value("latency_mean_ms").toDouble() > 15);
        QVERIFY(within.first().toObject().value("accuracy").isNull());
        expectError(cli(QStringLiteral("pipeline"), {QStringLiteral("monitoring"), QStringLiteral("predictions")}), 3,
                    QStringLiteral("no prediction log"));
    }

    void experimentsWithWinners()
    {
        const QJsonArray krongthai = json(QStringLiteral("krongthai"), {QStringLiteral("experiments")});
        QCOMPARE(krongthai.size(), 4);
        for (const QJsonValue& value : krongthai) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value("variants").toArray().size(), 2);
            const QJsonObject treatment = row.value("variants").toArray().at(1).toObject();
            QVERIFY(treatment.value("ci_low").toDouble() < treatment.value("ci_high").toDouble());
            if (row.value("status").toString() == QLatin1String("completed")) {
                QCOMPARE(row.value("winner").toString(), QStringLiteral("treatment"));
                QCOMPARE(treatment.value("sample_size").toInt(), 1200);
            } else {
                QVERIFY(row.value("winner").isNull());
            }
        }
        // UrutiIQ's results JSON: invalid JSON is a message on its experiment, not a failure.
        const QJsonArray urutiiq = json(QStringLiteral("urutiiq"), {QStringLiteral("experiments")});
        QCOMPARE(urutiiq.size(), 6);
        int problems = 0;
        for (const QJsonValue& value : urutiiq) {
            const QJsonObject row = value.toObject();
            QVERIFY(row.contains("experiment_name") && row.contains("variants") && row.contains("winner"));
            if (!row.value("problem").isNull()) {
                ++problems;
                QVERIFY(row.value("problem").toString().contains(QStringLiteral("not valid JSON")));
            }
        }
        QCOMPARE(problems, 1);
        expectError(cli(QStringLiteral("within"), {QStringLiteral("monitoring"), QStringLiteral("experiments")}), 3,
                    QStringLiteral("no experiments"));
    }

    void refusals()
    {
        expectError(cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring")}), 2,
                    QStringLiteral("monitoring needs"));
        expectError(cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring"), QStringLiteral("performance"),
                                                    QStringLiteral("--colour"), QStringLiteral("red")}),
                    2, QStringLiteral("--colour"));
        expectError(cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring"), QStringLiteral("performance"),
                                                    QStringLiteral("--model"), QStringLiteral("x:")}),
                    2, QStringLiteral("NAME:VERSION"));
        expectError(cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring"), QStringLiteral("performance"),
                                                    QStringLiteral("--since"), QStringLiteral("last week")}),
                    2, QStringLiteral("--since"));
        // Feedback and deployments are another branch's; here they are unknown commands.
        expectError(cli(QStringLiteral("urutiiq"), {QStringLiteral("monitoring"), QStringLiteral("bogus")}), 2,
                    QStringLiteral("unknown monitoring command bogus"));
    }

    void chartsRenderWithoutADisplay()
    {
        QTemporaryDir dir;
        const QByteArray before = fileDigest(m_demos.value(QStringLiteral("krongthai")));
        const QList<std::pair<QString, QStringList>> charts{
            {QStringLiteral("urutiiq"),
             {QStringLiteral("performance"), QStringLiteral("--model"), QStringLiteral("anomaly_detection"),
              QStringLiteral("--metric"), QStringLiteral("accuracy")}},
            {QStringLiteral("within"), {QStringLiteral("performance")}},
            {QStringLiteral("krongthai"), {QStringLiteral("drift")}},
            {QStringLiteral("within"), {QStringLiteral("drift"), QStringLiteral("--model"), QStringLiteral("fraud")}}};
        int n = 0;
        for (const auto& [system, kind] : charts) {
            for (const QString& suffix : {QStringLiteral("png"), QStringLiteral("svg")}) {
                const QString out = dir.filePath(QStringLiteral("%1.%2").arg(++n).arg(suffix));
                const CliRun run = cli(system, QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                           QStringLiteral("chart"), QStringLiteral("--kind")} +
                                                   kind + QStringList{QStringLiteral("--out"), out});
                QVERIFY2(run.exitCode == 0, qPrintable(system + QStringLiteral(": ") + run.err));
                const QJsonObject printed = QJsonDocument::fromJson(run.out.toUtf8()).object();
                QCOMPARE(printed.value("kind").toString(), kind.first());
                if (suffix == QLatin1String("png")) {
                    const QImage image(out);
                    QVERIFY2(!image.isNull(), qPrintable(out));
                    int coloured = 0;
                    for (int y = 0; y < image.height(); y += 7) {
                        for (int x = 0; x < image.width(); x += 7)
                            coloured += image.pixel(x, y) != qRgb(255, 255, 255);
                    }
                    QVERIFY2(coloured > 1000, qPrintable(QStringLiteral("%1: %2").arg(out).arg(coloured)));
                } else {
                    QVERIFY(QSvgRenderer(out).isValid());
                    QFile file(out);
                    QVERIFY(file.open(QIODevice::ReadOnly));
                    const QByteArray svg = file.readAll();
                    QVERIFY(kind.first() == QLatin1String("drift") ? svg.contains("threshold") || svg.contains("Drift")
                                                                   : svg.contains("over time"));
                }
            }
        }
        QCOMPARE(fileDigest(m_demos.value(QStringLiteral("krongthai"))), before);
        expectError(cli(QStringLiteral("urutiiq"),
                        {QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("performance"),
                         QStringLiteral("--metric"), QStringLiteral("nps"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("x.png"))}),
                    3, QStringLiteral("no performance figures for metric nps"));
    }

    void initIndexesAddsTheMonitoringIndexes()
    {
        // On a copy: the other tests read the demo as written.
        m_demos.insert(QStringLiteral("within-indexed"), copyDatabase(m_demos.value(QStringLiteral("within")), m_dir,
                                                                      QStringLiteral("within-indexed.sqlite")));
        const auto figures = [&] {
            QStringList lines;
            for (const QJsonValue& value : json(QStringLiteral("within-indexed"), {QStringLiteral("performance")})) {
                const QJsonObject row = value.toObject();
                lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                             .arg(row.value("model_version").toString(), row.value("metric").toString())
                             .arg(row.value("points").toInt())
                             .arg(row.value("first").toDouble(), 0, 'g', 17)
                             .arg(row.value("last").toDouble(), 0, 'g', 17)
                             .arg(row.value("trend").toString());
            }
            for (const QJsonValue& value : json(QStringLiteral("within-indexed"), {QStringLiteral("predictions")})) {
                const QJsonObject row = value.toObject();
                lines << QStringLiteral("%1 %2 %3")
                             .arg(row.value("model_version").toString())
                             .arg(row.value("predictions").toInt())
                             .arg(QString::fromUtf8(QJsonDocument(row.value("confidence").toArray()).toJson()));
            }
            return lines;
        };
        const QStringList before = figures();
        QVERIFY(before.size() > 4);
        const CliRun init =
            runCli({QStringLiteral("--db"), m_demos.value(QStringLiteral("within-indexed")), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("init"), QStringLiteral("--indexes")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QJsonArray indexes = QJsonDocument::fromJson(init.out.toUtf8()).object().value("indexes").toArray();
        for (const char* name :
             {"steward_idx_prediction_logs_monitoring", "steward_idx_model_performance_metrics_monitoring",
              "steward_idx_feature_importance_monitoring"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
        QCOMPARE(figures(), before);
    }
};

QTEST_GUILESS_MAIN(CliMonitoringTest)
#include "tst_cli_monitoring.moc"
