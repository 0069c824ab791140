// The violation workflow on SQLite: every step for every role (critical closes and reopening
// are a manager's), required texts, conflicts with what the person saw, assignment, and the
// timeline read back from the audit trail.
#include "GovernanceFixture.h"
#include "TestSupport.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationTimeline.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"

#include <QTest>
#include <map>

using namespace steward;
using namespace steward::test;
using namespace steward::test::governance;

class ViolationWorkflowTest : public QObject
{
    Q_OBJECT

    TestClock m_clock;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_admin;
    std::map<Role, std::unique_ptr<Database>> m_people;
    QString m_policy;

    static QString userFor(Role role) { return roleName(role) + QStringLiteral("1"); }

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

    Database& as(Role role) { return *m_people[role]; }

    ViolationQueryContext context() const { return {ViolationDeadlines::defaults(), Clock::nowUtc(), true}; }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("governance.sqlite"));
        m_admin = open(userFor(Role::Admin));
        STEWARD_VERIFY_OK(createSchema(*m_admin));
        RoleRepository roles(*m_admin);
        for (Role role : {Role::Viewer, Role::Analyst, Role::Manager})
            STEWARD_VERIFY_OK(roles.grant(userFor(role), role));
        for (Role role : allRoles())
            m_people[role] = open(userFor(role));
        m_policy = addPolicy(*m_admin);
    }

    void transitionMatrix_data()
    {
        QTest::addColumn<int>("caseIndex");
        QTest::addColumn<int>("role");
        const QList<MatrixCase> cases = governance::transitionMatrix(userFor(Role::Analyst));
        for (int i = 0; i < cases.size(); ++i) {
            for (Role role : allRoles()) {
                QTest::addRow("%s as %s", qPrintable(cases.at(i).name), qPrintable(roleName(role)))
                    << i << static_cast<int>(role);
            }
        }
    }

    void transitionMatrix()
    {
        QFETCH(int, caseIndex);
        QFETCH(int, role);
        const MatrixCase matrixCase = governance::transitionMatrix(userFor(Role::Analyst)).at(caseIndex);
        checkCase(*m_admin, as(static_cast<Role>(role)), static_cast<Role>(role), matrixCase);
    }

    void matrixCoversEveryRoleAndStep()
    {
        // The matrix is only worth its name if each role is both allowed and refused something.
        const QList<MatrixCase> cases = governance::transitionMatrix(userFor(Role::Analyst));
        for (Role role : {Role::Analyst, Role::Manager}) {
            bool allowed = false;
            bool refused = false;
            for (const MatrixCase& c : cases) {
                allowed |= expectedOutcome(c, role) == OutcomeCode::Ok;
                refused |= expectedOutcome(c, role) == OutcomeCode::Forbidden;
            }
            QVERIFY(allowed);
            QCOMPARE(refused, role == Role::Analyst);
        }
        for (const MatrixCase& c : cases)
            QCOMPARE(expectedOutcome(c, Role::Viewer), OutcomeCode::Forbidden);
    }

    void requiredTexts_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("text");
        for (const QString& step :
             {QStringLiteral("resolve"), QStringLiteral("false_positive"), QStringLiteral("comment")}) {
            QTest::addRow("%s, empty", qPrintable(step)) << step << QString();
            QTest::addRow("%s, blank", qPrintable(step)) << step << QStringLiteral("  \n\t ");
        }
    }

    void requiredTexts()
    {
        QFETCH(QString, step);
        QFETCH(QString, text);
        ViolationSeed seed;
        seed.status = QStringLiteral("investigating");
        const QString id = addViolation(*m_admin, m_policy, seed);
        const QVariantMap before = violationRow(*m_admin, id);
        const Decision decision = step == QLatin1String("resolve") ? ViolationDecisions::resolve(id, text)
                                  : step == QLatin1String("false_positive")
                                      ? ViolationDecisions::markFalsePositive(id, text)
                                      : ViolationDecisions::comment(id, text, seed.status);
        const DecisionResult result = TransitionEngine(as(Role::Manager)).apply(decision);
        QCOMPARE(result.outcome.code(), OutcomeCode::Usage);
        QVERIFY2(result.outcome.message().contains(step == QLatin1String("resolve") ? QStringLiteral("resolution")
                                                   : step == QLatin1String("false_positive")
                                                       ? QStringLiteral("justification")
                                                       : QStringLiteral("comment")),
                 qPrintable(result.outcome.message()));
        QCOMPARE(violationRow(*m_admin, id), before);
        QCOMPARE(auditCount(*m_admin, id), 0);
    }

    void conflictNamesWhoDecidedLast()
    {
        const QString id = addViolation(*m_admin, m_policy);
        // Both saw it open; the analyst is first.
        STEWARD_VERIFY_OK(TransitionEngine(as(Role::Analyst)).apply(ViolationDecisions::investigate(id)).outcome);
        const DecisionResult late = TransitionEngine(as(Role::Manager)).apply(ViolationDecisions::investigate(id));
        QCOMPARE(late.outcome.code(), OutcomeCode::Conflict);
        QVERIFY2(late.outcome.message().contains(userFor(Role::Analyst)), qPrintable(late.outcome.message()));
        QVERIFY(late.outcome.message().contains(QStringLiteral("investigating")));
        QCOMPARE(late.stateNow, QStringLiteral("investigating"));
        // Resolving what was seen as open (but is investigating now) is refused too.
        const DecisionResult stale =
            TransitionEngine(as(Role::Manager))
                .apply(ViolationDecisions::resolve(id, QStringLiteral("x"), QStringLiteral("open")));
        QCOMPARE(stale.outcome.code(), OutcomeCode::Conflict);
        QCOMPARE(violationRow(*m_admin, id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("investigating"));
    }

    void twoPeopleNeverBothWin()
    {
        ViolationSeed seed;
        seed.status = QStringLiteral("investigating");
        const QString id = addViolation(*m_admin, m_policy, seed);
        const DecisionResult first =
            TransitionEngine(as(Role::Analyst)).apply(ViolationDecisions::resolve(id, QStringLiteral("Fixed it")));
        const DecisionResult second = TransitionEngine(as(Role::Manager))
                                          .apply(ViolationDecisions::markFalsePositive(id, QStringLiteral("Not real")));
        STEWARD_VERIFY_OK(first.outcome);
        QCOMPARE(second.outcome.code(), OutcomeCode::Conflict);
        const QVariantMap row = violationRow(*m_admin, id);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(row.value(QStringLiteral("resolution")).toString(), QStringLiteral("Fixed it"));
        QCOMPARE(row.value(QStringLiteral("resolved_by")).toString(), userFor(Role::Analyst));
    }

    void investigationIsAlwaysAssigned()
    {
        const QString mine = addViolation(*m_admin, m_policy);
        STEWARD_VERIFY_OK(TransitionEngine(as(Role::Analyst)).apply(ViolationDecisions::investigate(mine)).outcome);
        auto found = ViolationQuery::find(*m_admin, mine, context());
        QVERIFY(found);
        QCOMPARE(found->assignee, userFor(Role::Analyst));
        QCOMPARE(found->assignedBy, userFor(Role::Analyst));

        // Already assigned: the assignee stays.
        const QString theirs = addViolation(*m_admin, m_policy);
        STEWARD_VERIFY_OK(
            TransitionEngine(as(Role::Analyst))
                .apply(ViolationDecisions::assign(theirs, userFor(Role::Manager), QStringLiteral("open"), QString()))
                .outcome);
        STEWARD_VERIFY_OK(TransitionEngine(as(Role::Admin)).apply(ViolationDecisions::investigate(theirs)).outcome);
        QCOMPARE(ViolationQuery::find(*m_admin, theirs, context())->assignee, userFor(Role::Manager));
    }

    void assignmentRules()
    {
        const QString id = addViolation(*m_admin, m_policy);
        // Not to someone who cannot work on it.
        const DecisionResult viewer =
            TransitionEngine(as(Role::Analyst))
                .apply(ViolationDecisions::assign(id, userFor(Role::Viewer), QStringLiteral("open")));
        QCOMPARE(viewer.outcome.code(), OutcomeCode::Usage);
        QVERIFY(viewer.outcome.message().contains(QStringLiteral("viewer")));
        // Conditional on who the person saw assigned.
        STEWARD_VERIFY_OK(
            TransitionEngine(as(Role::Analyst))
                .apply(ViolationDecisions::assign(id, userFor(Role::Analyst), QStringLiteral("open"), QString()))
                .outcome);
        const DecisionResult stale =
            TransitionEngine(as(Role::Manager))
                .apply(ViolationDecisions::assign(id, userFor(Role::Manager), QStringLiteral("open"), QString()));
        QCOMPARE(stale.outcome.code(), OutcomeCode::Conflict);
        QVERIFY(stale.outcome.message().contains(userFor(Role::Analyst)));
        STEWARD_VERIFY_OK(TransitionEngine(as(Role::Manager))
                              .apply(ViolationDecisions::assign(id, userFor(Role::Manager), QStringLiteral("open"),
                                                                userFor(Role::Analyst)))
                              .outcome);
        auto last = AuditChain::latestFor(*m_admin, QStringLiteral("violation"), id);
        QCOMPARE((*last)->action, QStringLiteral("assign"));
        QVERIFY((*last)->details.contains(QStringLiteral("\"previous_assignee\":\"%1\"").arg(userFor(Role::Analyst))));
        // A closed violation is not assigned.
        ViolationSeed closed;
        closed.status = QStringLiteral("resolved");
        const QString done = addViolation(*m_admin, m_policy, closed);
        QCOMPARE(TransitionEngine(as(Role::Manager))
                     .apply(ViolationDecisions::assign(done, userFor(Role::Manager), closed.status))
                     .outcome.code(),
                 OutcomeCode::Conflict);
    }

    void transitionWords()
    {
        QCOMPARE(
            ViolationDecisions::transition(QStringLiteral("x"), QStringLiteral("open"), QStringLiteral("closed"), {})
                .failure()
                .code(),
            OutcomeCode::Usage);
        QCOMPARE(ViolationDecisions::transition(QStringLiteral("x"), QStringLiteral("open"), QStringLiteral("open"), {})
                     .failure()
                     .code(),
                 OutcomeCode::Conflict);
        QCOMPARE(
            ViolationDecisions::transition(QStringLiteral("x"), QStringLiteral("resolved"), QStringLiteral("open"), {})
                ->action,
            Action::ReopenViolation);
        QCOMPARE(ViolationDecisions::transition(QStringLiteral("x"), QStringLiteral("investigating"),
                                                QStringLiteral("open"), {})
                     ->action,
                 Action::ReturnViolationToOpen);
        QCOMPARE(ViolationDecisions::transition(QStringLiteral("x"), QStringLiteral("investigating"),
                                                QStringLiteral("false_positive"), QStringLiteral("why"))
                     ->action,
                 Action::MarkViolationFalsePositive);
    }

    void timelineComesFromTheAuditTrail()
    {
        ViolationSeed seed;
        seed.severity = QStringLiteral("high");
        const QString id = addViolation(*m_admin, m_policy, seed);
        TransitionEngine analyst(as(Role::Analyst));
        TransitionEngine manager(as(Role::Manager));
        STEWARD_VERIFY_OK(analyst.apply(ViolationDecisions::investigate(id, {}, QStringLiteral("On it"))).outcome);
        STEWARD_VERIFY_OK(analyst
                              .apply(ViolationDecisions::comment(id, QStringLiteral("Raw data looks odd"),
                                                                 QStringLiteral("investigating")))
                              .outcome);
        STEWARD_VERIFY_OK(analyst.apply(ViolationDecisions::resolve(id, QStringLiteral("Reloaded the feed"))).outcome);
        STEWARD_VERIFY_OK(
            manager.apply(ViolationDecisions::reopen(id, QStringLiteral("Back again"), QStringLiteral("resolved")))
                .outcome);

        auto violation = ViolationQuery::find(*m_admin, id, context());
        QVERIFY(violation);
        QCOMPARE(violation->status, QStringLiteral("open"));
        QVERIFY(violation->resolution.isEmpty());
        auto timeline = ViolationTimeline::load(*m_admin, *violation, true);
        QVERIFY(timeline);
        QStringList actions;
        for (const TimelineEntry& entry : *timeline)
            actions << entry.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("detected"), QStringLiteral("investigate"), QStringLiteral("assign"),
                              QStringLiteral("comment"), QStringLiteral("resolve"), QStringLiteral("reopen")}));
        QCOMPARE(timeline->at(2).summary(), QStringLiteral("%1 assigned it to %1").arg(userFor(Role::Analyst)));
        QCOMPARE(timeline->at(3).comment, QStringLiteral("Raw data looks odd"));
        QCOMPARE(timeline->at(4).summary(), QStringLiteral("%1 resolved it").arg(userFor(Role::Analyst)));
        QCOMPARE(timeline->at(5).actor, userFor(Role::Manager));
        for (int i = 2; i < timeline->size(); ++i)
            QVERIFY(timeline->at(i).at >= timeline->at(i - 1).at);
        QVERIFY(AuditChain::verify(*m_admin)->intact);
    }

    void resolutionRecordedOutsideStewardIsShown()
    {
        ViolationSeed seed;
        seed.status = QStringLiteral("false_positive");
        seed.resolvedBy = QStringLiteral("monitor-bot");
        seed.resolvedAt = Clock::nowUtc().addDays(-1);
        seed.resolution = QStringLiteral("Partial day of data");
        const QString id = addViolation(*m_admin, m_policy, seed);
        auto timeline = ViolationTimeline::load(*m_admin, *ViolationQuery::find(*m_admin, id, context()), true);
        QVERIFY(timeline);
        QCOMPARE(timeline->size(), 2);
        QCOMPARE(timeline->last().action, QStringLiteral("closed_outside"));
        QCOMPARE(timeline->last().actor, QStringLiteral("monitor-bot"));
        QVERIFY(timeline->last().summary().contains(QStringLiteral("False positive")));
    }
};

QTEST_GUILESS_MAIN(ViolationWorkflowTest)
#include "tst_violation_workflow.moc"
