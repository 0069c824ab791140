// The compliance report's monitoring section on each system's demo: the declining trends and the
// drift detected in the period are the monitoring summaries' own, narrowed to a client; the
// report says what a system keeps no records of, and the HTML carries the section.
#include "TestSupport.h"
#include "models/demo/DemoGenerator.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/MonitoringReport.h"
#include "models/monitoring/FeedbackQueue.h"
#include "ui/render/report/ReportHtml.h"
#include "ui/render/report/ReportMonitoring.h"

#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;

class MonitoringReportTest : public QObject
{
    Q_OBJECT

    const TestClock m_clock;
    QTemporaryDir m_dir;

    std::unique_ptr<Database> open(const QString& system)
    {
        const QString path = m_dir.filePath(system + QStringLiteral(".sqlite"));
        if (!QFile::exists(path)) {
            DemoOptions options;
            options.seed = 7;
            options.anchor = demoAnchor();
            options.actingUser = QStringLiteral("admin");
            options.system = system == QLatin1String("pipeline") ? QString() : system;
            if (auto written = DemoGenerator::writeSqliteFile(path, options); !written)
                return STEWARD_HELPER_FAILED("%s", qPrintable(written.failure().message()));
        }
        return openSqlite(path, QStringLiteral("admin"), true);
    }

    static QDateTime day(int offset) { return QDateTime(demoAnchor().addDays(offset), QTime(0, 0), QTimeZone::utc()); }

private slots:
    void theSectionIsTheSummaries_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("client");
        QTest::addColumn<bool>("deployments");
        QTest::addColumn<bool>("feedback");
        QTest::newRow("urutiiq") << QStringLiteral("urutiiq") << QString() << true << true;
        QTest::newRow("urutiiq one company") << QStringLiteral("urutiiq") << QStringLiteral("acme_co") << true << true;
        QTest::newRow("krongthai") << QStringLiteral("krongthai") << QString() << true << false;
        QTest::newRow("within") << QStringLiteral("within") << QString() << true << false;
        QTest::newRow("pipeline") << QStringLiteral("pipeline") << QString() << false << false;
    }

    void theSectionIsTheSummaries()
    {
        QFETCH(QString, system);
        QFETCH(QString, client);
        QFETCH(bool, deployments);
        QFETCH(bool, feedback);
        auto db = open(system);
        QVERIFY(db);
        const QDateTime start = day(-29);
        const QDateTime end = day(1);
        auto section = MonitoringReport::build(*db, start, end, client, 5);
        QVERIFY2(section.isOk(), qPrintable(section.failure().message()));
        MonitoringFilter filter;
        filter.scope = client;
        filter.since = start;
        filter.until = end.addMSecs(-1);
        auto performance = PerformanceSummary::load(*db, filter);
        QVERIFY(performance.isOk());
        int declining = 0;
        for (const PerformanceRow& row : *performance)
            declining += row.trend.kind == TrendKind::Declining;
        QCOMPARE(section->declining.size(), declining);
        for (const PerformanceRow& row : section->declining) {
            QCOMPARE(row.trend.kind, std::optional<TrendKind>(TrendKind::Declining));
            QVERIFY(client.isEmpty() || row.scope == client);
        }
        if (system == QLatin1String("urutiiq") || system == QLatin1String("pipeline"))
            QVERIFY(declining > 0);
        QCOMPARE(section->driftKept, system != QLatin1String("pipeline"));
        if (section->driftKept) {
            filter.status = QStringLiteral("detected");
            auto drift = DriftSummary::load(*db, filter);
            QVERIFY(drift.isOk());
            QCOMPARE(section->driftDetected, drift->size());
            QCOMPARE(section->drift.size(), std::min<qsizetype>(drift->size(), 5));
            for (const DriftRecord& record : section->drift) {
                QCOMPARE(record.status, QStringLiteral("detected"));
                QVERIFY(record.at >= start && record.at < end);
            }
        }
        QCOMPARE(section->deploymentsKept, deployments);
        QCOMPARE(section->feedbackKept, feedback);
        if (section->feedbackKept) {
            // Every pending item of the client, at any date, and none other.
            auto pending = FeedbackQueue::list(*db, QStringLiteral("pending"));
            QVERIFY(pending.isOk());
            qsizetype expected = 0;
            for (const FeedbackItem& item : *pending)
                expected += client.isEmpty() || item.clientId == client;
            QVERIFY(expected > 0);
            QCOMPARE(section->pendingFeedback.size(), expected);
            for (const FeedbackItem& item : section->pendingFeedback)
                QCOMPARE(item.status, QStringLiteral("pending"));
            const QString html = ReportMonitoring::html(*section);
            QVERIFY2(html.contains(QStringLiteral("Feedback left pending (%1, at any date)").arg(expected)),
                     qPrintable(html));
        }
    }

    void theReportCarriesTheSection()
    {
        auto db = open(QStringLiteral("pipeline"));
        QVERIFY(db);
        ReportOptions options;
        options.since = demoAnchor().addDays(-29);
        options.until = demoAnchor();
        auto data = ComplianceReport::build(*db, options);
        QVERIFY2(data.isOk(), qPrintable(data.failure().message()));
        QVERIFY(!data->monitoring.declining.isEmpty());
        const QString html = ReportHtml::build(*data);
        QVERIFY(html.contains(QStringLiteral(">Monitoring</h2>")));
        QVERIFY(html.contains(data->monitoring.declining.first().modelVersion));
        QVERIFY(html.contains(QStringLiteral("No deployment records: this system keeps none.")));
        // Decisions still follow the monitoring section, as before.
        QVERIFY(html.indexOf(QStringLiteral(">Monitoring</h2>")) <
                html.indexOf(QStringLiteral("Decisions in the period")));
    }
};

QTEST_GUILESS_MAIN(MonitoringReportTest)
#include "tst_monitoring_report.moc"
