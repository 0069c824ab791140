// Violation and policy queries: deadlines (defaults, changed by an admin only, audited), the
// "overdue" filter computed in SQL against a fixed clock, every filter, unknown words from a
// newer monitor, and the queue and policy models under QAbstractItemModelTester.
#include "GovernanceFixture.h"
#include "TestSupport.h"
#include "models/governance/Deadlines.h"
#include "models/governance/PolicyListModel.h"
#include "models/governance/PolicyQuery.h"
#include "models/governance/ViolationChoices.h"
#include "models/governance/ViolationDecisions.h"
#include "models/governance/ViolationQuery.h"
#include "models/governance/ViolationQueueModel.h"
#include "models/itemmodels/PagedTableModel.h"
#include "models/workflow/AuditChain.h"
#include "models/workflow/RoleRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::test;
using namespace steward::test::governance;

class ViolationQueriesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_admin;
    QString m_policy;
    QString m_otherPolicy;
    QDateTime m_now;
    QMap<QString, QString> m_ids; // name -> violation id

    std::unique_ptr<Database> open(const QString& user, bool readOnly = false)
    {
        ConnectionTarget target;
        target.sqlitePath = m_path;
        target.readOnly = readOnly;
        OpenOptions options;
        options.actingUser = user;
        options.createIfMissing = !readOnly;
        auto db = Database::open(target, options);
        if (!db)
            return STEWARD_HELPER_FAILED("%s", qPrintable(db.failure().message()));
        return db.take();
    }

    void add(const QString& name, const QString& severity, const QString& status, qint64 hoursAgo,
             const QString& client = QStringLiteral("acme"), bool otherPolicy = false)
    {
        ViolationSeed seed;
        seed.severity = severity;
        seed.status = status;
        seed.clientId = client;
        seed.detectedAt = m_now.addSecs(-hoursAgo * 3600);
        seed.description = QStringLiteral("%1: metric above threshold").arg(name);
        if (status == QLatin1String("resolved") || status == QLatin1String("false_positive")) {
            seed.resolvedAt = m_now.addSecs(-3600);
            seed.resolvedBy = QStringLiteral("bob");
            seed.resolution = QStringLiteral("done");
        }
        m_ids.insert(name, addViolation(*m_admin, otherPolicy ? m_otherPolicy : m_policy, seed));
    }

    QStringList names(const ViolationFilter& filter,
                      const ViolationDeadlines& deadlines = ViolationDeadlines::defaults())
    {
        auto rows = ViolationQuery::fetch(*m_admin,
                                          ViolationQuery::queue(m_admin->dialect(), filter, {deadlines, m_now, true}));
        if (!rows)
            return STEWARD_HELPER_FAILED("%s", qPrintable(rows.failure().message()));
        QStringList found;
        for (const ViolationRow& row : *rows)
            found << m_ids.key(row.violationId);
        found.sort();
        return found;
    }

