// The compliance report's figures, checked against a database built row by row here: counts
// by severity and status in the period, open criticals and overdue items now, mean time to
// resolve, the per-day series, every decision with who and when, and the audit chain's state.
#include "GovernanceFixture.h"
#include "TestSupport.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/ViolationDecisions.h"
#include "models/workflow/RoleRepository.h"
#include "models/workflow/SuggestionDecisions.h"

#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;
using namespace steward::test::governance;

class ComplianceReportTest : public QObject
{
    Q_OBJECT

    // Decisions and the report read one clock, which stands still: nothing here moves across
    // midnight.
    TestClock m_clock;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_admin;
    QDateTime m_now;
    QDate m_today;
    QMap<QString, QString> m_ids;
    double m_expectedMeanHours = 0;
    QMap<QDate, int> m_detectedPerDay;

    std::unique_ptr<Database> open(const QString& user)
    {
        ConnectionTarget target;
        target.sqlitePath = m_path;
        OpenOptions options;
        options.actingUser = user;
        options.createIfMissing = true;
        auto db = Database::open(target, options);
        if (!db)
            return STEWARD_HELPER_FAILED("%s", qPrintable(db.failure().message()));
        return db.take();
    }

    void add(const QString& name, const QString& severity, const QString& status, const QDateTime& detected,
             const QDateTime& resolved = {}, const QString& client = QStringLiteral("acme"))
    {
        static QString policy;
        if (policy.isEmpty())
            policy = addPolicy(*m_admin);
        ViolationSeed seed;
        seed.severity = severity;
        seed.status = status;
        seed.clientId = client;
        seed.detectedAt = detected;
        seed.resolvedAt = resolved;
        if (resolved.isValid()) {
            seed.resolvedBy = QStringLiteral("bob");
            seed.resolution = QStringLiteral("done");
        }
        m_ids.insert(name, addViolation(*m_admin, policy, seed));
    }

