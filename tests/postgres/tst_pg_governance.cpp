// Governance against the real PostgreSQL server: the full transition matrix with each role as
// its own login, conflicts between two sessions, deadlines and "overdue" in SQL on
// timestamptz, queries over uuid columns, the compliance report's figures, and the CLI with a
// password that never shows.
#include "GovernanceFixture.h"
#include "TestSupport.h"
#include "models/governance/ComplianceReport.h"
#include "models/governance/Deadlines.h"
#include "models/governance/PolicyQuery.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationQuery.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <map>

using namespace steward;
using namespace steward::test;
using namespace steward::test::governance;

class PgGovernanceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<TemporaryPostgresDatabase> m_pg;
    std::unique_ptr<Database> m_admin; // the server's superuser, who created Steward's tables
    std::map<Role, std::unique_ptr<Database>> m_people;
    QString m_policy;

    static QString loginFor(Role role) { return QStringLiteral("steward_gov_") + roleName(role); }

    Database& as(Role role) { return *m_people[role]; }

private slots:
    void initTestCase()
    {
        STEWARD_REQUIRE_POSTGRES();
        m_pg = std::make_unique<TemporaryPostgresDatabase>();
        QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
        auto admin = Database::open(m_pg->target());
        QVERIFY2(admin, qPrintable(admin.failure().message()));
        m_admin = admin.take();
        STEWARD_VERIFY_OK(createSchema(*m_admin));
        RoleRepository roles(*m_admin);
        for (Role role : allRoles()) {
            const QString login = loginFor(role);
            QVERIFY2(m_pg->createLogin(login), qPrintable(m_pg->error()));
            // The grant is membership of Steward's group role, with the privileges that come with it.
            STEWARD_VERIFY_OK(roles.grant(login, role));
            auto db = Database::open(m_pg->target(login));
            QVERIFY2(db, qPrintable(db.failure().message()));
            QCOMPARE((*db)->actingUser(), login);
            m_people[role] = db.take();
        }
        m_policy = addPolicy(*m_admin);
    }

    void cleanupTestCase()
    {
        m_people.clear();
        m_admin.reset();
        m_pg.reset();
    }

    void transitionMatrix()
    {
        STEWARD_REQUIRE_POSTGRES();
        const QList<MatrixCase> cases = governance::transitionMatrix(loginFor(Role::Analyst));
        int checked = 0;
        for (const MatrixCase& matrixCase : cases) {
            for (Role role : allRoles()) {
                checkCase(*m_admin, as(role), role, matrixCase);
                if (QTest::currentTestFailed()) {
                    qWarning("failed: %s as %s", qPrintable(matrixCase.name), qPrintable(roleName(role)));
                    return;
                }
                ++checked;
            }
        }
        QCOMPARE(checked, static_cast<int>(cases.size() * allRoles().size()));
        QVERIFY(AuditChain::verify(*m_admin)->intact);
    }

    void conflictsBetweenSessions()
    {
        STEWARD_REQUIRE_POSTGRES();
        ViolationSeed seed;
        seed.status = QStringLiteral("investigating");
        const QString id = addViolation(*m_admin, m_policy, seed);
        const DecisionResult first =
            TransitionEngine(as(Role::Analyst)).apply(ViolationDecisions::resolve(id, QStringLiteral("Fixed")));
        const DecisionResult second = TransitionEngine(as(Role::Manager))
                                          .apply(ViolationDecisions::markFalsePositive(id, QStringLiteral("Noise")));
        STEWARD_VERIFY_OK(first.outcome);
        QCOMPARE(second.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(second.outcome.message().contains(loginFor(Role::Analyst)), qPrintable(second.outcome.message()));
        const QVariantMap row = violationRow(*m_admin, id);
        QCOMPARE(row.value(QStringLiteral("resolved_by")).toString(), loginFor(Role::Analyst));
        QCOMPARE(row.value(QStringLiteral("resolution")).toString(), QStringLiteral("Fixed"));
    }

    void requiredTexts()
    {
        STEWARD_REQUIRE_POSTGRES();
        ViolationSeed seed;
        seed.status = QStringLiteral("investigating");
        const QString id = addViolation(*m_admin, m_policy, seed);
        for (const Decision& decision : {ViolationDecisions::resolve(id, QStringLiteral(" ")),
                                         ViolationDecisions::markFalsePositive(id, QString()),
                                         ViolationDecisions::comment(id, QString(), seed.status)})
            QCOMPARE(TransitionEngine(as(Role::Admin)).apply(decision).outcome.code(), OutcomeCode::Usage);
        QCOMPARE(auditCount(*m_admin, id), 0);
    }

    void deadlinesAndOverdueInSql()
    {
        STEWARD_REQUIRE_POSTGRES();
        const QDateTime now(QDate(2031, 3, 1), QTime(12, 0), QTimeZone::utc());
        const QString policy = addPolicy(*m_admin, QStringLiteral("Deadline policy"));
        QMap<QString, QString> ids;
        const auto add = [&](const QString& name, const QString& severity, const QString& status, int hoursAgo) {
            ViolationSeed seed;
            seed.severity = severity;
            seed.status = status;
            seed.detectedAt = now.addSecs(-hoursAgo * 3600LL);
            ids.insert(name, addViolation(*m_admin, policy, seed));
        };
        add(QStringLiteral("critical-25h"), QStringLiteral("critical"), QStringLiteral("open"), 25);
        add(QStringLiteral("critical-23h"), QStringLiteral("critical"), QStringLiteral("open"), 23);
        add(QStringLiteral("low-29d"), QStringLiteral("low"), QStringLiteral("open"), 29 * 24);
        add(QStringLiteral("severe"), QStringLiteral("severe"), QStringLiteral("open"), 900);
        add(QStringLiteral("closed"), QStringLiteral("critical"), QStringLiteral("resolved"), 900);

        const auto overdue = [&](const ViolationDeadlines& deadlines) -> QStringList {
            ViolationFilter filter;
            filter.policyId = policy;
            filter.overdueOnly = true;
            auto rows = ViolationQuery::fetch(
                *m_admin, ViolationQuery::queue(m_admin->dialect(), filter, {deadlines, now, true}));
            if (!rows)
                return STEWARD_HELPER_FAILED("%s", qPrintable(rows.failure().message()));
            QStringList names;
            for (const ViolationRow& row : *rows) {
                names << ids.key(row.violationId);
                if (row.dueAt != deadlines.dueAt(row.severity, row.detectedAt))
                    return STEWARD_HELPER_FAILED("due time differs for %s", qPrintable(row.violationId));
            }
            return names;
        };
        QCOMPARE(overdue(ViolationDeadlines::defaults()), QStringList{QStringLiteral("critical-25h")});

        QCOMPARE(Deadlines::change(as(Role::Manager), {{QStringLiteral("low"), 20}}).code(), OutcomeCode::Forbidden);
        STEWARD_VERIFY_OK(
            Deadlines::change(as(Role::Admin), {{QStringLiteral("low"), 20}, {QStringLiteral("critical"), 2}}));
        auto stored = Deadlines::load(as(Role::Viewer));
        QVERIFY(stored);
        QCOMPARE(stored->daysFor(QStringLiteral("low")), std::optional<int>(20));
        QCOMPARE(overdue(*stored), QStringList{QStringLiteral("low-29d")});
        AuditChain::Filter filter;
        filter.action = QStringLiteral("change_setting");
        auto changes = AuditChain::list(*m_admin, filter);
        QCOMPARE(changes->size(), 2);
        QCOMPARE(changes->first().actor, loginFor(Role::Admin));
        STEWARD_VERIFY_OK(
            Deadlines::change(as(Role::Admin), {{QStringLiteral("low"), 30}, {QStringLiteral("critical"), 1}}));
    }

    void queriesOverUuids()
    {
        STEWARD_REQUIRE_POSTGRES();
        const QString id = addViolation(*m_admin, m_policy);
        QCOMPARE(*ViolationQuery::resolveId(*m_admin, id.left(10)), id);
        QCOMPARE(ViolationQuery::find(*m_admin, QStringLiteral("not-a-uuid"), {}).failure().code(),
                 OutcomeCode::NotFound);
        QCOMPARE(ViolationQuery::resolveId(*m_admin, QStringLiteral("ffffffff-ffff")).failure().code(),
                 OutcomeCode::NotFound);
        auto found = ViolationQuery::find(*m_admin, id, {ViolationDeadlines::defaults(), Clock::nowUtc(), true});
        QVERIFY(found);
        QCOMPARE(found->policyName, QStringLiteral("Bias guard"));
        QVERIFY(found->details.valid);
        auto policy = PolicyQuery::find(*m_admin, m_policy.left(9));
        QVERIFY(policy);
        QVERIFY(policy->violationCount() > 0);
        ViolationFilter hostile;
        hostile.search = QStringLiteral("%' OR ''='");
        hostile.policyId = QStringLiteral("not a uuid");
        auto none = ViolationQuery::fetch(*m_admin, ViolationQuery::queue(m_admin->dialect(), hostile, {}));
        QVERIFY2(none, qPrintable(none.failure().message()));
        QVERIFY(none->isEmpty());
    }

    void reportFiguresAndCli()
    {
        STEWARD_REQUIRE_POSTGRES();
        TemporaryPostgresDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        auto db = Database::open(pg.target());
        QVERIFY(db);
        STEWARD_VERIFY_OK(createSchema(**db));
        const QDateTime now = Clock::nowUtc();
        const QString policy = addPolicy(**db);
        const auto add = [&](const QString& severity, const QString& status, qint64 hoursAgo,
                             qint64 resolvedHoursAgo = -1) {
            ViolationSeed seed;
            seed.severity = severity;
            seed.status = status;
            seed.detectedAt = now.addSecs(-hoursAgo * 3600);
            if (resolvedHoursAgo >= 0) {
                seed.resolvedAt = now.addSecs(-resolvedHoursAgo * 3600);
                seed.resolvedBy = QStringLiteral("bob");
                seed.resolution = QStringLiteral("done");
            }
            return addViolation(**db, policy, seed);
        };
        add(QStringLiteral("critical"), QStringLiteral("open"), 30);      // open critical, overdue
        add(QStringLiteral("high"), QStringLiteral("resolved"), 100, 40); // 60 h to resolve
        add(QStringLiteral("low"), QStringLiteral("resolved"), 50, 38);   // 12 h to resolve
        add(QStringLiteral("medium"), QStringLiteral("false_positive"), 20, 10);
        const QString investigated = add(QStringLiteral("medium"), QStringLiteral("open"), 5);
        STEWARD_VERIFY_OK(TransitionEngine(**db).apply(ViolationDecisions::investigate(investigated)).outcome);

        ReportOptions options;
        options.since = now.date().addDays(-6);
        options.until = now.date();
        auto data = ComplianceReport::build(**db, options);
        QVERIFY2(data, qPrintable(data.failure().message()));
        QCOMPARE(data->detected, 5);
        QCOMPARE(data->detectedCount(QStringLiteral("medium"), QStringLiteral("investigating")), 1);
        QCOMPARE(data->openCriticalCount, 1);
        QCOMPARE(data->overdueCount, 1);
        QCOMPARE(data->resolved, 2);
        QCOMPARE(data->falsePositives, 1);
        QVERIFY(qAbs(*data->meanHoursToResolve - 36.0) < 0.01);
        QCOMPARE(data->decisionsByLabel.value(QStringLiteral("Violation investigation started")), 1);
        QVERIFY(data->chain && data->chain->intact);
        QVERIFY(!data->source.contains(QUrl(postgresUri()).password()));

        // The same through the real binary, with the password on the command line.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        const CliRun run =
            runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("report"), csv, QStringLiteral("--since"), options.since.toString(Qt::ISODate)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("detected")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("open_critical")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("audit_chain_intact")).toBool(), true);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("summary,resolved,2")));
        QVERIFY(text.contains(QStringLiteral("summary,mean_hours_to_resolve,36.00")));
        const QString password = QUrl(postgresUri()).password();
        QVERIFY(!password.isEmpty());
        QVERIFY(!text.contains(password));
        QVERIFY(!run.out.contains(password) && !run.err.contains(password));

        const CliRun list =
            runCli({QStringLiteral("--db"), pg.uri(), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("violations"), QStringLiteral("list"), QStringLiteral("--overdue")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(PgGovernanceTest)
#include "tst_pg_governance.moc"