private slots:
    void initTestCase()
    {
        m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        m_path = m_dir.filePath(QStringLiteral("queries.sqlite"));
        m_admin = open(QStringLiteral("root"));
        STEWARD_VERIFY_OK(createSchema(*m_admin));
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(QStringLiteral("bob"), Role::Manager));
        STEWARD_VERIFY_OK(RoleRepository(*m_admin).grant(QStringLiteral("alice"), Role::Analyst));
        m_policy = addPolicy(*m_admin, QStringLiteral("Forecast bias guard"));
        m_otherPolicy = addPolicy(*m_admin, QStringLiteral("WMAPE ceiling"));
        add(QStringLiteral("critical-25h"), QStringLiteral("critical"), QStringLiteral("open"), 25);
        add(QStringLiteral("critical-23h"), QStringLiteral("critical"), QStringLiteral("investigating"), 23);
        add(QStringLiteral("high-73h"), QStringLiteral("high"), QStringLiteral("open"), 73, QStringLiteral("globex"));
        add(QStringLiteral("medium-6d"), QStringLiteral("medium"), QStringLiteral("open"), 6 * 24,
            QStringLiteral("globex"), true);
        add(QStringLiteral("low-32d"), QStringLiteral("low"), QStringLiteral("investigating"), 32 * 24);
        add(QStringLiteral("low-resolved"), QStringLiteral("low"), QStringLiteral("resolved"), 40 * 24,
            QStringLiteral("acme"), true);
        add(QStringLiteral("severe-100d"), QStringLiteral("severe"), QStringLiteral("open"), 100 * 24);
        add(QStringLiteral("escalated-48h"), QStringLiteral("critical"), QStringLiteral("escalated"), 48);
        add(QStringLiteral("critical-fp"), QStringLiteral("critical"), QStringLiteral("false_positive"), 30);
    }

    void defaultDeadlines()
    {
        auto deadlines = Deadlines::load(*m_admin);
        QVERIFY(deadlines);
        QCOMPARE(deadlines->daysFor(QStringLiteral("critical")), std::optional<int>(1));
        QCOMPARE(deadlines->daysFor(QStringLiteral("high")), std::optional<int>(3));
        QCOMPARE(deadlines->daysFor(QStringLiteral("medium")), std::optional<int>(7));
        QCOMPARE(deadlines->daysFor(QStringLiteral("low")), std::optional<int>(30));
        QCOMPARE(deadlines->daysFor(QStringLiteral("severe")), std::nullopt);
    }

    void dueTimesFromSqlMatchTheRule()
    {
        const ViolationDeadlines deadlines = ViolationDeadlines::defaults();
        auto rows =
            ViolationQuery::fetch(*m_admin, ViolationQuery::queue(m_admin->dialect(), {}, {deadlines, m_now, true}));
        QVERIFY(rows);
        QCOMPARE(rows->size(), m_ids.size());
        for (const ViolationRow& row : *rows) {
            QCOMPARE(row.dueAt, deadlines.dueAt(row.severity, row.detectedAt));
            if (row.severity == QLatin1String("severe"))
                QVERIFY(!row.dueAt.isValid());
        }
        // Most urgent first: work still to do, the most severe overdue first (a critical a day
        // late before a low two days late), then by nearest deadline; no deadline after; closed last.
        QCOMPARE(m_ids.key(rows->first().violationId), QStringLiteral("escalated-48h"));
        QCOMPARE(m_ids.key(rows->last().violationId).contains(QStringLiteral("resolved")) ||
                     m_ids.key(rows->last().violationId).contains(QStringLiteral("fp")),
                 true);
    }

    void overdueIsComputedInSql()
    {
        ViolationFilter overdue;
        overdue.overdueOnly = true;
        // Unknown statuses are still work to do; unknown severities have no deadline.
        const QStringList expected{QStringLiteral("critical-25h"), QStringLiteral("escalated-48h"),
                                   QStringLiteral("high-73h"), QStringLiteral("low-32d")};
        QCOMPARE(names(overdue), expected);
        // The SQL agrees with the rule in C++ for every row.
        auto rows = ViolationQuery::fetch(
            *m_admin, ViolationQuery::queue(m_admin->dialect(), {}, {ViolationDeadlines::defaults(), m_now, true}));
        for (const ViolationRow& row : *rows) {
            QCOMPARE(ViolationDeadlines::defaults().isOverdue(row.severity, row.status, row.detectedAt, m_now),
                     expected.contains(m_ids.key(row.violationId)));
        }
        auto count =
            ViolationQuery::count(*m_admin, ViolationQuery::queue(m_admin->dialect(), overdue,
                                                                  {ViolationDeadlines::defaults(), m_now, true}));
        QCOMPARE(*count, 4);
    }

    void changedDeadlinesMoveWhatIsOverdue()
    {
        ViolationDeadlines longer = ViolationDeadlines::defaults();
        longer.setDays(QStringLiteral("critical"), 2);
        ViolationFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(names(overdue, longer), (QStringList{QStringLiteral("high-73h"), QStringLiteral("low-32d")}));
    }

    void onlyAnAdminChangesDeadlines()
    {
        auto bob = open(QStringLiteral("bob"));
        auto alice = open(QStringLiteral("alice"));
        const Outcome manager = Deadlines::change(*bob, {{QStringLiteral("critical"), 2}});
        QCOMPARE(manager.code(), OutcomeCode::Forbidden);
        QVERIFY2(manager.message().contains(QStringLiteral("manager")) &&
                     manager.message().contains(QStringLiteral("admin")),
                 qPrintable(manager.message()));
        QCOMPARE(Deadlines::change(*alice, {{QStringLiteral("high"), 5}}).code(), OutcomeCode::Forbidden);
        QCOMPARE(Deadlines::load(*m_admin)->daysFor(QStringLiteral("critical")), std::optional<int>(1));

        QCOMPARE(Deadlines::change(*m_admin, {{QStringLiteral("critical"), 0}}).code(), OutcomeCode::Usage);
        QCOMPARE(Deadlines::change(*m_admin, {{QStringLiteral("critical"), 5000}}).code(), OutcomeCode::Usage);
        QCOMPARE(Deadlines::change(*m_admin, {{QStringLiteral("severe"), 2}}).code(), OutcomeCode::Usage);
        auto readOnly = open(QStringLiteral("root"), true);
        QCOMPARE(Deadlines::change(*readOnly, {{QStringLiteral("critical"), 2}}).code(), OutcomeCode::ReadOnly);

        STEWARD_VERIFY_OK(Deadlines::change(*m_admin, {{QStringLiteral("critical"), 2}, {QStringLiteral("low"), 30}}));
        auto deadlines = Deadlines::load(*m_admin);
        QCOMPARE(deadlines->daysFor(QStringLiteral("critical")), std::optional<int>(2));
        // One audit record per change that changed something.
        AuditChain::Filter filter;
        filter.action = QStringLiteral("change_setting");
        auto entries = AuditChain::list(*m_admin, filter);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().targetId, Deadlines::settingKey(QStringLiteral("critical")));
        QCOMPARE(entries->first().stateBefore, QStringLiteral("1"));
        QCOMPARE(entries->first().stateAfter, QStringLiteral("2"));
        QCOMPARE(entries->first().actor, QStringLiteral("root"));
        // The queue reads the stored deadlines.
        ViolationFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(names(overdue, *deadlines), (QStringList{QStringLiteral("high-73h"), QStringLiteral("low-32d")}));
        STEWARD_VERIFY_OK(Deadlines::change(*m_admin, {{QStringLiteral("critical"), 1}}));
    }

    void filters()
    {
        ViolationFilter f;
        f.statuses = {QStringLiteral("open")};
        QCOMPARE(names(f), (QStringList{QStringLiteral("critical-25h"), QStringLiteral("high-73h"),
                                        QStringLiteral("medium-6d"), QStringLiteral("severe-100d")}));
        f = {};
        f.activeOnly = true;
        QCOMPARE(names(f).size(), 7);
        f = {};
        f.severities = {QStringLiteral("severe")};
        QCOMPARE(names(f), QStringList{QStringLiteral("severe-100d")});
        f = {};
        f.clients = {QStringLiteral("globex")};
        QCOMPARE(names(f), (QStringList{QStringLiteral("high-73h"), QStringLiteral("medium-6d")}));
        f = {};
        f.policyId = m_otherPolicy;
        QCOMPARE(names(f), (QStringList{QStringLiteral("low-resolved"), QStringLiteral("medium-6d")}));
        f = {};
        f.search = QStringLiteral("HIGH-73");
        QCOMPARE(names(f), QStringList{QStringLiteral("high-73h")});
        f = {};
        f.modelVersion = QStringLiteral("20261101_0300");
        QCOMPARE(names(f).size(), m_ids.size());
        f.modelVersion = QStringLiteral("nope");
        QCOMPARE(names(f), QStringList());
        // Hostile text is data, never SQL, and LIKE wildcards are literal.
        for (const QString& hostile : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("' OR 1=1 --"),
                                       QStringLiteral("\"; DROP TABLE governance_violations; --")}) {
            f = {};
            f.search = hostile;
            QCOMPARE(names(f), QStringList());
            f = {};
            f.clients = {hostile};
            f.assignee = hostile;
            QCOMPARE(names(f), QStringList());
        }
        QCOMPARE(names({}).size(), m_ids.size());
    }

    void assigneeFilter()
    {
        auto alice = open(QStringLiteral("alice"));
        STEWARD_VERIFY_OK(TransitionEngine(*alice)
                              .apply(ViolationDecisions::investigate(m_ids.value(QStringLiteral("medium-6d"))))
                              .outcome);
        ViolationFilter f;
        f.assignee = QStringLiteral("alice");
        QCOMPARE(names(f), QStringList{QStringLiteral("medium-6d")});
        f = {};
        f.unassignedOnly = true;
        QCOMPARE(names(f).size(), m_ids.size() - 1);
        auto people = ViolationQuery::distinctValues(*m_admin, ViolationQuery::Assignee,
                                                     {ViolationDeadlines::defaults(), m_now, true});
        QCOMPARE(*people, QStringList{QStringLiteral("alice")});
        STEWARD_VERIFY_OK(TransitionEngine(*alice)
                              .apply(ViolationDecisions::returnToOpen(m_ids.value(QStringLiteral("medium-6d")), {}))
                              .outcome);
    }

    // What the Governance view reads as a job for its filters and its assign choice.
    void choicesAreTheValuesFoundAndWhoMayWorkViolations()
    {
        const ViolationQueryContext context{ViolationDeadlines::defaults(), m_now, true};
        auto choices = ViolationChoicesRead::load(*m_admin, context);
        QVERIFY2(choices, qPrintable(choices.failure().message()));
        QCOMPARE(choices->statuses, *ViolationQuery::distinctValues(*m_admin, ViolationQuery::Status, context));
        QVERIFY(choices->statuses.contains(QStringLiteral("escalated")));
        QCOMPARE(choices->severities, *ViolationQuery::distinctValues(*m_admin, ViolationQuery::Severity, context));
        QCOMPARE(choices->types, *ViolationQuery::distinctValues(*m_admin, ViolationQuery::Type, context));
        QCOMPARE(choices->clients, (QStringList{QStringLiteral("acme"), QStringLiteral("globex")}));
        QCOMPARE(choices->assignees, *ViolationQuery::distinctValues(*m_admin, ViolationQuery::Assignee, context));
        // root created the tables (admin), bob and alice were granted roles that work violations.
        QCOMPARE(choices->assignable,
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("root")}));
        // Without Steward's tables nobody is granted anything.
        auto bare = ViolationChoicesRead::load(*m_admin, {ViolationDeadlines::defaults(), m_now, false});
        QVERIFY(bare && bare->assignable.isEmpty());
    }

    void unknownWordsAreShownAsTheyAre()
    {
        auto severities = ViolationQuery::distinctValues(*m_admin, ViolationQuery::Severity, {});
        QVERIFY(severities->contains(QStringLiteral("severe")));
        auto statuses = ViolationQuery::distinctValues(*m_admin, ViolationQuery::Status, {});
        QVERIFY(statuses->contains(QStringLiteral("escalated")));
        ViolationQueueModel model;
        model.setDatabase(m_admin.get());
        ViolationFilter f;
        f.severities = {QStringLiteral("severe")};
        STEWARD_VERIFY_OK(model.setFilter(f, {ViolationDeadlines::defaults(), m_now, true}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(shownValue(model.index(0, ViolationQuery::Severity)).toString(), QStringLiteral("severe"));
        QVERIFY(shownValue(model.index(0, ViolationQuery::Severity), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("does not know")));
        QCOMPARE(shownValue(model.index(0, ViolationQuery::DueAt)).toString(), QStringLiteral("no deadline"));
        // Sorted by severity, an unknown one comes first: it may be worse than critical.
        STEWARD_VERIFY_OK(model.setFilter({}, {ViolationDeadlines::defaults(), m_now, true}, ViolationQuery::Severity));
        QCOMPARE(shownValue(model.index(0, ViolationQuery::Severity), ViolationQueueModel::SeverityRole).toString(),
                 QStringLiteral("severe"));
    }

    void queueModelPassesTheTesterAndShowsTime()
    {
        ViolationQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_admin.get());
        model.pagedModel()->setPageSize(3);
        STEWARD_VERIFY_OK(model.setFilter({}, {ViolationDeadlines::defaults(), m_now, true}));
        QCOMPARE(model.rowCount(), m_ids.size());
        QCOMPARE(model.columnCount(), static_cast<int>(ViolationQuery::ColumnCount));
        QCOMPARE(model.headerData(ViolationQuery::DueAt, Qt::Horizontal).toString(), QStringLiteral("Time left"));
        const int row = model.rowOf(m_ids.value(QStringLiteral("critical-23h")));
        QVERIFY(row >= 0);
        QCOMPARE(shownValue(model.index(row, ViolationQuery::Age)).toString(), QStringLiteral("23 h"));
        QCOMPARE(shownValue(model.index(row, ViolationQuery::DueAt)).toString(), QStringLiteral("1 h left"));
        QCOMPARE(shownValue(model.index(row, ViolationQuery::Severity)).toString(), QStringLiteral("Critical"));
        QVERIFY(!shownValue(model.index(row, ViolationQuery::DueAt), ViolationQueueModel::OverdueRole).toBool());
        model.setNow(m_now.addSecs(3 * 3600));
        QCOMPARE(shownValue(model.index(row, ViolationQuery::DueAt)).toString(), QStringLiteral("overdue by 2 h"));
        QVERIFY(shownValue(model.index(row, ViolationQuery::DueAt), ViolationQueueModel::OverdueRole).toBool());
        const int closed = model.rowOf(m_ids.value(QStringLiteral("low-resolved")));
        QCOMPARE(shownValue(model.index(closed, ViolationQuery::DueAt)).toString(), QStringLiteral("—"));
        QCOMPARE(shownValue(model.index(closed, ViolationQuery::Age)).toString(), QStringLiteral("39 d 23 h"));
        QVERIFY(shownValue(model.index(closed, 0), ViolationQueueModel::ClosedRole).toBool());
        // Every column sorts in the database without breaking the model.
        for (int column = 0; column < ViolationQuery::ColumnCount; ++column) {
            STEWARD_VERIFY_OK(model.setFilter({}, {ViolationDeadlines::defaults(), m_now, true},
                                              static_cast<ViolationQuery::Column>(column), column % 2 == 1));
            QCOMPARE(model.rowCount(), m_ids.size());
            QVERIFY(!model.violationIdAt(m_ids.size() - 1).isEmpty());
        }
    }

    void policies()
    {
        PolicyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_admin.get());
        STEWARD_VERIFY_OK(model.reload());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(m_otherPolicy);
        QCOMPARE(shownValue(model.index(row, PolicyQuery::Name)).toString(), QStringLiteral("WMAPE ceiling"));
        QCOMPARE(shownValue(model.index(row, PolicyQuery::Violations)).toString(), QStringLiteral("2"));
        QCOMPARE(shownValue(model.index(row, PolicyQuery::OpenViolations)).toString(), QStringLiteral("1"));

        auto policy = PolicyQuery::find(*m_admin, QStringLiteral("Forecast bias guard"));
        QVERIFY(policy);
        QCOMPARE(policy->policyId, m_policy);
        QCOMPARE(policy->violationCount(), 7);
        QCOMPARE(policy->violationsByStatus.value(QStringLiteral("escalated")), 1);
        QCOMPARE(PolicyQuery::find(*m_admin, m_policy.left(8))->name, QStringLiteral("Forecast bias guard"));
        QCOMPARE(PolicyQuery::find(*m_admin, QStringLiteral("nope")).failure().code(), OutcomeCode::NotFound);
        QCOMPARE(PolicyQuery::readableLines(policy->rules),
                 (QStringList{QStringLiteral("Applies to: order, sku"), QStringLiteral("Metric: bias"),
                              QStringLiteral("Window: 28 days")}));
        QCOMPARE(PolicyQuery::readableLines(policy->thresholds),
                 (QStringList{QStringLiteral("Critical: 0.08"), QStringLiteral("Warning: 0.03")}));
        QVERIFY(PolicyQuery::readableLines(JsonCell::fromRaw(QStringLiteral("{not json")))
                    .first()
                    .contains(QStringLiteral("invalid JSON")));
        QVERIFY(PolicyQuery::readableLines(JsonCell::fromRaw(QStringLiteral("{\"stages\":[{\"name\":\"a\"}]}")))
                    .contains(QStringLiteral("        Name: a")));
    }

    void idsResolveFromPrefixes()
    {
        const QString id = m_ids.value(QStringLiteral("high-73h"));
        QCOMPARE(*ViolationQuery::resolveId(*m_admin, id.left(8)), id);
        QCOMPARE(*ViolationQuery::resolveId(*m_admin, id.toUpper()), id);
        QCOMPARE(ViolationQuery::resolveId(*m_admin, QStringLiteral("abc")).failure().code(), OutcomeCode::NotFound);
        QCOMPARE(ViolationQuery::resolveId(*m_admin, QStringLiteral("zzzzzzzz")).failure().code(),
                 OutcomeCode::NotFound);
        QCOMPARE(ViolationQuery::find(*m_admin, QStringLiteral("not-there"), {}).failure().code(),
                 OutcomeCode::NotFound);
    }

    void lookingChangesNothing()
    {
        m_admin.reset();
        const QByteArray before = fileDigest(m_path);
        {
            auto readOnly = open(QStringLiteral("root"), true);
            QVERIFY(Deadlines::load(*readOnly));
            ViolationQueueModel model;
            model.setDatabase(readOnly.get());
            STEWARD_VERIFY_OK(model.setFilter({}, {ViolationDeadlines::defaults(), m_now, true}));
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    shownValue(model.index(row, column));
            }
            QVERIFY(PolicyQuery::fetchAll(*readOnly));
        }
        QCOMPARE(fileDigest(m_path), before);
        m_admin = open(QStringLiteral("root"));
    }
};

QTEST_GUILESS_MAIN(ViolationQueriesTest)
#include "tst_violation_queries.moc"