    ReportOptions period() const
    {
        ReportOptions options;
        options.since = m_today.addDays(-9);
        options.until = m_today;
        options.asOf = m_now;
        return options;
    }

private slots:
    void initTestCase()
    {
        m_now = Clock::nowUtc();
        m_today = m_now.date();
        m_path = m_dir.filePath(QStringLiteral("report.sqlite"));
        m_admin = open(QStringLiteral("root"));
        STEWARD_VERIFY_OK(createSchema(*m_admin));
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(QStringLiteral("alice"), Role::Analyst));
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(QStringLiteral("bob"), Role::Manager));
        const QDateTime start(m_today.addDays(-9), QTime(0, 0), QTimeZone::utc());
        const QDateTime end(m_today.addDays(1), QTime(0, 0), QTimeZone::utc());
        add(QStringLiteral("A"), QStringLiteral("critical"), QStringLiteral("open"), m_now.addDays(-2));
        add(QStringLiteral("B"), QStringLiteral("critical"), QStringLiteral("investigating"), m_now.addSecs(-3 * 3600));
        add(QStringLiteral("C"), QStringLiteral("high"), QStringLiteral("resolved"), m_now.addDays(-5),
            m_now.addDays(-3));
        add(QStringLiteral("D"), QStringLiteral("medium"), QStringLiteral("resolved"), m_now.addDays(-4),
            m_now.addDays(-3));
        add(QStringLiteral("E"), QStringLiteral("low"), QStringLiteral("false_positive"), m_now.addDays(-2),
            m_now.addDays(-1));
        add(QStringLiteral("F"), QStringLiteral("medium"), QStringLiteral("open"), m_now.addDays(-30));
        add(QStringLiteral("G"), QStringLiteral("critical"), QStringLiteral("open"), m_now.addDays(-1));
        add(QStringLiteral("H"), QStringLiteral("high"), QStringLiteral("open"), m_now.addDays(-1), {},
            QStringLiteral("globex"));
        add(QStringLiteral("I"), QStringLiteral("severe"), QStringLiteral("open"), m_now.addDays(-1));
        add(QStringLiteral("J"), QStringLiteral("low"), QStringLiteral("open"), start);
        add(QStringLiteral("K"), QStringLiteral("low"), QStringLiteral("open"), end);

        // Decisions, through the one engine.
        auto alice = open(QStringLiteral("alice"));
        auto bob = open(QStringLiteral("bob"));
        const QString approved = addSuggestion(*m_admin, QStringLiteral("acme"));
        const QString rejected = addSuggestion(*m_admin, QStringLiteral("globex"));
        STEWARD_VERIFY_OK(TransitionEngine(*alice).apply(SuggestionDecisions::approve(approved)).outcome);
        STEWARD_VERIFY_OK(
            TransitionEngine(*alice).apply(SuggestionDecisions::reject(rejected, QStringLiteral("Overfits"))).outcome);
        const QString g = m_ids.value(QStringLiteral("G"));
        STEWARD_VERIFY_OK(TransitionEngine(*alice).apply(ViolationDecisions::investigate(g)).outcome);
        STEWARD_VERIFY_OK(
            TransitionEngine(*alice)
                .apply(ViolationDecisions::comment(g, QStringLiteral("Calendar bug"), QStringLiteral("investigating")))
                .outcome);
        STEWARD_VERIFY_OK(
            TransitionEngine(*bob).apply(ViolationDecisions::resolve(g, QStringLiteral("Fixed the calendar"))).outcome);

        // What the report should say, worked out here from the rows.
        const QDateTime gResolved = violationRow(*m_admin, g).value(QStringLiteral("resolved_at")).toDateTime();
        const double gHours = m_now.addDays(-1).msecsTo(gResolved) / 3600000.0;
        m_expectedMeanHours = (48.0 + 24.0 + gHours) / 3.0;
        for (const QDateTime& detected :
             {m_now.addDays(-2), m_now.addSecs(-3 * 3600), m_now.addDays(-5), m_now.addDays(-4), m_now.addDays(-2),
              m_now.addDays(-1), m_now.addDays(-1), m_now.addDays(-1), start})
            ++m_detectedPerDay[detected.date()];
    }

    void figures()
    {
        auto data = ComplianceReport::build(*m_admin, period());
        QVERIFY2(data, qPrintable(data.failure().message()));
        QCOMPARE(data->periodStart, QDateTime(m_today.addDays(-9), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(data->periodEnd, QDateTime(m_today.addDays(1), QTime(0, 0), QTimeZone::utc()));
        // J is detected exactly at the start (in), K exactly at the end (out), F before it.
        QCOMPARE(data->detected, 9);
        QCOMPARE(data->detectedCount(QStringLiteral("critical"), QStringLiteral("open")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("critical"), QStringLiteral("investigating")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("critical"), QStringLiteral("resolved")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("high"), QStringLiteral("resolved")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("high"), QStringLiteral("open")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("medium"), QStringLiteral("resolved")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("medium"), QStringLiteral("open")), 0);
        QCOMPARE(data->detectedCount(QStringLiteral("low"), QStringLiteral("false_positive")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("low"), QStringLiteral("open")), 1);
        QCOMPARE(data->detectedCount(QStringLiteral("severe"), QStringLiteral("open")), 1);
        QCOMPARE(data->severities,
                 (QStringList{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                              QStringLiteral("low"), QStringLiteral("severe")}));

        QCOMPARE(data->openCriticalCount, 2);
        QStringList criticals;
        for (const ViolationRow& row : data->openCriticals)
            criticals << m_ids.key(row.violationId);
        criticals.sort();
        QCOMPARE(criticals, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(data->overdueCount, 2);
        QStringList overdue;
        for (const ViolationRow& row : data->overdue)
            overdue << m_ids.key(row.violationId);
        QCOMPARE(overdue, (QStringList{QStringLiteral("F"), QStringLiteral("A")})); // the longest overdue first

        QCOMPARE(data->resolved, 3);
        QCOMPARE(data->falsePositives, 1);
        QVERIFY(data->meanHoursToResolve);
        QVERIFY2(qAbs(*data->meanHoursToResolve - m_expectedMeanHours) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*data->meanHoursToResolve).arg(m_expectedMeanHours)));
        QCOMPARE(data->resolvedBySeverity.value(QStringLiteral("high")).count, 1);
        QVERIFY(qAbs(data->resolvedBySeverity.value(QStringLiteral("high")).meanHours - 48.0) < 0.01);
        QVERIFY(qAbs(data->resolvedBySeverity.value(QStringLiteral("medium")).meanHours - 24.0) < 0.01);
        // High took 48 hours against a 3-day deadline, medium 24 against 7: neither is flagged.
        QCOMPARE(data->deadlineHours(QStringLiteral("high")), std::optional<double>(72.0));
        QVERIFY(!data->meanExceedsDeadline(QStringLiteral("high")));
        QVERIFY(!data->meanExceedsDeadline(QStringLiteral("medium")));
        QVERIFY(!data->meanExceedsDeadline(QStringLiteral("low"))); // nothing resolved

        QCOMPARE(data->bucketUnit, QStringLiteral("day"));
        QCOMPARE(data->series.size(), 10);
        qint64 resolvedInSeries = 0;
        for (const auto& bucket : data->series) {
            QCOMPARE(bucket.detected, m_detectedPerDay.value(bucket.start));
            resolvedInSeries += bucket.resolved;
        }
        QCOMPARE(resolvedInSeries, 3);

        QVERIFY(data->hasAuditTrail);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Suggestion approved")), 1);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Suggestion rejected")), 1);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Violation resolved")), 1);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Violation investigation started")), 1);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Violation assigned")), 1);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Role granted")), 2);
        QCOMPARE(data->comments, 1);
        QCOMPARE(data->decisions.size(), 7);
        const AuditEntry& last = data->decisions.last();
        QCOMPARE(last.action, QStringLiteral("resolve"));
        QCOMPARE(last.actor, QStringLiteral("bob"));
        QCOMPARE(last.targetId, m_ids.value(QStringLiteral("G")));
        for (int i = 1; i < data->decisions.size(); ++i)
            QVERIFY(data->decisions.at(i).seq > data->decisions.at(i - 1).seq);
        QVERIFY(data->chain && data->chain->intact);
        QCOMPARE(data->chain->recordsChecked, 8); // 7 decisions and the comment
        QCOMPARE(data->source, m_path);
        QCOMPARE(data->generatedBy, QStringLiteral("root"));
    }

    void oneClient()
    {
        ReportOptions options = period();
        options.clientId = QStringLiteral("globex");
        auto data = ComplianceReport::build(*m_admin, options);
        QVERIFY(data);
        QCOMPARE(data->detected, 1);
        QCOMPARE(data->openCriticalCount, 0);
        QCOMPARE(data->overdueCount, 0);
        QCOMPARE(data->resolved, 0);
        QVERIFY(!data->meanHoursToResolve);
        // Only globex's decisions: the rejected suggestion. Role grants belong to no client.
        QCOMPARE(data->decisions.size(), 1);
        QCOMPARE(data->decisions.first().action, QStringLiteral("reject"));
    }

    void periodsAndCancelling()
    {
        ReportOptions backwards = period();
        backwards.since = m_today;
        backwards.until = m_today.addDays(-1);
        QCOMPARE(ComplianceReport::build(*m_admin, backwards).failure().code(), OutcomeCode::Usage);

        ReportOptions defaults;
        defaults.asOf = m_now;
        auto data = ComplianceReport::build(*m_admin, defaults);
        QCOMPARE(data->until, m_today);
        QCOMPARE(data->since, m_today.addDays(-29));
        QCOMPARE(data->detected, 9); // F was detected 30 days ago: before the default 30-day period

        ReportOptions longPeriod = period();
        longPeriod.since = m_today.addDays(-200);
        QCOMPARE(ComplianceReport::build(*m_admin, longPeriod)->bucketUnit, QStringLiteral("week"));

        int calls = 0;
        auto cancelled =
            ComplianceReport::build(*m_admin, period(), [&](const QString&, double) { return ++calls < 3; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.failure().message().contains(QStringLiteral("cancelled")));
    }

    void listsAreCappedButCounted()
    {
        ReportOptions options = period();
        options.listLimit = 1;
        auto data = ComplianceReport::build(*m_admin, options);
        QCOMPARE(data->overdue.size(), 1);
        QCOMPARE(data->overdueCount, 2);
    }

    void brokenChainIsReported()
    {
        // Someone edits a record behind Steward's back (past the append-only trigger).
        STEWARD_VERIFY_OK(m_admin->exec(QStringLiteral("DROP TRIGGER steward_audit_log_no_update")));
        STEWARD_VERIFY_OK(
            m_admin->exec(QStringLiteral("UPDATE steward_audit_log SET actor = 'mallory' WHERE seq = 4")));
        auto data = ComplianceReport::build(*m_admin, period());
        QVERIFY(data);
        QVERIFY(data->chain);
        QVERIFY(!data->chain->intact);
        QCOMPARE(data->chain->firstBadSeq, 4);
    }

    void withoutStewardTables()
    {
        const QString path = m_dir.filePath(QStringLiteral("pipeline-only.sqlite"));
        auto db = makePipelineOnly(path);
        ViolationSeed seed;
        addViolation(*db, addPolicy(*db), seed);
        auto data = ComplianceReport::build(*db, period());
        QVERIFY2(data, qPrintable(data.failure().message()));
        QVERIFY(!data->hasAuditTrail);
        QVERIFY(!data->chain);
        QCOMPARE(data->detected, 1);
        QVERIFY(data->decisions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ComplianceReportTest)
#include "tst_compliance_report.moc"
